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
  return finish_grading(outcome, request.shard ? "shard" : "grading", args.quiet);
}

}  // namespace

RunCommand add_grade_command(CLI::App& app) {
  auto args = std::make_shared<GradeArgs>();
  GradeRequest& request = args->request;
  CLI::App* grade = app.add_subcommand("grade", "score response files: scores, mastery, item analysis");
  grade->add_option("responses", request.responses,
                    "response files or folders (.csv, .tsv, .jsonl, also .gz); - reads standard input")
      ->required();
  grade->add_option("--exam", request.exam_folder, "the exam folder written by hocvu exam (key.csv, manifest.json)");
  grade->add_option("--key", request.key_file, "a key.csv alone (then --pass-percent is needed)");
  grade->add_option("-o,--out", request.out, "output folder")->required();
  add_scoring_options(*grade, request, args->text);
  grade->add_option("--threads", request.threads, "worker threads (default: all cores); output is the same for any")
      ->check(whole_number(1, 256));
  grade->add_flag("--shard", request.shard,
                  "write a shard (rows and mergeable state) for hocvu merge instead of the statistics");
  grade->add_flag("--force", args->force, "replace the output folder even if it holds files hocvu did not write");
  grade->add_flag("-q,--quiet", args->quiet, "no progress line and no summary on stderr");
  grade->footer(
      "Writes scores.csv, competencies.csv, rejects.csv (personal data: created readable by you only),\n"
      "items.csv, distractors.csv, summary.json and analysis.html into the output folder, which is\n"
      "replaced as a whole when the run ends. Every row read is graded or rejected with its reason:\n"
      "read = graded + rejected is printed at the end.\n"
      "Exit status: 0 every row graded, 1 some rows rejected (see rejects.csv), 2 could not run.\n"
      "\nExamples:\n"
      "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses/dbqh-*.csv\n"
      "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh --corrections review.yaml responses/\n"
      "  zcat export.csv.gz | hocvu grade --key key.csv --pass-percent 70 --out out/grade/thu -\n"
      "  hocvu grade --exam out/exam/dbqh --shard --out shards/1 part-1.csv   (then: hocvu merge)\n");
  return [args] { return run_grade(*args); };
}

}  // namespace hocvu::cli
