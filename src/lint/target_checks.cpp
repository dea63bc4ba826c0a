// Lint's check of targets.yaml against the blueprints: every exam a certification names is a
// blueprint linted with it. (The loading stage checks the rest of the targets; a report does
// not load the blueprints, so this check is lint's.)
#include <fmt/format.h>

#include <set>
#include <string_view>
#include <vector>

#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"
#include "text/edit_distance.hpp"

namespace hocvu {

void check_target_exams(const Model& model, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  SuggestionBudget budget;
  std::set<std::string_view> blueprints;
  for (const auto& blueprint : model.blueprints) {
    blueprints.insert(blueprint.id.value);
  }
  std::vector<std::string_view> candidates(blueprints.begin(), blueprints.end());
  for (const auto& targets : model.targets) {
    for (const auto& certification : targets.certifications) {
      const LocatedText& exam = certification.exam;
      if (exam.value.empty() || blueprints.count(exam.value) > 0) {
        continue;
      }
      std::string nearest = budget.spend(candidates.size()) ? closest_match(exam.value, candidates, budget) : "";
      reporter.report(Rule::unknown_reference, exam.pos,
                      fmt::format("targets {} refers to exam '{}', which is not the id of a blueprint",
                                  targets.id.value, exam.value),
                      nearest.empty() ? "lint the targets together with the blueprints, e.g. hocvu lint"
                                      : fmt::format("did you mean '{}'?", nearest));
    }
  }
}

}  // namespace hocvu
