#include "load/question_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "load/numeric_checks.hpp"
#include "text/number.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

class QuestionChecker {
 public:
  QuestionChecker(const Question& question, const std::string& path, Diagnostics& diagnostics)
      : q_(question), path_(path), diagnostics_(diagnostics) {}

  std::optional<Answer> run() {
    if (!q_.type) {
      return std::nullopt;  // missing or invalid type: already reported
    }
    std::optional<Answer> answer;
    switch (*q_.type) {
      case QuestionType::single:
      case QuestionType::multiple:
        answer = check_choice();
        break;
      case QuestionType::true_false:
        check_no_options();
        if (check_scalar_answer([](const std::string& v) { return v == "true" || v == "false"; }, "true or false")) {
          answer = TrueFalseAnswer{q_.written_answer.front().value == "true"};
        }
        break;
      case QuestionType::numeric:
        check_no_options();
        if (check_scalar_answer([](const std::string& v) { return is_number(v); }, "a number, e.g. 42 or 3.5")) {
          if (std::optional<double> value = check_numeric_value(q_, path_, diagnostics_)) {
            answer = NumericAnswer{*value, q_.tolerance.value_or(0)};
          }
        }
        break;
      case QuestionType::short_text:
        check_no_options();
        answer = check_short_text();
        break;
    }
    check_extras();
    return answer;
  }

 private:
  // Decimal only (text/number.hpp); a value out of range is check_numeric_value's to report.
  static bool is_number(const std::string& text) {
    return parse_decimal(text).problem != NumberProblem::not_decimal;
  }

  void report(Rule rule, Pos at, std::string message, std::string hint = "") {
    diagnostics_.push_back(Diagnostic{rule, Location{path_, at.line, at.column}, std::move(message), std::move(hint)});
  }

  std::string option_keys() const {
    constexpr size_t kShown = 10;
    std::string keys;
    for (size_t i = 0; i < q_.options.size() && i < kShown; ++i) {
      keys += keys.empty() ? "" : ", ";
      keys += q_.options[i].key.value;
    }
    return q_.options.size() > kShown ? keys + ", ..." : keys;
  }

  std::optional<Answer> check_choice() {
    if (!q_.has_options) {
      report(Rule::missing_field, q_.pos, fmt::format("question {} has no 'options'", q_.id.value),
             "a choice question lists its options as  a: text  lines under  options:");
      return std::nullopt;
    }
    if (q_.options.size() < 2) {
      report(Rule::too_few_options, q_.options_pos,
             fmt::format("question {} has {} option(s); a choice question needs at least two", q_.id.value, q_.options.size()),
             "add options, or use true_false, numeric or short_text");
    }
    check_duplicate_options();
    if (!q_.has_answer || q_.options.empty()) {
      return std::nullopt;
    }
    std::unordered_map<std::string_view, bool> keys;
    for (const auto& option : q_.options) {
      keys.emplace(option.key.value, true);
    }
    bool fits = !q_.written_answer.empty();
    for (const auto& answer : q_.written_answer) {
      if (keys.count(answer.value) == 0) {
        fits = false;
        report(Rule::answer_not_in_options, answer.pos,
               fmt::format("answer '{}' of question {} is not one of its options ({})", answer.value, q_.id.value, option_keys()),
               "use one of the option keys, or add the missing option");
      }
    }
    if (*q_.type == QuestionType::single && (q_.written_answer.size() != 1)) {
      fits = false;
      report(Rule::single_answer_count, q_.answer_pos,
             fmt::format("single-choice question {} has {} answers; it needs exactly one", q_.id.value, q_.written_answer.size()),
             "keep one answer, or change the type to multiple");
    }
    ChoiceAnswer choice{distinct_answers()};
    fits &= choice.keys.size() == q_.written_answer.size();
    if (*q_.type == QuestionType::multiple && q_.options.size() >= 2 && choice.keys.size() >= q_.options.size()) {
      report(Rule::all_options_correct, q_.answer_pos,
             fmt::format("every option of question {} is correct, so ticking all of them scores full marks", q_.id.value),
             "add plausible wrong options");
    }
    return fits ? std::optional<Answer>(std::move(choice)) : std::nullopt;
  }

