#include "load/requirement_checks.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "i18n/interface.hpp"

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
                      ui_format("load.requirement.min_above_max", fmt::arg("role", role.id.value),
                                fmt::arg("competency", competency), fmt::arg("min", range.min_level->value),
                                fmt::arg("max", range.max_level->value)),
                      std::string(ui_text("load.requirement.min_above_max_hint")));
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
                  ui_format("load.requirement.range_leaves_out_level", fmt::arg("role", role.id.value),
                            fmt::arg("competency", competency), fmt::arg("level", requirement.level.value)),
                  std::string(ui_text("load.requirement.range_leaves_out_level_hint")));
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
  auto message = [&](std::string_view key) {
    return ui_format(key, fmt::arg("role", role.id.value), fmt::arg("competency", requirement.competency.value),
                     fmt::arg("level", requirement.level.value), fmt::arg("baseline", role.baseline->value));
  };
  reporter.report(Rule::requirement_not_above_baseline, requirement.level.pos,
                  message(level == baseline ? message_id("load.requirement.at_baseline")
                                            : message_id("load.requirement.below_baseline")),
                  std::string(ui_text("load.requirement.not_above_baseline_hint")));
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
                        ui_format("load.requirement.twice", fmt::arg("role", role.id.value),
                                  fmt::arg("competency", competency), fmt::arg("where", reporter.where(seen->second))),
                        std::string(ui_text("load.requirement.twice_hint")));
        continue;
      }
      check_range(framework, role, requirement, reporter);
      check_against_baseline(framework, role, requirement, reporter);
    }
  }
}

}  // namespace hocvu
