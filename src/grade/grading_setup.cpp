// Preparing a grading run: the key, --data areas, corrections, and the graders of every form.
#include "grade/grading_setup.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "load/load.hpp"

namespace hocvu {

namespace {

LoadedKey load_key(const GradeRequest& request, GradeOutcome& outcome) {
  if (request.exam_folder.empty() == request.key_file.empty()) {
    throw FatalError(std::string(ui_text("grade.exam_or_key")));
  }
  LoadedKey loaded = request.key_file.empty() ? load_exam_folder(request.exam_folder, outcome.findings)
                                              : load_key_file(request.key_file, outcome.findings);
  if (request.pass_percent) {
    loaded.key.pass.percent = *request.pass_percent;
  } else if (!request.key_file.empty()) {
    throw FatalError(std::string(ui_text("grade.key_needs_pass_percent")));
  }
  if (!request.data.empty()) {
    LoadResult model = load_files(collect_yaml_files(request.data), LoadOptions{});
    std::vector<std::string> unknown = add_areas(loaded.key, model.model);
    if (!unknown.empty()) {
      outcome.notes.push_back(ui_format("grade.note.unknown_competencies", fmt::arg("count", unknown.size()),
                                        fmt::arg("first", unknown.front())));
    }
  }
  if (loaded.key.areas.empty() && loaded.key.pass.area_min_percent) {
    outcome.notes.emplace_back(ui_text("grade.note.areas_unknown"));
  }
  return loaded;
}

void load_corrections(const GradeRequest& request, GradingSetup& setup, Diagnostics& findings) {
  if (request.corrections_file.empty()) return;
  std::string bytes = read_file(request.corrections_file);
  setup.corrections_sha256 = sha256_hex(bytes);
  Diagnostics found;
  setup.corrections = read_corrections(bytes, request.corrections_file, found);
  found.append(check_corrections(setup.corrections, setup.key.key));
  found.sort();  // in line order, as the person reads the file
  findings.append(std::move(found));
}

std::vector<AppliedCorrection> applied_corrections(const Corrections& corrections, const GradingKey& key) {
  std::vector<AppliedCorrection> applied;
  for (const auto& [question_id, correction] : corrections.by_question) {
    AppliedCorrection entry{correction, {}};
    const std::string& id = question_id;  // a lambda cannot capture a structured binding in C++17
    for (const auto& form : key.forms) {
      bool holds = std::any_of(form.items.begin(), form.items.end(),
                               [&](const KeyItem& item) { return item.question_id == id; });
      if (holds) entry.forms.push_back(form.id);
    }
    applied.push_back(std::move(entry));
  }
  return applied;
}

bool has_errors(const Diagnostics& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Diagnostic& d) { return d.severity() == Severity::error; });
}

}  // namespace

std::vector<std::vector<ScoringItem>> GradingSetup::items() const { return scoring_items_of(forms); }

std::unique_ptr<GradingSetup> prepare_grading(const GradeRequest& request, GradeOutcome& outcome) {
  auto setup = std::make_unique<GradingSetup>();
  setup->key = load_key(request, outcome);
  load_corrections(request, *setup, outcome.findings);
  if (has_errors(outcome.findings)) {
    outcome.status = GradeStatus::broken_key;
    return nullptr;
  }
  const GradingKey& key = setup->key.key;
  for (const auto& form : key.forms) {
    setup->forms.emplace_back(key, form, prepare_form(form, setup->corrections, request.rules), request.rules,
                              request.mastery);
  }
  return setup;
}

GradeReport base_report(const GradeRequest& request, const GradingSetup& setup) {
  GradeReport report;
  report.key = &setup.key.key;
  report.key_source = request.exam_folder.empty() ? request.key_file : request.exam_folder;
  report.exam_files = setup.key.files;
  if (!request.corrections_file.empty()) {
    report.exam_files.push_back(InputFile{request.corrections_file, setup.corrections_sha256});
  }
  report.corrections = applied_corrections(setup.corrections, setup.key.key);
  report.options = request.options;
  report.thresholds = request.thresholds;
  report.language = request.language;
  report.mastery_min_items = request.mastery.min_items;
  return report;
}

}  // namespace hocvu
