#pragma once
// What report and certify load before reading a roster: the framework, units.yaml and
// targets.yaml through the loading stage, and the three a targets file names.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/load.hpp"

namespace hocvu {

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
