#pragma once
// The certify job, from files to files: the report's loading, roster, results and coverage
// rule; one signed Open Badges 3.0 credential per person covered on the as-of date; a signed
// Bitstring Status List; with --previous, the earlier run's ids and indexes kept and what is no
// longer supported revoked (certificate_plan.hpp). Written into one folder, swapped in whole:
//   credentials.jsonl  every credential, one a line, in status index order (revoked ones too)
//   credentials.csv    certificate_id,person_id,unit_id,role_id,level,date,exam,status,valid_until,status_index
//   changes.csv        change,certificate_id,person_id,status_index,reason
//   status.json        the BitstringStatusListCredential
//   problems.csv       the roster's and results' data problems (report's codes), when there are any
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/report_setup.hpp"
#include "text/date.hpp"

namespace hocvu {

struct CertifyRequest {
  CoverageInputs inputs;             // roster, results, framework, units.yaml, targets.yaml
  std::string key;                   // issuer.key (hocvu keygen)
  std::string out;
  std::string previous;              // empty: a first run
  std::optional<Day> as_of;          // empty: today, or SOURCE_DATE_EPOCH's day
  std::string issuer_name = "Văn phòng Quốc hội";
  std::string status_url;            // empty: the earlier run's, or a urn:uuid of the issuer's did
  unsigned threads = 0;
};

struct CertifyOutcome {
  Diagnostics findings;  // of loading the YAML files (errors stop the run before anything is written)
  bool written = false;
  std::string out;
  Day as_of = 0;
  uint64_t issued = 0, renewed = 0, unchanged = 0, expired = 0, revoked = 0;
  uint64_t active = 0;        // credentials whose status is active
  uint64_t credentials = 0;   // lines of credentials.jsonl
  size_t status_bits = 0;
  uint64_t problems = 0;
  std::vector<std::pair<std::string, uint64_t>> problems_by_code;
};

CertifyOutcome run_certify_job(const CertifyRequest& request);

}  // namespace hocvu
