// moodle.xml: every form as a Moodle question category, its questions in paper order and
// their answers in the form's option order (shuffling is off: the form is already shuffled).
#include <fmt/format.h>

#include <algorithm>

#include "exam/write_exam.hpp"
#include "i18n/messages.hpp"
#include "exam/write_exhibit.hpp"

namespace hocvu {

namespace {

// Text as an XML element's content (escape_html also drops the control characters XML forbids).
std::string xml_text(std::string_view text) {
  return escape_html(text);
}

// The exhibit first: a Moodle question stands alone.
std::string question_text(const Exam& exam, const ExamItem& item) {
  const Question& question = *item.question;
  std::string html = exhibit_lms_html(exam, item) + html_text(question.stem.value);
  if (question.type == QuestionType::numeric && !question.unit.empty()) {
    html += " " + html_text(format_message(exam.language, "lms.unit", fmt::arg("unit", question.unit)));
  }
  return html;
}

const char* moodle_type(QuestionType type) {
  switch (type) {
    case QuestionType::single:
    case QuestionType::multiple: return "multichoice";
    case QuestionType::true_false: return "truefalse";
    case QuestionType::numeric: return "numerical";
    case QuestionType::short_text: return "shortanswer";
  }
  return "";
}

std::string question_head(const Exam& exam, const ExamItem& item) {
  const Question& question = *item.question;
  return fmt::format(
      "  <question type=\"{}\">\n"
      "    <name><text>{}</text></name>\n"
      "    <questiontext format=\"html\"><text>{}</text></questiontext>\n"
      "    <generalfeedback format=\"html\"><text>{}</text></generalfeedback>\n"
      "    <defaultgrade>{}</defaultgrade>\n"
      "    <penalty>0</penalty>\n"
      "    <hidden>0</hidden>\n"
      "    <shuffleanswers>0</shuffleanswers>\n"
      "    <answernumbering>ABCD</answernumbering>\n",
      moodle_type(item_type(item)), xml_text(question.id.value), xml_cdata(question_text(exam, item)),
      xml_cdata(html_text(question.explanation)), format_number(question.points));
}

std::string choice_answers(const ExamItem& item, bool single) {
  auto options = displayed_options(item);
  auto correct = correct_positions(item);
  double right = 100.0 / static_cast<double>(correct.size());
  size_t wrong_count = options.size() - correct.size();
  double wrong = (single || wrong_count == 0) ? 0.0 : -100.0 / static_cast<double>(wrong_count);
  std::string out = fmt::format("    <single>{}</single>\n", single ? "true" : "false");
  for (size_t i = 0; i < options.size(); ++i) {
    bool is_right = std::find(correct.begin(), correct.end(), i) != correct.end();
    out += fmt::format("    <answer fraction=\"{}\" format=\"html\"><text>{}</text></answer>\n",
                       format_fixed_trimmed(is_right ? right : wrong, 5), xml_cdata(html_text(options[i]->text.value)));
  }
  return out;
}

std::string true_false_answers(const Question& question) {
  bool value = answer_as<TrueFalseAnswer>(question).value;
  return fmt::format(
      "    <answer fraction=\"{}\"><text>true</text></answer>\n"
      "    <answer fraction=\"{}\"><text>false</text></answer>\n",
      value ? 100 : 0, value ? 0 : 100);
}

std::string numeric_answers(const Question& question) {
  const NumericAnswer& numeric = answer_as<NumericAnswer>(question);
  return fmt::format("    <answer fraction=\"100\"><text>{}</text><tolerance>{}</tolerance></answer>\n",
                     format_number(numeric.value), format_number(numeric.tolerance));
}

std::string short_text_answers(const Question& question) {
  std::string out = "    <usecase>0</usecase>\n";
  for (const auto& accepted : answer_as<TextAnswer>(question).accepted) {
    out += fmt::format("    <answer fraction=\"100\"><text>{}</text></answer>\n",
                       xml_text(literal_short_answer(accepted)));
  }
  return out;
}

std::string question_xml(const Exam& exam, const ExamItem& item) {
  std::string out = question_head(exam, item);
  switch (item_type(item)) {
    case QuestionType::single: out += choice_answers(item, true); break;
    case QuestionType::multiple: out += choice_answers(item, false); break;
    case QuestionType::true_false: out += true_false_answers(*item.question); break;
    case QuestionType::numeric: out += numeric_answers(*item.question); break;
    case QuestionType::short_text: out += short_text_answers(*item.question); break;
  }
  return out + "  </question>\n";
}

}  // namespace

std::string render_moodle_xml(const Exam& exam) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  for (const auto& form : exam.forms) {
    out += fmt::format(
        "  <question type=\"category\">\n"
        "    <category><text>{}</text></category>\n"
        "  </question>\n",
        xml_text(fmt::format("$course$/hocvu/{}/{}", exam.blueprint->id.value, form.id)));
    for (const auto& item : form.items) {
      out += question_xml(exam, item);
    }
  }
  return out + "</quiz>\n";
}

}  // namespace hocvu
