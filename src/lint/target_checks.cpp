// Lint's check of targets.yaml against the blueprints: every exam a certification names is a
// blueprint linted with it. (The loading stage checks the rest of the targets; a report does
// not load the blueprints, so this check is lint's.)
#include <fmt/format.h>

#include <set>
#include <string_view>
#include <vector>

#include "i18n/interface.hpp"
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
                      ui_format("lint.targets.unknown_exam", fmt::arg("targets", targets.id.value),
                                fmt::arg("exam", exam.value)),
                      nearest.empty() ? std::string(ui_text("lint.targets.unknown_exam.hint"))
                                      : ui_format("lint.did_you_mean", fmt::arg("name", nearest)));
    }
  }
}

}  // namespace hocvu
