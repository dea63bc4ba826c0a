// hocvu grade: score response files against an exam's key, with mastery and item analysis.
#include <fmt/format.h>

#include <unistd.h>

#include <chrono>
#include <memory>

#include "command.hpp"
#include "findings.hpp"
#include "grade/grade_job.hpp"
#include "grade_options.hpp"
#include "io/error.hpp"
#include "number_options.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct GradeArgs {
  GradeRequest request;
  GradeOptionText text;
  bool force = false;
  bool quiet = false;
};

int run_grade(GradeArgs& args) {
  GradeRequest& request = args.request;
  apply_option_text(args.text, request);
  request.overwrite = args.force ? Overwrite::yes : Overwrite::no;
  ProgressLine progress(!args.quiet && isatty(fileno(stderr)) != 0);
  request.progress = [&progress](const GradeProgress& done) { progress.update(done); };
  GradeOutcome outcome;
  try {
    outcome = run_grade_job(request);
  } catch (const FatalError&) {
    progress.end();
    throw;
  }
  progress.end();
  return finish_grading(outcome, request.shard ? message_id("cli.grade.what.shard") : message_id("cli.grade.what.grading"),
                        args.quiet);
}

}  // namespace

RunCommand add_grade_command(CLI::App& app) {
  auto args = std::make_shared<GradeArgs>();
  GradeRequest& request = args->request;
  CLI::App* grade = app.add_subcommand("grade", help_text("cli.grade.description"));
  grade->add_option("responses", request.responses,
                    help_text("cli.grade.option.responses"))
      ->required();
  grade->add_option("--exam", request.exam_folder, help_text("cli.grade.option.exam"));
  grade->add_option("--key", request.key_file, help_text("cli.grade.option.key"));
  grade->add_option("-o,--out", request.out, help_text("cli.option.out"))->required();
  add_scoring_options(*grade, request, args->text);
  grade->add_option("--threads", request.threads, help_text("cli.grade.option.threads"))
      ->check(whole_number(1, 256));
  grade->add_flag("--shard", request.shard,
                  help_text("cli.grade.option.shard"));
  grade->add_flag("--force", args->force, help_text("cli.option.force"));
  grade->add_flag("-q,--quiet", args->quiet, help_text("cli.grade.option.quiet"));
  grade->footer(help_text("cli.grade.footer"));
  return [args] { return run_grade(*args); };
}

}  // namespace hocvu::cli
