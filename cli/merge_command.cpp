// hocvu merge: combine the shards of one grading into the files one run would have written.
#include <fmt/format.h>

#include <memory>

#include "command.hpp"
#include "grade/grade_job.hpp"
#include "grade_options.hpp"

namespace hocvu::cli {

namespace {

struct MergeArgs {
  MergeRequest request;
  std::string language = "vi";
  bool force = false;
  bool quiet = false;
};

int run_merge(MergeArgs& args) {
  args.request.overwrite = args.force ? Overwrite::yes : Overwrite::no;
  args.request.language = language_of_tag(args.language);
  return finish_grading(merge_shards(args.request), "merge", args.quiet);
}

}  // namespace

RunCommand add_merge_command(CLI::App& app) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* merge = app.add_subcommand("merge", "combine grading shards (hocvu grade --shard) into one result");
  merge->add_option("shards", args->request.shards, "shard folders, in the order of their input")->required();
  merge->add_option("-o,--out", args->request.out, "output folder")->required();
  merge->add_option("--lang", args->language, "language of analysis.html: vi or en (a region may follow: en-GB)")
      ->check(catalogue_tag())->capture_default_str();
  merge->add_flag("--force", args->force, "replace the output folder even if it holds files hocvu did not write");
  merge->add_flag("-q,--quiet", args->quiet, "no summary on stderr");
  merge->footer(
      "Writes the same files, byte for byte, as one hocvu grade run over the shards' input in the\n"
      "order the shards are named. Shards must come from one key, one corrections file and the same\n"
      "options (checked). Duplicate attempts are found across shards too.\n"
      "Exit status: 0 every row graded, 1 some rows rejected (see rejects.csv), 2 could not run.\n"
      "\nExample (GNU parallel, one shard per part, then the merge):\n"
      "  parallel hocvu grade --exam out/exam/dbqh --shard --quiet --out shards/{#} {} ::: parts/*.csv\n"
      "  hocvu merge --out out/grade/dbqh $(ls -d shards/* | sort -V)\n");
  return [args] { return run_merge(*args); };
}

}  // namespace hocvu::cli
