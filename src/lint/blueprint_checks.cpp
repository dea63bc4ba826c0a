#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "blueprint/coverage_checks.hpp"
#include "blueprint/feasibility.hpp"
#include "blueprint/pool.hpp"
#include "i18n/interface.hpp"
#include "lint/cue_statistics.hpp"
#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"
#include "text/edit_distance.hpp"

namespace hocvu {

namespace {

// A kind with few ids (levels) lists them all, in the framework's order.
std::string hint_with_list(std::string hint, const std::vector<std::string>* listed) {
  if (listed == nullptr || listed->empty()) {
    return hint;
  }
  std::string list = ui_format("lint.blueprint.levels_defined", fmt::arg("levels", fmt::format("{}", fmt::join(*listed, ", "))));
  return hint.empty() ? list : ui_format("lint.blueprint.hint_and_list", fmt::arg("hint", hint), fmt::arg("list", list));
}

// Checks that `ref` is one of `known`; reports it otherwise, with the nearest as a hint while
// the run's suggestion budget lasts. `unknown_key` is the message for the kind of `ref`
// (lint.blueprint.unknown_role, ...), with the fields {blueprint} and {id}; `listed` is given for levels only.
bool check_known(const LocatedText& ref, const std::set<std::string>& known, std::string_view unknown_key,
                 const std::string& blueprint, const ModelReporter& reporter, SuggestionBudget& budget,
                 const std::vector<std::string>* listed = nullptr) {
  if (ref.value.empty() || known.count(ref.value) > 0) {
    return true;
  }
  std::string nearest;
  if (budget.spend(known.size())) {
    nearest = closest_match(ref.value, std::vector<std::string_view>(known.begin(), known.end()), budget);
  }
  reporter.report(Rule::unknown_reference, ref.pos,
                  ui_format(unknown_key, fmt::arg("blueprint", blueprint), fmt::arg("id", ref.value)),
                  hint_with_list(nearest.empty() ? "" : ui_format("lint.did_you_mean", fmt::arg("name", nearest)), listed));
  return false;
}

struct Names {
  std::set<std::string> levels, areas, competencies, roles, tags;
  std::vector<std::string> level_order;
};

Names names_of(const Model& model, const Framework& framework) {
  Names names;
  for (const auto& level : framework.levels) {
    names.levels.insert(level.id.value);
    names.level_order.push_back(level.id.value);
  }
  for (const auto& role : framework.roles) names.roles.insert(role.id.value);
  for (const auto& area : framework.areas) {
    names.areas.insert(area.id.value);
    for (const auto& competency : area.competencies) names.competencies.insert(competency.id.value);
  }
  for (const auto& bank : model.banks) {
    if (bank.framework.value == framework.id.value) {
      for (const auto& question : bank.questions) names.tags.insert(question.tags.begin(), question.tags.end());
    }
  }
  return names;
}

// Tags are defined by the questions that use them: without banks there is nothing to check them by.
bool check_blueprint_references(const Model& model, const Blueprint& blueprint, const Framework& framework,
                                bool has_banks, const ModelReporter& reporter, SuggestionBudget& budget) {
  Names names = names_of(model, framework);
  const std::string& context = blueprint.id.value;
  constexpr std::string_view kRole = message_id("lint.blueprint.unknown_role");
  constexpr std::string_view kLevel = message_id("lint.blueprint.unknown_level");
  constexpr std::string_view kArea = message_id("lint.blueprint.unknown_area");
  constexpr std::string_view kCompetency = message_id("lint.blueprint.unknown_competency");
  constexpr std::string_view kTag = message_id("lint.blueprint.unknown_tag");
  bool ok = check_known(blueprint.role, names.roles, kRole, context, reporter, budget);
  ok &= check_known(blueprint.level, names.levels, kLevel, context, reporter, budget, &names.level_order);
  for (const auto& level : blueprint.eligible.levels) {
    ok &= check_known(level, names.levels, kLevel, context, reporter, budget, &names.level_order);
  }
  for (const auto* end : {&blueprint.eligible.min_level, &blueprint.eligible.max_level}) {
    if (*end) ok &= check_known(**end, names.levels, kLevel, context, reporter, budget, &names.level_order);
  }
  for (const auto& count : blueprint.counts) {
    const CountSelector& s = count.select;
    if (s.area) ok &= check_known(*s.area, names.areas, kArea, context, reporter, budget);
    if (s.competency) ok &= check_known(*s.competency, names.competencies, kCompetency, context, reporter, budget);
    if (s.level) ok &= check_known(*s.level, names.levels, kLevel, context, reporter, budget, &names.level_order);
    if (s.tag && has_banks) ok &= check_known(*s.tag, names.tags, kTag, context, reporter, budget);
  }
  return ok;
}

}  // namespace

void check_blueprints(const Model& model, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  SuggestionBudget budget;
  for (const auto& blueprint : model.blueprints) {
    const Framework* framework = nullptr;
    for (const auto& candidate : model.frameworks) {
      framework = candidate.id.value == blueprint.framework.value ? &candidate : framework;
    }
    if (framework == nullptr) {
      if (!blueprint.framework.value.empty()) {
        reporter.report(Rule::unknown_reference, blueprint.framework.pos,
                        ui_format("lint.blueprint.unknown_framework", fmt::arg("blueprint", blueprint.id.value),
                                  fmt::arg("id", blueprint.framework.value)),
                        std::string(ui_text("lint.blueprint.unknown_framework.hint")));
      }
      continue;
    }
    // Without banks nothing can be counted: linter.cpp notes it.
    bool has_banks = std::any_of(model.banks.begin(), model.banks.end(),
                                 [&](const Bank& bank) { return bank.framework.value == framework->id.value; });
    if (!check_blueprint_references(model, blueprint, *framework, has_banks, reporter, budget)) {
      continue;
    }
    const Role* role = nullptr;
    for (const auto& candidate : framework->roles) {
      role = candidate.id.value == blueprint.role.value ? &candidate : role;
    }
    if (role == nullptr || blueprint.length == 0) {
      continue;
    }
    // What coverage asks of the forms needs no bank; counting it against the questions does.
    Pool pool = build_pool(model, blueprint, *framework, *role);
    Blueprint covered = with_coverage(blueprint, *role, pool.targets);
    report_coverage_gaps(blueprint, *framework, *role, pool, reporter);
    size_t before = diagnostics.size();
    report_coverage_limits(covered, pool, reporter);
    if (has_banks && diagnostics.size() == before) {  // coverage that cannot fit a form says it already
      report_shortfalls(covered, pool, blueprint.forms, reporter);
    }
    check_pool_cues(pool, blueprint, reporter);
  }
}

}  // namespace hocvu
