// Questions aligned with the framework's outcomes (W309-W311), and exhibits no active question
// uses (W308): checks over all of a framework's banks, so they run with the other checks across
// files.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "i18n/interface.hpp"
#include "lint/model_checks.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

namespace {

constexpr size_t kListedIds = 10;  // ids a message lists before "and N more"

std::string listed(const std::vector<std::string>& ids) {
  std::vector<std::string> shown(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), kListedIds)));
  std::string text = fmt::format("{}", fmt::join(shown, ", "));
  return ids.size() > kListedIds ? ui_format("lint.align.listed_more", fmt::arg("ids", text), fmt::arg("more", ids.size() - kListedIds)) : text;
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
  std::string message =
      missing.size() == active
          ? ui_plural("lint.align.all_without_outcome", active, fmt::arg("bank", bank.id.value),
                      fmt::arg("questions", listed(missing)))
          : ui_plural("lint.align.some_without_outcome", missing.size(), fmt::arg("active", active),
                      fmt::arg("bank", bank.id.value), fmt::arg("questions", listed(missing)));
  reporter.report(Rule::question_without_outcome, bank.id.pos, std::move(message),
                  std::string(ui_text("lint.align.without_outcome.hint")));
}

void check_unused_exhibits(const Bank& bank, const std::unordered_set<std::string>& used, const ModelReporter& reporter) {
  for (const auto& exhibit : bank.exhibits) {
    if (!exhibit.id.value.empty() && used.count(exhibit.id.value) == 0) {
      reporter.report(Rule::unused_exhibit, exhibit.id.pos,
                      ui_format("lint.align.unused_exhibit", fmt::arg("exhibit", exhibit.id.value)),
                      ui_format("lint.align.unused_exhibit.hint", fmt::arg("exhibit", exhibit.id.value)));
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
                      ui_format("lint.align.outcome_not_by_exam", fmt::arg("question", question.id.value),
                                fmt::arg("outcome", outcome.id.value),
                                fmt::arg("assessed_by", name_of(assessment_names(), outcome.assessed_by))),
                      std::string(ui_text("lint.align.outcome_not_by_exam.hint")));
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
                      ui_plural("lint.align.outcome_untested", untested.size(),
                                fmt::arg("competency", competency.id.value), fmt::arg("outcomes", listed(untested))),
                      std::string(ui_text("lint.align.outcome_untested.hint")));
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
