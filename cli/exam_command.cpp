// hocvu exam: assemble parallel exam forms from a blueprint.
#include <fmt/format.h>

#include <unistd.h>

#include <memory>

#include "command.hpp"
#include "exam/exam_job.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "language_option.hpp"
#include "number_options.hpp"
#include "terminal.hpp"
#include "text/escape.hpp"

namespace hocvu::cli {

namespace {

struct ExamArgs {
  ExamRequest request;
  bool force = false;
};

void print_findings(const Diagnostics& findings) {
  fmt::print(stderr, "{}", text_report(findings, use_color(ColorMode::automatic, stderr)));
}

int run_exam(ExamArgs& args) {
  ExamRequest& request = args.request;
  request.overwrite = args.force ? Overwrite::yes : Overwrite::no;
  // Progress only on a terminal: a pipe or a log file gets the summary line alone.
  bool show_progress = isatty(fileno(stderr)) != 0;
  bool line_open = false;  // a progress line the next message must not be written onto
  request.progress = [show_progress, &line_open](uint32_t done, uint32_t total) {
    if (show_progress && total >= 10) {
      fmt::print(stderr, "\rhocvu: assembling form {}/{}{}", done, total, done == total ? "\r\033[K" : "");
      line_open = done != total;
    }
    return true;
  };
  ExamOutcome outcome;
  try {
    outcome = run_exam_job(request);
  } catch (const FatalError&) {
    if (line_open) {
      fmt::print(stderr, "\n");  // the time limit ran out mid-way: the error gets its own line
    }
    throw;
  }
  switch (outcome.status) {
    case ExamStatus::broken_blueprint:
      print_findings(outcome.findings);
      throw FatalError(
          fmt::format("cannot read the blueprint '{}'; fix the errors above and try again", request.blueprint));
    case ExamStatus::broken_inputs:
      print_findings(outcome.findings);
      throw FatalError(fmt::format("the exam's files have {} error{}; fix them (hocvu lint) before building an exam",
                                   outcome.findings.size(), outcome.findings.size() == 1 ? "" : "s"));
    case ExamStatus::infeasible:
      print_findings(outcome.findings);
      for (const auto& problem : outcome.problems) {
        fmt::print(stderr, "{}: error: {}\n", escape_unprintable(request.blueprint), escape_unprintable(problem));
      }
      print_note("the blueprint cannot be met with these banks; nothing was written");
      return kExitProblems;
    case ExamStatus::written:
      print_findings(outcome.findings);  // warnings only (W605): the exam is written
      break;
  }
  if (!outcome.language.has_catalogue) {
    print_warning(fmt::format("no catalogue for '{}' ({}); the papers' own texts are in English; use --lang vi or "
                              "--lang en",
                              outcome.language.tag, outcome.language.from));
  }
  print_note(fmt::format("{} forms of {} questions from {} eligible in {} (loading {:.2f} s, assembly {:.2f} s)",
                         outcome.forms, outcome.length, outcome.eligible, outcome.out, outcome.loading.count(),
                         outcome.assembly.count()));
  return kExitSuccess;
}

}  // namespace

RunCommand add_exam_command(CLI::App& app) {
  auto args = std::make_shared<ExamArgs>();
  ExamRequest& request = args->request;
  CLI::App* exam = app.add_subcommand("exam", "assemble parallel exam forms from a blueprint");
  exam->add_option("blueprint", request.blueprint, "the blueprint file (framework/blueprints/*.yaml)")->required();
  exam->add_option("--data", request.data, "framework and bank files or folders (default: framework question-banks)");
  exam->add_option("-n,--forms", request.forms, "number of forms (default: the blueprint's)")->check(whole_number(1, 1000));
  exam->add_option("-s,--seed", request.seed, "seed for the draw (default: the blueprint's)")
      ->check(whole_number(0, UINT64_MAX));
  exam->add_option("-o,--out", request.out, "output folder (default: out/exam/<blueprint id>)");
  exam->add_option("--lang", request.language,
                   "language of the texts hocvu adds to papers and LMS files: vi or en, a region may follow "
                   "(default: the blueprint's language, else the framework's)")
      ->check(catalogue_tag());
  exam->add_flag("--force", args->force, "replace the output folder even if it holds files hocvu did not write");
  exam->add_option("--time-limit", request.time_limit, "give up assembly after this many seconds (exit 2)")
      ->check(positive_decimal())
      ->capture_default_str();
  exam->footer(
      "Writes forms/<CODE>.md, .html and .json (candidate papers, no answers), key.csv, moodle.xml,\n"
      "gift.txt and manifest.json. The same blueprint, banks and seed give byte-identical files.\n"
      "The output folder is replaced as a whole when the run succeeds: no file of an earlier exam is\n"
      "left in it, and a run that fails or is interrupted leaves it as it was. A folder holding files\n"
      "hocvu did not write is refused unless --force.\n"
      "The texts hocvu adds (headings, instructions, units) are in the language of --lang, else of the\n"
      "blueprint's `language`, else of the framework's; hocvu has catalogues for vi and en, and writes\n"
      "English texts for any other language (with a warning). The questions are as the banks hold them.\n"
      "Exit status: 0 written, 1 the blueprint cannot be met (the reason is printed), 2 could not run.\n"
      "\nExamples:\n"
      "  hocvu exam framework/blueprints/dbqh.yaml\n"
      "  hocvu exam framework/blueprints/hdnd-xa.yaml --forms 8 --seed 2027 --out out/hdnd-xa-dot2\n"
      "  hocvu exam courses/en/blueprints/basics.yaml --data courses/en --lang en-GB\n");
  return [args] { return run_exam(*args); };
}

}  // namespace hocvu::cli
