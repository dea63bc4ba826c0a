#include "export/case_export_job.hpp"

#include <fmt/format.h>

#include <set>

#include "export/case_package.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "load/load.hpp"

namespace hocvu {

namespace {

Diagnostics errors_of(const LoadResult& loaded, const std::set<std::string>& files) {
  Diagnostics errors;
  for (const Diagnostic& finding : loaded.diagnostics) {
    if (finding.severity() == Severity::error && (files.empty() || files.count(finding.where.file) > 0)) {
      errors.push_back(finding);
    }
  }
  return errors;
}

std::string framework_ids(const Model& model) {
  std::string ids;
  for (const Framework& framework : model.frameworks) ids += (ids.empty() ? "" : ", ") + framework.id.value;
  return ids;
}

// The framework to export, or null when none can be chosen (errors in the files may say why).
// Throws FatalError when the files are sound but the choice is not: none read, several without
// --framework, or not the one --framework names.
const Framework* choose_framework(const LoadResult& loaded, const CaseExportRequest& request, bool errors) {
  const Model& model = loaded.model;
  if (!request.framework.empty()) {
    for (const Framework& framework : model.frameworks) {
      if (framework.id.value == request.framework) return &framework;
    }
    if (errors) return nullptr;
    if (model.frameworks.empty()) {
      throw FatalError(ui_format("export.framework_not_found", fmt::arg("framework", request.framework)));
    }
    throw FatalError(ui_format("export.framework_not_found_others", fmt::arg("framework", request.framework),
                               fmt::arg("frameworks", framework_ids(model))));
  }
  if (model.frameworks.size() == 1) return &model.frameworks.front();
  if (errors) return nullptr;
  if (model.frameworks.empty()) {
    throw FatalError(std::string(ui_text("export.no_framework")));
  }
  throw FatalError(ui_format("export.several_frameworks", fmt::arg("count", model.frameworks.size()),
                             fmt::arg("frameworks", framework_ids(model))));
}

// --out replaces its file: it must never be one of the files read.
void refuse_output_onto_input(const std::string& out, const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (same_file(out, input)) {
      throw FatalError(ui_format("export.out_is_input", fmt::arg("out", out), fmt::arg("input", input)));
    }
  }
}

void count(const CaseJson& package, CaseExportOutcome& outcome) {
  outcome.items = package["CFItems"].size();
  outcome.associations = package["CFAssociations"].size();
  outcome.criteria = package["CFRubrics"][0]["CFRubricCriteria"].size();
}

}  // namespace

bool is_standard_output(const std::string& out) {
  return out.empty() || out == "-";
}

CaseExportOutcome run_case_export(const CaseExportRequest& request) {
  CaseExportOutcome outcome;
  CaseOptions options;
  options.uri_prefix = case_uri_prefix(request.base_url);
  options.timestamp = case_timestamp(request.as_of, request.source_date_epoch);
  options.creator = request.creator;
  std::vector<std::string> paths = collect_yaml_files(request.data.empty() ? std::vector<std::string>{"framework"}
                                                                           : request.data);
  if (!is_standard_output(request.out)) refuse_output_onto_input(request.out, paths);
  LoadResult loaded = load_files(paths, LoadOptions{});
  const Framework* framework = choose_framework(loaded, request, !errors_of(loaded, {}).empty());
  outcome.findings = framework == nullptr ? errors_of(loaded, {})
                                          : errors_of(loaded, {loaded.model.files[framework->id.pos.file]});
  if (framework != nullptr) outcome.framework = framework->id.value;
  if (!outcome.findings.empty()) {
    outcome.status = CaseExportStatus::broken_framework;
    return outcome;
  }
  CaseJson package = build_case_package(*framework, options);
  count(package, outcome);
  outcome.version = framework->version;
  outcome.timestamp = options.timestamp;
  outcome.fixed_timestamp = !request.as_of && (request.source_date_epoch == nullptr || *request.source_date_epoch == 0);
  std::string text = render_case_package(package);
  if (is_standard_output(request.out)) {
    outcome.text = std::move(text);
  } else {
    write_output(request.out, text);
  }
  return outcome;
}

}  // namespace hocvu
