#pragma once
// A small command line for the man page and completion generators' tests: a command with a
// positional, a set, a number, a flag and a footer, and one with a nested subcommand.
#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace hocvu::cli::test {

struct ToyValues {
  std::vector<std::string> paths;
  std::string format = "text";
  unsigned jobs = 0;
  bool strict = false;
  std::string file;
};

inline std::unique_ptr<CLI::App> toy_app(ToyValues& values) {
  auto app = std::make_unique<CLI::App>("toy: tools for \"Học vụ số\"", "toy");
  app->footer("Run 'toy help COMMAND' for more.\n\nExit status: 0 success, 1 problems, 2 could not run.\n");
  CLI::App* check = app->add_subcommand("check", "check files");
  check->add_option("paths", values.paths, "files or folders");
  check->add_option("-f,--format", values.format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check->add_option("-j,--jobs", values.jobs, "threads")->check(CLI::Range(0u, 8u));
  check->add_flag("--strict", values.strict, "warnings fail the run too");
  check->footer(
      "Checks every file given.\n"
      "Lines are joined.\n"
      "Exit status: 0 clean, 1 findings (or warnings with\n--strict), 2 could not run.\n"
      "\nExamples:\n"
      "  toy check --format json    as JSON\n");
  CLI::App* import = app->add_subcommand("import", "bring files in");
  import->require_subcommand(1);
  CLI::App* gift = import->add_subcommand("gift", "a GIFT file");
  gift->add_option("FILE", values.file, "the file")->required();
  return app;
}

}  // namespace hocvu::cli::test
