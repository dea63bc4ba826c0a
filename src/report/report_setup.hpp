#pragma once
// What report and certify load before reading a roster: the framework, units.yaml and
// targets.yaml through the loading stage, and the three a targets file names.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/load.hpp"
#include "report/table_reader.hpp"

namespace hocvu {

// The files coverage is computed from, the same for hocvu report and hocvu certify.
struct CoverageInputs {
  std::string roster;
  TableOptions roster_options;
  std::vector<std::string> results;  // folders written by hocvu grade
  std::vector<std::string> data;     // framework files or folders (default: framework/)
  std::string units = "reports/units.yaml";
  std::string targets = "reports/targets.yaml";
};

struct ReportSetup {
  LoadResult load;
  Diagnostics errors;  // errors of loading the YAML files: when any, the pointers are null
  const UnitTree* tree = nullptr;
  const Targets* targets = nullptr;
  const Framework* framework = nullptr;
};

// `data`: framework files or folders (empty: framework/). Throws FatalError when the targets file
// is not one, or names a framework or unit tree that was not read.
ReportSetup load_report_setup(const std::vector<std::string>& data, const std::string& units,
                              const std::string& targets, unsigned threads);

}  // namespace hocvu
