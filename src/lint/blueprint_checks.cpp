#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "blueprint/coverage_checks.hpp"
#include "blueprint/feasibility.hpp"
#include "blueprint/pool.hpp"
#include "lint/cue_statistics.hpp"
#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"
#include "text/edit_distance.hpp"

namespace hocvu {

namespace {

// A kind with few ids (levels) lists them all, in the framework's order.
std::string hint_with_list(std::string hint, const char* kind, const std::vector<std::string>* listed) {
  if (listed == nullptr || listed->empty()) {
    return hint;
  }
  std::string list = fmt::format("{}s defined: {}", kind, fmt::join(*listed, ", "));
  return hint.empty() ? list : fmt::format("{} ({})", hint, list);
}

// Checks that `ref` is one of `known`; reports it otherwise, with the nearest as a hint while
// the run's suggestion budget lasts.
bool check_known(const LocatedText& ref, const std::set<std::string>& known, const char* kind,
                 const std::string& context, const ModelReporter& reporter, SuggestionBudget& budget,
                 const std::vector<std::string>* listed = nullptr) {
  if (ref.value.empty() || known.count(ref.value) > 0) {
    return true;
  }
  std::string nearest;
  if (budget.spend(known.size())) {
    nearest = closest_match(ref.value, std::vector<std::string_view>(known.begin(), known.end()), budget);
  }
  reporter.report(Rule::unknown_reference, ref.pos,
                  fmt::format("{} refers to {} '{}', which is not defined", context, kind, ref.value),
                  hint_with_list(nearest.empty() ? "" : fmt::format("did you mean '{}'?", nearest), kind, listed));
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
  std::string context = fmt::format("blueprint {}", blueprint.id.value);
  bool ok = check_known(blueprint.role, names.roles, "role", context, reporter, budget);
  ok &= check_known(blueprint.level, names.levels, "level", context, reporter, budget, &names.level_order);
  for (const auto& level : blueprint.eligible.levels) {
    ok &= check_known(level, names.levels, "level", context, reporter, budget, &names.level_order);
  }
  for (const auto* end : {&blueprint.eligible.min_level, &blueprint.eligible.max_level}) {
    if (*end) ok &= check_known(**end, names.levels, "level", context, reporter, budget, &names.level_order);
  }
  for (const auto& count : blueprint.counts) {
    const CountSelector& s = count.select;
    if (s.area) ok &= check_known(*s.area, names.areas, "area", context, reporter, budget);
    if (s.competency) ok &= check_known(*s.competency, names.competencies, "competency", context, reporter, budget);
    if (s.level) ok &= check_known(*s.level, names.levels, "level", context, reporter, budget, &names.level_order);
    if (s.tag && has_banks) ok &= check_known(*s.tag, names.tags, "tag (used by no question)", context, reporter, budget);
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
                        fmt::format("blueprint {} refers to framework '{}', which is not defined", blueprint.id.value,
                                    blueprint.framework.value),
                        "lint the blueprint together with its framework and banks, e.g. hocvu lint");
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
