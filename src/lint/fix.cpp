#include "lint/fix.hpp"

#include <cstring>

#include "yaml/block_scalars.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

// Length of the line break at the start of `text` as libyaml counts them (LF, CRLF, CR, U+0085,
// U+2028, U+2029), 0 when there is none.
size_t line_break_length(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  if (text[0] == '\n') {
    return 1;
  }
  if (text[0] == '\r') {
    return text.size() > 1 && text[1] == '\n' ? 2 : 1;
  }
  // Only these bytes can start U+0085, U+2028 or U+2029; the test keeps the common path cheap.
  return text[0] == '\xC2' || text[0] == '\xE2' ? unusual_line_break_length(text) : 0;
}

// The line without the spaces at its end. A double-quoted scalar reads "\ " as an escaped space:
// after an odd run of backslashes one space is text, and dropping it would make "\" escape the
// line break instead.
std::string_view without_trailing_spaces(std::string_view line) {
  size_t end = line.find_last_not_of(' ');
  if (end == std::string_view::npos) {
    return {};
  }
  size_t backslashes = 0;
  while (backslashes <= end && line[end - backslashes] == '\\') {
    ++backslashes;
  }
  bool escaped_space = backslashes % 2 == 1 && end + 1 < line.size();
  return line.substr(0, end + 1 + (escaped_space ? 1 : 0));
}

// Each line without its insignificant trailing spaces, CR and CRLF as LF.
std::string fix_lines(std::string_view text) {
  std::string fixed;
  fixed.reserve(text.size());
  BlockScalarLines block_scalars;
  for (size_t start = 0; start <= text.size();) {
    size_t end = start;
    size_t break_length = 0;
    while (end < text.size() && (break_length = line_break_length(text.substr(end))) == 0) {
      ++end;
    }
    std::string_view line = text.substr(start, end - start);
    // In a block scalar spaces at line ends are text; elsewhere YAML drops them.
    fixed.append(block_scalars.next(line) ? line : without_trailing_spaces(line));
    std::string_view line_break = text.substr(end, break_length);
    // CR and CRLF are breaks everywhere and libyaml reads them as LF. U+0085, U+2028 and U+2029
    // stay: libyaml keeps U+2028 and U+2029 in a scalar's text (as LF they would fold into a
    // space), and whether any of them was meant as a line break only a person can tell.
    if (!line_break.empty()) {
      bool cr_or_lf = line_break[0] == '\r' || line_break[0] == '\n';
      fixed.append(cr_or_lf ? std::string_view("\n") : line_break);
    }
    start = end + (break_length > 0 ? break_length : 1);
  }
  return fixed;
}

}  // namespace

std::optional<std::string> apply_safe_fixes(std::string_view bytes) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr || find_invalid_utf8(bytes) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view text = bytes;
  // libyaml skips a U+FEFF at the start of a line before a token, so a doubled mark goes too.
  while (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  std::string fixed = to_nfc(fix_lines(text));
  if (fixed == bytes) {
    return std::nullopt;
  }
  return fixed;
}

}  // namespace hocvu
