#include "blueprint/coverage_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

bool measurable(const CompetencyTarget& target) {
  return std::find(target.eligible.begin(), target.eligible.end(), target.level) != target.eligible.end();
}

// Questions coverage puts on every form for one competency.
uint32_t coverage_need(const FormCoverage& coverage, bool each_applies, const CompetencyTarget& target) {
  if (target.eligible.empty()) {
    return 0;
  }
  uint32_t each = each_applies ? coverage.each_min : 0;
  return target.required && measurable(target) ? std::max(each, coverage.required_min) : each;
}


void check_length(const Blueprint& blueprint, const Pool& pool, const ModelReporter& reporter) {
  const FormCoverage& coverage = blueprint.coverage;
  uint64_t required = 0;
  size_t requirements = 0;
  for (const auto& target : pool.targets) {
    if (target.required && measurable(target)) {
      required += coverage.required_min;
      ++requirements;
    }
  }
  if (required > blueprint.length) {
    reporter.report(Rule::coverage_exceeds_form, coverage.pos,
                    ui_format("blueprint.coverage_over_length", fmt::arg("blueprint", blueprint.id.value),
                              fmt::arg("questions", ui_plural("blueprint.questions", required)),
                              fmt::arg("requirements", ui_plural("blueprint.requirements", requirements)),
                              fmt::arg("role", blueprint.role.value), fmt::arg("each", coverage.required_min),
                              fmt::arg("length", blueprint.length)),
                    std::string(ui_text("blueprint.coverage_over_length.hint")));
  }
}

// An area (or competency) constraint whose maximum is below what coverage puts there.
void check_maximums(const Blueprint& blueprint, const Pool& pool, const ModelReporter& reporter) {
  bool each_applies = each_min_fits(blueprint, pool.targets);
  for (const auto& count : blueprint.counts) {
    const CountSelector& s = count.select;
    if (count.max == UINT32_MAX || !count.origin.empty() || s.type || s.tag || s.level || (!s.area && !s.competency)) {
      continue;
    }
    uint64_t need = 0;
    size_t competencies = 0;
    size_t requirements = 0;
    for (const auto& target : pool.targets) {
      bool inside = (!s.area || s.area->value == target.area->id.value) &&
                    (!s.competency || s.competency->value == target.competency->id.value);
      uint32_t here = inside ? coverage_need(blueprint.coverage, each_applies, target) : 0;
      need += here;
      competencies += here > 0 ? 1 : 0;
      requirements += here > 0 && target.required && measurable(target) ? 1 : 0;
    }
    if (need > count.max) {
      std::string why = each_applies ? ui_plural("blueprint.why.each_competency", competencies,
                                                 fmt::arg("each", blueprint.coverage.each_min))
                                     : std::string();
      if (requirements > 0) {
        why += why.empty() ? "" : ", ";
        why += ui_plural("blueprint.why.each_requirement", requirements, fmt::arg("role", blueprint.role.value),
                         fmt::arg("each", blueprint.coverage.required_min));
      }
      reporter.report(Rule::coverage_exceeds_form, count.pos,
                      ui_format("blueprint.coverage_over_max", fmt::arg("blueprint", blueprint.id.value),
                                fmt::arg("constraint", describe_for_people(s)), fmt::arg("max", count.max), fmt::arg("need", need),
                                fmt::arg("why", why)),
                      std::string(ui_text("blueprint.coverage_over_max.hint")));
    }
  }
}

void check_level(const Blueprint& blueprint, const Framework& framework, const Role& role,
                 const ModelReporter& reporter) {
  if (!role.baseline || blueprint.level.value == role.baseline->value) {
    return;
  }
  int certified = level_rank(framework, blueprint.level.value);
  int baseline = level_rank(framework, role.baseline->value);
  if (certified < 0 || baseline < 0) {
    return;
  }
  const std::string& level = blueprint.level.value;
  const std::string& base = role.baseline->value;
  std::string message =
      certified > baseline
          ? ui_format("blueprint.level_above_baseline", fmt::arg("blueprint", blueprint.id.value),
                      fmt::arg("level", level), fmt::arg("baseline", base), fmt::arg("role", role.id.value))
          : ui_format("blueprint.level_below_baseline", fmt::arg("blueprint", blueprint.id.value),
                      fmt::arg("level", level), fmt::arg("baseline", base), fmt::arg("role", role.id.value));
  reporter.report(Rule::blueprint_level_mismatch, blueprint.level.pos, std::move(message),
                  certified > baseline
                      ? ui_format("blueprint.level_above_baseline.hint", fmt::arg("level", level), fmt::arg("baseline", base))
                      : ui_format("blueprint.level_below_baseline.hint", fmt::arg("baseline", base)));
}

}  // namespace

void report_coverage_limits(const Blueprint& blueprint, const Pool& pool, const ModelReporter& reporter) {
  check_length(blueprint, pool, reporter);
  check_maximums(blueprint, pool, reporter);
}

void report_coverage_gaps(const Blueprint& blueprint, const Framework& framework, const Role& role, const Pool& pool,
                          const ModelReporter& reporter) {
  check_level(blueprint, framework, role, reporter);
  const FormCoverage& coverage = blueprint.coverage;
  for (const auto& target : pool.targets) {
    const std::string& id = target.competency->id.value;
    if (target.level.empty()) {
      continue;  // not required by the role
    }
    if (target.eligible.empty()) {
      reporter.report(Rule::coverage_incomplete, blueprint.eligible.pos,
                      ui_format("blueprint.competency_no_level", fmt::arg("blueprint", blueprint.id.value),
                                fmt::arg("competency", id), fmt::arg("role", role.id.value),
                                fmt::arg("level", target.level)),
                      std::string(ui_text("blueprint.competency_no_level.hint")));
    } else if (target.required && !measurable(target)) {
      reporter.report(Rule::coverage_incomplete, blueprint.eligible.pos,
                      ui_format("blueprint.required_level_left_out", fmt::arg("blueprint", blueprint.id.value),
                                fmt::arg("role", role.id.value), fmt::arg("competency", id),
                                fmt::arg("level", target.level)),
                      ui_format("blueprint.required_level_left_out.hint", fmt::arg("level", target.level)));
    } else if (target.required && coverage.required_min < 2) {
      reporter.report(Rule::coverage_incomplete, coverage.pos,
                      ui_format("blueprint.required_min_low", fmt::arg("blueprint", blueprint.id.value),
                                fmt::arg("required_min", coverage.required_min), fmt::arg("competency", id),
                                fmt::arg("level", target.level), fmt::arg("role", role.id.value)),
                      std::string(ui_text("blueprint.required_min_low.hint")));
      return;  // one finding says it for every requirement
    }
  }
  if (coverage.each_min > 0 && !each_min_fits(blueprint, pool.targets)) {
    reporter.report(Rule::coverage_incomplete, coverage.pos,
                    ui_plural("blueprint.each_min_not_applied", coverage.each_min,
                              fmt::arg("blueprint", blueprint.id.value), fmt::arg("length", blueprint.length),
                              fmt::arg("needed", coverage_questions(coverage, pool.targets))),
                    std::string(ui_text("blueprint.each_min_not_applied.hint")));
  }
}

}  // namespace hocvu
