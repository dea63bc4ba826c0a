#include "exam/test_wise.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "i18n/interface.hpp"
#include "lint/item_flaws.hpp"
#include "text/words.hpp"

namespace hocvu {

namespace {

std::vector<size_t> shown_lengths(const ExamItem& item) {
  std::vector<size_t> lengths;
  for (size_t index : item.option_order) {
    lengths.push_back(text_length(item.question->options[index].text.value));
  }
  return lengths;
}

// Whether the option shown at `position` is correct.
std::vector<bool> shown_correct(const ExamItem& item) {
  std::vector<bool> correct(item.option_order.size(), false);
  const auto* choice = item.question->answer ? std::get_if<ChoiceAnswer>(&*item.question->answer) : nullptr;
  if (choice == nullptr) return correct;
  for (size_t position = 0; position < item.option_order.size(); ++position) {
    const std::string& key = item.question->options[item.option_order[position]].key.value;
    correct[position] = std::find(choice->keys.begin(), choice->keys.end(), key) != choice->keys.end();
  }
  return correct;
}

// The chance that each option is ticked when the `ticks` longest are, ties at the edge shared.
std::vector<double> tick_chances(const std::vector<size_t>& lengths, size_t ticks) {
  std::vector<double> chances(lengths.size(), 0.0);
  ticks = std::min(ticks, lengths.size());
  if (ticks == 0) return chances;
  std::vector<size_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  size_t edge = sorted[ticks - 1];
  auto above = static_cast<size_t>(std::count_if(lengths.begin(), lengths.end(), [&](size_t l) { return l > edge; }));
  auto at_edge = static_cast<size_t>(std::count(lengths.begin(), lengths.end(), edge));
  double edge_chance = static_cast<double>(ticks - above) / static_cast<double>(at_edge);
  for (size_t i = 0; i < lengths.size(); ++i) {
    chances[i] = lengths[i] > edge ? 1.0 : lengths[i] == edge ? edge_chance : 0.0;
  }
  return chances;
}

double choice_share(const ExamItem& item, size_t ticks) {
  std::vector<size_t> lengths = shown_lengths(item);
  std::vector<bool> correct = shown_correct(item);
  std::vector<double> chances = tick_chances(lengths, ticks);
  double right = 0;
  double wrong = 0;
  size_t right_options = 0;
  for (size_t i = 0; i < lengths.size(); ++i) {
    (correct[i] ? right : wrong) += chances[i];
    right_options += correct[i] ? 1 : 0;
  }
  if (right_options == 0) return 0;
  if (*item.question->type == QuestionType::single) {
    return right;  // one tick: the chance it lands on the key
  }
  size_t wrong_options = lengths.size() - right_options;
  double share = right / static_cast<double>(right_options) -
                 wrong / static_cast<double>(std::max<size_t>(wrong_options, 2));
  return std::max(0.0, share);
}

bool guesses_false(const Question& question) {
  return !absolute_words_in(Words(question.stem.value)).empty();
}

// The language the questions are written in: their banks', which is their framework's (E306).
// Without a tag hocvu's data is Vietnamese.
Language question_language(const Exam& exam) {
  if (exam.framework == nullptr || exam.framework->language.value.empty()) return Language::vi;
  return catalogue_language(exam.framework->language.value).value_or(Language::vi);
}

// "picks the longest option, ticks the 3 longest and answers true unless ...". The absolute word
// it names is one of the questions' language, where the candidate would look for it.
std::string strategy(const ExamForm& form, uint32_t ticks, Language question_language) {
  bool single = false;
  bool true_false = false;
  for (const auto& item : form.items) {
    single |= item.question->type == QuestionType::single;
    true_false |= item.question->type == QuestionType::true_false;
  }
  std::vector<std::string> parts;
  if (single) parts.emplace_back(ui_text("exam.test_wise.longest"));
  if (ticks > 0) parts.push_back(ui_format("exam.test_wise.ticks", fmt::arg("ticks", ticks)));
  if (true_false) {
    parts.push_back(ui_format("exam.test_wise.true_unless_absolute",
                              fmt::arg("word", message(question_language, "exam.test_wise.absolute_example"))));
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    out += i == 0 ? "" : ui_text(i + 1 == parts.size() ? "exam.list.last_separator" : "exam.list.separator");
    out += parts[i];
  }
  return out;
}

}  // namespace

uint32_t test_wise_ticks(const ExamForm& form) {
  std::map<size_t, uint32_t> by_correct;
  for (const auto& item : form.items) {
    const Question& question = *item.question;
    if (question.type == QuestionType::multiple && question.answer) {
      if (const auto* choice = std::get_if<ChoiceAnswer>(&*question.answer)) ++by_correct[choice->keys.size()];
    }
  }
  size_t ticks = 0;
  uint32_t most = 0;
  for (const auto& [correct, items] : by_correct) {
    if (items > most) {  // strictly more: ties keep the smaller number
      ticks = correct;
      most = items;
    }
  }
  return static_cast<uint32_t>(ticks);
}

double test_wise_share(const ExamItem& item, uint32_t ticks) {
  const Question& question = *item.question;
  if (!question.type || !question.answer) return 0;
  switch (*question.type) {
    case QuestionType::single:
      return choice_share(item, 1);
    case QuestionType::multiple:
      return choice_share(item, ticks);
    case QuestionType::true_false:
      return std::get<TrueFalseAnswer>(*question.answer).value != guesses_false(question) ? 1.0 : 0.0;
    case QuestionType::numeric:
    case QuestionType::short_text:
      return 0;
  }
  return 0;
}

TestWiseScore test_wise_score(const ExamForm& form) {
  TestWiseScore score;
  score.ticks = test_wise_ticks(form);
  double points = 0;
  for (const auto& item : form.items) {
    points += item.question->points;
    score.expected_points += item.question->points * test_wise_share(item, score.ticks);
  }
  score.expected_percent = points > 0 ? 100.0 * score.expected_points / points : 0.0;
  return score;
}

void report_test_wise(const Exam& exam, const ModelReporter& reporter) {
  double pass = exam.blueprint->pass_percent;
  if (pass <= 0) return;
  for (const auto& form : exam.forms) {
    TestWiseScore score = test_wise_score(form);
    if (score.expected_percent <= pass / 2) continue;
    reporter.report(Rule::test_wise_score, exam.blueprint->id.pos,
                    ui_format("exam.test_wise", fmt::arg("form", form.id),
                              fmt::arg("strategy", strategy(form, score.ticks, question_language(exam))),
                              fmt::arg("percent", fmt::format("{:.1f}", score.expected_percent)),
                              fmt::arg("half_pass", fmt::format("{:g}", pass / 2))),
                    std::string(ui_text("exam.test_wise.hint")));
  }
}

}  // namespace hocvu
