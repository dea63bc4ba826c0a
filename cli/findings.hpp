#pragma once
// How findings about input files are shown on the terminal.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace hocvu::cli {

// Findings as compiler-style text, with source lines read from disk.
std::string text_report(const Diagnostics& diagnostics, bool color);

}  // namespace hocvu::cli
