// The report job: YAML through the loading stage, the roster, the results, coverage, the writer.
#include "report/report_job.hpp"

#include <fmt/format.h>

#include <map>

#include "hocvu/version.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "report/coverage.hpp"
#include "report/report_setup.hpp"
#include "report/results.hpp"
#include "report/roster.hpp"
#include "report/write_report.hpp"

namespace hocvu {

namespace {

void add_sources(ReportData& report, const ReportSetup& setup, const Roster& roster, const ResultsRead& results,
                 const ReportRequest& request) {
  for (const InputFile& input : setup.load.inputs) {
    std::string kind = input.path == request.inputs.units ? "units" : input.path == request.inputs.targets ? "targets" : "framework";
    report.sources.push_back({kind, input.path, input.sha256, 0, 0, 0});
  }
  uint64_t roster_rows = roster.source.rows > 0 ? roster.source.rows - 1 : 0;
  report.sources.push_back({"roster", roster.source.path, roster.source.sha256, roster_rows, 0, 0});
  for (const ResultFile& file : results.files) {
    std::string name = file.path.substr(file.path.find_last_of('/') + 1);
    std::string kind = name == "scores.csv" ? "scores" : name == "competencies.csv" ? "competencies" : "summary";
    report.sources.push_back({kind, file.path, file.sha256, file.rows, file.used, file.rejected});
  }
}

void add_parameters(ReportData& report, const ReportRequest& request) {
  auto add = [&report](std::string name, std::string value) { report.parameters.push_back({std::move(name), std::move(value)}); };
  add("as_of", format_date(report.as_of));
  add("roster", request.inputs.roster);
  if (!request.inputs.roster_options.sheet.empty()) add("sheet", request.inputs.roster_options.sheet);
  add("encoding", request.inputs.roster_options.encoding);
  std::string results;
  for (const auto& folder : request.inputs.results) results += (results.empty() ? "" : " ") + folder;
  add("results", results);
  add("units", request.inputs.units);
  add("targets", request.inputs.targets);
  add("people", request.people ? "true" : "false");
  add("lang", request.lang);
}

// Roster rows counted as used: those with an id not reported as duplicate, unknown unit or role.
void count_roster_use(ReportData& report, const Roster& roster) {
  uint64_t rejected = 0;
  for (const DataProblem& problem : report.problems) {
    bool roster_row = problem.file == roster.source.path &&
                      (problem.code == ProblemCode::duplicate_person || problem.code == ProblemCode::unknown_unit ||
                       problem.code == ProblemCode::unknown_role || problem.code == ProblemCode::missing_person_id ||
                       problem.code == ProblemCode::unreadable_row);
    rejected += roster_row ? 1 : 0;
  }
  for (SourceEntry& source : report.sources) {
    if (source.kind != "roster") continue;
    source.rejected = std::min(rejected, source.rows);
    source.used = source.rows - source.rejected;
  }
}

// The report replaces --out whole: it must never be one of the inputs (a roster named as the
// output by mistake would be gone).
void refuse_output_onto_input(const ReportRequest& request) {
  std::vector<std::string> inputs = {request.inputs.roster, request.inputs.units, request.inputs.targets};
  for (const auto& folder : request.inputs.results) {
    for (const char* name : {"/scores.csv", "/competencies.csv", "/summary.json"}) inputs.push_back(folder + name);
  }
  for (const auto& input : inputs) {
    if (same_file(request.out, input)) {
      throw FatalError(ui_format("report.out_is_input", fmt::arg("out", request.out), fmt::arg("input", input)));
    }
  }
}

}  // namespace

ReportOutcome run_report_job(const ReportRequest& request) {
  ReportOutcome outcome;
  ReportFormat format = report_format_for(request.out);
  refuse_output_onto_input(request);
  ReportSetup setup = load_report_setup(request.inputs.data, request.inputs.units, request.inputs.targets, request.threads);
  if (!setup.errors.empty()) {
    outcome.findings = std::move(setup.errors);
    return outcome;
  }
  outcome.as_of = request.as_of ? *request.as_of : today_or_source_date_epoch();
  DataProblems problems;
  Roster roster = read_roster(request.inputs.roster, request.inputs.roster_options, problems);
  CoverageBuilder builder({*setup.tree, *setup.targets, *setup.framework, outcome.as_of, request.people});
  builder.add_roster(roster, problems);
  ResultsRead results = read_results(request.inputs.results, builder.competency_ids(),
                                     [&builder, &problems](const ResultAttempt& attempt) {
                                       builder.add_attempt(attempt, problems);
                                     },
                                     problems);
  ReportData report = builder.finish(problems);
  report.version = kVersion;
  report.lang = request.lang;
  report.problems = std::move(problems);
  add_sources(report, setup, roster, results, request);
  add_parameters(report, request);
  count_roster_use(report, roster);
  write_report(report, request.out, format);
  outcome.written = true;
  outcome.out = request.out;
  outcome.whole = report.whole;
  outcome.people = roster.people.size();
  outcome.attempts = results.attempts;
  outcome.problems = report.problems.size();
  std::map<std::string, uint64_t> by_code;
  for (const DataProblem& problem : report.problems) ++by_code[problem_code(problem.code)];
  outcome.problems_by_code.assign(by_code.begin(), by_code.end());
  return outcome;
}

}  // namespace hocvu
