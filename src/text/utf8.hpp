#pragma once
// UTF-8 validation and column counting on raw bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace hocvu {

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or npos when all is valid.
size_t find_invalid_utf8(std::string_view bytes);

// Number of code points in valid UTF-8 `text` (continuation bytes are not counted).
size_t count_code_points(std::string_view text);

// True when every byte is ASCII.
bool is_ascii(std::string_view bytes);

// Line (1-based) and column (1-based, in code points) of `offset` in `text`.
struct LineColumn {
  uint32_t line;
  uint32_t column;
};
LineColumn line_column_at(std::string_view text, size_t offset);

// Length of the line break at the start of `text` that YAML honours but line-based tools
// (editors, diff, grep) do not: CR without LF (1), NEL U+0085 (2), LINE SEPARATOR U+2028 or
// PARAGRAPH SEPARATOR U+2029 (3); 0 when `text` does not start with one.
size_t unusual_line_break_length(std::string_view text);

// True when `text` holds nothing but spaces, tabs, CR and LF.
bool is_blank(std::string_view text);

// The line of `text` that contains `offset`, without its line ending.
std::string_view line_containing(std::string_view text, size_t offset);

}  // namespace hocvu
