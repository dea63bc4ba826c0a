#pragma once
// Grading one attempt: every answer scored, the total, pass (overall and per area), mastery per
// competency, and the flags a reviewer should see. A FormGrader is built once per form and used
// from every worker thread (it is read-only once built).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "grade/attempt.hpp"
#include "grade/scoring.hpp"
#include "grade/tally.hpp"

namespace hocvu {

struct MasteryRule {
  double share = 0.7;        // --mastery: mastered at this share of the competency's points
  uint32_t min_items = 2;    // --mastery-min-items: fewer questions of it on the form: not measured
};

enum AttemptFlag : uint8_t {
  kDuplicateAttempt = 1,     // the same candidate and date already graded in this run
  kAllOmitted = 2,
  kOneLetterThroughout = 4,  // every choice answer the same letter (at least 5 of them)
  kInvalidAnswers = 8,       // a double mark somewhere
};

// "duplicate_attempt;invalid_answers"
std::string attempt_flags_text(uint8_t flags);

struct GradedAttempt {
  std::vector<ItemScore> scores;   // by position
  Units total = 0;
  uint32_t answered = 0;           // not omitted
  bool passed = false;
  uint8_t flags = 0;
  MasteryRow mastery;              // per competency of the key: -1 not measured, 0, 1
  std::vector<Units> competency_earned;  // per competency of the key (counted when not measured too)
  std::vector<Units> area_earned;        // per area of the key
  // The first unreadable answer (position is 1-based), when there is one: the row is rejected.
  uint32_t unreadable_position = 0;
};

class FormGrader {
 public:
  FormGrader(const GradingKey& key, const KeyForm& form, std::vector<ScoringItem> items,
             const ScoringRules& rules, const MasteryRule& mastery);

  // Scores `attempt` into `out` (reused between calls to keep allocations away).
  void grade(const Attempt& attempt, GradedAttempt& out) const;

  const std::vector<ScoringItem>& items() const { return items_; }
  const KeyForm& form() const { return *form_; }
  Units possible() const { return possible_; }
  // The points of competency `index` (of GradingKey::competencies) on this form, and whether the
  // form measures it (at least min_items questions of it, not dropped).
  Units competency_possible(size_t index) const { return competency_possible_[index]; }
  bool measures(size_t index) const { return measured_[index]; }

 private:
  bool passes(const GradedAttempt& attempt) const;

  const GradingKey* key_;
  const KeyForm* form_;
  std::vector<ScoringItem> items_;
  ScoringRules rules_;
  MasteryRule mastery_;
  int64_t mastery_milli_ = 0;   // mastery_.share as thousandths of a percent
  int64_t pass_milli_ = 0;      // the pass mark, likewise
  std::optional<int64_t> area_min_milli_;
  Units possible_ = 0;
  std::vector<size_t> competency_of_;      // per item: index into key.competencies
  std::vector<size_t> area_of_;            // per item: index into key.areas, or SIZE_MAX
  std::vector<Units> competency_possible_;
  std::vector<bool> measured_;
  std::vector<Units> area_possible_;
};

// The scoring items of every form, in order: what a GradeTally and the statistics are laid out by.
std::vector<std::vector<ScoringItem>> scoring_items_of(const std::vector<FormGrader>& forms);

// True when earned is at least `percent` percent of possible, exactly (a score on the mark
// passes): percent is taken to 1/1000 of a percent.
bool reaches_percent(Units earned, Units possible, double percent);
// The same with the percent already in thousandths (llround(percent * 1000)).
bool reaches_milli_percent(Units earned, Units possible, int64_t milli_percent);

}  // namespace hocvu
