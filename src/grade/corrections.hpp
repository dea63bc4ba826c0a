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
// without regard to case; for a key without a manifest, by the letter on the form.
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace hocvu {

enum class CorrectionKind { drop, credit_all, accept, rekey };

struct Correction {
  std::string question_id;
  CorrectionKind kind = CorrectionKind::drop;
  std::vector<std::string> options;  // accept: the extra right options; rekey: the new right option(s)
  uint32_t line = 0;                 // where it is in the corrections file
};

struct Corrections {
  std::string path;                              // the file, for messages; empty when none
  std::map<std::string, Correction> by_question; // question id -> its correction
};

// Reads a corrections file (bytes already read). Problems (unknown kind, a question listed twice,
// not a map) are diagnostics with line and column; such entries are left out. The caller checks
// that each question id is in the key (a correction for a question on no form is an error).
Corrections read_corrections(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
