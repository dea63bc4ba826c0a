#include "yaml/quote.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include <fmt/format.h>

namespace hocvu {

namespace {

// Length of the UTF-8 sequence led by `lead` (1 for ASCII and for a stray byte).
size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

uint32_t decode(std::string_view bytes) {
  auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])); };
  switch (bytes.size()) {
    case 2: return ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
    case 3: return ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
    case 4: return ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) | (byte(3) & 0x3Fu);
    default: return byte(0);
  }
}

// Code points YAML does not allow raw in a file, or reads as a line break: C0 controls (tab and
// LF included here: a one-line scalar escapes them), DEL, C1 controls (NEL among them), the line
// and paragraph separators, the byte-order mark and the two non-characters U+FFFE and U+FFFF.
bool needs_escape(uint32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F) || code_point == 0x2028 ||
         code_point == 0x2029 || code_point == 0xFEFF || code_point == 0xFFFE || code_point == 0xFFFF;
}

bool has_escaped_character(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t length = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
    if (needs_escape(decode(text.substr(i, length)))) return true;
    i += length;
  }
  return false;
}

// Words some YAML version reads as a boolean or null (YAML 1.1: yes, no, on, off, y, n).
bool is_special_word(std::string_view text) {
  static const std::array<std::string_view, 10> kWords = {"y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"};
  if (text.size() > 5) return false;
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// A first character that is a YAML indicator, or starts a number, date, .inf or alias.
bool has_unsafe_start(std::string_view text) {
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`+.=<~";
  char first = text.front();
  return kIndicators.find(first) != std::string_view::npos || std::isdigit(static_cast<unsigned char>(first)) != 0;
}

bool can_be_plain(std::string_view text, YamlContext context) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (has_unsafe_start(text) || is_special_word(text) || has_escaped_character(text)) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  return context == YamlContext::block || text.find_first_of(",[]{}") == std::string_view::npos;
}

}  // namespace

std::string yaml_double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    size_t length = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
    uint32_t code_point = decode(text.substr(i, length));
    if (code_point == '"' || code_point == '\\') {
      out += '\\';
      out += static_cast<char>(code_point);
    } else if (code_point == '\n') {
      out += "\\n";
    } else if (code_point == '\t') {
      out += "\\t";
    } else if (needs_escape(code_point)) {
      out += code_point <= 0xFF ? fmt::format("\\x{:02X}", code_point) : fmt::format("\\u{:04X}", code_point);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out + "\"";
}

std::string yaml_scalar(std::string_view text, YamlContext context) {
  return can_be_plain(text, context) ? std::string(text) : yaml_double_quoted(text);
}

}  // namespace hocvu
