// The rows of distractors.csv for one choice question: its options named by the bank's option key
// (letters differ between forms when options are shuffled), pooled over the forms that hold it.
// A candidate's total is X in points for the point-biserial (as the item statistics), and in
// percent of their form's possible for the mean total of the choosers, which compares across forms.
#include <algorithm>

#include "grade/statistics_support.hpp"

namespace hocvu {

namespace {

std::string option_name(const KeyItem& item, uint32_t letter) {
  if (letter < item.option_keys.size()) {
    return item.option_keys[letter];
  }
  return std::string(1, static_cast<char>('A' + letter));
}

bool is_right(const ScoringItem& item, uint32_t letter) {
  uint32_t right = item.correct_mask;
  for (uint32_t mask : item.accepted_masks) {
    right |= mask;
  }
  return ((right >> letter) & 1u) != 0;
}

// The letter showing `option` at `place`, or none.
std::optional<uint32_t> letter_of(const GradingKey& key, const FormView& form, const ItemPlace& place,
                                  const std::string& option) {
  const uint32_t options = (*form.items)[place.item].options;
  for (uint32_t letter = 0; letter < options && letter < 32; ++letter) {
    if (option_name(key.forms[place.form].items[place.item], letter) == option) {
      return letter;
    }
  }
  return std::nullopt;
}

struct OptionSums {
  DistractorStatistics row;
  Real percent_sum = 0;
  std::vector<WeightedPoint> points;  // x: chose it (1) or not (0); y: the total in points
};

void add_place(OptionSums& sums, const GradingKey& key, const FormView& form, const ItemPlace& place) {
  const std::optional<uint32_t> letter = letter_of(key, form, place, sums.row.option);
  const ScoringItem& item = (*form.items)[place.item];
  sums.row.key = sums.row.key || (letter && is_right(item, *letter));
  for (const auto& bucket : form.buckets) {
    const uint64_t chosen = letter ? bucket.chosen[form.option_offset[place.item] + *letter] : 0;
    const Real total = static_cast<Real>(bucket.total) / static_cast<Real>(kUnitsPerPoint);
    sums.row.chosen += chosen;
    sums.percent_sum += static_cast<Real>(chosen) * percent_of(bucket.total, form.possible);
    sums.points.push_back(WeightedPoint{1, total, chosen});
    sums.points.push_back(WeightedPoint{0, total, bucket.attempts - std::min(chosen, bucket.attempts)});
  }
}

std::vector<std::string> option_names(const GradingKey& key, const std::vector<FormView>& forms,
                                      const std::vector<ItemPlace>& places) {
  std::vector<std::string> names;
  for (const ItemPlace& place : places) {
    const uint32_t options = (*forms[place.form].items)[place.item].options;
    for (uint32_t letter = 0; letter < options && letter < 32; ++letter) {
      std::string name = option_name(key.forms[place.form].items[place.item], letter);
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(std::move(name));
      }
    }
  }
  std::sort(names.begin(), names.end(), natural_less);
  return names;
}

}  // namespace

std::vector<DistractorStatistics> distractor_statistics(const GradingKey& key, const std::vector<FormView>& forms,
                                                        const std::vector<ItemPlace>& places,
                                                        const ItemThresholds& thresholds) {
  uint64_t n = 0;
  for (const ItemPlace& place : places) {
    n += forms[place.form].n;
  }
  std::vector<DistractorStatistics> rows;
  for (const std::string& name : option_names(key, forms, places)) {
    OptionSums sums;
    sums.row.question_id = key.forms[places.front().form].items[places.front().item].question_id;
    sums.row.option = name;
    for (const ItemPlace& place : places) {
      add_place(sums, key, forms[place.form], place);
    }
    DistractorStatistics row = sums.row;
    if (n > 0) {
      row.share = static_cast<double>(row.chosen) / static_cast<double>(n);
      row.nonfunctioning = !row.key && *row.share < thresholds.nonfunctioning;
    }
    if (row.chosen > 0) {
      row.mean_total_percent = static_cast<double>(sums.percent_sum / static_cast<Real>(row.chosen));
    }
    row.point_biserial = pearson(comoments(sums.points));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace hocvu
