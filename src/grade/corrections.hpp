#pragma once
// Key corrections after an item review (--corrections FILE.yaml):
//
//   corrections:
//     Q1.2-CB-08: drop            # out of the score and the statistics
//     Q2.1-CB-03: credit_all      # everyone gets the points
//     Q3.4-TC-01: {accept: [b]}   # b is right too
//     Q4.1-CB-02: {rekey: c}      # c is the right answer, not what the key says
//
// Options are named by the bank's option key (the `option` column of distractors.csv), matched
// without regard to case; for a key without a manifest, by the letter on the form. On
// true/false, numeric and short-text questions, accept and rekey give answers in key.csv
// notation instead: {rekey: false}, {accept: ["42:0.5"]}, {accept: [ứng dụng VNeID]}.
// An option or answer may be one scalar or a list of them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grade/grading_key.hpp"

namespace hocvu {

enum class CorrectionKind { drop, credit_all, accept, rekey };

struct Correction {
  std::string question_id;
  CorrectionKind kind = CorrectionKind::drop;
  std::vector<std::string> options;  // accept: the extra right options; rekey: the new right option(s)
  uint32_t line = 0;                 // where it is in the corrections file (its question id)
  uint32_t column = 0;
};

struct Corrections {
  std::string path;                              // the file, for messages; empty when none
  std::map<std::string, Correction> by_question; // question id -> its correction
};

// Reads a corrections file (bytes already read). Problems (unknown kind, a question listed twice,
// not a map) are diagnostics with line and column; such entries are left out. The caller checks
// that each question id is in the key (a correction for a question on no form is an error).
Corrections read_corrections(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

// What read_corrections cannot know: each correction checked against the key (E802 a question
// on no form; E803 an option the question does not have, on any form that holds it, or an
// accept or rekey that does not fit the question's type). prepare_form leaves such parts out,
// so a run should stop on these errors.
Diagnostics check_corrections(const Corrections& corrections, const GradingKey& key);

}  // namespace hocvu
