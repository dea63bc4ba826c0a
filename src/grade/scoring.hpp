#pragma once
// Scoring one answer against one question of a form: reading the answer as people and scanners
// write it, then the rules of ../shared/research/psychometrics.md (R/exams exams_eval). Pure
// functions of the key, the rules and the answer: no state, safe on any thread.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grade/corrections.hpp"
#include "grade/grading_key.hpp"
#include "grade/units.hpp"

namespace hocvu {

// --partial: how a wrong tick on a multiple response question costs (exams_eval's `rule`).
enum class PartialRule { false1, false2, true1, all, none };  // "false", "false2", "true", "all", "none"
std::optional<PartialRule> parse_partial_rule(std::string_view text);
const char* partial_rule_name(PartialRule rule);

struct ScoringRules {
  double negative = 0;                     // --negative F: a wrong (not omitted) answer costs F of the points
  PartialRule partial = PartialRule::false2;
};

enum class AnswerStatus : uint8_t {
  omitted,   // blank
  correct,   // full marks
  partial,   // a multiple response answer with some credit, not full
  wrong,     // readable, not right (earns 0, or the negative mark)
  invalid,   // a double mark on a single choice question, or the scanner's '*': scores 0
  unreadable // fits no notation of the type ("xyz" for true/false): the row is rejected
};

// A key item made ready for scoring: corrections applied, the answer in fast form, and every
// mark the item can earn, so tallies can count marks by index.
struct ScoringItem {
  const KeyItem* item = nullptr;
  const Correction* correction = nullptr;  // the correction applied, if any (for summary.json)
  QuestionType type = QuestionType::single;
  bool dropped = false;             // a `drop` correction: out of the score and the statistics
  bool credit_all = false;          // a `credit_all` correction: every answer, even omitted, earns full points
  Units points = 0;                 // 0 when dropped
  uint32_t options = 0;             // choice questions: how many options the form shows (at most 26)
  uint32_t correct_mask = 0;        // choice questions: bit i set when letter i is right
  std::vector<uint32_t> accepted_masks;  // single choice: further right answers (accept:)
  // Fast forms of the answer. Single choice: a mark of one letter in right_mask is right (the
  // key, or a letter accepted). True/false: right_truth[v] when the answer v is right. Numeric:
  // every right value with its tolerance. Short text: comparison keys of the accepted texts.
  uint32_t right_mask = 0;
  bool right_truth[2] = {false, false};
  std::vector<NumericAnswer> right_numbers;
  std::vector<std::string> right_texts;
  // Multiple response: what k right ticks and m wrong ticks earn, and its index in levels, at
  // k * (options - popcount(correct_mask) + 1) + m.
  std::vector<Units> partial_earned;
  std::vector<uint8_t> partial_level;
  Units wrong_earned = 0;           // what a wrong answer earns: 0, or minus the negative mark
  uint8_t level_wrong = 0, level_zero = 0, level_full = 0;  // indexes in levels
  std::vector<Units> levels;        // every mark the item can earn, ascending, no repeats
};

struct ItemScore {
  Units earned = 0;
  AnswerStatus status = AnswerStatus::omitted;
  uint8_t level = 0;        // index of `earned` in ScoringItem::levels
  uint32_t chosen = 0;      // choice questions: bit i set when letter i was marked (0 for other types,
                            // and for an unreadable answer)
};

// The letter (0 for A) at which the form shows the option named `name` (a bank option key,
// or a letter for a key without a manifest; case does not matter), or nullopt.
std::optional<uint32_t> option_letter(const KeyItem& item, std::string_view name);

// Builds the scoring items of one form, with the corrections for its questions applied. The
// items point into `form` and `corrections`, which must outlive them. Marks are computed here,
// from `rules`: score_answer must be given the same rules.
std::vector<ScoringItem> prepare_form(const KeyForm& form, const Corrections& corrections,
                                      const ScoringRules& rules);

// Scores one answer as written (not yet trimmed). Never throws; an answer that cannot be read
// has status unreadable (the row is then rejected).
ItemScore score_answer(const ScoringItem& item, std::string_view answer, const ScoringRules& rules);

// Why `answer` is unreadable for the item, in plain words with what to write instead: "'xyz' is
// not a true/false answer: write Đ or S, T or F, 1 or 0". Only called for rejects.
std::string unreadable_reason(const ScoringItem& item, std::string_view answer);

}  // namespace hocvu
