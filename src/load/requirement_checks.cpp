#include "load/requirement_checks.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace hocvu {

namespace {

void check_range(const Framework& framework, const Role& role, const Requirement& requirement,
                 const ModelReporter& reporter) {
  const LevelRange& range = requirement.eligible;
  const std::string& competency = requirement.competency.value;
  if (range.min_level && range.max_level) {
    int low = level_rank(framework, range.min_level->value);
    int high = level_rank(framework, range.max_level->value);
    if (low >= 0 && high >= 0 && low > high) {
      reporter.report(Rule::invalid_value, range.min_level->pos,
                      fmt::format("role {}, competency {}: min_level {} is above max_level {}", role.id.value,
                                  competency, range.min_level->value, range.max_level->value),
                      "levels go from lowest to highest in the order the framework lists them");
      return;
    }
  }
  int level = level_rank(framework, requirement.level.value);
  if (requirement.level.value.empty() || level < 0) {
    return;
  }
  for (const auto& eligible : range_levels(framework, range, level, level)) {
    if (eligible == requirement.level.value) {
      return;
    }
  }
  reporter.report(Rule::invalid_value, range.pos,
                  fmt::format("role {}, competency {}: the levels that count leave out the level required, {}",
                              role.id.value, competency, requirement.level.value),
                  "a range says which question levels count towards the requirement: include its level");
}

void check_against_baseline(const Framework& framework, const Role& role, const Requirement& requirement,
                            const ModelReporter& reporter) {
  if (!role.baseline || requirement.eligible.written() || requirement.level.value.empty()) {
    return;
  }
  int baseline = level_rank(framework, role.baseline->value);
  int level = level_rank(framework, requirement.level.value);
  if (baseline < 0 || level < 0 || level > baseline) {
    return;
  }
  std::string what = level == baseline
                         ? fmt::format("which its baseline {} already requires", role.baseline->value)
                         : fmt::format("below its baseline {}: a requirement raises the baseline, never lowers it, "
                                       "so {} stays at {}",
                                       role.baseline->value, requirement.competency.value, role.baseline->value);
  reporter.report(Rule::requirement_not_above_baseline, requirement.level.pos,
                  fmt::format("role {} requires competency {} at {}, {}", role.id.value,
                              requirement.competency.value, requirement.level.value, what),
                  "remove the requirement, or raise its level above the baseline");
}

}  // namespace

void check_role_requirements(const Framework& framework, const ModelReporter& reporter) {
  for (const auto& role : framework.roles) {
    std::unordered_map<std::string, Pos> first;
    for (const auto& requirement : role.requirements) {
      const std::string& competency = requirement.competency.value;
      if (competency.empty()) {
        continue;
      }
      auto [seen, inserted] = first.emplace(competency, requirement.competency.pos);
      if (!inserted) {
        reporter.report(Rule::duplicate_requirement, requirement.competency.pos,
                        fmt::format("role {} requires competency {} twice; the first, at {}, is the one used",
                                    role.id.value, competency, reporter.where(seen->second)),
                        "keep one requirement per competency, with the level (or range) meant");
        continue;
      }
      check_range(framework, role, requirement, reporter);
      check_against_baseline(framework, role, requirement, reporter);
    }
  }
}

}  // namespace hocvu
