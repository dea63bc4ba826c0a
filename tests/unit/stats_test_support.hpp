#pragma once
// Keys, scoring items and item scores built by hand for the tally and statistics tests (the
// scoring code is not needed: every field the tally reads is filled here).
#include <string>
#include <vector>

#include "grade/grading_key.hpp"
#include "grade/scoring.hpp"
#include "grade/tally.hpp"

namespace hocvu::test {

constexpr Units kPoint = kUnitsPerPoint;

// A choice question of `points` points; `right` the right letters as a mask, `option_keys` the
// bank's options at A, B, ... (the letters themselves when empty).
inline KeyItem choice_item(const std::string& id, QuestionType type, Units points,
                           std::vector<std::string> option_keys = {"a", "b", "c", "d"}) {
  KeyItem item;
  item.question_id = id;
  item.type = type;
  item.points = points;
  item.competency = "1.1";
  item.level = "CB";
  item.option_keys = std::move(option_keys);
  return item;
}

// The ready-to-score form of `item`: marks 0 and full for single choice; 0, half and full for a
// multiple response question.
inline ScoringItem scoring_item(const KeyItem& item, uint32_t correct_mask) {
  ScoringItem scoring;
  scoring.item = &item;
  scoring.points = item.points;
  scoring.options = static_cast<uint32_t>(item.option_keys.size());
  scoring.correct_mask = correct_mask;
  scoring.levels = item.type == QuestionType::multiple ? std::vector<Units>{0, item.points / 2, item.points}
                                                        : std::vector<Units>{0, item.points};
  return scoring;
}

// An answer earning `level` (index into the item's levels) after marking `chosen`.
inline ItemScore answer(const ScoringItem& item, uint8_t level, uint32_t chosen,
                        AnswerStatus status = AnswerStatus::wrong) {
  ItemScore score;
  score.level = level;
  score.earned = item.levels.at(level);
  score.chosen = chosen;
  score.status = chosen == 0 && status == AnswerStatus::wrong ? AnswerStatus::omitted : status;
  if (level + 1u == item.levels.size() && status == AnswerStatus::wrong) {
    score.status = AnswerStatus::correct;
  }
  return score;
}

inline Units total_of(const std::vector<ItemScore>& scores, const std::vector<ScoringItem>& items) {
  Units total = 0;
  for (size_t j = 0; j < scores.size(); ++j) {
    total += items[j].dropped ? 0 : scores[j].earned;
  }
  return total;
}

constexpr uint32_t A = 1, B = 2, C = 4, D = 8;

}  // namespace hocvu::test
