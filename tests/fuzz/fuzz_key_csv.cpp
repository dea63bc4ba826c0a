// Fuzz target: reading key.csv (grading's answer key) from any bytes. Every row read back must
// be whole (a position, an answer of the row's type), and its answer must survive being written
// in key.csv's notation and read again.
#include <string>
#include <variant>

#include "check.hpp"
#include "exam/key_file.hpp"

namespace {

bool answer_fits(hocvu::QuestionType type, const hocvu::Answer& answer) {
  switch (type) {
    case hocvu::QuestionType::single:
      return std::holds_alternative<hocvu::ChoiceAnswer>(answer) &&
             std::get<hocvu::ChoiceAnswer>(answer).keys.size() == 1;
    case hocvu::QuestionType::multiple: return std::holds_alternative<hocvu::ChoiceAnswer>(answer);
    case hocvu::QuestionType::true_false: return std::holds_alternative<hocvu::TrueFalseAnswer>(answer);
    case hocvu::QuestionType::numeric: return std::holds_alternative<hocvu::NumericAnswer>(answer);
    case hocvu::QuestionType::short_text: return std::holds_alternative<hocvu::TextAnswer>(answer);
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = hocvu::fuzz::as_text(data, size);
  hocvu::Diagnostics diagnostics;
  std::vector<hocvu::KeyRow> rows = hocvu::read_key_csv(input, "key.csv", diagnostics);
  diagnostics.close();
  hocvu::fuzz::check_findings(diagnostics, [](const std::string& file) { return file == "key.csv"; }, 1);
  for (const auto& row : rows) {
    HOCVU_FUZZ_CHECK(row.position >= 1 && row.line >= 2);
    HOCVU_FUZZ_CHECK(!row.form.empty() && !row.question_id.empty());
    HOCVU_FUZZ_CHECK(answer_fits(row.type, row.answer));
    std::string reason;
    auto again = hocvu::parse_key_answer(row.type, hocvu::format_key_answer(row.answer), reason);
    HOCVU_FUZZ_CHECK(again && *again == row.answer);
  }
  return 0;
}
