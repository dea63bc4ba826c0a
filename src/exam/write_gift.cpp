// gift.txt: the same questions in Moodle's GIFT text format, one category per form. Stems and
// options are [html], HTML-escaped and then GIFT-escaped; short answers are plain.
#include <fmt/format.h>

#include <algorithm>

#include "exam/write_exam.hpp"
#include "i18n/messages.hpp"
#include "exam/write_exhibit.hpp"

namespace hocvu {

namespace {

std::string gift_html(std::string_view text) {
  return escape_gift(html_text(text));
}

// "####explanation" (GIFT's general feedback), or nothing.
std::string general_feedback(const Question& question) {
  return question.explanation.empty() ? "" : "####" + gift_html(question.explanation);
}

std::string choice_answers(const ExamItem& item) {
  auto options = displayed_options(item);
  auto correct = correct_positions(item);
  bool single = item_type(item) == QuestionType::single;
  std::string right = fmt::format("~%{}%", format_fixed_trimmed(100.0 / static_cast<double>(correct.size()), 5));
  size_t wrong_count = options.size() - correct.size();
  std::string wrong =
      wrong_count == 0 ? "~" : fmt::format("~%{}%", format_fixed_trimmed(-100.0 / static_cast<double>(wrong_count), 5));
  std::string out = "{\n";
  for (size_t i = 0; i < options.size(); ++i) {
    bool is_right = std::find(correct.begin(), correct.end(), i) != correct.end();
    std::string mark = single ? (is_right ? "=" : "~") : (is_right ? right : wrong);
    out += fmt::format("  {}{}\n", mark, gift_html(options[i]->text.value));
  }
  std::string feedback = general_feedback(*item.question);
  return out + (feedback.empty() ? "" : "  " + feedback + "\n") + "}";
}

std::string short_answers(const Question& question) {
  std::string out = "{";
  for (const auto& accepted : answer_as<TextAnswer>(question).accepted) {
    out += (out.size() == 1 ? "=" : " =") + escape_gift(literal_short_answer(accepted));
  }
  return out + general_feedback(question) + "}";
}

std::string answer_block(const ExamItem& item) {
  const Question& question = *item.question;
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple: return choice_answers(item);
    case QuestionType::true_false:
      return fmt::format("{{{}{}}}", answer_as<TrueFalseAnswer>(question).value ? "T" : "F", general_feedback(question));
    case QuestionType::numeric: {
      const NumericAnswer& numeric = answer_as<NumericAnswer>(question);
      std::string tolerance = numeric.tolerance != 0 ? ":" + format_number(numeric.tolerance) : "";
      return fmt::format("{{#{}{}{}}}", format_number(numeric.value), tolerance, general_feedback(question));
    }
    case QuestionType::short_text: return short_answers(question);
  }
  return "";
}

// The exhibit first, as HTML: a question in GIFT stands alone.
std::string question_gift(const Exam& exam, const ExamItem& item) {
  const Question& question = *item.question;
  std::string stem = escape_gift(exhibit_lms_html(exam, item)) + gift_html(question.stem.value);
  if (question.type == QuestionType::numeric && !question.unit.empty()) {
    stem += " " + gift_html(format_message(exam.language, "lms.unit", fmt::arg("unit", question.unit)));
  }
  return fmt::format("::{}::[html]{} {}\n\n", escape_gift(question.id.value), stem, answer_block(item));
}

}  // namespace

std::string render_gift(const Exam& exam) {
  std::string out;
  for (const auto& form : exam.forms) {
    out += fmt::format("$CATEGORY: $course$/hocvu/{}/{}\n\n", exam.blueprint->id.value, form.id);
    for (const auto& item : form.items) {
      out += question_gift(exam, item);
    }
  }
  return out;
}

}  // namespace hocvu
