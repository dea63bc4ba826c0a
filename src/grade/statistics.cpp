// compute_statistics: the forms' summaries, then one item row (and its distractor rows) per
// question id, then the flags, which need both.
#include "grade/statistics.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "grade/statistics_support.hpp"

namespace hocvu {

namespace {

struct NaturalLess {
  bool operator()(const std::string& a, const std::string& b) const { return natural_less(a, b); }
};

std::map<std::string, std::vector<ItemPlace>, NaturalLess> places_by_question(const GradingKey& key) {
  std::map<std::string, std::vector<ItemPlace>, NaturalLess> places;
  for (size_t f = 0; f < key.forms.size(); ++f) {
    for (size_t j = 0; j < key.forms[f].items.size(); ++j) {
      places[key.forms[f].items[j].question_id].push_back(ItemPlace{f, j});
    }
  }
  return places;
}

// A single-choice question whose key may be wrong: a functioning distractor (chosen by at least
// the non-functioning share) whose choosers have a higher mean total than the key's choosers, or
// any functioning distractor when nobody chose the key.
bool possible_miskey(const std::vector<DistractorStatistics>& options, const ItemThresholds& thresholds) {
  Real key_sum = 0;
  uint64_t key_chosen = 0;
  for (const DistractorStatistics& option : options) {
    if (option.key && option.mean_total_percent) {
      key_sum += static_cast<Real>(*option.mean_total_percent) * static_cast<Real>(option.chosen);
      key_chosen += option.chosen;
    }
  }
  for (const DistractorStatistics& option : options) {
    const bool functioning = option.share && *option.share >= thresholds.nonfunctioning && option.chosen > 0;
    if (!option.key && functioning &&
        (key_chosen == 0 || static_cast<Real>(*option.mean_total_percent) > key_sum / static_cast<Real>(key_chosen))) {
      return true;
    }
  }
  return false;
}

void add_flags(ItemStatistics& row, const std::vector<DistractorStatistics>& options, bool single_choice,
               const ItemThresholds& thresholds) {
  auto flag_if = [&row](bool condition, ItemFlag flag) {
    if (condition) {
      row.flags.push_back(flag);
    }
  };
  flag_if(row.facility && *row.facility < thresholds.too_hard, ItemFlag::too_hard);
  flag_if(row.facility && *row.facility > thresholds.too_easy, ItemFlag::too_easy);
  flag_if(row.item_rest_r && *row.item_rest_r >= 0 && *row.item_rest_r < thresholds.weak_discrimination,
          ItemFlag::weak_discrimination);
  flag_if(row.item_rest_r && *row.item_rest_r < 0, ItemFlag::negative_discrimination);
  flag_if(single_choice && possible_miskey(options, thresholds), ItemFlag::possible_miskey);
  flag_if(std::any_of(options.begin(), options.end(), [](const auto& option) { return option.nonfunctioning; }),
          ItemFlag::nonfunctioning_distractor);
  flag_if(row.discriminative_efficiency && *row.discriminative_efficiency < thresholds.low_efficiency,
          ItemFlag::low_efficiency);
}

void check_shapes(const GradingKey& key, const std::vector<std::vector<ScoringItem>>& forms, const GradeTally& tally) {
  bool same = key.forms.size() == forms.size() && forms.size() == tally.forms();
  for (size_t f = 0; same && f < forms.size(); ++f) {
    same = key.forms[f].items.size() == forms[f].size();
  }
  if (!same) {
    throw std::invalid_argument("compute_statistics: the key, the scoring items and the tally differ in shape");
  }
}

}  // namespace

const char* item_flag_name(ItemFlag flag) {
  switch (flag) {
    case ItemFlag::too_hard: return "too_hard";
    case ItemFlag::too_easy: return "too_easy";
    case ItemFlag::weak_discrimination: return "weak_discrimination";
    case ItemFlag::negative_discrimination: return "negative_discrimination";
    case ItemFlag::possible_miskey: return "possible_miskey";
    case ItemFlag::nonfunctioning_distractor: return "nonfunctioning_distractor";
    case ItemFlag::low_efficiency: return "low_efficiency";
  }
  return "unknown";
}

GradeStatistics compute_statistics(const GradingKey& key, const std::vector<std::vector<ScoringItem>>& forms,
                                   const GradeTally& tally, const ItemThresholds& thresholds) {
  check_shapes(key, forms, tally);
  const std::vector<FormView> views = form_views(forms, tally);
  std::vector<Reliability> reliabilities;
  GradeStatistics statistics;
  uint64_t passed = 0;
  for (size_t f = 0; f < views.size(); ++f) {
    reliabilities.push_back(reliability(views[f]));
    statistics.forms.push_back(form_statistics(key.forms[f], views[f], tally.passed(f)));
    passed += tally.passed(f);
  }
  statistics.overall = overall_summary(views, passed);
  for (const auto& [question, places] : places_by_question(key)) {
    ItemStatistics row = item_statistics(key, views, reliabilities, places);
    if (!row.dropped) {
      const std::vector<DistractorStatistics> options = distractor_statistics(key, views, places, thresholds);
      const ItemPlace& first = places.front();
      add_flags(row, options, key.forms[first.form].items[first.item].type == QuestionType::single, thresholds);
      statistics.distractors.insert(statistics.distractors.end(), options.begin(), options.end());
    }
    statistics.items.push_back(std::move(row));
  }
  for (size_t c = 0; c < key.competencies.size(); ++c) {
    statistics.competencies.push_back(CompetencyStatistics{key.competencies[c], tally.measured(c), tally.mastered(c)});
  }
  return statistics;
}

}  // namespace hocvu
