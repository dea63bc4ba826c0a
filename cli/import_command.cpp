// hocvu import moodle-xml | gift: questions from an LMS file as a hocvu bank.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "command.hpp"
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
    throw FatalError(fmt::format("{} '{}' is not an id: ids are letters, digits, '.', '_' and '-' (e.g. 1.1, CB, "
                                 "kns-ngan-hang)", option, value));
  }
}

void print_summary(const ImportOutcome& outcome, const ImportRequest& request) {
  if (outcome.imported == 0) {
    fmt::print(stderr, "import: {} from {}; nothing written\n",
               outcome.seen == 0 ? std::string("no question was imported")
                                 : fmt::format("none of the {} questions could be imported", outcome.seen),
               request.input);
    return;
  }
  fmt::print(stderr, "import: {} of the {} questions imported{}{}\n", outcome.imported, outcome.seen,
             outcome.duplicates > 0 ? fmt::format(" ({} repeated, imported once)", outcome.duplicates) : "",
             outcome.written ? fmt::format(", written {}", request.out) : "");
  if (request.competency.empty() || request.level.empty()) {
    fmt::print(stderr, "import: competency and level are left for the author: add them, or import again with "
                       "--competency and --level\n");
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
                     const char* description) {
  CLI::App* sub = import.add_subcommand(name, description);
  ImportRequest& request = args->request;
  sub->add_option("FILE", request.input, "the file to import")->required();
  sub->add_option("--competency", request.competency, "competency id for every question (default: left for the author)");
  sub->add_option("--level", request.level, "level id for every question (default: left for the author)");
  sub->add_option("--bank-id", request.bank_id, "the bank's id (default: the file's name, else 'imported')");
  sub->add_option("--framework", request.framework, "the bank's framework id (default: left for the author)");
  sub->add_option("-o,--out", request.out, "the bank file to write (default: standard output)");
  sub->add_flag("-q,--quiet", args->quiet, "no summary on stderr");
  sub->footer("Run 'hocvu help import' for what is imported, what is left out, and examples.");
  sub->callback([args, format] { args->request.format = format; });
  return sub;
}

}  // namespace

RunCommand add_import_command(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* import = app.add_subcommand("import", "questions from Moodle XML or GIFT as a hocvu question bank");
  import->require_subcommand(1);
  add_format(*import, args, "moodle-xml", ImportFormat::moodle_xml, "import a Moodle XML question file");
  add_format(*import, args, "gift", ImportFormat::gift, "import a GIFT question file");
  import->footer(
      "Questions of the types hocvu has (single, multiple, true_false, numeric, short_text) become a bank;\n"
      "every other question (essay, matching, cloze, ...) and every question without an answer key is\n"
      "named with its line and left out, and what a question loses (images, formatting, feedback on\n"
      "answers, partial credit) is named too. A question keeps its Moodle name or GIFT title as its id\n"
      "when that is a hocvu id, else it gets IMP-0001 (its place in the file), the name kept in its source.\n"
      "Without --competency and --level those fields are left out for the author; hocvu lint lists them.\n"
      "Exit status: 0 every question imported, 1 some could not be (or none), 2 the file could not be read.\n"
      "\nExamples:\n"
      "  hocvu import moodle-xml cau-hoi.xml --competency 1.1 --level CB --framework qh-kns -o question-banks/moodle.yaml\n"
      "  hocvu import gift out/exam/dbqh/gift.txt --bank-id dbqh-gift > dbqh.yaml\n"
      "  hocvu import moodle-xml out/exam/dbqh/moodle.xml -o /tmp/tu-moodle.yaml && hocvu lint /tmp/tu-moodle.yaml framework\n");
  return [args] { return run_import(*args); };
}

}  // namespace hocvu::cli
