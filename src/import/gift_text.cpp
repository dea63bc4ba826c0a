#include "import/gift_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/interface.hpp"
#include "import/import_messages.hpp"
#include "text/utf8.hpp"

namespace hocvu {

GiftPlaces::GiftPlaces(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Location GiftPlaces::at(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(next - line_starts_.begin());
  size_t start = line_starts_[line - 1];
  size_t column = count_code_points(text_.substr(start, offset - start)) + 1;
  return Location{file_, static_cast<uint32_t>(line), static_cast<uint32_t>(column)};
}

namespace {

// Whether text[i] is escaped: an odd number of backslashes right before it.
bool is_escaped(std::string_view text, size_t i) {
  size_t backslashes = 0;
  while (i > backslashes && text[i - backslashes - 1] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

bool unescaped_at(std::string_view text, size_t at, std::string_view pattern) {
  if (text.substr(at, pattern.size()) != pattern) return false;
  for (size_t k = 0; k < pattern.size(); ++k) {
    if (is_escaped(text, at + k)) return false;
  }
  return true;
}

// Bytes of the UTF-8 character led by `lead`.
size_t character_length(char lead) {
  auto byte = static_cast<unsigned char>(lead);
  return byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
}

}  // namespace

size_t find_unescaped(std::string_view text, size_t from, char c) {
  for (size_t at = text.find(c, from); at != std::string_view::npos; at = text.find(c, at + 1)) {
    if (!is_escaped(text, at)) return at;
  }
  return std::string_view::npos;
}

size_t find_unescaped(std::string_view text, size_t from, std::string_view pattern) {
  for (size_t at = text.find(pattern, from); at != std::string_view::npos; at = text.find(pattern, at + 1)) {
    if (unescaped_at(text, at, pattern)) return at;
  }
  return std::string_view::npos;
}

size_t rfind_unescaped(std::string_view text, std::string_view pattern) {
  for (size_t at = text.rfind(pattern); at != std::string_view::npos; at = at == 0 ? std::string_view::npos : text.rfind(pattern, at - 1)) {
    if (unescaped_at(text, at, pattern)) return at;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> split_before(std::string_view text, std::string_view marks) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (marks.find(text[i]) != std::string_view::npos) {
      pieces.push_back(text.substr(start, i - start));
      start = i;
    }
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

std::string unescape_gift(std::string_view text, size_t offset, const GiftPlaces& places, Diagnostics& diagnostics) {
  static constexpr std::string_view kEscaped = "~=#{}:\\";
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
    } else if (i + 1 < text.size() && kEscaped.find(text[i + 1]) != std::string_view::npos) {
      out += text[++i];
    } else if (i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      std::string_view next = i + 1 < text.size() ? text.substr(i + 1, character_length(text[i + 1])) : "";
      diagnostics.push_back(Diagnostic{
          Rule::import_gift_escape, places.at(offset + i),
          next.empty() ? std::string(ui_text("import.gift.backslash_at_end"))
                       : ui_format("import.gift.unknown_escape", fmt::arg("sequence", escaped_for_message(next))),
          std::string(ui_text("import.gift.escape.hint"))});
      out += '\\';
    }
  }
  return out;
}

}  // namespace hocvu
