#pragma once
// What the subcommands that read a curriculum repository share: where its files are, and
// how findings about them are shown.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace hocvu::cli {

// `given`, or else framework/ and question-banks/ under the current folder (those that exist).
// Throws FatalError when nothing is given and neither folder exists.
std::vector<std::string> curriculum_paths(const std::vector<std::string>& given, std::string_view command);

// Findings as compiler-style text, with source lines read from disk.
std::string text_report(const Diagnostics& diagnostics, bool color);

}  // namespace hocvu::cli
