#include "import/answer_mapping.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"
#include "i18n/messages.hpp"
#include "import/import_messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

// Credits as LMS files write them: 33.33333 three times is a whole.
constexpr double kCreditSlack = 0.01;

bool is_full_credit(double percent) {
  return percent >= 100 - kCreditSlack;
}

bool has_unequal(const std::vector<double>& values) {
  auto [low, high] = std::minmax_element(values.begin(), values.end());
  return low != values.end() && *high - *low > kCreditSlack;
}

// Moodle's short-answer pattern as the text it matches: \* is a literal *; `wildcard` tells
// whether a bare * (any text) was met.
std::string literal_from_pattern(std::string_view pattern, bool& wildcard) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] == '*') {
      out += '*';
      ++i;
    } else {
      wildcard = wildcard || pattern[i] == '*';
      out += pattern[i];
    }
  }
  return out;
}

// " (đơn vị: cm)" or " (unit: cm)" at the end of a numeric stem, as hocvu exam writes the unit in
// a catalogue's language (lms.unit), back into `unit`.
bool take_unit_from_stem(Question& question, Language language) {
  std::string_view written = message(language, "lms.unit");
  size_t field = written.find("{unit}");
  std::string open = " " + std::string(written.substr(0, field));
  std::string_view close = written.substr(field + 6);
  std::string& stem = question.stem.value;
  size_t at = stem.rfind(open);
  if (at == std::string::npos || stem.size() < at + open.size() + close.size() ||
      stem.compare(stem.size() - close.size(), close.size(), close) != 0) {
    return false;
  }
  std::string unit = stem.substr(at + open.size(), stem.size() - close.size() - at - open.size());
  if (unit.empty() || unit.find_first_of("()\n") != std::string::npos) return false;
  question.unit = unit;
  stem.erase(at);
  return true;
}

void take_unit_from_stem(Question& question) {
  if (!question.unit.empty()) return;
  for (Language language : {Language::vi, Language::en}) {
    if (take_unit_from_stem(question, language)) return;
  }
}

}  // namespace

std::string trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<double> parse_lms_number(std::string_view written) {
  std::string text = trimmed(written);
  if (!text.empty() && text.front() == '+') text.erase(0, 1);
  if (text.find('.') == std::string::npos) std::replace(text.begin(), text.end(), ',', '.');
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.erase(0, 1);
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) return std::nullopt;
  if (!text.empty() && text.front() == '.') text.insert(0, "0");
  if (!text.empty() && text.back() == '.') text.pop_back();
  // Leading zeros (007) are a number here, whatever YAML tools make of them.
  while (text.size() > 1 && text[0] == '0' && std::isdigit(static_cast<unsigned char>(text[1]))) text.erase(0, 1);
  DecimalNumber number = parse_decimal(text);
  if (!number.ok()) return std::nullopt;
  return negative ? -number.value : number.value;
}

std::optional<double> parse_percent(std::string_view text) {
  return parse_lms_number(text);
}

void set_points(std::string_view text, Question& question, std::vector<std::string>& lost) {
  if (trimmed(text).empty()) return;
  std::optional<double> points = parse_lms_number(text);
  if (points && *points >= 0.01 && *points <= 1000) {
    question.points = *points;
    return;
  }
  lost.push_back(ui_format("import.lost.mark", fmt::arg("mark", escaped_for_message(trimmed(text)))));
}

