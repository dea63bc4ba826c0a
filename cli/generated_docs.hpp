#pragma once
// hocvu --generate-man DIR and --generate-completions DIR: hidden options the build runs after
// linking hocvu, so that the man pages and completion scripts are made from this very command line.
#include <CLI/CLI.hpp>

#include <string>

namespace hocvu::cli {

// True when the command line asks for generated files (argv[1] is --generate-man or
// --generate-completions). These options are parsed apart from `app`, so that --help, the man
// pages and the completions never show them.
bool asks_for_generated_docs(int argc, char** argv);

// Writes hocvu.1, hocvu-<command>.1, ... into the folder of --generate-man and hocvu (bash) and
// _hocvu (zsh) into that of --generate-completions, from the command tree of `app`. Returns the
// exit status.
int write_generated_docs(const CLI::App& app, int argc, char** argv);

}  // namespace hocvu::cli
