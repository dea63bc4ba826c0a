// Loading the YAML files of a report (report_setup.hpp).
#include "report/report_setup.hpp"

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

template <typename T>
const T* by_id(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items) {
    if (item.id.value == id) return &item;
  }
  return nullptr;
}

const Targets& only_targets(const LoadResult& load, const std::string& path) {
  if (load.model.targets.empty()) {
    throw FatalError(ui_format("report.setup.not_targets", fmt::arg("path", path)));
  }
  if (load.model.targets.size() > 1) {
    throw FatalError(ui_format("report.setup.many_targets", fmt::arg("count", load.model.targets.size())));
  }
  return load.model.targets.front();
}

}  // namespace

ReportSetup load_report_setup(const std::vector<std::string>& data, const std::string& units,
                              const std::string& targets, unsigned threads) {
  std::vector<std::string> paths = collect_yaml_files(data.empty() ? std::vector<std::string>{"framework"} : data);
  paths.push_back(units);
  paths.push_back(targets);
  LoadOptions options;
  options.threads = threads;
  ReportSetup setup;
  setup.load = load_files(paths, options);
  for (const Diagnostic& finding : setup.load.diagnostics) {
    if (finding.severity() == Severity::error) setup.errors.push_back(finding);
  }
  if (!setup.errors.empty()) return setup;
  const Model& model = setup.load.model;
  setup.targets = &only_targets(setup.load, targets);
  setup.framework = by_id(model.frameworks, setup.targets->framework.value);
  setup.tree = by_id(model.unit_trees, setup.targets->units.value);
  if (setup.framework == nullptr) {
    throw FatalError(ui_format("report.setup.framework_not_read", fmt::arg("path", targets),
                               fmt::arg("framework", setup.targets->framework.value)));
  }
  if (setup.tree == nullptr) {
    throw FatalError(ui_format("report.setup.unit_tree_missing", fmt::arg("path", targets),
                               fmt::arg("tree", setup.targets->units.value), fmt::arg("units", units)));
  }
  return setup;
}

}  // namespace hocvu