AnswerMapping map_choice(const std::vector<WeightedAnswer>& answers, bool single, Question& question) {
  AnswerMapping mapping;
  std::vector<const WeightedAnswer*> kept;
  for (const auto& answer : answers) {
    if (!is_blank(answer.text)) kept.push_back(&answer);
  }
  if (kept.size() < 2 || kept.size() > 26) {
    mapping.problem = ui_plural("import.problem.option_count", kept.size());
    return mapping;
  }
  question.type = single ? QuestionType::single : QuestionType::multiple;
  question.has_options = true;
  ChoiceAnswer key;
  std::vector<double> credits;
  size_t partial = 0;
  size_t feedback = 0;
  for (size_t i = 0; i < kept.size(); ++i) {
    std::string name(1, static_cast<char>('a' + i));
    question.options.push_back(Option{LocatedText{name, {}}, LocatedText{kept[i]->text, {}}});
    feedback += kept[i]->has_feedback ? 1 : 0;
    double percent = kept[i]->percent;
    if (single ? is_full_credit(percent) : percent > 0) {
      key.keys.push_back(name);
      credits.push_back(percent);
    } else if (percent > 0) {
      ++partial;
    }
  }
  double total = 0;
  for (double credit : credits) total += credit;
  if (key.keys.empty()) {
    mapping.problem = ui_text(single ? message_id("import.problem.no_full_option") : message_id("import.problem.no_credit_option"));
  } else if (single && key.keys.size() > 1) {
    mapping.problem = ui_format("import.problem.many_full_options", fmt::arg("count", key.keys.size()));
  } else if (!single && std::fabs(total - 100) > kCreditSlack) {
    mapping.problem = ui_format("import.problem.credit_total", fmt::arg("total", format_number(total)));
  }
  if (partial > 0) mapping.lost.push_back(ui_plural("import.lost.partial_options", partial));
  if (!single && has_unequal(credits)) {
    mapping.lost.emplace_back(ui_text("import.lost.unequal_credits"));
  }
  if (feedback > 0) mapping.lost.push_back(ui_plural("import.lost.option_feedback", feedback));
  question.answer = std::move(key);
  return mapping;
}

AnswerMapping map_short_answers(const std::vector<WeightedAnswer>& answers, bool case_sensitive, Question& question) {
  AnswerMapping mapping;
  TextAnswer accepted;
  size_t partial = 0;
  size_t feedback = 0;
  bool wildcard = false;
  for (const auto& answer : answers) {
    feedback += answer.has_feedback ? 1 : 0;
    std::string text = literal_from_pattern(trimmed(answer.text), wildcard);
    if (is_full_credit(answer.percent) && !text.empty()) {
      if (std::find(accepted.accepted.begin(), accepted.accepted.end(), text) == accepted.accepted.end()) {
        accepted.accepted.push_back(std::move(text));
      }
    } else if (answer.percent > 0) {
      ++partial;
    }
  }
  question.type = QuestionType::short_text;
  if (accepted.accepted.empty()) mapping.problem = ui_text("import.problem.no_full_answer");
  if (partial > 0) mapping.lost.push_back(ui_plural("import.lost.partial_answers", partial));
  if (wildcard) mapping.lost.emplace_back(ui_text("import.lost.wildcard"));
  if (case_sensitive) mapping.lost.emplace_back(ui_text("import.lost.case_sensitive"));
  if (feedback > 0) mapping.lost.push_back(ui_plural("import.lost.answer_feedback", feedback));
  question.answer = std::move(accepted);
  return mapping;
}

AnswerMapping map_numeric(const std::vector<NumericCandidate>& answers, Question& question) {
  AnswerMapping mapping;
  question.type = QuestionType::numeric;
  std::optional<NumericAnswer> key;
  size_t others = 0;
  size_t feedback = 0;
  for (const auto& answer : answers) {
    feedback += answer.has_feedback ? 1 : 0;
    if (trimmed(answer.value) == "*" || answer.percent <= 0) continue;
    if (!is_full_credit(answer.percent) || key) {
      ++others;
      continue;
    }
    std::optional<double> value = parse_lms_number(answer.value);
    std::optional<double> tolerance = trimmed(answer.tolerance).empty() ? 0.0 : parse_lms_number(answer.tolerance);
    if (!value || !tolerance) {
      mapping.problem = ui_format("import.problem.numeric_not_number",
                                  fmt::arg("answer", escaped_for_message(trimmed(answer.value))),
                                  fmt::arg("tolerance", escaped_for_message(trimmed(answer.tolerance))));
      return mapping;
    }
    key = NumericAnswer{*value, std::fabs(*tolerance)};
  }
  if (!key) {
    mapping.problem = ui_text("import.problem.no_full_answer");
    return mapping;
  }
  if (key->tolerance != 0) question.tolerance = key->tolerance;
  question.answer = *key;
  take_unit_from_stem(question);
  if (others > 0) mapping.lost.push_back(ui_plural("import.lost.other_credited", others));
  if (feedback > 0) mapping.lost.push_back(ui_plural("import.lost.answer_feedback", feedback));
  return mapping;
}

}  // namespace hocvu
