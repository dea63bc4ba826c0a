#include "grade/statistics_support.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hocvu {

namespace {

constexpr size_t kBins = 10;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The run of digits (or of other bytes) starting at `at`.
std::string_view run_at(const std::string& text, size_t at) {
  size_t end = at;
  const bool digits = is_digit(text[at]);
  while (end < text.size() && is_digit(text[end]) == digits) {
    ++end;
  }
  return std::string_view(text).substr(at, end - at);
}

// Compares two runs of digits as numbers: -1, 0 or 1.
int compare_numbers(std::string_view a, std::string_view b) {
  a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
  b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
  if (a.size() != b.size()) {
    return a.size() < b.size() ? -1 : 1;
  }
  const int order = a.compare(b);
  return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// The score value at 0-based rank `rank` of values ascending.
Real value_at_rank(const std::vector<ScoreValue>& values, uint64_t rank) {
  uint64_t seen = 0;
  for (const ScoreValue& value : values) {
    seen += value.weight;
    if (rank < seen) {
      return value.value;
    }
  }
  return values.back().value;
}

// Centred moment sums: sum w (v - mean)^power for power 2, 3 and 4.
struct CentredSums {
  Real s2 = 0, s3 = 0, s4 = 0;
};

CentredSums centred_sums(const std::vector<ScoreValue>& values, Real mean) {
  CentredSums sums;
  for (const ScoreValue& value : values) {
    const Real d = value.value - mean;
    const Real w = static_cast<Real>(value.weight);
    sums.s2 += w * d * d;
    sums.s3 += w * d * d * d;
    sums.s4 += w * d * d * d * d;
  }
  return sums;
}

// Skewness and kurtosis from k-statistics (Moodle's quiz statistics; psych::describe type 2,
// SAS and SPSS): G1 = k3 / k2^1.5, G2 = k4 / k2^2 (excess kurtosis, 0 for a normal distribution).
void add_shape(ScoreSummary& summary, const CentredSums& sums, Real n) {
  const Real m2 = sums.s2 / n;
  const Real m3 = sums.s3 / n;
  const Real m4 = sums.s4 / n;
  const Real k2 = n / (n - 1) * m2;
  if (n >= 3) {
    const Real k3 = n * n / ((n - 1) * (n - 2)) * m3;
    summary.skewness = static_cast<double>(k3 / std::pow(k2, 1.5L));
  }
  if (n >= 4) {
    const Real k4 = n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2) / ((n - 1) * (n - 2) * (n - 3));
    summary.kurtosis = static_cast<double>(k4 / (k2 * k2));
  }
}

std::vector<HistogramBin> empty_histogram() {
  std::vector<HistogramBin> bins(kBins);
  for (size_t b = 0; b < kBins; ++b) {
    bins[b].from_percent = 10.0 * static_cast<double>(b);
    bins[b].to_percent = 10.0 * static_cast<double>(b + 1);
  }
  return bins;
}

template <typename Value>
bool all_equal(const std::vector<WeightedPoint>& points, Value value) {
  const WeightedPoint* first = nullptr;
  for (const WeightedPoint& point : points) {
    if (point.weight == 0) {
      continue;
    }
    if (first != nullptr && value(point) != value(*first)) {
      return false;
    }
    first = first != nullptr ? first : &point;
  }
  return true;
}

}  // namespace

Comoments comoments(const std::vector<WeightedPoint>& points) {
  Comoments m;
  Real sum_x = 0, sum_y = 0;
  for (const WeightedPoint& point : points) {
    const Real w = static_cast<Real>(point.weight);
    m.n += w;
    sum_x += w * point.x;
    sum_y += w * point.y;
  }
  if (m.n == 0) {
    return m;
  }
  m.mean_x = sum_x / m.n;
  m.mean_y = sum_y / m.n;
  for (const WeightedPoint& point : points) {
    const Real w = static_cast<Real>(point.weight);
    m.sxx += w * (point.x - m.mean_x) * (point.x - m.mean_x);
    m.syy += w * (point.y - m.mean_y) * (point.y - m.mean_y);
    m.sxy += w * (point.x - m.mean_x) * (point.y - m.mean_y);
  }
  // A constant has no variance, whatever rounding left in the centred sums.
  if (all_equal(points, [](const WeightedPoint& point) { return point.x; })) {
    m.sxx = m.sxy = 0;
  }
  if (all_equal(points, [](const WeightedPoint& point) { return point.y; })) {
    m.syy = m.sxy = 0;
  }
  return m;
}

std::optional<double> pearson(const Comoments& m) {
  if (m.n < 2 || !(m.sxx > 0) || !(m.syy > 0)) {
    return std::nullopt;
  }
  const Real r = m.sxy / std::sqrt(m.sxx * m.syy);
  return static_cast<double>(std::clamp(r, -1.0L, 1.0L));
}

Real max_cosum(const std::vector<WeightedPoint>& points, const Comoments& m) {
  std::vector<std::pair<Real, uint64_t>> xs, ys;
  for (const WeightedPoint& point : points) {
    if (point.weight > 0) {
      xs.emplace_back(point.x, point.weight);
      ys.emplace_back(point.y, point.weight);
    }
  }
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  // Pair the i-th smallest x with the i-th smallest y, a run of equal weight at a time.
  Real sum = 0;
  size_t i = 0, j = 0;
  uint64_t left_x = xs.empty() ? 0 : xs[0].second, left_y = ys.empty() ? 0 : ys[0].second;
  while (i < xs.size() && j < ys.size()) {
    const uint64_t run = std::min(left_x, left_y);
    sum += static_cast<Real>(run) * (xs[i].first - m.mean_x) * (ys[j].first - m.mean_y);
    left_x -= run;
    left_y -= run;
    if (left_x == 0 && ++i < xs.size()) {
      left_x = xs[i].second;
    }
    if (left_y == 0 && ++j < ys.size()) {
      left_y = ys[j].second;
    }
  }
  return sum;
}

