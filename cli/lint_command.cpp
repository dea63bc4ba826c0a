// hocvu lint: check framework and question-bank files.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include "command.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "lint/fix_file.hpp"
#include "lint/linter.hpp"
#include "lint/report.hpp"
#include "number_options.hpp"
#include "terminal.hpp"
#include "text/edit_distance.hpp"

namespace hocvu::cli {

namespace {

struct LintArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string explain;
  std::string color = "auto";
  bool strict = false;
  bool fix = false;
  bool list_rules = false;
  LintOptions options;
};

int explain_rule(const std::string& code) {
  const RuleInfo* rule = find_rule(code);
  if (rule == nullptr) {
    std::vector<std::string_view> codes;
    for (const auto& info : all_rules()) {
      codes.push_back(info.code);
      codes.push_back(info.name);
    }
    std::string nearest = closest_match(code, codes);
    print_error(fmt::format("there is no rule '{}'{}; 'hocvu lint --list-rules' lists them", code,
                            nearest.empty() ? "" : fmt::format(" (did you mean {}?)", nearest)));
    return kExitFailure;
  }
  fmt::print("{} {} ({})\n{}\n\n{}\n", rule->code, rule->name, severity_text(rule->severity), rule_summary(*rule),
             explain_text(*rule));
  return kExitSuccess;
}

// The width fmt gives a UTF-8 text of letters ("cảnh báo": 8).
size_t code_points(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

int list_rules() {
  // The severity column is as wide as the longer word in the interface language.
  size_t width = std::max(code_points(severity_text(Severity::error)), code_points(severity_text(Severity::warning)));
  for (const auto& rule : all_rules()) {
    fmt::print("{}  {:<{}}  {:<24} {}\n", rule.code, severity_text(rule.severity), width, rule.name,
               rule_summary(rule));
  }
  return kExitSuccess;
}

void apply_fixes(const std::vector<std::string>& files, uint64_t max_file_size) {
  size_t fixed = 0;
  size_t refused = 0;
  for (const auto& file : files) {
    FixOutcome outcome = fix_file(file, max_file_size);
    fixed += outcome.result == FixResult::fixed ? 1 : 0;
    if (outcome.result == FixResult::refused) {
      print_note(fmt::format("'{}' was not fixed: {}", file, outcome.reason));
      ++refused;
    }
  }
  print_note(fmt::format("fixed {} of {} file{}{}", fixed, files.size(), files.size() == 1 ? "" : "s",
                         refused > 0 ? fmt::format(" ({} not fixed, see above)", refused) : ""));
}

// A report written over a bank would lose it: refuse before anything is read or written.
void refuse_input_as_output(const std::string& output, const std::vector<std::string>& inputs) {
  for (const auto& input : inputs) {
    if (same_file(output, input)) {
      throw FatalError(fmt::format("the report file '{}' is one of the files to lint ('{}'); write the report "
                                   "elsewhere with -o",
                                   output, input));
    }
  }
}

std::string render(const LintArgs& args, ReportFormat format, const LintResult& result) {
  ReportSummary summary{result.model.files.size(), result.questions};
  switch (format) {
    case ReportFormat::json: return format_json_report(result.diagnostics, summary);
    case ReportFormat::sarif: return format_sarif_report(result.diagnostics);
    case ReportFormat::github: return format_github_report(result.diagnostics);
    case ReportFormat::text: break;
  }
  auto mode = args.color == "always" ? ColorMode::always : args.color == "never" ? ColorMode::never : ColorMode::automatic;
  return text_report(result.diagnostics, args.output.empty() && use_color(mode, stdout));
}

int run_lint(const LintArgs& args) {
  if (!args.explain.empty()) {
    return explain_rule(args.explain);
  }
  if (args.list_rules) {
    return list_rules();
  }
  ReportFormat format = *parse_report_format(args.format);
  std::vector<std::string> paths = curriculum_paths(args.paths, "lint", ReportFolder::include);
  std::vector<std::string> files = collect_yaml_files(paths);
  if (files.empty()) {
    throw FatalError(fmt::format("no .yaml files found in {}", fmt::join(paths, ", ")));
  }
  if (!args.output.empty()) {
    refuse_input_as_output(args.output, files);
  }
  if (args.fix) {
    apply_fixes(files, args.options.load.max_file_size);
  }
  LintResult result = lint_files(files, args.options);
  std::string report = render(args, format, result);
  if (args.output.empty()) {
    fmt::print("{}", report);
  } else {
    write_output(args.output, report);
  }
  if (format == ReportFormat::text || !args.output.empty()) {
    for (const auto& note : result.notes) {
      print_note(note);
    }
    print_note(summary_line(result.diagnostics, ReportSummary{files.size(), result.questions}));
  }
  DiagnosticCounts counts = count_diagnostics(result.diagnostics);
  bool failed = counts.errors > 0 || (args.strict && counts.warnings > 0);
  return failed ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_lint_command(CLI::App& app) {
  auto args = std::make_shared<LintArgs>();
  CLI::App* lint = app.add_subcommand("lint", "check framework, question-bank, blueprint and report files");
  lint->add_option("paths", args->paths, "files or folders to lint (default: framework question-banks reports)");
  lint->add_option("-f,--format", args->format, "output: text, json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
      ->capture_default_str();
  lint->add_option("-o,--output", args->output, "write the report to this file (atomically) instead of stdout");
  lint->add_flag("--strict", args->strict, "warnings fail the run too (exit 1)");
  lint->add_flag("--fix", args->fix, "apply the safe fixes in place: NFC, CRLF, trailing spaces, byte-order mark");
  lint->add_option("--explain", args->explain, "explain a rule, e.g. --explain E401");
  lint->add_flag("--list-rules", args->list_rules, "list every rule with its code");
  lint->add_option("--min-questions", args->options.min_questions,
                   "active questions a role's competency and level need (0: no coverage check)")
      ->check(whole_number(0, 1000000))
      ->capture_default_str();
  lint->add_option("--max-file-size", args->options.load.max_file_size, "larger files are reported, not read (bytes)")
      ->check(whole_number(0, UINT64_MAX))
      ->capture_default_str();
  lint->add_option("--color", args->color, "auto, always or never (NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint->add_option("-j,--jobs", args->options.load.threads, "threads (default: one per core)")
      ->check(whole_number(0, 1024));
  lint->footer(
      "Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.\n"
      "\nExamples:\n"
      "  hocvu lint                                  lint framework/, question-banks/ and reports/\n"
      "  hocvu lint question-banks/kns-6.yaml framework/\n"
      "  hocvu lint --format github                  annotations in a GitHub workflow\n"
      "  hocvu lint --format sarif -o lint.sarif     for code-scanning dashboards\n"
      "  hocvu lint --fix                            normalise Unicode, line ends, spaces\n"
      "  hocvu lint --explain E009                   what a rule checks and how to fix it\n");
  return [args] { return run_lint(*args); };
}

}  // namespace hocvu::cli
