// The certify job: the report's inputs and coverage, the plan, the signed files (certify_job.hpp).
#include "certify/certify_job.hpp"

#include <fmt/format.h>

#include <map>

#include "certify/certificate_plan.hpp"
#include "certify/certify_outputs.hpp"
#include "certify/open_badge.hpp"
#include "certify/previous_state.hpp"
#include "credential/key_files.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/output_folder.hpp"
#include "report/coverage.hpp"
#include "report/report_setup.hpp"
#include "report/results.hpp"
#include "report/roster.hpp"
#include "report/write_report.hpp"

namespace hocvu {

namespace {

// The folder is replaced whole: it must be none of the inputs, nor the earlier run's folder.
void refuse_output_onto_input(const CertifyRequest& request) {
  std::vector<std::string> inputs = {request.inputs.roster, request.inputs.units, request.inputs.targets, request.key};
  if (!request.previous.empty()) inputs.push_back(request.previous);
  for (const auto& folder : request.inputs.results) inputs.push_back(folder);
  for (const auto& input : inputs) {
    if (same_file(request.out, input)) {
      throw FatalError(ui_format("certify.out_is_input", fmt::arg("out", request.out), fmt::arg("input", input)));
    }
  }
}

std::string status_url_for(const CertifyRequest& request, const PreviousState* previous, const std::string& did) {
  if (previous == nullptr) return request.status_url.empty() ? default_status_url(did) : request.status_url;
  if (!request.status_url.empty() && request.status_url != previous->status_url) {
    throw FatalError(ui_format("certify.status_url_differs", fmt::arg("url", request.status_url),
                               fmt::arg("previous", previous->status_url)));
  }
  return previous->status_url;
}

struct Coverage {
  Roster roster;
  PeopleCoverage people;
};

Coverage read_coverage(const CertifyRequest& request, const ReportSetup& setup, Day as_of, DataProblems& problems) {
  Coverage coverage;
  coverage.roster = read_roster(request.inputs.roster, request.inputs.roster_options, problems);
  CoverageSetup coverage_setup{*setup.tree, *setup.targets, *setup.framework, as_of, true};
  coverage_setup.keep_passes = true;
  CoverageBuilder builder(coverage_setup);
  builder.add_roster(coverage.roster, problems);
  read_results(request.inputs.results, builder.competency_ids(),
               [&builder, &problems](const ResultAttempt& attempt) { builder.add_attempt(attempt, problems); },
               problems);
  builder.finish(problems);
  coverage.people = builder.take_people();
  return coverage;
}

void count(CertifyOutcome& outcome, const std::vector<PlannedCertificate>& plan, const DataProblems& problems) {
  for (const PlannedCertificate& c : plan) {
    uint64_t* counter[] = {&outcome.issued, &outcome.renewed, &outcome.unchanged, &outcome.expired, &outcome.revoked};
    ++*counter[static_cast<size_t>(c.change)];
    outcome.active += c.status == CertificateStatus::active ? 1 : 0;
  }
  outcome.credentials = plan.size();
  outcome.problems = problems.size();
  std::map<std::string, uint64_t> by_code;
  for (const DataProblem& problem : problems) ++by_code[problem_code(problem.code)];
  outcome.problems_by_code.assign(by_code.begin(), by_code.end());
}

void write_outputs(const CertifyRequest& request, const std::vector<PlannedCertificate>& plan,
                   const PreviousState* previous, const SigningSetup& signing, const DataProblems& problems,
                   CertifyOutcome& outcome) {
  OutputFolder out(request.out, Overwrite::no);
  write_credential_lines(out, plan, previous, signing, request.threads);
  out.write("credentials.csv", credentials_csv(plan), 0600);
  out.write("changes.csv", changes_csv(plan), 0600);
  Bytes bits = status_bits_for(plan, previous);
  out.write("status.json", status_json(bits, signing.badge.status_url, signing));
  if (!problems.empty()) out.write("problems.csv", problems_csv(problems), 0600);
  out.commit();
  outcome.status_bits = bits.size() * 8;
}

}  // namespace

CertifyOutcome run_certify_job(const CertifyRequest& request) {
  CertifyOutcome outcome;
  refuse_output_onto_input(request);
  ReportSetup setup = load_report_setup(request.inputs.data, request.inputs.units, request.inputs.targets, request.threads);
  if (!setup.errors.empty()) {
    outcome.findings = std::move(setup.errors);
    return outcome;
  }
  KeyPair key = read_secret_key_file(request.key);
  outcome.as_of = request.as_of ? *request.as_of : today_or_source_date_epoch();
  DataProblems problems;
  Coverage coverage = read_coverage(request, setup, outcome.as_of, problems);
  std::optional<PreviousState> previous;
  if (!request.previous.empty()) previous = read_previous_state(request.previous, key.public_key);
  const PreviousState* earlier = previous ? &*previous : nullptr;
  BadgeSetup badge;
  badge.issuer_did = did_key(key.public_key);
  badge.issuer_name = request.issuer_name;
  badge.status_url = status_url_for(request, earlier, badge.issuer_did);
  badge.framework = setup.framework;
  badge.validity_days = setup.targets->validity_days;
  badge.salt_key = key.seed;
  std::vector<PlannedCertificate> plan =
      plan_certificates({coverage.people, coverage.roster, earlier, badge, outcome.as_of});
  write_outputs(request, plan, earlier, {badge, key, outcome.as_of}, problems, outcome);
  count(outcome, plan, problems);
  outcome.written = true;
  outcome.out = request.out;
  return outcome;
}

}  // namespace hocvu
