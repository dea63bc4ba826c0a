#pragma once
// CLI11's own words (help labels, its parse errors) in the interface language. English keeps
// CLI11's texts untouched, so that English help and errors stay as they always were.
#include <CLI/CLI.hpp>

#include <string>

namespace hocvu::cli {

// Sets the help labels, the default option group and the help and version flags' texts on
// `app`; call it before adding subcommands and options, which copy them from their parent.
void use_interface_language(CLI::App& app);

// Puts every command's -h,--help in the option group of the interface language: a subcommand
// copies its parent's help flag before its option defaults. Call it once the tree is built.
void label_help_flags(CLI::App& app);

// The text of a CLI11 parse error for "hocvu: error: ...": the option's name kept, the problem
// said in the interface language.
std::string parse_error_text(const CLI::ParseError& error);

}  // namespace hocvu::cli
