// One row of items.csv: a question pooled over every form that holds it. x is the mark as a
// fraction of the item's points (omitted = 0), X the candidate's total on their own form in points,
// R = X - x * points the rest score. Pooling mixes forms, which hocvu exam builds to be parallel
// (same blueprint, same points); alpha if deleted, a property of a form, is the n-weighted mean of
// the forms' values instead.
#include <cmath>

#include "grade/statistics_support.hpp"

namespace hocvu {

namespace {

// ceil(0.27 n) without overflow.
uint64_t group_size(uint64_t n) {
  return n / 100 * 27 + (n % 100 * 27 + 99) / 100;
}

struct GroupCuts {
  Units upper = 0;  // the upper group: totals >= this
  Units lower = 0;  // the lower group: totals <= this
};

// The 27% groups of whole score groups: the upper group is everyone whose total is at least that
// of the candidate ranked ceil(0.27 n) from the top, the lower group likewise from the bottom, so
// candidates with equal totals are never split. None for fewer than 10 candidates, or when ties
// make the groups meet.
std::optional<GroupCuts> group_cuts(const FormView& form) {
  if (form.n < 10 || form.buckets.empty()) {
    return std::nullopt;
  }
  const uint64_t size = group_size(form.n);
  GroupCuts cuts;
  uint64_t seen = 0;
  for (auto bucket = form.buckets.rbegin(); bucket != form.buckets.rend() && seen < size; ++bucket) {
    seen += bucket->attempts;
    cuts.upper = bucket->total;
  }
  seen = 0;
  for (auto bucket = form.buckets.begin(); bucket != form.buckets.end() && seen < size; ++bucket) {
    seen += bucket->attempts;
    cuts.lower = bucket->total;
  }
  if (cuts.upper <= cuts.lower) {
    return std::nullopt;
  }
  return cuts;
}

struct GroupSums {
  Real upper_n = 0, upper_marks = 0;
  Real lower_n = 0, lower_marks = 0;
};

void add_groups(const FormView& form, size_t j, GroupSums& sums) {
  const std::optional<GroupCuts> cuts = group_cuts(form);
  const ScoringItem& item = (*form.items)[j];
  if (!cuts || item.points <= 0) {
    return;
  }
  for (const auto& bucket : form.buckets) {
    const bool upper = bucket.total >= cuts->upper;
    if (!upper && bucket.total > cuts->lower) {
      continue;
    }
    Real marks = 0;
    for (size_t k = 0; k < item.levels.size(); ++k) {
      marks += static_cast<Real>(bucket.marks[form.level_offset[j] + k]) * static_cast<Real>(item.levels[k]) /
               static_cast<Real>(item.points);
    }
    (upper ? sums.upper_n : sums.lower_n) += static_cast<Real>(bucket.attempts);
    (upper ? sums.upper_marks : sums.lower_marks) += marks;
  }
}

// D = p_upper - p_lower, p the mean mark of the group, pooled over the forms that have groups.
// For a partial-credit item it is a difference of mean marks, which says little.
std::optional<double> upper_lower(const std::vector<FormView>& forms, const std::vector<ItemPlace>& places) {
  GroupSums sums;
  for (const ItemPlace& place : places) {
    add_groups(forms[place.form], place.item, sums);
  }
  if (sums.upper_n == 0 || sums.lower_n == 0) {
    return std::nullopt;
  }
  return static_cast<double>(sums.upper_marks / sums.upper_n - sums.lower_marks / sums.lower_n);
}

// alpha without the item on each form, then the mean weighted by the form's candidates.
std::optional<double> alpha_if_deleted(const std::vector<FormView>& forms, const std::vector<Reliability>& reliabilities,
                                       const std::vector<ItemPlace>& places) {
  Real sum = 0, weight = 0;
  for (const ItemPlace& place : places) {
    const Reliability& form = reliabilities[place.form];
    const Real rest_squares = comoments(item_points(forms[place.form], place.item, true)).syy;
    const std::optional<double> alpha =
        alpha_of(form.items - 1, form.item_squares - form.squares[place.item], rest_squares);
    if (alpha) {
      sum += static_cast<Real>(forms[place.form].n) * static_cast<Real>(*alpha);
      weight += static_cast<Real>(forms[place.form].n);
    }
  }
  return weight > 0 ? std::optional<double>(static_cast<double>(sum / weight)) : std::nullopt;
}

std::vector<WeightedPoint> pooled_points(const std::vector<FormView>& forms, const std::vector<ItemPlace>& places,
                                         bool rest) {
  std::vector<WeightedPoint> points;
  for (const ItemPlace& place : places) {
    const std::vector<WeightedPoint> more = item_points(forms[place.form], place.item, rest);
    points.insert(points.end(), more.begin(), more.end());
  }
  return points;
}

// Facility, SD, both correlations and the discriminative efficiency cov(x, R) / cov_max.
void add_correlations(ItemStatistics& row, const std::vector<FormView>& forms, const std::vector<ItemPlace>& places) {
  const Comoments total = comoments(pooled_points(forms, places, false));
  const std::vector<WeightedPoint> rest_points = pooled_points(forms, places, true);
  const Comoments rest = comoments(rest_points);
  if (total.n > 0) {
    row.facility = static_cast<double>(total.mean_x);
  }
  if (total.n >= 2) {
    row.sd = static_cast<double>(std::sqrt(total.sxx / (total.n - 1)));
  }
  row.item_total_r = pearson(total);
  row.item_rest_r = pearson(rest);
  const Real cov_max = max_cosum(rest_points, rest);
  if (row.item_rest_r && cov_max > 0) {
    row.discriminative_efficiency = static_cast<double>(rest.sxy / cov_max);
  }
}

}  // namespace

ItemStatistics item_statistics(const GradingKey& key, const std::vector<FormView>& forms,
                               const std::vector<Reliability>& reliabilities, const std::vector<ItemPlace>& places) {
  ItemStatistics row;
  const KeyItem& first = key.forms[places.front().form].items[places.front().item];
  row.question_id = first.question_id;
  row.competency = first.competency;
  row.level = first.level;
  for (const ItemPlace& place : places) {
    const std::string& form = key.forms[place.form].id;
    if (row.forms.empty() || row.forms.back() != form) {
      row.forms.push_back(form);
    }
    row.dropped = row.dropped || (*forms[place.form].items)[place.item].dropped;
  }
  if (row.dropped) {
    return row;  // no statistics, no flags
  }
  for (const ItemPlace& place : places) {
    row.n += forms[place.form].n;
    row.omitted += forms[place.form].omitted[place.item];
    row.invalid += forms[place.form].invalid[place.item];
  }
  add_correlations(row, forms, places);
  row.upper_lower_d = upper_lower(forms, places);
  row.alpha_if_deleted = alpha_if_deleted(forms, reliabilities, places);
  return row;
}

}  // namespace hocvu
