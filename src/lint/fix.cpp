#include "lint/fix.hpp"

#include <algorithm>
#include <cstring>

#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

// CR alone, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF; CRLF stays for the line loop.
std::string unify_line_breaks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = unusual_line_break_length(text.substr(i));
    out += length > 0 ? '\n' : text[i];
    i += std::max<size_t>(length, 1);
  }
  return out;
}

}  // namespace

std::optional<std::string> apply_safe_fixes(std::string_view bytes) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr || find_invalid_utf8(bytes) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  std::string unified = unify_line_breaks(text);
  text = unified;
  std::string fixed;
  fixed.reserve(text.size());
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    bool has_newline = end != std::string_view::npos;
    std::string_view line = text.substr(start, (has_newline ? end : text.size()) - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    size_t kept = line.find_last_not_of(' ');
    fixed.append(line.substr(0, kept == std::string_view::npos ? 0 : kept + 1));
    if (has_newline) {
      fixed += '\n';
    }
    start = has_newline ? end + 1 : text.size();
  }
  fixed = to_nfc(fixed);
  if (fixed == bytes) {
    return std::nullopt;
  }
  return fixed;
}

}  // namespace hocvu
