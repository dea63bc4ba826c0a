#include "blueprint/feasibility.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>

#include "blueprint/maximum_checks.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

std::string questions(uint64_t n) { return ui_plural("blueprint.questions", n); }
std::string forms_of(uint64_t n) { return ui_plural("blueprint.forms", n); }

// "4 forms with at most 1 question shared between two forms", "... with each question on at
// most 2 forms".
std::string sharing_rule(const Blueprint& blueprint, uint32_t forms) {
  std::string text = forms_of(forms);
  bool overlap = forms > 1 && blueprint.overlap;
  bool exposure = forms > 1 && blueprint.exposure;
  if (overlap && exposure) {
    return ui_format("blueprint.sharing.overlap_exposure", fmt::arg("forms", text),
                     fmt::arg("shared", questions(*blueprint.overlap)),
                     fmt::arg("uses", forms_of(max_uses(blueprint, forms))));
  }
  if (overlap) {
    return ui_format("blueprint.sharing.overlap", fmt::arg("forms", text), fmt::arg("shared", questions(*blueprint.overlap)));
  }
  if (exposure) {
    return ui_format("blueprint.sharing.exposure", fmt::arg("forms", text),
                     fmt::arg("uses", forms_of(max_uses(blueprint, forms))));
  }
  return text;
}

void check_fixed(const Blueprint& blueprint, const Pool& pool, uint32_t forms, std::vector<Shortfall>& out) {
  for (const auto& id : pool.missing_fixed) {
    out.push_back({blueprint.pos, ui_format("blueprint.fixed_not_eligible", fmt::arg("question", id),
                                            fmt::arg("role", blueprint.role.value))});
  }
  if (pool.fixed.size() > blueprint.length) {
    out.push_back({blueprint.pos, ui_format("blueprint.fixed_too_many", fmt::arg("fixed", pool.fixed.size()),
                                            fmt::arg("length", questions(blueprint.length)))});
  }
  if (blueprint.overlap && pool.fixed.size() > *blueprint.overlap && forms > 1) {
    out.push_back({blueprint.overlap_pos,
                   ui_format("blueprint.fixed_over_overlap", fmt::arg("fixed", pool.fixed.size()),
                             fmt::arg("overlap", *blueprint.overlap))});
  }
  for (auto [a, b] : pool.enemies) {
    bool a_fixed = std::count(pool.fixed.begin(), pool.fixed.end(), a) > 0;
    bool b_fixed = std::count(pool.fixed.begin(), pool.fixed.end(), b) > 0;
    if (a_fixed && b_fixed) {
      out.push_back({blueprint.pos, ui_format("blueprint.fixed_enemies", fmt::arg("first", pool.items[a].question->id.value),
                                              fmt::arg("second", pool.items[b].question->id.value))});
    }
  }
}

// The levels whose questions the pool takes, over all competencies: "CB" or "CB, TC".
std::string eligible_levels(const Pool& pool) {
  std::vector<std::string> levels;
  for (const auto& target : pool.targets) {
    for (const auto& level : target.eligible) {
      if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(level);
    }
  }
  return levels.empty() ? std::string(ui_text("blueprint.levels_none")) : fmt::format("{}", fmt::join(levels, ", "));
}

// Too few eligible questions is the first thing to say: every other shortfall follows from it.
void check_size(const Blueprint& blueprint, const Pool& pool, uint32_t forms, std::vector<Shortfall>& out) {
  auto fixed = static_cast<uint32_t>(std::min<size_t>(pool.fixed.size(), blueprint.length));
  std::optional<uint32_t> overlap;
  if (blueprint.overlap) {
    overlap = *blueprint.overlap >= fixed ? *blueprint.overlap - fixed : 0;
  }
  uint64_t needed = fixed + questions_needed(forms, blueprint.length - fixed, overlap, blueprint.exposure);
  if (needed <= pool.items.size()) {
    return;
  }
  std::string eligible =
      pool.items.empty()
          ? std::string(ui_text("blueprint.eligible_none"))
          : ui_plural("blueprint.eligible_only", pool.items.size());
  out.push_back({blueprint.pos,
                 ui_format("blueprint.too_few_eligible", fmt::arg("eligible", eligible),
                           fmt::arg("framework", blueprint.framework.value), fmt::arg("role", blueprint.role.value),
                           fmt::arg("levels", eligible_levels(pool)), fmt::arg("sharing", sharing_rule(blueprint, forms)),
                           fmt::arg("length", questions(blueprint.length)), fmt::arg("needed", questions(needed))),
                 std::string(ui_text(pool.items.empty() ? "blueprint.too_few_eligible.hint_none"
                                                        : "blueprint.too_few_eligible.hint_more"))});
}

