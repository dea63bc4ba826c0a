#pragma once
// What the person at the terminal sees: colour decisions and message prefixes.
#include <cstdio>
#include <string>
#include <string_view>

namespace hocvu::cli {

enum class ColorMode { automatic, always, never };

// Colour only on a terminal, never when NO_COLOR is set (https://no-color.org), unless forced.
bool use_color(ColorMode mode, std::FILE* stream);

// "hocvu: error: ..." on stderr. Messages quote file names, ids and arguments, so control
// characters in them are shown escaped ("\x1b"), never sent to the terminal.
void print_error(std::string_view message);
void print_note(std::string_view message);
void print_warning(std::string_view message);  // "hocvu: warning: ..."

}  // namespace hocvu::cli
