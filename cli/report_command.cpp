// hocvu report: per-unit coverage against the targets, from the roster and graded results.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "command.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "report/report_job.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct ReportArgs {
  ReportRequest request;
  std::string as_of;
  bool quiet = false;
};

std::string percent_text(const std::optional<double>& percent) {
  return percent ? fmt::format("{:.1f}%", *percent) : std::string("-");
}

void print_summary(const ReportOutcome& outcome) {
  const CoverageFigures& whole = outcome.whole;
  fmt::print(stderr, "report: as of {}: {} people in the headcount, {} assessed, {} covered ({}; trajectory {:.1f}%), "
             "status {}\n", format_date(outcome.as_of), whole.headcount, whole.assessed, whole.covered,
             percent_text(whole.coverage_percent), whole.trajectory_percent, status_code(whole.status));
  fmt::print(stderr, "report: {} roster rows, {} graded attempts read\n", outcome.people, outcome.attempts);
  if (outcome.problems > 0) {
    std::string codes;
    for (const auto& [code, count] : outcome.problems_by_code) {
      codes += fmt::format("{}{} {}", codes.empty() ? "" : ", ", code, count);
    }
    fmt::print(stderr, "report: {} data problem{} ({}), listed in the report\n", outcome.problems,
               outcome.problems == 1 ? "" : "s", codes);
  }
  fmt::print(stderr, "report: written {}\n", outcome.out);
}

int run_report(ReportArgs& args) {
  if (!args.as_of.empty()) {
    args.request.as_of = parse_iso_date(args.as_of);
    if (!args.request.as_of) throw FatalError(fmt::format("--as-of '{}' is not a date; write it as 2026-12-31", args.as_of));
  }
  ReportOutcome outcome = run_report_job(args.request);
  if (!outcome.written) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError(fmt::format("the report's YAML files have {} error{}; fix them (hocvu lint) and run again",
                                 outcome.findings.size(), outcome.findings.size() == 1 ? "" : "s"));
  }
  if (!args.quiet) print_summary(outcome);
  return outcome.problems > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_report_command(CLI::App& app) {
  auto args = std::make_shared<ReportArgs>();
  ReportRequest& request = args->request;
  CLI::App* report = app.add_subcommand("report", "coverage by unit against the 2026 goal: Excel, CSV, JSON, Markdown");
  report->add_option("--roster", request.inputs.roster, "the roster: .csv or .xlsx (who must be certified)")->required();
  report->add_option("--results", request.inputs.results, "folders written by hocvu grade (one or more)")->required();
  report->add_option("-o,--out", request.out, "the report: .xlsx, .csv, .json, .md, or a folder/ of CSV files")
      ->required();
  report->add_option("--as-of", args->as_of, "the report's date (default: today, or SOURCE_DATE_EPOCH's day)");
  report->add_option("--units", request.inputs.units, "the unit tree")->capture_default_str();
  report->add_option("--targets", request.inputs.targets, "milestones, certifications, grace and validity")
      ->capture_default_str();
  report->add_option("--data", request.inputs.data, "framework files or folders (default: framework/)");
  report->add_option("--sheet", request.inputs.roster_options.sheet, "the roster's sheet (xlsx; default: the first)");
  report->add_option("--encoding", request.inputs.roster_options.encoding, "the roster's encoding (CSV)")
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  report->add_flag("--people", request.people, "name the people not yet covered (default: ids only)");
  report->add_option("--lang", request.lang, "language of the labels")
      ->check(CLI::IsMember({"vi", "en"}))->capture_default_str();
  report->add_flag("-q,--quiet", args->quiet, "no summary on stderr");
  report->footer(
      "A person is covered on the as-of date when, on or before it, they passed an exam that certifies\n"
      "their role at the required level (targets.yaml), and the pass has not expired. Units roll up:\n"
      "a unit counts its own people and everyone below it. Every roster row and graded attempt is used\n"
      "or listed as a data problem in the report. National ids never appear in a report.\n"
      "Exit status: 0 no data problems, 1 the report was written and lists data problems, 2 could not run.\n"
      "\nExamples:\n"
      "  hocvu report --roster roster.xlsx --results out/grade/dbqh out/grade/ccvc-qh --out bao-cao.xlsx\n"
      "  hocvu report --roster roster.csv --results results/* --as-of 2025-12-31 --out report.md --lang en\n"
      "  hocvu report --roster roster.xlsx --results results/* --people --out report-csv/\n");
  return [args] { return run_report(*args); };
}

}  // namespace hocvu::cli
