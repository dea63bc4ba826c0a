#include "text/number.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

size_t skip_digits(std::string_view text, size_t at) {
  while (at < text.size() && is_digit(text[at])) {
    ++at;
  }
  return at;
}

// The parts of a text that matches the decimal pattern.
struct DecimalParts {
  std::string_view integer;   // without the sign
  std::string_view fraction;  // without the '.'
  bool exponent_negative = false;
  std::string_view exponent;  // digits only
};

// Splits `text` by the pattern; false when it does not match.
bool split_decimal(std::string_view text, DecimalParts& parts) {
  size_t at = !text.empty() && text[0] == '-' ? 1 : 0;
  size_t end = skip_digits(text, at);
  parts.integer = text.substr(at, end - at);
  if (parts.integer.empty() || (parts.integer.size() > 1 && parts.integer[0] == '0')) {
    return false;
  }
  at = end;
  if (at < text.size() && text[at] == '.') {
    end = skip_digits(text, at + 1);
    parts.fraction = text.substr(at + 1, end - at - 1);
    if (parts.fraction.empty()) {
      return false;
    }
    at = end;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
      parts.exponent_negative = text[at] == '-';
      ++at;
    }
    end = skip_digits(text, at);
    parts.exponent = text.substr(at, end - at);
    if (parts.exponent.empty()) {
      return false;
    }
    at = end;
  }
  return at == text.size();
}

// The power of ten of the first nonzero digit (1 for "12.5", -2 for "0.05"), saturated far beyond
// what a double holds; only its sign matters, once the value is known to be out of range.
long long decimal_magnitude(const DecimalParts& parts) {
  constexpr long long kFar = 1'000'000'000;
  long long exponent = 0;
  for (char c : parts.exponent) {
    exponent = std::min(kFar, exponent * 10 + (c - '0'));
  }
  exponent = parts.exponent_negative ? -exponent : exponent;
  if (parts.integer != "0") {
    return exponent + static_cast<long long>(std::min<size_t>(parts.integer.size(), kFar)) - 1;
  }
  size_t zeros = parts.fraction.find_first_not_of('0');
  return exponent - static_cast<long long>(std::min<size_t>(zeros, kFar)) - 1;
}

}  // namespace

DecimalNumber parse_decimal(std::string_view text) {
  DecimalParts parts;
  if (!split_decimal(text, parts)) {
    return {0, NumberProblem::not_decimal};
  }
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::general);
  if (error == std::errc::result_out_of_range) {
    return {0, decimal_magnitude(parts) > 0 ? NumberProblem::too_large : NumberProblem::too_small};
  }
  if (error != std::errc() || end != text.data() + text.size()) {
    return {0, NumberProblem::not_decimal};  // not reached: the pattern was checked
  }
  if (std::isinf(value)) {
    return {0, NumberProblem::too_large};
  }
  // Subnormal values have lost digits: "1e-320" would be read as 9.99989e-321.
  if (value != 0 && std::fabs(value) < std::numeric_limits<double>::min()) {
    return {0, NumberProblem::too_small};
  }
  return {value == 0 ? 0.0 : value, NumberProblem::none};
}

WholeNumber parse_whole_number(std::string_view text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), is_digit) || (text.size() > 1 && text[0] == '0')) {
    return {0, NumberProblem::not_decimal};
  }
  uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc::result_out_of_range) {
    return {0, NumberProblem::too_large};
  }
  if (error != std::errc() || end != text.data() + text.size()) {
    return {0, NumberProblem::not_decimal};  // not reached: the digits were checked
  }
  return {value, NumberProblem::none};
}

std::string_view describe_decimal_problem(NumberProblem problem) {
  switch (problem) {
    case NumberProblem::none: return ui_text("load.number.is_number");
    case NumberProblem::not_decimal: return ui_text("load.number.not_decimal");
    case NumberProblem::too_large: return ui_text("load.number.too_large");
    case NumberProblem::too_small: return ui_text("load.number.too_small");
  }
  return "?";
}

}  // namespace hocvu
