#pragma once
// The report job, from files to files: load the framework, units.yaml and targets.yaml (the
// loading stage; a file with errors stops the run), read the roster and the results folders,
// compute coverage, write the report in the format of its path.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/report_data.hpp"
#include "report/report_setup.hpp"

namespace hocvu {

struct ReportRequest {
  CoverageInputs inputs;             // roster, results, framework, units.yaml, targets.yaml
  std::string out;
  std::optional<Day> as_of;          // empty: today, or SOURCE_DATE_EPOCH's day
  bool people = false;
  std::string lang = "vi";
  unsigned threads = 0;
};

struct ReportOutcome {
  Diagnostics findings;   // of loading the YAML files (errors stop the run before anything is written)
  bool written = false;
  std::string out;
  CoverageFigures whole;
  uint64_t people = 0;          // roster rows with an id
  uint64_t attempts = 0;        // graded attempts read
  uint64_t problems = 0;        // data problems listed in the report
  std::vector<std::pair<std::string, uint64_t>> problems_by_code;
  Day as_of = 0;
};

ReportOutcome run_report_job(const ReportRequest& request);

}  // namespace hocvu
