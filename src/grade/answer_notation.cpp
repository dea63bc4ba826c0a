#include "grade/answer_notation.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace hocvu {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The answer with ASCII lowercased and the Vietnamese letters of Đúng/Đ folded to the NFC
// lowercase bytes: Đ -> đ, Ú -> ú, and u or U followed by a combining acute (NFD) -> ú. Any
// other text comes out unchanged apart from ASCII case, so it matches no token. False when the
// answer is longer than any token could be.
bool fold_truth_word(std::string_view text, char (&out)[16], size_t& size) {
  size = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (size + 2 > sizeof out) {
      return false;
    }
    char c = text[i];
    std::string_view rest = text.substr(i);
    if (rest.substr(0, 2) == "\xC4\x90") {  // Đ
      out[size++] = '\xC4';
      out[size++] = '\x91';
      ++i;
    } else if (rest.substr(0, 2) == "\xC3\x9A") {  // Ú
      out[size++] = '\xC3';
      out[size++] = '\xBA';
      ++i;
    } else if ((c == 'u' || c == 'U') && rest.substr(1, 2) == "\xCC\x81") {  // u + U+0301
      out[size++] = '\xC3';
      out[size++] = '\xBA';
      i += 2;
    } else {
      out[size++] = ascii_lower(c);
    }
  }
  return true;
}

}  // namespace

ChoiceMarks read_choice(std::string_view trimmed, uint32_t options) {
  if (trimmed.size() == 1 && trimmed[0] == '*') {
    return ChoiceMarks{ChoiceMarks::Kind::star, 0};
  }
  uint32_t mask = 0;
  for (char c : trimmed) {
    if (is_space(c) || c == ',' || c == ';') {
      continue;
    }
    char lower = ascii_lower(c);
    if (lower < 'a' || lower > 'z' || static_cast<uint32_t>(lower - 'a') >= options) {
      return ChoiceMarks{};
    }
    mask |= 1u << static_cast<uint32_t>(lower - 'a');
  }
  return mask != 0 ? ChoiceMarks{ChoiceMarks::Kind::letters, mask} : ChoiceMarks{};
}

TruthMark read_true_false(std::string_view trimmed) {
  if (trimmed.size() == 1) {  // the usual case: T, F, 1, 0, S, '*'
    switch (ascii_lower(trimmed[0])) {
      case 't': case '1': return TruthMark::is_true;
      case 'f': case '0': case 's': return TruthMark::is_false;
      case '*': return TruthMark::star;
      default: return TruthMark::unreadable;
    }
  }
  char buffer[16];
  size_t size = 0;
  if (!fold_truth_word(trimmed, buffer, size)) {
    return TruthMark::unreadable;
  }
  std::string_view word(buffer, size);
  if (word == "true" || word == "\xC4\x91" || word == "\xC4\x91\xC3\xBAng") {  // đ, đúng
    return TruthMark::is_true;
  }
  return word == "false" || word == "sai" ? TruthMark::is_false : TruthMark::unreadable;
}

std::optional<double> read_number(std::string_view trimmed) {
  size_t at = !trimmed.empty() && trimmed[0] == '-' ? 1 : 0;
  size_t integer_start = at;
  while (at < trimmed.size() && is_digit(trimmed[at])) ++at;
  if (at == integer_start) {
    return std::nullopt;
  }
  size_t mark = std::string_view::npos;
  if (at < trimmed.size() && (trimmed[at] == '.' || trimmed[at] == ',')) {
    mark = at++;
    size_t fraction_start = at;
    while (at < trimmed.size() && is_digit(trimmed[at])) ++at;
    if (at == fraction_start) {
      return std::nullopt;
    }
  }
  if (at != trimmed.size()) {
    return std::nullopt;
  }
  // from_chars reads '.' only, whatever the locale: a decimal comma becomes a point in a copy.
  char small[64];
  std::string large;
  const char* first = trimmed.data();
  if (mark != std::string_view::npos && trimmed[mark] == ',') {
    char* copy = small;
    if (trimmed.size() > sizeof small) {
      large.assign(trimmed);
      copy = large.data();
    }
    trimmed.copy(copy, trimmed.size());
    copy[mark] = '.';
    first = copy;
  }
  double value = 0;
  auto [end, error] = std::from_chars(first, first + trimmed.size(), value);
  if (error != std::errc() || end != first + trimmed.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

}  // namespace hocvu
