#include "blueprint/coverage_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

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

std::string plural(uint64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
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
                    fmt::format("blueprint {}: coverage needs {} on every form ({} of role {}, {} each); forms "
                                "have {}",
                                blueprint.id.value, plural(required, "question", "questions"),
                                plural(requirements, "requirement", "requirements"), blueprint.role.value,
                                coverage.required_min, blueprint.length),
                    "lengthen the forms, or lower coverage.required_min");
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
      std::string why = each_applies ? fmt::format("{} at least {} each", plural(competencies, "competency", "competencies"),
                                                   blueprint.coverage.each_min)
                                     : std::string();
      if (requirements > 0) {
        why += fmt::format("{}{} of role {} at least {} each at the level required", why.empty() ? "" : ", ",
                           plural(requirements, "requirement", "requirements"), blueprint.role.value,
                           blueprint.coverage.required_min);
      }
      reporter.report(Rule::coverage_exceeds_form, count.pos,
                      fmt::format("blueprint {}: {} allows at most {}, but coverage puts {} there on every form ({})",
                                  blueprint.id.value, describe(s), count.max, need, why),
                      "raise this maximum (and the form length if needed), or lower coverage's minimums");
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
          ? fmt::format("blueprint {} certifies level {}, above the baseline {} of role {}: every competency is "
                        "tested at {} at least",
                        blueprint.id.value, level, base, role.id.value, level)
          : fmt::format("blueprint {} certifies level {}, below the baseline {} of role {}: the questions follow "
                        "the role ({}), so the certificate would claim less than the exam tests",
                        blueprint.id.value, level, base, role.id.value, base);
  reporter.report(Rule::blueprint_level_mismatch, blueprint.level.pos, std::move(message),
                  certified > baseline ? fmt::format("if the role needs {} everywhere, raise its baseline; else "
                                                     "certify {}",
                                                     level, base)
                                       : fmt::format("certify {}, the role's baseline", base));
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
                      fmt::format("blueprint {}: no level of competency {} is allowed (role {} requires it at {}), "
                                  "so no form can measure it",
                                  blueprint.id.value, id, role.id.value, target.level),
                      "widen the blueprint's levels");
    } else if (target.required && !measurable(target)) {
      reporter.report(Rule::coverage_incomplete, blueprint.eligible.pos,
                      fmt::format("blueprint {}: role {} requires competency {} at {}, a level the blueprint's "
                                  "levels leave out, so no form measures the requirement",
                                  blueprint.id.value, role.id.value, id, target.level),
                      fmt::format("include {} in the blueprint's levels", target.level));
    } else if (target.required && coverage.required_min < 2) {
      reporter.report(Rule::coverage_incomplete, coverage.pos,
                      fmt::format("blueprint {}: coverage.required_min is {}, so a form may hold fewer than 2 "
                                  "questions of competency {} at {}, which role {} requires; grading reports "
                                  "mastery from 2",
                                  blueprint.id.value, coverage.required_min, id, target.level, role.id.value),
                      "set coverage.required_min to 2 or more");
      return;  // one finding says it for every requirement
    }
  }
  if (coverage.each_min > 0 && !each_min_fits(blueprint, pool.targets)) {
    reporter.report(Rule::coverage_incomplete, coverage.pos,
                    fmt::format("blueprint {}: forms of {} cannot hold every competency {} with the requirements' "
                                "minimums ({} needed), so coverage.each_min is not applied and a form may leave "
                                "competencies out",
                                blueprint.id.value, blueprint.length, plural(coverage.each_min, "time", "times"),
                                coverage_questions(coverage, pool.targets)),
                    "lengthen the forms, or set coverage.each_min: 0 to say so");
  }
}

}  // namespace hocvu
