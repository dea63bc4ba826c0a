#pragma once
// The words of analysis.html that depend on a value (an item flag, a reject code, a correction
// kind), and how numbers are shown to people: a decimal comma in Vietnamese ("0,75"), a point in
// English. Every word comes from the message catalogue (i18n/messages_*.cpp, keys analysis.*).
#include <optional>
#include <string>
#include <string_view>

#include "grade/grade_report.hpp"
#include "i18n/messages.hpp"

namespace hocvu {

// Plain words for an item flag, a reject code ("" when not a known code) and a correction kind.
std::string flag_label(ItemFlag flag, Language language);
std::string reject_code_label(std::string_view code, Language language);
std::string correction_label(CorrectionKind kind, Language language);

// A number for people: fixed decimals with the language's decimal mark; "–" when there is none.
std::string display_number(std::optional<double> value, int decimals, Language language);
// Like display_number, trailing zeros dropped: "50", "0,2".
std::string display_trimmed(double value, int decimals, Language language);
// A share (0.725) as a percent with one decimal: "72,5%".
std::string display_percent(std::optional<double> share, Language language);

}  // namespace hocvu