ScoreSummary summarize(const std::vector<ScoreValue>& values, double possible) {
  ScoreSummary summary;
  summary.possible = possible;
  summary.histogram = empty_histogram();
  Real sum = 0;
  for (const ScoreValue& value : values) {
    summary.n += value.weight;
    sum += static_cast<Real>(value.weight) * value.value;
    summary.histogram[std::min(value.bin, kBins - 1)].count += value.weight;
  }
  if (summary.n == 0) {
    return summary;
  }
  const Real n = static_cast<Real>(summary.n);
  const Real mean = sum / n;
  summary.mean = static_cast<double>(mean);
  summary.min = static_cast<double>(values.front().value);
  summary.max = static_cast<double>(values.back().value);
  summary.median = static_cast<double>(
      (value_at_rank(values, (summary.n - 1) / 2) + value_at_rank(values, summary.n / 2)) / 2);
  if (summary.n < 2) {
    return summary;
  }
  const CentredSums sums = centred_sums(values, mean);
  summary.sd = static_cast<double>(std::sqrt(sums.s2 / (n - 1)));
  if (values.front().value != values.back().value) {
    add_shape(summary, sums, n);  // a constant score has no shape
  }
  return summary;
}

size_t percent_bin(Units total, Units possible) {
  if (possible <= 0 || total <= 0) {
    return 0;
  }
  if (total >= possible) {
    return kBins - 1;
  }
  if (total > std::numeric_limits<Units>::max() / 10) {
    return static_cast<size_t>(10.0L * static_cast<Real>(total) / static_cast<Real>(possible));
  }
  return static_cast<size_t>(10 * total / possible);
}

Real percent_of(Units total, Units possible) {
  return possible > 0 ? 100.0L * static_cast<Real>(total) / static_cast<Real>(possible) : 0;
}

bool natural_less(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const std::string_view run_a = run_at(a, i);
    const std::string_view run_b = run_at(b, j);
    int order = 0;
    if (is_digit(run_a.front()) && is_digit(run_b.front())) {
      order = compare_numbers(run_a, run_b);
    } else {
      order = run_a.compare(run_b) < 0 ? -1 : (run_a.compare(run_b) > 0 ? 1 : 0);
    }
    if (order != 0) {
      return order < 0;
    }
    i += run_a.size();
    j += run_b.size();
  }
  if ((i < a.size()) != (j < b.size())) {
    return j < b.size();  // a prefix comes first
  }
  return a < b;  // "01" and "1" are equal as numbers: bytes decide
}

std::vector<FormView> form_views(const std::vector<std::vector<ScoringItem>>& forms, const GradeTally& tally) {
  std::vector<FormView> views;
  for (size_t f = 0; f < forms.size(); ++f) {
    FormView view;
    view.items = &forms[f];
    view.buckets = tally.buckets(f);
    view.n = tally.attempts(f);
    for (size_t j = 0; j < forms[f].size(); ++j) {
      const ScoringItem& item = forms[f][j];
      view.possible += item.dropped ? 0 : item.points;
      view.counted += item.dropped ? 0 : 1;
      view.level_offset.push_back(tally.level_offset(f, j));
      view.option_offset.push_back(tally.option_offset(f, j));
      view.omitted.push_back(tally.omitted(f, j));
      view.invalid.push_back(tally.invalid(f, j));
    }
    views.push_back(std::move(view));
  }
  return views;
}

std::vector<WeightedPoint> item_points(const FormView& form, size_t j, bool rest) {
  const ScoringItem& item = (*form.items)[j];
  std::vector<WeightedPoint> points;
  if (item.dropped || item.points <= 0) {
    return points;
  }
  const Real item_points = static_cast<Real>(item.points);
  const Real unit = static_cast<Real>(kUnitsPerPoint);
  for (const auto& bucket : form.buckets) {
    for (size_t k = 0; k < item.levels.size(); ++k) {
      const uint64_t count = bucket.marks[form.level_offset[j] + k];
      if (count == 0) {
        continue;
      }
      const Real level = static_cast<Real>(item.levels[k]);
      const Real y = static_cast<Real>(bucket.total) - (rest ? level : 0);
      points.push_back(WeightedPoint{level / item_points, y / unit, count});
    }
  }
  return points;
}

Reliability reliability(const FormView& form) {
  Reliability result;
  std::vector<WeightedPoint> totals;
  for (const auto& bucket : form.buckets) {
    const Real total = static_cast<Real>(bucket.total) / static_cast<Real>(kUnitsPerPoint);
    totals.push_back(WeightedPoint{total, total, bucket.attempts});
  }
  result.total_squares = comoments(totals).sxx;
  for (size_t j = 0; j < form.items->size(); ++j) {
    const ScoringItem& item = (*form.items)[j];
    const Real points = static_cast<Real>(item.points) / static_cast<Real>(kUnitsPerPoint);
    const Real squares = item.dropped ? 0 : comoments(item_points(form, j, false)).sxx * points * points;
    result.items += item.dropped ? 0 : 1;
    result.item_squares += squares;
    result.squares.push_back(squares);
  }
  return result;
}

std::optional<double> alpha_of(uint32_t items, Real item_squares, Real total_squares) {
  if (items < 2 || !(total_squares > 0)) {
    return std::nullopt;
  }
  const Real p = static_cast<Real>(items);
  return static_cast<double>(p / (p - 1) * (1 - item_squares / total_squares));
}

}  // namespace hocvu
