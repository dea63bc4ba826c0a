// key.csv: the answer of every item of every form, as lettered on that form (read_key.cpp
// reads it back).
#include <fmt/format.h>

#include "exam/key_file.hpp"
#include "exam/write_exam.hpp"

namespace hocvu {

namespace {

std::string key_row(const ExamForm& form, size_t position, const ExamItem& item) {
  const Question& question = *item.question;
  std::string fields[] = {form.id,
                          std::to_string(position),
                          question.id.value,
                          question_type_name(item_type(item)),
                          lettered_answer(item),
                          format_number(question.points),
                          question.competency.value,
                          question.level.value};
  std::string row;
  for (const auto& field : fields) {
    row += (&field == fields ? "" : ",") + csv_field(field);
  }
  return row + "\n";
}

}  // namespace

std::string render_key_csv(const Exam& exam) {
  std::string out = fmt::format("{}\n", fmt::join(key_columns(), ","));
  for (const auto& form : exam.forms) {
    for (size_t i = 0; i < form.items.size(); ++i) {
      out += key_row(form, i + 1, form.items[i]);
    }
  }
  return out;
}

}  // namespace hocvu
