#include "text/escape.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace hocvu {

namespace {

bool is_bidi_control(uint32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void append_escape(std::string& out, uint32_t code_point, EscapeNotation notation) {
  if (notation == EscapeNotation::json) {
    out += fmt::format("\\u{:04x}", code_point);
  } else if (code_point == '\n') {
    out += "\\n";
  } else if (code_point == '\r') {
    out += "\\r";
  } else if (code_point < 0x80) {
    out += fmt::format("\\x{:02x}", code_point);
  } else {
    out += fmt::format("\\u{:04x}", code_point);
  }
}

// Appends valid UTF-8 `text`, escaping the unprintable code points.
void append_valid(std::string& out, std::string_view text, EscapeNotation notation) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    size_t length = s[i] < 0x80 ? 1 : s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
    uint32_t value = length == 1 ? s[i] : s[i] & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      value = (value << 6) | (s[i + k] & 0x3F);
    }
    // JSON text's own LF and CR are layout between tokens; inside its strings they are escaped.
    bool layout = notation == EscapeNotation::json && (value == '\n' || value == '\r');
    if (is_unprintable(value) && !layout) {
      append_escape(out, value, notation);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
}

}  // namespace

bool is_unprintable(uint32_t code_point) {
  return (code_point < 0x20 && code_point != '\t') || (code_point >= 0x7F && code_point <= 0x9F) ||
         code_point == 0x2028 || code_point == 0x2029 || is_bidi_control(code_point);
}

std::string escape_unprintable(std::string_view text, EscapeNotation notation) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    size_t bad = find_invalid_utf8(text);
    append_valid(out, text.substr(0, bad), notation);
    if (bad == std::string_view::npos) {
      break;
    }
    if (notation == EscapeNotation::json) {
      out += "\\ufffd";
    } else {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[bad]));
    }
    text.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace hocvu
