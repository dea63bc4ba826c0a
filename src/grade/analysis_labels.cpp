// The words of analysis.html that depend on a value, looked up in the message catalogue, and
// numbers written with the language's decimal mark.
#include "grade/analysis_labels.hpp"

#include <algorithm>

#include "grade/report_numbers.hpp"

namespace hocvu {

namespace {

const char* correction_kind_name(CorrectionKind kind) {
  switch (kind) {
    case CorrectionKind::drop: return "drop";
    case CorrectionKind::credit_all: return "credit_all";
    case CorrectionKind::accept: return "accept";
    case CorrectionKind::rekey: return "rekey";
  }
  return "";
}

// 0,75 in Vietnamese, 0.75 in English.
std::string with_decimal_mark(std::string text, Language language) {
  if (language == Language::vi) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

}  // namespace

std::string flag_label(ItemFlag flag, Language language) {
  return std::string(message(language, std::string("analysis.flag.") + item_flag_name(flag)));
}

// Codes come from rejects of this run or of merged shards: only the known ones have words.
std::string reject_code_label(std::string_view code, Language language) {
  auto words = find_message(language, "analysis.reject." + std::string(code));
  return words ? std::string(*words) : std::string();
}

std::string correction_label(CorrectionKind kind, Language language) {
  return std::string(message(language, std::string("analysis.correction.") + correction_kind_name(kind)));
}

std::string display_number(std::optional<double> value, int decimals, Language language) {
  std::string text = fixed_decimal(value, decimals);
  return text.empty() ? "–" : with_decimal_mark(std::move(text), language);
}

std::string display_trimmed(double value, int decimals, Language language) {
  return format_decimal(language, value, decimals);
}

std::string display_percent(std::optional<double> share, Language language) {
  if (!share) {
    return "–";
  }
  return display_number(*share * 100.0, 1, language) + "%";
}

}  // namespace hocvu
