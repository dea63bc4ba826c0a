// Questions aligned with the framework's outcomes (W309-W311), and exhibits no active question
// uses (W308): checks over all of a framework's banks, so they run with the other checks across
// files.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

namespace {

constexpr size_t kListedIds = 10;  // ids a message lists before "and N more"

std::string listed(const std::vector<std::string>& ids) {
  std::vector<std::string> shown(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), kListedIds)));
  std::string text = fmt::format("{}", fmt::join(shown, ", "));
  return ids.size() > kListedIds ? fmt::format("{} and {} more", text, ids.size() - kListedIds) : text;
}

bool counts(const Question& question) { return question.status == QuestionStatus::active; }

void check_bank_outcomes(const Bank& bank, const ModelReporter& reporter) {
  std::vector<std::string> missing;
  size_t active = 0;
  for (const auto& question : bank.questions) {
    if (counts(question)) {
      ++active;
      if (!question.outcome) {
        missing.push_back(question.id.value);
      }
    }
  }
  if (missing.empty()) {
    return;
  }
  std::string which = missing.size() == active
                          ? fmt::format("the {} active question{} of bank {}", active, active == 1 ? "" : "s", bank.id.value)
                          : fmt::format("{} of the {} active questions of bank {}", missing.size(), active, bank.id.value);
  reporter.report(Rule::question_without_outcome, bank.id.pos,
                  fmt::format("{} name{} no outcome: {}", which, missing.size() == 1 ? "s" : "", listed(missing)),
                  "add 'outcome:' to each, naming the outcome of its competency and level that it tests");
}

void check_unused_exhibits(const Bank& bank, const std::unordered_set<std::string>& used, const ModelReporter& reporter) {
  for (const auto& exhibit : bank.exhibits) {
    if (!exhibit.id.value.empty() && used.count(exhibit.id.value) == 0) {
      reporter.report(Rule::unused_exhibit, exhibit.id.pos,
                      fmt::format("no active question uses exhibit {}", exhibit.id.value),
                      fmt::format("name it in the questions about it (exhibit: {}), or remove it", exhibit.id.value));
    }
  }
}

// Outcomes by id, for the questions of one framework's banks.
using OutcomeIndex = std::unordered_map<std::string, const Outcome*>;

void check_named_outcomes(const Bank& bank, const OutcomeIndex& outcomes, std::set<std::string>& named,
                          const ModelReporter& reporter) {
  for (const auto& question : bank.questions) {
    if (!counts(question) || !question.outcome) {
      continue;
    }
    auto found = outcomes.find(question.outcome->value);
    if (found == outcomes.end()) {
      continue;  // unknown: E302 already
    }
    named.insert(question.outcome->value);
    const Outcome& outcome = *found->second;
    if (outcome.assessed_by != Assessment::exam) {
      reporter.report(Rule::outcome_not_by_exam, question.outcome->pos,
                      fmt::format("question {} names outcome {}, which the framework assesses by {}, not by exam",
                                  question.id.value, outcome.id.value, name_of(assessment_names(), outcome.assessed_by)),
                      "name the outcome the question tests, or set that outcome's 'assessed_by: exam'");
    }
  }
}

void check_untested_outcomes(const Framework& framework, const std::set<std::string>& named,
                             const ModelReporter& reporter) {
  for (const auto& area : framework.areas) {
    for (const auto& competency : area.competencies) {
      std::vector<std::string> untested;
      for (const auto& outcome : competency.outcomes) {
        if (outcome.assessed_by == Assessment::exam && !outcome.id.value.empty() && named.count(outcome.id.value) == 0) {
          untested.push_back(outcome.id.value);
        }
      }
      if (untested.empty()) {
        continue;
      }
      reporter.report(Rule::outcome_without_questions, competency.id.pos,
                      fmt::format("competency {}: {} outcome{} assessed by exam {} no active question: {}",
                                  competency.id.value, untested.size(), untested.size() == 1 ? "" : "s",
                                  untested.size() == 1 ? "has" : "have", listed(untested)),
                      "write questions that name them (outcome: <id>), or set 'assessed_by: observation' or "
                      "'portfolio' on those an exam cannot show");
    }
  }
}

}  // namespace

void check_alignment(const Model& model, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  std::unordered_set<std::string> used_exhibits;
  for (const auto& bank : model.banks) {
    for (const auto& question : bank.questions) {
      if (counts(question) && question.exhibit) {
        used_exhibits.insert(question.exhibit->value);
      }
    }
  }
  for (const auto& bank : model.banks) {
    check_bank_outcomes(bank, reporter);
    check_unused_exhibits(bank, used_exhibits, reporter);
  }
  for (const auto& framework : model.frameworks) {
    OutcomeIndex outcomes;
    for (const auto& area : framework.areas) {
      for (const auto& competency : area.competencies) {
        for (const auto& outcome : competency.outcomes) {
          outcomes.emplace(outcome.id.value, &outcome);
        }
      }
    }
    std::set<std::string> named;
    bool has_banks = false;
    for (const auto& bank : model.banks) {
      if (bank.framework.value == framework.id.value) {
        has_banks = true;
        check_named_outcomes(bank, outcomes, named, reporter);
      }
    }
    if (has_banks) {  // a framework linted alone says nothing about its questions
      check_untested_outcomes(framework, named, reporter);
    }
  }
}

}  // namespace hocvu
