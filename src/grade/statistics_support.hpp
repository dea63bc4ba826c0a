#pragma once
// What the statistics files share (private to statistics*.cpp): weighted data points and their
// moments, computed in long double in two passes (means, then centred sums), always over the
// tally's buckets in ascending total order so that every result is the same on every run.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "grade/statistics.hpp"
#include "grade/tally.hpp"

namespace hocvu {

using Real = long double;

// `weight` candidates with the values x and y.
struct WeightedPoint {
  Real x = 0;
  Real y = 0;
  uint64_t weight = 0;
};

// Centred sums of a set of weighted points: sxx = sum w (x - mean_x)^2, and so on.
struct Comoments {
  Real n = 0;
  Real mean_x = 0, mean_y = 0;
  Real sxx = 0, syy = 0, sxy = 0;
};
Comoments comoments(const std::vector<WeightedPoint>& points);

// Pearson r; empty when either variable has no variance.
std::optional<double> pearson(const Comoments& m);

// The largest covariance sum the marginal distributions of x and y allow (Moodle's cov_max):
// sum w (x_(i) - mean_x)(y_(i) - mean_y) with both sorted ascending independently.
Real max_cosum(const std::vector<WeightedPoint>& points, const Comoments& m);

// One score value of a summary with the attempts that have it and its histogram bin.
struct ScoreValue {
  Real value = 0;
  uint64_t weight = 0;
  size_t bin = 0;
};

// The summary of `values` (ascending by value): n, mean, SD, min, max, median, skewness,
// kurtosis and the histogram; alpha, SEM, passed and pass rate are the caller's.
ScoreSummary summarize(const std::vector<ScoreValue>& values, double possible);

// The histogram bin (0..9) of `total` out of `possible`: floor(10 * total / possible), negative
// totals in bin 0 and a full score in bin 9.
size_t percent_bin(Units total, Units possible);
// 100 * total / possible; 0 when nothing is possible (a form whose questions were all dropped).
Real percent_of(Units total, Units possible);

// Natural order of ids: runs of digits compare as numbers ("Q1.2" < "Q1.10").
bool natural_less(const std::string& a, const std::string& b);

// One form as the statistics see it.
struct FormView {
  const std::vector<ScoringItem>* items = nullptr;
  std::vector<GradeTally::TotalBucket> buckets;  // ascending by total
  uint64_t n = 0;
  Units possible = 0;     // points of the items not dropped, in units
  uint32_t counted = 0;   // items not dropped
  std::vector<size_t> level_offset;   // per item, from the tally
  std::vector<size_t> option_offset;  // per item
  std::vector<uint64_t> omitted, invalid;  // per item
};
std::vector<FormView> form_views(const std::vector<std::vector<ScoringItem>>& forms, const GradeTally& tally);

// The mark of item `j` (a fraction of its points) and the total (in points) of every candidate of
// the form, weighted: the data of item-total statistics. `rest` makes y the rest score X - x*points.
std::vector<WeightedPoint> item_points(const FormView& form, size_t j, bool rest);

// What Cronbach's alpha of a form needs, as centred sums of squares (the n - 1 of the variances
// cancels): of the totals, and of each item on the points scale (x * points).
struct Reliability {
  uint32_t items = 0;               // items not dropped
  Real total_squares = 0;
  Real item_squares = 0;            // summed over the items
  std::vector<Real> squares;        // per item; 0 for a dropped one
};
Reliability reliability(const FormView& form);

// alpha = p/(p-1) * (1 - sum var(x_j) / var(X)); empty for fewer than 2 items or no variance.
std::optional<double> alpha_of(uint32_t items, Real item_squares, Real total_squares);

// The parts of compute_statistics, one file each.
FormStatistics form_statistics(const KeyForm& key_form, const FormView& form, uint64_t passed);
ScoreSummary overall_summary(const std::vector<FormView>& forms, uint64_t passed);

// Where a question is: (form, position index) pairs, in key order.
struct ItemPlace {
  size_t form = 0;
  size_t item = 0;
};
ItemStatistics item_statistics(const GradingKey& key, const std::vector<FormView>& forms,
                               const std::vector<Reliability>& reliabilities, const std::vector<ItemPlace>& places);
std::vector<DistractorStatistics> distractor_statistics(const GradingKey& key, const std::vector<FormView>& forms,
                                                        const std::vector<ItemPlace>& places,
                                                        const ItemThresholds& thresholds);

}  // namespace hocvu
