#pragma once
// `hocvu simulate responses`: realistic response files for demos, tests and benchmarks, from a
// Rasch model. Each candidate has an ability theta ~ N(0,1); a question of difficulty b (the
// key's prior, else default_difficulty(level)) is answered right with probability
// 1 / (1 + exp(-(theta - b))). Around 3% of answers are left blank (more by weaker candidates), a
// wrong single choice falls on the first distractors more often than the last, 0.5% of single
// choices are double marks ("AB" or the scanner's "*"), and with `noise` about 0.1% of rows are
// malformed (unknown form, wrong field count, bad quoting, unreadable answer; broken JSON).
//
// Every candidate draws from its own seeded stream (exam/random.hpp), so the same seed gives the
// same bytes on every platform's standard library, and output is written in chunks: memory
// stays flat for any number of candidates.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "grade/grading_key.hpp"
#include "grade/response_reader.hpp"
#include "grade/simulate_answers.hpp"

namespace hocvu {

struct SimulationOptions {
  uint64_t candidates = 0;
  uint64_t seed = 0;
  ResponseFormat format = ResponseFormat::wide;  // wide, long_rows or jsonl (detect: wide)
  bool noise = false;
  std::string date = "2026-11-20";  // every attempt's date
};

// Writes the whole file through `write`, in chunks of about 64 KiB. Candidates are "QH000001",
// "QH000002", ... and take the key's forms in turn.
//   wide:  candidate_id,form,date,1,...,N   (N: the longest form; blank beyond a shorter form)
//   long:  candidate_id,form,question,response,date   (one row per question, by position)
//   jsonl: {"candidate_id":"QH000001","form":"101","date":"2026-11-20","responses":{"1":"B",...}}
//          (a blank answer is left out)
void simulate_responses(const GradingKey& key, const SimulationOptions& options,
                        const std::function<void(std::string_view)>& write);

// The pieces `hocvu simulate sittings` (report/simulate_sittings.hpp) shares with it.

// A form of the key with its questions prepared for the answer model.
struct SimulatedForm {
  const KeyForm* form = nullptr;
  std::vector<SimulatedItem> items;
};
std::vector<SimulatedForm> prepare_simulated_forms(const GradingKey& key);

// One candidate's answers to `form`, by position ("" when omitted), drawn from `random`.
void simulate_answers(const SimulatedForm& form, const Ability& ability, Random& random,
                      std::vector<std::string>& answers);

// The wide format: the number of answer columns (the longest form), the header, and a row.
size_t wide_columns(const GradingKey& key);
void append_wide_header(std::string& out, size_t columns);
void append_wide_row(std::string& out, std::string_view candidate, std::string_view form, std::string_view date,
                     const std::vector<std::string>& answers, size_t columns);
// An answer as a CSV field (quoted only when it must be: plain letters and numbers are copied).
void append_answer_field(std::string& out, const std::string& answer);

}  // namespace hocvu
