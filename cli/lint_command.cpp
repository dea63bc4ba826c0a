// hocvu lint: check framework and question-bank files.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include "command.hpp"
#include "language_option.hpp"
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
    print_error(nearest.empty() ? ui_format("cli.lint.no_rule", fmt::arg("code", code))
                                : ui_format("cli.lint.no_rule_did_you_mean", fmt::arg("code", code),
                                            fmt::arg("nearest", nearest)));
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
      print_note(ui_format("cli.lint.not_fixed", fmt::arg("file", file), fmt::arg("reason", outcome.reason)));
      ++refused;
    }
  }
  print_note(refused == 0 ? ui_plural("cli.lint.fixed", files.size(), fmt::arg("fixed", fixed))
                          : ui_plural("cli.lint.fixed_some_refused", files.size(), fmt::arg("fixed", fixed),
                                      fmt::arg("refused", refused)));
}

// A report written over a bank would lose it: refuse before anything is read or written.
void refuse_input_as_output(const std::string& output, const std::vector<std::string>& inputs) {
  for (const auto& input : inputs) {
    if (same_file(output, input)) {
      throw FatalError(ui_format("cli.lint.output_is_input", fmt::arg("output", output), fmt::arg("input", input)));
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
    throw FatalError(ui_format("cli.lint.no_yaml_files", fmt::arg("paths", fmt::join(paths, ", "))));
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
  CLI::App* lint = app.add_subcommand("lint", help_text("cli.lint.description"));
  lint->add_option("paths", args->paths, help_text("cli.lint.option.paths"));
  lint->add_option("-f,--format", args->format, help_text("cli.lint.option.format"))
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
      ->capture_default_str();
  lint->add_option("-o,--output", args->output, help_text("cli.lint.option.output"));
  lint->add_flag("--strict", args->strict, help_text("cli.lint.option.strict"));
  lint->add_flag("--fix", args->fix, help_text("cli.lint.option.fix"));
  lint->add_option("--explain", args->explain, help_text("cli.lint.option.explain"));
  lint->add_flag("--list-rules", args->list_rules, help_text("cli.lint.option.list_rules"));
  lint->add_option("--min-questions", args->options.min_questions,
                   help_text("cli.lint.option.min_questions"))
      ->check(whole_number(0, 1000000))
      ->capture_default_str();
  lint->add_option("--max-file-size", args->options.load.max_file_size, help_text("cli.lint.option.max_file_size"))
      ->check(whole_number(0, UINT64_MAX))
      ->capture_default_str();
  lint->add_option("--color", args->color, help_text("cli.lint.option.color"))
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint->add_option("-j,--jobs", args->options.load.threads, help_text("cli.lint.option.jobs"))
      ->check(whole_number(0, 1024));
  add_message_language_option(*lint);
  lint->footer(help_text("cli.lint.footer"));
  return [args] { return run_lint(*args); };
}

}  // namespace hocvu::cli
