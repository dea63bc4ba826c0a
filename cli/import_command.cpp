// hocvu import moodle-xml | gift: questions from an LMS file as a hocvu bank.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "command.hpp"
#include "language_option.hpp"
#include "findings.hpp"
#include "import/import_job.hpp"
#include "io/error.hpp"
#include "model/field_reader.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct ImportArgs {
  ImportRequest request;
  bool quiet = false;
};

void check_id_option(const std::string& value, const char* option) {
  if (!value.empty() && !is_valid_id(value)) {
    throw FatalError(ui_format("cli.import.not_an_id", fmt::arg("option", option), fmt::arg("value", value)));
  }
}

void print_summary(const ImportOutcome& outcome, const ImportRequest& request) {
  if (outcome.imported == 0) {
    fmt::print(stderr, "{}\n", outcome.seen == 0 ? ui_format("cli.import.none_seen", fmt::arg("input", request.input))
                                                 : ui_format("cli.import.none_imported", fmt::arg("seen", outcome.seen),
                                                             fmt::arg("input", request.input)));
    return;
  }
  std::string repeated = outcome.duplicates > 0
                             ? ui_format("cli.import.repeated", fmt::arg("duplicates", outcome.duplicates)) : "";
  std::string written = outcome.written ? ui_format("cli.import.written_to", fmt::arg("out", request.out)) : "";
  fmt::print(stderr, "{}\n", ui_format("cli.import.summary", fmt::arg("imported", outcome.imported),
                                       fmt::arg("seen", outcome.seen), fmt::arg("repeated", repeated),
                                       fmt::arg("written", written)));
  if (request.competency.empty() || request.level.empty()) {
    fmt::print(stderr, "{}\n", ui_text("cli.import.left_for_author"));
  }
}

int run_import(ImportArgs& args) {
  const ImportRequest& request = args.request;
  check_id_option(request.competency, "--competency");
  check_id_option(request.level, "--level");
  check_id_option(request.bank_id, "--bank-id");
  check_id_option(request.framework, "--framework");
  ImportOutcome outcome = run_import_job(request);
  if (!outcome.diagnostics.empty()) {
    fmt::print(stderr, "{}", text_report(outcome.diagnostics, use_color(ColorMode::automatic, stderr)));
  }
  if (request.out.empty()) fmt::print("{}", outcome.yaml);
  if (!args.quiet) print_summary(outcome, request);
  bool errors = count_diagnostics(outcome.diagnostics).errors > 0;
  return errors || outcome.imported == 0 ? kExitProblems : kExitSuccess;
}

CLI::App* add_format(CLI::App& import, const std::shared_ptr<ImportArgs>& args, const char* name, ImportFormat format,
                     const std::string& description) {
  CLI::App* sub = import.add_subcommand(name, description);
  ImportRequest& request = args->request;
  sub->add_option("FILE", request.input, help_text("cli.import_format.option.file"))->required();
  sub->add_option("--competency", request.competency, help_text("cli.import_format.option.competency"));
  sub->add_option("--level", request.level, help_text("cli.import_format.option.level"));
  sub->add_option("--bank-id", request.bank_id, help_text("cli.import_format.option.bank_id"));
  sub->add_option("--framework", request.framework, help_text("cli.import_format.option.framework"));
  sub->add_option("-o,--out", request.out, help_text("cli.import_format.option.out"));
  sub->add_flag("-q,--quiet", args->quiet, help_text("cli.option.quiet"));
  add_message_language_option(*sub);
  sub->footer(help_text("cli.import_format.footer"));
  sub->callback([args, format] { args->request.format = format; });
  return sub;
}

}  // namespace

RunCommand add_import_command(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* import = app.add_subcommand("import", help_text("cli.import.description"));
  import->require_subcommand(1);
  add_format(*import, args, "moodle-xml", ImportFormat::moodle_xml, help_text("cli.import.moodle_xml.description"));
  add_format(*import, args, "gift", ImportFormat::gift, help_text("cli.import.gift.description"));
  add_message_language_option(*import);
  import->footer(help_text("cli.import.footer"));
  return [args] { return run_import(*args); };
}

}  // namespace hocvu::cli
