// The score summaries: per form in points, and over every form in percent of each form's possible.
#include <algorithm>
#include <cmath>

#include "grade/statistics_support.hpp"

namespace hocvu {

namespace {

void add_pass_rate(ScoreSummary& summary, uint64_t passed) {
  summary.passed = passed;
  if (summary.n > 0) {
    summary.pass_rate = static_cast<double>(passed) / static_cast<double>(summary.n);
  }
}

}  // namespace

FormStatistics form_statistics(const KeyForm& key_form, const FormView& form, uint64_t passed) {
  std::vector<ScoreValue> values;
  for (const auto& bucket : form.buckets) {
    values.push_back(ScoreValue{static_cast<Real>(bucket.total) / static_cast<Real>(kUnitsPerPoint), bucket.attempts,
                                percent_bin(bucket.total, form.possible)});
  }
  FormStatistics statistics;
  statistics.form = key_form.id;
  statistics.items = form.counted;
  statistics.summary = summarize(values, to_points(form.possible));
  add_pass_rate(statistics.summary, passed);
  const Reliability reliable = reliability(form);
  statistics.summary.alpha = alpha_of(reliable.items, reliable.item_squares, reliable.total_squares);
  if (statistics.summary.alpha && statistics.summary.sd) {
    // SEM = SD * sqrt(1 - alpha); a negative alpha gives an SEM above the SD, as the formula says.
    const double error_ratio = std::sqrt(std::max(0.0, 1.0 - *statistics.summary.alpha));
    statistics.summary.sem = *statistics.summary.sd * error_ratio;
  }
  return statistics;
}

ScoreSummary overall_summary(const std::vector<FormView>& forms, uint64_t passed) {
  std::vector<ScoreValue> values;
  for (const FormView& form : forms) {
    for (const auto& bucket : form.buckets) {
      values.push_back(ScoreValue{percent_of(bucket.total, form.possible), bucket.attempts,
                                  percent_bin(bucket.total, form.possible)});
    }
  }
  std::stable_sort(values.begin(), values.end(),
                   [](const ScoreValue& a, const ScoreValue& b) { return a.value < b.value; });
  ScoreSummary summary = summarize(values, 100);
  add_pass_rate(summary, passed);
  return summary;
}

}  // namespace hocvu
