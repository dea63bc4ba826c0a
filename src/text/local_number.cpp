#include "text/local_number.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "text/number.hpp"

namespace hocvu {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t digits_from(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && is_digit(text[end])) {
    ++end;
  }
  return end - at;
}

// The whole part's digits without separators, or nullopt when the grouping is wrong.
std::optional<std::string> whole_part(std::string_view text, char group) {
  size_t first = digits_from(text, 0);
  if (first == 0) {
    return std::nullopt;
  }
  std::string digits(text.substr(0, first));
  size_t at = first;
  bool grouped = at < text.size() && text[at] == group;
  if (grouped && first > 3) {
    return std::nullopt;
  }
  while (at < text.size() && text[at] == group) {
    if (digits_from(text, at + 1) != 3) {
      return std::nullopt;
    }
    digits += text.substr(at + 1, 3);
    at += 4;
  }
  if (at != text.size()) {
    return std::nullopt;
  }
  return digits;
}

}  // namespace

NumberStyle number_style_of(std::string_view language_tag) {
  std::string_view primary = language_tag.substr(0, language_tag.find_first_of("-_"));
  bool vi = primary.size() == 2 && (primary[0] | 0x20) == 'v' && (primary[1] | 0x20) == 'i';
  return vi ? NumberStyle::decimal_comma : NumberStyle::decimal_point;
}

std::optional<double> parse_local_number(std::string_view text, NumberStyle style) {
  char group = style == NumberStyle::decimal_comma ? '.' : ',';
  char mark = style == NumberStyle::decimal_comma ? ',' : '.';
  bool negative = !text.empty() && text[0] == '-';
  std::string_view rest = text.substr(negative ? 1 : 0);
  size_t mark_at = rest.find(mark);
  std::string_view fraction = mark_at == std::string_view::npos ? std::string_view() : rest.substr(mark_at + 1);
  if (mark_at != std::string_view::npos && (fraction.empty() || digits_from(fraction, 0) != fraction.size())) {
    return std::nullopt;
  }
  auto whole = whole_part(rest.substr(0, mark_at), group);
  if (!whole) {
    return std::nullopt;
  }
  // Leading zeros are fine in a table ("05"): strip them for the strict decimal parser.
  size_t nonzero = whole->find_first_not_of('0');
  std::string canonical = nonzero == std::string::npos ? "0" : whole->substr(nonzero);
  if (!fraction.empty()) {
    canonical += "." + std::string(fraction);
  }
  DecimalNumber number = parse_decimal(canonical);
  if (!number.ok() || !std::isfinite(number.value)) {
    return std::nullopt;
  }
  return negative ? -number.value : number.value;
}

std::string format_local_number(double value, NumberStyle style) {
  std::string plain = fmt::format("{:.4f}", std::fabs(value));
  plain.erase(plain.find_last_not_of('0') + 1);
  if (plain.back() == '.') {
    plain.pop_back();
  }
  size_t point = plain.find('.');
  std::string whole = plain.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : plain.substr(point + 1);
  char group = style == NumberStyle::decimal_comma ? '.' : ',';
  char mark = style == NumberStyle::decimal_comma ? ',' : '.';
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) {
      out += group;
    }
    out += whole[i];
  }
  if (!fraction.empty()) {
    out += mark + fraction;
  }
  bool zero = whole == "0" && fraction.empty();
  return (value < 0 && !zero ? "-" : "") + out;
}

}  // namespace hocvu