void check_count_constraints(const Blueprint& blueprint, const Pool& pool, uint32_t forms,
                             std::vector<Shortfall>& out) {
  for (const auto& count : blueprint.counts) {
    auto available = static_cast<uint64_t>(std::count_if(
        pool.items.begin(), pool.items.end(), [&](const PoolItem& item) { return matches(count.select, item); }));
    if (count.min > blueprint.length) {
      out.push_back({count.pos, ui_format("blueprint.count_over_length", fmt::arg("constraint", describe(count)),
                                          fmt::arg("min", count.min), fmt::arg("length", questions(blueprint.length)))});
      continue;
    }
    uint64_t needed = count.min == 0 ? 0 : questions_needed(forms, count.min, blueprint.overlap, blueprint.exposure);
    if (needed > available) {
      out.push_back({count.pos, ui_format("blueprint.count_too_few", fmt::arg("constraint", describe(count)),
                                          fmt::arg("sharing", sharing_rule(blueprint, forms)),
                                          fmt::arg("min", questions(count.min)), fmt::arg("needed", questions(needed)),
                                          fmt::arg("available", available))});
    }
  }
}

// Constraints on one dimension (only areas, only types, ...) split a form into parts: their
// minimums must fit into the form, and when they cover every question their maximums must fill it.
void check_partitions(const Blueprint& blueprint, const Pool& pool, std::vector<Shortfall>& out) {
  using Key = std::function<std::string(const CountSelector&)>;
  const std::vector<std::pair<std::string_view, Key>> dimensions = {
      {message_id("blueprint.dimension.area"), [](const CountSelector& s) { return s.area && !s.competency && !s.level && !s.type && !s.tag ? s.area->value : ""; }},
      {message_id("blueprint.dimension.competency"), [](const CountSelector& s) { return s.competency && !s.area && !s.level && !s.type && !s.tag ? s.competency->value : ""; }},
      {message_id("blueprint.dimension.type"), [](const CountSelector& s) { return s.type && !s.area && !s.competency && !s.level && !s.tag ? question_type_name(*s.type) : ""; }},
  };
  for (const auto& [dimension, key] : dimensions) {
    std::string_view name = ui_text(dimension);
    // Several constraints on one value (area 1 min 3, area 1 max 5) combine into one range.
    struct Range {
      uint32_t min = 0;
      uint32_t max = UINT32_MAX;
      const CountConstraint* first = nullptr;  // the first in the file, where findings point
    };
    std::map<std::string, Range> parts;
    const CountConstraint* first_part = nullptr;
    for (const auto& count : blueprint.counts) {
      std::string value = key(count.select);
      if (value.empty()) {
        continue;
      }
      Range& range = parts[value];
      range.min = std::max(range.min, count.min);
      range.max = std::min(range.max, count.max);
      range.first = range.first != nullptr ? range.first : &count;
      first_part = first_part != nullptr ? first_part : &count;
      if (range.min > range.max) {
        out.push_back({count.pos, ui_format("blueprint.range_empty", fmt::arg("dimension", name),
                                            fmt::arg("value", value), fmt::arg("min", range.min),
                                            fmt::arg("max", range.max))});
      }
    }
    if (parts.empty()) {
      continue;
    }
    uint64_t mins = 0;
    uint64_t maxes = 0;
    for (const auto& part : parts) {
      mins += part.second.min;
      maxes += std::min<uint64_t>(part.second.max, blueprint.length);
    }
    if (mins > blueprint.length) {
      out.push_back({first_part->pos, ui_format("blueprint.minimums_over_length", fmt::arg("dimension", name),
                                                fmt::arg("sum", mins), fmt::arg("length", blueprint.length))});
    }
    // With fewer eligible questions than a form holds, check_size has said the cause; and an
    // empty pool is covered by any parts.
    bool covers_pool = pool.items.size() >= blueprint.length && std::all_of(pool.items.begin(), pool.items.end(), [&](const PoolItem& item) {
      return std::any_of(parts.begin(), parts.end(), [&](const auto& part) { return matches(part.second.first->select, item); });
    });
    if (covers_pool && maxes < blueprint.length) {
      out.push_back({first_part->pos, ui_format("blueprint.maximums_under_length", fmt::arg("dimension", name),
                                                fmt::arg("sum", maxes), fmt::arg("length", blueprint.length))});
    }
  }
}

// The smallest and largest sums of `length` values.
std::pair<double, double> extreme_sums(std::vector<double> values, uint32_t length) {
  std::sort(values.begin(), values.end());
  size_t n = std::min<size_t>(length, values.size());
  double low = std::accumulate(values.begin(), values.begin() + static_cast<long>(n), 0.0);
  double high = std::accumulate(values.end() - static_cast<long>(n), values.end(), 0.0);
  return {low, high};
}

