// Answers as a form shows them, and the escaping every exam writer shares.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <optional>

#include <nlohmann/json.hpp>

#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"
#include "i18n/messages.hpp"
#include "io/error.hpp"
#include "text/escape.hpp"
#include "text/number.hpp"

namespace hocvu {

namespace {

std::optional<size_t> option_index(const Question& question, std::string_view key) {
  for (size_t i = 0; i < question.options.size(); ++i) {
    if (question.options[i].key.value == key) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<size_t> display_position(const ExamItem& item, size_t option) {
  if (item.option_order.empty()) {
    return option;
  }
  auto found = std::find(item.option_order.begin(), item.option_order.end(), option);
  if (found == item.option_order.end()) {
    return std::nullopt;
  }
  return static_cast<size_t>(found - item.option_order.begin());
}

// C0 controls other than tab, LF and CR: not allowed in XML 1.0, meaningless in HTML.
bool is_forbidden_control(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

}  // namespace

QuestionType item_type(const ExamItem& item) {
  if (item.question == nullptr || !item.question->type) {
    throw FatalError(std::string(ui_text("exam.item_without_type")));
  }
  return *item.question->type;
}

std::vector<const Option*> displayed_options(const ExamItem& item) {
  const Question& question = *item.question;
  std::vector<const Option*> shown;
  if (item.option_order.empty()) {
    for (const auto& option : question.options) {
      shown.push_back(&option);
    }
    return shown;
  }
  for (size_t index : item.option_order) {
    if (index >= question.options.size()) {
      throw FatalError(ui_format("exam.option_out_of_range", fmt::arg("question", question.id.value), fmt::arg("index", index)));
    }
    if (std::find(shown.begin(), shown.end(), &question.options[index]) != shown.end()) {
      throw FatalError(ui_format("exam.option_shown_twice", fmt::arg("question", question.id.value), fmt::arg("index", index)));
    }
    shown.push_back(&question.options[index]);
  }
  return shown;
}

std::vector<size_t> correct_positions(const ExamItem& item) {
  const Question& question = *item.question;
  displayed_options(item);  // checks the option order
  std::vector<size_t> positions;
  for (const auto& key : answer_as<ChoiceAnswer>(question).keys) {
    auto option = option_index(question, key);
    auto position = option ? display_position(item, *option) : std::nullopt;
    if (!position) {
      throw FatalError(ui_format("exam.answer_not_on_form", fmt::arg("question", question.id.value), fmt::arg("answer", key)));
    }
    positions.push_back(*position);
  }
  std::sort(positions.begin(), positions.end());
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
  if (positions.empty()) {
    throw FatalError(ui_format("exam.no_answer", fmt::arg("question", question.id.value)));
  }
  return positions;
}

std::string format_number(double value) {
  return fmt::format("{}", value == 0 ? 0.0 : value);
}

std::string format_fixed_trimmed(double value, int decimals) {
  return format_decimal(Language::en, value, decimals);  // machine files: always a decimal point
}

nlohmann::ordered_json json_number(double value) {
  if (std::floor(value) == value && std::fabs(value) < 9.0e15) {
    return static_cast<int64_t>(value);
  }
  return value;
}

std::string dump_json(const nlohmann::ordered_json& json) {
  // Escapes the DEL, C1 and bidi controls that nlohmann writes raw, as the lint reports do.
  std::string text = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return escape_unprintable(text, EscapeNotation::json) + "\n";
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (!is_forbidden_control(c)) {
          out += c;
        }
    }
  }
  return out;
}

std::string html_text(std::string_view text) {
  std::string out;
  for (char c : escape_html(text)) {
    if (c == '\n') {
      out += "<br>";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string xml_cdata(std::string_view raw) {
  std::string clean;
  std::copy_if(raw.begin(), raw.end(), std::back_inserter(clean), [](char c) { return !is_forbidden_control(c); });
  std::string_view text = clean;
  std::string out = "<![CDATA[";
  size_t start = 0;
  for (size_t end = text.find("]]>"); end != std::string_view::npos; end = text.find("]]>", start)) {
    out.append(text.substr(start, end + 2 - start));  // up to and including "]]"
    out += "]]><![CDATA[";
    start = end + 2;  // the ">" goes into the next section
  }
  out.append(text.substr(start));
  return out + "]]>";
}

std::string escape_gift(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '~': case '=': case '#': case '{': case '}': case ':': case '\\':
        out += '\\';
        out += c;
        break;
      case '\n': out += ' '; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string literal_short_answer(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '*') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

}  // namespace hocvu
