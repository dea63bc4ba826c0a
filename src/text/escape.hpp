#pragma once
// Makes text from input files safe to show: the one definition of the characters that must never
// reach a terminal, a log viewer or a report raw, and of how they are written instead.
#include <cstdint>
#include <string>
#include <string_view>

namespace hocvu {

// C0 controls except tab (ESC starts terminal escape sequences, CR and LF forge lines), DEL, C1
// controls (U+0080-U+009F; some terminals read U+009B as ESC '['), the line and paragraph
// separators U+2028/U+2029, and the bidirectional controls (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069), which reorder what a terminal or a browser shows.
bool is_unprintable(uint32_t code_point);

enum class EscapeNotation {
  // For people: \n, \r, \x1b, \u0085, \u202e; a byte that is not UTF-8 as \xff.
  c,
  // For JSON text: \u001b, \u0085, \u202e; a byte that is not UTF-8 as \ufffd; LF and CR are
  // kept, as the layout between tokens. Applied to a whole JSON document (whose strings have
  // their own C0 controls escaped already) it changes no value: JSON's syntax is ASCII.
  json,
};

// `text` with every unprintable character (and every byte that is not UTF-8) written as an
// escape; everything else, tab and backslash included, is kept as it is.
std::string escape_unprintable(std::string_view text, EscapeNotation notation = EscapeNotation::c);

}  // namespace hocvu
