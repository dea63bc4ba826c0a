#include "exam/exam.hpp"

#include <fmt/format.h>

#include "exam/key_file.hpp"
#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

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

Answer answer_on_form(const ExamItem& item) {
  const Question& question = *item.question;
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple: {
      ChoiceAnswer letters;
      for (size_t position : correct_positions(item)) {
        letters.keys.push_back(option_letter(position));
      }
      return letters;
    }
    case QuestionType::true_false: return answer_as<TrueFalseAnswer>(question);
    case QuestionType::numeric: return answer_as<NumericAnswer>(question);
    case QuestionType::short_text: return answer_as<TextAnswer>(question);
  }
  throw FatalError(ui_format("exam.unknown_type", fmt::arg("question", question.id.value)));
}

std::string lettered_answer(const ExamItem& item) {
  return format_key_answer(answer_on_form(item));
}

}  // namespace hocvu
