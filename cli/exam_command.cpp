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
      fmt::print(stderr, "\rhocvu: {}{}", ui_format("cli.exam.progress", fmt::arg("done", done), fmt::arg("total", total)),
                 done == total ? "\r\033[K" : "");
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
      throw FatalError(ui_format("cli.exam.broken_blueprint", fmt::arg("blueprint", request.blueprint)));
    case ExamStatus::broken_inputs:
      print_findings(outcome.findings);
      throw FatalError(ui_plural("cli.exam.broken_inputs", outcome.findings.size()));
    case ExamStatus::infeasible:
      print_findings(outcome.findings);
      for (const auto& problem : outcome.problems) {
        fmt::print(stderr, "{}: {}: {}\n", escape_unprintable(request.blueprint), ui_text("cli.prefix.error"),
                   escape_unprintable(problem));
      }
      print_note(ui_text("cli.exam.infeasible"));
      return kExitProblems;
    case ExamStatus::written:
      print_findings(outcome.findings);  // warnings only (W605): the exam is written
      break;
  }
  if (!outcome.language.has_catalogue) {
    print_warning(ui_format("cli.exam.no_catalogue", fmt::arg("tag", outcome.language.tag),
                            fmt::arg("from", outcome.language.from)));
  }
  print_note(ui_format("cli.exam.written", fmt::arg("forms", outcome.forms), fmt::arg("length", outcome.length),
                       fmt::arg("eligible", outcome.eligible), fmt::arg("out", outcome.out),
                       fmt::arg("loading", fmt::format("{:.2f}", outcome.loading.count())),
                       fmt::arg("assembly", fmt::format("{:.2f}", outcome.assembly.count()))));
  return kExitSuccess;
}

}  // namespace

RunCommand add_exam_command(CLI::App& app) {
  auto args = std::make_shared<ExamArgs>();
  ExamRequest& request = args->request;
  CLI::App* exam = app.add_subcommand("exam", help_text("cli.exam.description"));
  exam->add_option("blueprint", request.blueprint, help_text("cli.exam.option.blueprint"))->required();
  exam->add_option("--data", request.data, help_text("cli.exam.option.data"));
  exam->add_option("-n,--forms", request.forms, help_text("cli.exam.option.forms"))->check(whole_number(1, 1000));
  exam->add_option("-s,--seed", request.seed, help_text("cli.exam.option.seed"))
      ->check(whole_number(0, UINT64_MAX));
  exam->add_option("-o,--out", request.out, help_text("cli.exam.option.out"));
  exam->add_option("--lang", request.language,
                   help_text("cli.exam.option.lang"))
      ->check(catalogue_tag());
  exam->add_flag("--force", args->force, help_text("cli.option.force"));
  exam->add_option("--time-limit", request.time_limit, help_text("cli.exam.option.time_limit"))
      ->check(positive_decimal())
      ->capture_default_str();
  exam->footer(help_text("cli.exam.footer"));
  return [args] { return run_exam(*args); };
}

}  // namespace hocvu::cli
