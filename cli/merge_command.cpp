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
  return finish_grading(merge_shards(args.request), message_id("cli.grade.what.merge"), args.quiet);
}

}  // namespace

RunCommand add_merge_command(CLI::App& app) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* merge = app.add_subcommand("merge", help_text("cli.merge.description"));
  merge->add_option("shards", args->request.shards, help_text("cli.merge.option.shards"))->required();
  merge->add_option("-o,--out", args->request.out, help_text("cli.option.out"))->required();
  merge->add_option("--lang", args->language, help_text("cli.option.lang"))
      ->check(catalogue_tag())->capture_default_str();
  merge->add_flag("--force", args->force, help_text("cli.option.force"));
  merge->add_flag("-q,--quiet", args->quiet, help_text("cli.option.quiet"));
  // Formatted, not taken as it is: the example's GNU parallel braces are written {{#}} in the catalogue.
  merge->footer(ui_format("cli.merge.footer"));
  return [args] { return run_merge(*args); };
}

}  // namespace hocvu::cli
