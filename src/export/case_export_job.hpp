#pragma once
// The CASE export job, from files to a file: load the framework (the loading stage; errors in
// its file stop the run, as they stop hocvu exam), build the CFPackage, write it atomically or
// hand it back for standard output.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "text/date.hpp"

namespace hocvu {

struct CaseExportRequest {
  std::vector<std::string> data;  // framework files or folders (default: framework/)
  std::string framework;          // the framework's id; empty: the only one read
  std::string out;                // a file, or empty or "-": CaseExportOutcome::text
  std::string base_url;           // empty: urn:uuid: URIs
  std::string creator = "hocvu";
  std::optional<Day> as_of;       // empty: SOURCE_DATE_EPOCH, else kFixedCaseTimestamp
  const char* source_date_epoch = nullptr;  // the environment variable's value, if set
};

enum class CaseExportStatus { written, broken_framework };

struct CaseExportOutcome {
  CaseExportStatus status = CaseExportStatus::written;
  Diagnostics findings;  // the errors that stopped the run
  std::string text;      // the package, when it goes to standard output
  std::string framework;  // the id of the framework exported (empty when none could be chosen)
  std::string version;
  std::string timestamp;
  bool fixed_timestamp = false;  // neither --as-of nor SOURCE_DATE_EPOCH: kFixedCaseTimestamp
  size_t items = 0;
  size_t associations = 0;
  size_t criteria = 0;
};

CaseExportOutcome run_case_export(const CaseExportRequest& request);

// Whether `out` means standard output.
bool is_standard_output(const std::string& out);

}  // namespace hocvu
