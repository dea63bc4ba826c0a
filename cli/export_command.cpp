// hocvu export: the curriculum in the formats of other tools. Today `hocvu export case`, the
// framework as 1EdTech CASE 1.1 JSON.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "command.hpp"
#include "language_option.hpp"
#include "export/case_export_job.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct ExportCaseArgs {
  CaseExportRequest request;
  std::string as_of;
};

void write_standard_output(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw FatalError(std::string(ui_text("cli.cannot_write_stdout")));
  }
}

int run_export_case(ExportCaseArgs& args) {
  CaseExportRequest& request = args.request;
  if (!args.as_of.empty()) {
    request.as_of = parse_iso_date(args.as_of);
    if (!request.as_of) throw FatalError(ui_format("cli.as_of_not_a_date", fmt::arg("value", args.as_of)));
  }
  request.source_date_epoch = std::getenv("SOURCE_DATE_EPOCH");
  CaseExportOutcome outcome = run_case_export(request);
  if (outcome.status == CaseExportStatus::broken_framework) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    size_t errors = outcome.findings.size();
    throw FatalError(outcome.framework.empty()
                         ? ui_plural("cli.export.broken_files", errors)
                         : ui_plural("cli.export.broken_framework", errors, fmt::arg("framework", outcome.framework)));
  }
  if (outcome.fixed_timestamp) {
    print_note(ui_format("cli.export.fixed_timestamp", fmt::arg("timestamp", outcome.timestamp)));
  }
  if (is_standard_output(request.out)) {
    write_standard_output(outcome.text);
    return kExitSuccess;
  }
  print_note(ui_format("cli.export.written", fmt::arg("framework", outcome.framework),
                       fmt::arg("version", outcome.version), fmt::arg("items", outcome.items),
                       fmt::arg("associations", outcome.associations), fmt::arg("criteria", outcome.criteria),
                       fmt::arg("out", request.out)));
  return kExitSuccess;
}

RunCommand add_export_case(CLI::App& parent) {
  auto args = std::make_shared<ExportCaseArgs>();
  CaseExportRequest& request = args->request;
  CLI::App* command = parent.add_subcommand("case", help_text("cli.export_case.description"));
  command->add_option("--data", request.data, help_text("cli.export_case.option.data"));
  command->add_option("--framework", request.framework, help_text("cli.export_case.option.framework"));
  command->add_option("-o,--out", request.out, help_text("cli.export_case.option.out"));
  command->add_option("--base-url", request.base_url,
                      help_text("cli.export_case.option.base_url"));
  command->add_option("--as-of", args->as_of,
                      help_text("cli.export_case.option.as_of"));
  command->add_option("--creator", request.creator, help_text("cli.export_case.option.creator"))->capture_default_str();
  add_message_language_option(*command);
  command->footer(help_text("cli.export_case.footer"));
  return [args] { return run_export_case(*args); };
}

}  // namespace

RunCommand add_export_command(CLI::App& app) {
  CLI::App* exporter = app.add_subcommand("export", help_text("cli.export.description"));
  exporter->require_subcommand(1);
  add_message_language_option(*exporter);
  exporter->footer(help_text("cli.export.footer"));
  RunCommand run_case = add_export_case(*exporter);
  return [run_case] { return run_case(); };
}

}  // namespace hocvu::cli
