// hocvu export: the curriculum in the formats of other tools. Today `hocvu export case`, the
// framework as 1EdTech CASE 1.1 JSON.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "command.hpp"
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
    throw FatalError("cannot write to standard output");
  }
}

int run_export_case(ExportCaseArgs& args) {
  CaseExportRequest& request = args.request;
  if (!args.as_of.empty()) {
    request.as_of = parse_iso_date(args.as_of);
    if (!request.as_of) throw FatalError(fmt::format("--as-of '{}' is not a date; write it as 2026-12-31", args.as_of));
  }
  request.source_date_epoch = std::getenv("SOURCE_DATE_EPOCH");
  CaseExportOutcome outcome = run_case_export(request);
  if (outcome.status == CaseExportStatus::broken_framework) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    size_t errors = outcome.findings.size();
    throw FatalError(outcome.framework.empty()
                         ? fmt::format("the files read have {} error{} (above), and no framework to export could be "
                                       "chosen; fix them (hocvu lint) and export again",
                                       errors, errors == 1 ? "" : "s")
                         : fmt::format("framework {} has {} error{} (above); fix them (hocvu lint) before exporting it",
                                       outcome.framework, errors, errors == 1 ? "" : "s"));
  }
  if (outcome.fixed_timestamp) {
    print_note(fmt::format("lastChangeDateTime is {}: give --as-of with the framework's date of publication",
                           outcome.timestamp));
  }
  if (is_standard_output(request.out)) {
    write_standard_output(outcome.text);
    return kExitSuccess;
  }
  print_note(fmt::format("{} {}: {} items, {} associations, levels of {} competencies written to {}",
                         outcome.framework, outcome.version, outcome.items, outcome.associations, outcome.criteria,
                         request.out));
  return kExitSuccess;
}

RunCommand add_export_case(CLI::App& parent) {
  auto args = std::make_shared<ExportCaseArgs>();
  CaseExportRequest& request = args->request;
  CLI::App* command = parent.add_subcommand("case", "the framework as 1EdTech CASE 1.1 JSON (CFPackage)");
  command->add_option("--data", request.data, "framework files or folders (default: framework)");
  command->add_option("--framework", request.framework, "the id of the framework to export (default: the only one)");
  command->add_option("-o,--out", request.out, "output file, or - for standard output (default)");
  command->add_option("--base-url", request.base_url,
                      "http(s) URL that every uri starts with, the identifier after it (default: urn:uuid:)");
  command->add_option("--as-of", args->as_of,
                      "lastChangeDateTime, as a date (default: SOURCE_DATE_EPOCH, else 1970-01-01)");
  command->add_option("--creator", request.creator, "the CFDocument's creator")->capture_default_str();
  command->footer(
      "Writes one CFPackage: the CFDocument, a CFItem for every area, competency and outcome\n"
      "(humanCodingScheme is the id), isChildOf associations from each item to its parent and from\n"
      "the areas to the document, the three CFItemTypes, and the levels as a CFRubric with one\n"
      "criterion per competency. Identifiers are UUIDv5 of the framework id, the kind and the id, so\n"
      "exporting again gives the same identifiers, and the same inputs give the same bytes. Role\n"
      "requirements are not exported (CASE has no place for them). --out replaces its file whole.\n"
      "Exit status: 0 written, 2 could not run (the framework has errors: hocvu lint shows them).\n"
      "\nExamples:\n"
      "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n"
      "  hocvu export case --base-url https://case.example.vn/uri/ --as-of 2026-01-15 > qh-kns.json\n");
  return [args] { return run_export_case(*args); };
}

}  // namespace

RunCommand add_export_command(CLI::App& app) {
  CLI::App* exporter = app.add_subcommand("export", "the framework as 1EdTech CASE 1.1 JSON, for other tools");
  exporter->require_subcommand(1);
  exporter->footer(
      "Run 'hocvu export case --help' for the options of the CASE export.\n"
      "\nExamples:\n"
      "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n");
  RunCommand run_case = add_export_case(*exporter);
  return [run_case] { return run_case(); };
}

}  // namespace hocvu::cli
