#pragma once
// Numbers as a document's language writes them for people, in the cells of an exhibit's table
// (model Exhibit): Vietnamese groups thousands with dots and marks decimals with a comma
// ("1.250", "1,5", "12.345,67"); other languages the other way round ("1,250", "1.5").
//
//   vi:     -?(D+|D{1,3}(.DDD)+)(,D+)?
//   others: -?(D+|D{1,3}(,DDD)+)(.D+)?
//
// One reading per language, so "1.250" is 1250 in a vi bank and 1.25 in an en bank, and never
// a guess. No '+', no spaces, no units or percent signs: a cell that is not a number is text.
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

enum class NumberStyle { decimal_comma, decimal_point };

// The style of a language tag: decimal_comma for vi (vi-VN, ...), else decimal_point.
NumberStyle number_style_of(std::string_view language_tag);

// The value of `text` in `style`, or nullopt when it is not such a number (or too large).
std::optional<double> parse_local_number(std::string_view text, NumberStyle style);

// `value` written in `style`, thousands grouped, at most 4 decimals (trailing zeros dropped):
// 1250.5 is "1.250,5" (decimal_comma) or "1,250.5" (decimal_point); never "-0".
std::string format_local_number(double value, NumberStyle style);

}  // namespace hocvu