  // The keys of the answer, each once, in the order written; a key listed twice is reported.
  std::vector<std::string> distinct_answers() {
    std::vector<std::string> keys;
    std::unordered_map<std::string_view, bool> seen;
    for (const auto& answer : q_.written_answer) {
      if (seen.emplace(answer.value, true).second) {
        keys.push_back(answer.value);
      } else {
        report(Rule::answer_shape, answer.pos, fmt::format("answer '{}' is listed twice in question {}", answer.value, q_.id.value),
               "list each correct option once");
      }
    }
    return keys;
  }

  void check_duplicate_options() {
    std::unordered_map<std::string, const Option*> seen;
    for (const auto& option : q_.options) {
      if (option.text.value.empty()) {
        continue;
      }
      auto [place, inserted] = seen.emplace(comparison_key(option.text.value, Punctuation::keep), &option);
      if (!inserted) {
        report(Rule::duplicate_option, option.text.pos,
               fmt::format("options '{}' and '{}' of question {} have the same text", place->second->key.value,
                           option.key.value, q_.id.value),
               "reword or remove one of them");
      }
    }
  }

  void check_no_options() {
    if (q_.has_options) {
      report(Rule::answer_shape, q_.options_pos,
             fmt::format("question {} is {} and cannot have options", q_.id.value, question_type_name(*q_.type)),
             "remove 'options', or change the type to single or multiple");
    }
  }

  // Whether the answer is one value that `valid` accepts; reports it otherwise.
  template <typename Valid>
  bool check_scalar_answer(Valid valid, const char* expected) {
    if (!q_.has_answer) {
      return false;
    }
    if (q_.answer_is_list || q_.written_answer.size() != 1 || !valid(q_.written_answer.front().value)) {
      std::string written = q_.written_answer.empty() ? "" : q_.written_answer.front().value;
      report(Rule::answer_shape, q_.answer_pos,
             fmt::format("the answer of {} question {} must be {}, not '{}'", question_type_name(*q_.type), q_.id.value,
                         expected, written),
             fmt::format("write  answer: {}", expected));
      return false;
    }
    return true;
  }

  std::optional<Answer> check_short_text() {
    TextAnswer accepted;
    bool fits = q_.has_answer && !q_.written_answer.empty();
    for (const auto& answer : q_.written_answer) {
      accepted.accepted.push_back(answer.value);
      fits &= !is_blank(answer.value) && answer.value.find('|') == std::string::npos;
      if (is_blank(answer.value)) {
        report(Rule::empty_text, answer.pos, fmt::format("an accepted answer of question {} is empty", q_.id.value),
               "remove it or write the text");
      } else if (answer.value.find('|') != std::string::npos) {
        report(Rule::answer_shape, answer.pos,
               fmt::format("accepted answer '{}' of question {} contains '|', which separates answers in key.csv",
                           answer.value, q_.id.value),
               "list each accepted answer as its own item");
      }
    }
    return fits ? std::optional<Answer>(std::move(accepted)) : std::nullopt;
  }

  void check_extras() {
    if (q_.tolerance && *q_.type != QuestionType::numeric) {
      report(Rule::answer_shape, q_.tolerance_pos,
             fmt::format("question {} is {}; only numeric questions have a tolerance", q_.id.value, question_type_name(*q_.type)),
             "remove 'tolerance'");
    }
    if (!q_.unit.empty() && *q_.type != QuestionType::numeric) {
      report(Rule::answer_shape, q_.pos,
             fmt::format("question {} is {}; only numeric questions have a unit", q_.id.value, question_type_name(*q_.type)),
             "remove 'unit'");
    }
    for (const auto& enemy : q_.enemies) {
      if (enemy.value == q_.id.value) {
        report(Rule::unknown_reference, enemy.pos, fmt::format("question {} lists itself as an enemy", q_.id.value),
               "remove it from 'enemies'");
      }
    }
  }

  const Question& q_;
  const std::string& path_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<Answer> check_question(const Question& question, const std::string& path, Diagnostics& diagnostics) {
  return QuestionChecker(question, path, diagnostics).run();
}

}  // namespace hocvu
