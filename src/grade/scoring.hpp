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
  bool dropped = false;             // a `drop` correction: out of the score and the statistics
  bool credit_all = false;          // a `credit_all` correction: every answer, even omitted, earns full points
  Units points = 0;                 // 0 when dropped
  uint32_t options = 0;             // choice questions: how many options the form shows
  uint32_t correct_mask = 0;        // choice questions: bit i set when letter i is right
  std::vector<uint32_t> accepted_masks;  // single choice: further right answers (accept:, rekey:)
  // ... further fast-form fields as the implementation needs (numeric value and tolerance,
  // accepted texts as comparison keys)
  std::vector<Units> levels;        // every mark the item can earn, ascending, no repeats
};

struct ItemScore {
  Units earned = 0;
  AnswerStatus status = AnswerStatus::omitted;
  uint8_t level = 0;        // index of `earned` in ScoringItem::levels
  uint32_t chosen = 0;      // choice questions: bit i set when letter i was marked (0 for other types,
                            // and for an unreadable answer)
};

// Builds the scoring items of one form, with the corrections for its questions applied.
std::vector<ScoringItem> prepare_form(const KeyForm& form, const Corrections& corrections,
                                      const ScoringRules& rules);

// Scores one answer as written (not yet trimmed). Never throws; an answer that cannot be read
// has status unreadable (the row is then rejected).
ItemScore score_answer(const ScoringItem& item, std::string_view answer, const ScoringRules& rules);

// Why `answer` is unreadable for the item, in plain words with what to write instead: "'xyz' is
// not a true/false answer: write Đ or S, T or F, 1 or 0". Only called for rejects.
std::string unreadable_reason(const ScoringItem& item, std::string_view answer);

}  // namespace hocvu
