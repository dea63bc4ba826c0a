#include "exam/exam.hpp"

#include <fmt/format.h>

#include "exam/write_exam.hpp"

namespace hocvu {

namespace {

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    out += out.empty() ? "" : separator;
    out += part;
  }
  return out;
}

std::string lettered_choices(const ExamItem& item) {
  std::vector<std::string> letters;
  for (size_t position : correct_positions(item)) {
    letters.push_back(option_letter(position));
  }
  return joined(letters, ";");
}

std::string numeric_key(const Question& question) {
  std::string value = format_number(numeric_answer(question));
  if (question.tolerance && *question.tolerance != 0) {
    value += ":" + format_number(*question.tolerance);
  }
  return value;
}

std::string accepted_texts(const Question& question) {
  std::vector<std::string> texts;
  for (const auto& answer : question.answer) {
    texts.push_back(answer.value);
  }
  return joined(texts, "|");
}

}  // namespace

std::string option_letter(size_t index) {
  // A..Z, then AA, AB, ... as spreadsheet columns are named.
  std::string letters;
  size_t n = index + 1;
  while (n > 0) {
    --n;
    letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
    n /= 26;
  }
  return letters;
}

std::string lettered_answer(const ExamItem& item) {
  const Question& question = *item.question;
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple:
      return lettered_choices(item);
    case QuestionType::true_false:
      return true_false_answer(question) ? "true" : "false";
    case QuestionType::numeric:
      return numeric_key(question);
    case QuestionType::short_text:
      return accepted_texts(question);
  }
  return {};
}

}  // namespace hocvu
