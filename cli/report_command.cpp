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

// The status in the summary line: the machine word in English (as scripts read it), words in
// Vietnamese.
std::string_view status_text(CoverageStatus status) {
  switch (status) {
    case CoverageStatus::met: return ui_text("cli.report.status.met");
    case CoverageStatus::on_track: return ui_text("cli.report.status.on_track");
    case CoverageStatus::behind: return ui_text("cli.report.status.behind");
    case CoverageStatus::at_risk: return ui_text("cli.report.status.at_risk");
    case CoverageStatus::no_one: return ui_text("cli.report.status.no_one");
  }
  return status_code(status);
}

void print_summary(const ReportOutcome& outcome) {
  const CoverageFigures& whole = outcome.whole;
  fmt::print(stderr, "{}\n", ui_format("cli.report.summary", fmt::arg("as_of", format_date(outcome.as_of)),
                                       fmt::arg("headcount", whole.headcount), fmt::arg("assessed", whole.assessed),
                                       fmt::arg("covered", whole.covered),
                                       fmt::arg("coverage", percent_text(whole.coverage_percent)),
                                       fmt::arg("trajectory", fmt::format("{:.1f}", whole.trajectory_percent)),
                                       fmt::arg("status", status_text(whole.status))));
  fmt::print(stderr, "{}\n", ui_format("cli.report.read", fmt::arg("rows", outcome.people),
                                       fmt::arg("attempts", outcome.attempts)));
  if (outcome.problems > 0) {
    std::string codes;
    for (const auto& [code, count] : outcome.problems_by_code) {
      codes += fmt::format("{}{} {}", codes.empty() ? "" : ", ", code, count);
    }
    fmt::print(stderr, "{}\n", ui_plural("cli.report.problems", outcome.problems, fmt::arg("codes", codes)));
  }
  fmt::print(stderr, "{}\n", ui_format("cli.report.written", fmt::arg("out", outcome.out)));
}

int run_report(ReportArgs& args) {
  if (!args.as_of.empty()) {
    args.request.as_of = parse_iso_date(args.as_of);
    if (!args.request.as_of) throw FatalError(ui_format("cli.as_of_not_a_date", fmt::arg("value", args.as_of)));
  }
  ReportOutcome outcome = run_report_job(args.request);
  if (!outcome.written) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError(ui_plural("cli.report.broken_inputs", outcome.findings.size()));
  }
  if (!args.quiet) print_summary(outcome);
  return outcome.problems > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_report_command(CLI::App& app) {
  auto args = std::make_shared<ReportArgs>();
  ReportRequest& request = args->request;
  CLI::App* report = app.add_subcommand("report", help_text("cli.report.description"));
  report->add_option("--roster", request.inputs.roster, help_text("cli.report.option.roster"))->required();
  report->add_option("--results", request.inputs.results, help_text("cli.option.results"))->required();
  report->add_option("-o,--out", request.out, help_text("cli.report.option.out"))
      ->required();
  report->add_option("--as-of", args->as_of, help_text("cli.report.option.as_of"));
  report->add_option("--units", request.inputs.units, help_text("cli.option.units"))->capture_default_str();
  report->add_option("--targets", request.inputs.targets, help_text("cli.report.option.targets"))
      ->capture_default_str();
  report->add_option("--data", request.inputs.data, help_text("cli.option.data"));
  report->add_option("--sheet", request.inputs.roster_options.sheet, help_text("cli.option.sheet"));
  report->add_option("--encoding", request.inputs.roster_options.encoding, help_text("cli.option.encoding"))
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  report->add_flag("--people", request.people, help_text("cli.report.option.people"));
  report->add_option("--lang", request.lang, help_text("cli.report.option.lang"))
      ->check(CLI::IsMember({"vi", "en"}))->capture_default_str();
  report->add_flag("-q,--quiet", args->quiet, help_text("cli.option.quiet"));
  report->footer(help_text("cli.report.footer"));
  return [args] { return run_report(*args); };
}

}  // namespace hocvu::cli
