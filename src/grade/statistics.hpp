#pragma once
// Test, item and distractor statistics, computed once at the end from a GradeTally. Definitions
// are those of ../shared/research/psychometrics.md and the README "Statistics" section: SD with
// n-1, skewness and kurtosis from k-statistics, alpha (KR-20 for 0/1 items), SEM = SD*sqrt(1-alpha),
// item-total and item-rest Pearson r, the upper-lower index with 27% groups of whole score groups,
// discriminative efficiency, alpha if deleted. Omitted answers count as 0. A statistic that cannot
// be computed (no variance, too few candidates) is empty (nullopt), never 0.
//
// x is a question's mark as a fraction of its points, X a candidate's total in points on their own
// form. A question on several forms has one row: its candidates are pooled over those forms (which
// are parallel by construction), except alpha if deleted, the n-weighted mean of each form's value.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "grade/grading_key.hpp"
#include "grade/scoring.hpp"
#include "grade/tally.hpp"

namespace hocvu {

// Flag thresholds (--flag-* options); defaults from the research notes.
struct ItemThresholds {
  double too_hard = 0.20;         // facility below
  double too_easy = 0.95;         // facility above
  double weak_discrimination = 0.20;  // item-rest r below (negative r is always flagged)
  double low_efficiency = 0.15;   // discriminative efficiency below (Moodle's "dubious")
  double nonfunctioning = 0.05;   // a distractor chosen by fewer than this share
};

struct HistogramBin {
  double from_percent = 0;  // bins of 10 percent: [0,10), [10,20), ..., [90,100]
  double to_percent = 0;
  uint64_t count = 0;
};

struct ScoreSummary {
  uint64_t n = 0;
  double possible = 0;   // points (forms); 100 for the overall summary, which is in percent
  std::optional<double> mean, sd, min, max, median, skewness, kurtosis;
  std::optional<double> alpha, sem;   // per form only
  uint64_t passed = 0;
  std::optional<double> pass_rate;
  std::vector<HistogramBin> histogram;  // by percent of possible
};

struct FormStatistics {
  std::string form;
  uint32_t items = 0;   // not dropped
  ScoreSummary summary;
};

enum class ItemFlag { too_hard, too_easy, weak_discrimination, negative_discrimination,
                      possible_miskey, nonfunctioning_distractor, low_efficiency };
const char* item_flag_name(ItemFlag flag);  // "too_hard", ...

struct ItemStatistics {
  std::string question_id, competency, level;
  std::vector<std::string> forms;   // the forms holding it, in key order
  bool dropped = false;             // by a correction: no statistics
  uint64_t n = 0, omitted = 0, invalid = 0;
  std::optional<double> facility, sd, item_total_r, item_rest_r, upper_lower_d,
      discriminative_efficiency, alpha_if_deleted;
  std::vector<ItemFlag> flags;
};

struct DistractorStatistics {
  std::string question_id;
  std::string option;       // the bank's option key (or the letter, without a manifest)
  bool key = false;         // a right answer
  uint64_t chosen = 0;
  std::optional<double> share, mean_total_percent, point_biserial;
  bool nonfunctioning = false;
};

struct CompetencyStatistics {
  std::string competency;
  uint64_t measured = 0, mastered = 0;
};

struct GradeStatistics {
  std::vector<FormStatistics> forms;        // key order
  ScoreSummary overall;                      // in percent of each form's possible
  std::vector<ItemStatistics> items;         // by question id, natural order
  std::vector<DistractorStatistics> distractors;  // by question id, then option
  std::vector<CompetencyStatistics> competencies;
};

GradeStatistics compute_statistics(const GradingKey& key,
                                   const std::vector<std::vector<ScoringItem>>& forms,
                                   const GradeTally& tally, const ItemThresholds& thresholds);

}  // namespace hocvu
