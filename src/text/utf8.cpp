#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace hocvu {

size_t find_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t chunk;
      std::memcpy(&chunk, s + i, 8);
      if ((chunk & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    uint32_t min_value;
    uint32_t value;
    if ((c & 0xE0) == 0xC0) {
      length = 2, min_value = 0x80, value = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, min_value = 0x800, value = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, min_value = 0x10000, value = c & 0x07;
    } else {
      return i;
    }
    if (i + length > n) {
      return i;
    }
    for (size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        return i;
      }
      value = (value << 6) | (s[i + k] & 0x3F);
    }
    if (value < min_value || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

size_t count_code_points(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool is_ascii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

LineColumn line_column_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  std::string_view before = text.substr(0, offset);
  auto line = static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  size_t line_start = before.rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  auto column = static_cast<uint32_t>(count_code_points(before.substr(line_start)) + 1);
  return {line, column};
}

size_t unusual_line_break_length(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  if (text[0] == '\r') {
    return text.substr(0, 2) == "\r\n" ? 0 : 1;
  }
  if (text.substr(0, 2) == "\xC2\x85") {
    return 2;
  }
  if (text.substr(0, 3) == "\xE2\x80\xA8" || text.substr(0, 3) == "\xE2\x80\xA9") {
    return 3;
  }
  return 0;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

std::string_view line_containing(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t start = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) {
    end = text.size();
  }
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

}  // namespace hocvu
