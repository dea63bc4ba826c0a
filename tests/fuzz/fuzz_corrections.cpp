// Fuzz target: a key corrections file from any bytes, checked against a small key and applied to
// it; then every line of the input scored as an answer to each question of the corrected form.
// Marks must be one of the item's levels, letters only those the form shows, and only answers
// to questions with a notation may be unreadable.
#include <string>
#include <vector>

#include "check.hpp"
#include "grade/corrections.hpp"
#include "grade/scoring.hpp"

namespace {

hocvu::KeyItem item(std::string id, hocvu::QuestionType type, hocvu::Answer answer,
                    std::vector<std::string> option_keys = {}) {
  hocvu::KeyItem key_item;
  key_item.question_id = std::move(id);
  key_item.type = type;
  key_item.answer = std::move(answer);
  key_item.option_keys = std::move(option_keys);
  return key_item;
}

hocvu::GradingKey small_key() {
  using hocvu::QuestionType;
  hocvu::GradingKey key;
  key.forms.resize(1);
  key.forms[0].id = "101";
  key.forms[0].items = {
      item("Q1", QuestionType::single, hocvu::ChoiceAnswer{{"B"}}, {"a", "b", "c", "d"}),
      item("Q2", QuestionType::multiple, hocvu::ChoiceAnswer{{"A", "C"}}, {"a", "b", "c", "d", "e"}),
      item("Q3", QuestionType::true_false, hocvu::TrueFalseAnswer{true}),
      item("Q4", QuestionType::numeric, hocvu::NumericAnswer{4.5, 0.5}),
      item("Q5", QuestionType::short_text, hocvu::TextAnswer{{"Hà Nội"}}),
  };
  for (size_t i = 0; i < key.forms[0].items.size(); ++i) {
    key.forms[0].items[i].position = static_cast<uint32_t>(i + 1);
  }
  return key;
}

void check_score(const hocvu::ScoringItem& scoring, const hocvu::ItemScore& score) {
  HOCVU_FUZZ_CHECK(score.level < scoring.levels.size());
  HOCVU_FUZZ_CHECK(scoring.levels[score.level] == score.earned);
  HOCVU_FUZZ_CHECK((score.chosen >> scoring.options) == 0 || scoring.options >= 32);
  HOCVU_FUZZ_CHECK(score.status != hocvu::AnswerStatus::unreadable ||
                   scoring.type != hocvu::QuestionType::short_text);
  if (score.status == hocvu::AnswerStatus::unreadable) {
    HOCVU_FUZZ_CHECK(score.chosen == 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = hocvu::fuzz::as_text(data, size);
  hocvu::Diagnostics diagnostics;
  hocvu::Corrections corrections = hocvu::read_corrections(input, "fix.yaml", diagnostics);
  diagnostics.close();
  hocvu::fuzz::check_findings(diagnostics, [](const std::string& file) { return file == "fix.yaml"; }, 1);
  hocvu::GradingKey key = small_key();
  hocvu::Diagnostics problems = hocvu::check_corrections(corrections, key);
  hocvu::fuzz::check_findings(problems, [](const std::string& file) { return file == "fix.yaml"; }, 1);
  for (const auto& [id, correction] : corrections.by_question) {
    HOCVU_FUZZ_CHECK(!id.empty() && id == correction.question_id);
    bool has_options = correction.kind == hocvu::CorrectionKind::accept || correction.kind == hocvu::CorrectionKind::rekey;
    HOCVU_FUZZ_CHECK(has_options != correction.options.empty());
  }
  hocvu::ScoringRules rules;
  rules.negative = 0.25;
  std::vector<hocvu::ScoringItem> items = hocvu::prepare_form(key.forms[0], corrections, rules);
  for (size_t start = 0; start <= input.size();) {
    size_t end = std::min(input.find('\n', start), input.size());
    std::string_view answer = input.substr(start, end - start);
    for (const hocvu::ScoringItem& scoring : items) {
      hocvu::ItemScore score = hocvu::score_answer(scoring, answer, rules);
      check_score(scoring, score);
      if (score.status == hocvu::AnswerStatus::unreadable) {
        HOCVU_FUZZ_CHECK(!hocvu::unreadable_reason(scoring, answer).empty());
      }
    }
    start = end + 1;
  }
  return 0;
}
