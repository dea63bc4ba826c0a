#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "lint/model_checks.hpp"
#include "lint/model_reporter.hpp"

namespace hocvu {

namespace {

struct Need {
  std::string level;
  Pos pos;  // where the requirement was written
};

// What a role requires: every competency at the baseline, raised by its requirements.
std::map<std::string, Need> role_needs(const Framework& framework, const Role& role) {
  std::map<std::string, Need> needs;
  if (role.baseline && !role.baseline->value.empty()) {
    for (const auto& area : framework.areas) {
      for (const auto& competency : area.competencies) {
        needs[competency.id.value] = Need{role.baseline->value, role.baseline->pos};
      }
    }
  }
  for (const auto& requirement : role.requirements) {
    needs[requirement.competency.value] = Need{requirement.level.value, requirement.competency.pos};
  }
  return needs;
}

}  // namespace

void check_coverage(const Model& model, size_t min_questions, Diagnostics& diagnostics) {
  if (min_questions == 0) {
    return;
  }
  ModelReporter reporter(model, diagnostics);
  for (const auto& framework : model.frameworks) {
    // Active questions per competency and level, over the banks that target this framework.
    std::unordered_map<std::string, size_t> counts;
    bool has_banks = false;
    for (const auto& bank : model.banks) {
      if (bank.framework.value != framework.id.value) {
        continue;
      }
      has_banks = true;
      for (const auto& question : bank.questions) {
        if (question.status == QuestionStatus::active) {
          ++counts[question.competency.value + '\n' + question.level.value];
        }
      }
    }
    if (!has_banks) {
      continue;  // a framework linted alone says nothing about coverage
    }
    for (const auto& role : framework.roles) {
      for (const auto& [competency, need] : role_needs(framework, role)) {
        size_t count = counts[competency + '\n' + need.level];
        if (count < min_questions) {
          reporter.report(Rule::coverage, need.pos,
                          fmt::format("role {} requires competency {} at level {}, but the banks have {} active "
                                      "question(s) there (minimum {})",
                                      role.id.value, competency, need.level, count, min_questions),
                          "write more questions, activate drafts, or change the requirement");
        }
      }
    }
  }
}

}  // namespace hocvu
