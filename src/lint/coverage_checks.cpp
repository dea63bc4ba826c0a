#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "i18n/interface.hpp"
#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

namespace {

// Active questions per competency and level, over the banks that target one framework.
class QuestionCounts {
 public:
  void add(const Question& question) {
    if (question.status == QuestionStatus::active) {
      ++counts_[key(question.competency.value, question.level.value)];
    }
  }
  size_t count(const std::string& competency, const std::string& level) const {
    auto found = counts_.find(key(competency, level));
    return found == counts_.end() ? 0 : found->second;
  }

 private:
  static std::string key(const std::string& competency, const std::string& level) { return competency + '\n' + level; }
  std::unordered_map<std::string, size_t> counts_;
};


// The baseline asks for every competency at one level: its gaps are reported together, at
// the baseline, so a thin bank gives one finding per role rather than one per competency.
void check_baseline(const Framework& framework, const Role& role, const QuestionCounts& counts, size_t min_questions,
                    const ModelReporter& reporter) {
  if (!role.baseline || role.baseline->value.empty()) {
    return;
  }
  std::vector<std::string> gaps;
  for (const auto& area : framework.areas) {
    for (const auto& competency : area.competencies) {
      bool raised = std::any_of(role.requirements.begin(), role.requirements.end(),
                                [&](const Requirement& r) { return r.competency.value == competency.id.value; });
      size_t count = counts.count(competency.id.value, role.baseline->value);
      if (!raised && count < min_questions) {
        gaps.push_back(fmt::format("{} ({})", competency.id.value, count));
      }
    }
  }
  if (!gaps.empty()) {
    reporter.report(Rule::coverage, role.baseline->pos,
                    ui_plural("lint.coverage.baseline_gaps", gaps.size(), fmt::arg("role", role.id.value),
                              fmt::arg("level", role.baseline->value),
                              fmt::arg("minimum", ui_plural("lint.coverage.active_questions", min_questions)),
                              fmt::arg("gaps", fmt::format("{}", fmt::join(gaps, ", ")))),
                    std::string(ui_text("lint.coverage.hint")));
  }
}

// The level a requirement names: its own, or the highest of its range.
std::string required_level(const Framework& framework, const Requirement& requirement) {
  if (!requirement.level.value.empty()) {
    return requirement.level.value;
  }
  auto levels = range_levels(framework, requirement.eligible, 0, static_cast<int>(framework.levels.size()) - 1);
  return levels.empty() ? std::string() : levels.back();
}

void check_requirements(const Framework& framework, const Role& role, const QuestionCounts& counts,
                        size_t min_questions, const ModelReporter& reporter) {
  std::set<std::string> seen;
  for (const auto& requirement : role.requirements) {
    std::string level = required_level(framework, requirement);
    if (level.empty() || !seen.insert(requirement.competency.value).second) {
      continue;  // an unknown level, or a second requirement (E304): reported where they are read
    }
    size_t count = counts.count(requirement.competency.value, level);
    if (count < min_questions) {
      reporter.report(Rule::coverage, requirement.competency.pos,
                      ui_format("lint.coverage.requirement_gap", fmt::arg("role", role.id.value),
                                fmt::arg("competency", requirement.competency.value), fmt::arg("level", level),
                                fmt::arg("found", ui_plural("lint.coverage.active_questions", count)),
                                fmt::arg("minimum", min_questions)),
                      std::string(ui_text("lint.coverage.hint")));
    }
  }
}

}  // namespace

void check_coverage(const Model& model, size_t min_questions, Diagnostics& diagnostics) {
  if (min_questions == 0) {
    return;
  }
  ModelReporter reporter(model, diagnostics);
  for (const auto& framework : model.frameworks) {
    QuestionCounts counts;
    bool has_banks = false;
    for (const auto& bank : model.banks) {
      if (bank.framework.value == framework.id.value) {
        has_banks = true;
        for (const auto& question : bank.questions) {
          counts.add(question);
        }
      }
    }
    if (!has_banks) {
      continue;  // a framework linted alone says nothing about coverage
    }
    for (const auto& role : framework.roles) {
      check_baseline(framework, role, counts, min_questions, reporter);
      check_requirements(framework, role, counts, min_questions, reporter);
    }
  }
}

}  // namespace hocvu