void check_totals(const Blueprint& blueprint, const Pool& pool, std::vector<Shortfall>& out) {
  if (pool.items.size() < blueprint.length || blueprint.length == 0) {
    return;  // reported by check_size
  }
  std::vector<double> points, difficulties;
  for (const auto& item : pool.items) {
    points.push_back(item.question->points);
    difficulties.push_back(item.difficulty);
  }
  auto [low_points, high_points] = extreme_sums(points, blueprint.length);
  if (blueprint.points_max && low_points > *blueprint.points_max + 1e-9) {
    out.push_back({blueprint.points_pos, ui_format("blueprint.points_over_max", fmt::arg("length", blueprint.length),
                                                   fmt::arg("points", fmt::format("{:g}", low_points)),
                                                   fmt::arg("max", fmt::format("{:g}", *blueprint.points_max)))});
  }
  if (blueprint.points_min && high_points < *blueprint.points_min - 1e-9) {
    out.push_back({blueprint.points_pos, ui_format("blueprint.points_under_min", fmt::arg("length", blueprint.length),
                                                   fmt::arg("points", fmt::format("{:g}", high_points)),
                                                   fmt::arg("min", fmt::format("{:g}", *blueprint.points_min)))});
  }
  if (blueprint.difficulty_tolerance) {
    double target = blueprint.difficulty_mean.value_or(pool.default_target);
    auto [low, high] = extreme_sums(difficulties, blueprint.length);
    double tolerance = *blueprint.difficulty_tolerance;
    if (low / blueprint.length > target + tolerance || high / blueprint.length < target - tolerance) {
      out.push_back({blueprint.difficulty_pos,
                     ui_format("blueprint.difficulty_out_of_reach", fmt::arg("target", fmt::format("{:.2f}", target)),
                               fmt::arg("tolerance", fmt::format("{:g}", tolerance)), fmt::arg("length", blueprint.length),
                               fmt::arg("low", fmt::format("{:.2f}", low / blueprint.length)),
                               fmt::arg("high", fmt::format("{:.2f}", high / blueprint.length)))});
    }
  }
}

}  // namespace

uint32_t max_uses(const Blueprint& blueprint, uint32_t forms) {
  if (!blueprint.exposure) {
    return forms;
  }
  return std::max<uint32_t>(1, static_cast<uint32_t>(std::floor(*blueprint.exposure * forms + 1e-9)));
}

uint64_t questions_needed(uint32_t forms, uint32_t per_form, std::optional<uint32_t> overlap,
                          std::optional<double> exposure) {
  uint64_t by_overlap = per_form;
  if (overlap) {
    by_overlap = 0;
    for (uint64_t j = 0; j < forms; ++j) {
      by_overlap += j * *overlap >= per_form ? 0 : per_form - j * *overlap;
    }
  }
  uint64_t by_exposure = per_form;
  if (exposure) {
    uint64_t uses = std::max<uint64_t>(1, static_cast<uint64_t>(std::floor(*exposure * forms + 1e-9)));
    by_exposure = (static_cast<uint64_t>(forms) * per_form + uses - 1) / uses;
  }
  return std::max(by_overlap, by_exposure);
}

std::string describe_sharing(const Blueprint& blueprint, uint32_t forms) {
  return sharing_rule(blueprint, forms);
}

std::vector<Shortfall> check_counts(const Blueprint& blueprint, const Pool& pool, uint32_t forms) {
  std::vector<Shortfall> out;
  check_fixed(blueprint, pool, forms, out);
  check_size(blueprint, pool, forms, out);
  if (pool.items.size() < blueprint.length) {
    return out;  // not one form can be filled: every other shortfall would follow from that
  }
  check_count_constraints(blueprint, pool, forms, out);
  check_partitions(blueprint, pool, out);
  check_totals(blueprint, pool, out);
  if (out.empty()) {
    check_maximums(blueprint, pool, forms, out);  // what it finds would mostly repeat the others
  }
  return out;
}

void report_shortfalls(const Blueprint& blueprint, const Pool& pool, uint32_t forms, const ModelReporter& reporter) {
  for (const auto& shortfall : check_counts(blueprint, pool, forms)) {
    reporter.report(Rule::blueprint_unsatisfiable, shortfall.pos,
                    ui_format("blueprint.shortfall", fmt::arg("blueprint", blueprint.id.value),
                              fmt::arg("message", shortfall.message)),
                    !shortfall.hint.empty() ? shortfall.hint : std::string(ui_text("blueprint.shortfall.hint")));
  }
}

}  // namespace hocvu
