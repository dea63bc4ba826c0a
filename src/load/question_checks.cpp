#include "load/question_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "i18n/interface.hpp"
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
        if (check_scalar_answer([](const std::string& v) { return v == "true" || v == "false"; }, ui_text("load.question.expect_true_false"))) {
          answer = TrueFalseAnswer{q_.written_answer.front().value == "true"};
        }
        break;
      case QuestionType::numeric:
        check_no_options();
        if (check_scalar_answer([](const std::string& v) { return is_number(v); }, ui_text("load.question.expect_number"))) {
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

  static std::string T(std::string_view key) { return std::string(ui_text(key)); }

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
      report(Rule::missing_field, q_.pos, ui_format("load.question.no_options", fmt::arg("id", q_.id.value)),
             T("load.question.no_options_hint"));
      return std::nullopt;
    }
    if (q_.options.size() < 2) {
      report(Rule::too_few_options, q_.options_pos,
             ui_format("load.question.too_few_options", fmt::arg("id", q_.id.value), fmt::arg("count", q_.options.size())),
             T("load.question.too_few_options_hint"));
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
               ui_format("load.question.answer_not_option", fmt::arg("answer", answer.value), fmt::arg("id", q_.id.value),
                         fmt::arg("options", option_keys())),
               T("load.question.answer_not_option_hint"));
      }
    }
    if (*q_.type == QuestionType::single && (q_.written_answer.size() != 1)) {
      fits = false;
      report(Rule::single_answer_count, q_.answer_pos,
             ui_format("load.question.single_answer_count", fmt::arg("id", q_.id.value),
                       fmt::arg("count", q_.written_answer.size())),
             T("load.question.single_answer_count_hint"));
    }
    ChoiceAnswer choice{distinct_answers()};
    fits &= choice.keys.size() == q_.written_answer.size();
    if (*q_.type == QuestionType::multiple && q_.options.size() >= 2 && choice.keys.size() >= q_.options.size()) {
      report(Rule::all_options_correct, q_.answer_pos,
             ui_format("load.question.all_options_correct", fmt::arg("id", q_.id.value)),
             T("load.question.all_options_correct_hint"));
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
        report(Rule::answer_shape, answer.pos, ui_format("load.question.answer_twice", fmt::arg("answer", answer.value), fmt::arg("id", q_.id.value)),
               T("load.question.answer_twice_hint"));
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
               ui_format("load.question.duplicate_option", fmt::arg("first", place->second->key.value),
                         fmt::arg("second", option.key.value), fmt::arg("id", q_.id.value)),
               T("load.question.duplicate_option_hint"));
      }
    }
  }

  void check_no_options() {
    if (q_.has_options) {
      report(Rule::answer_shape, q_.options_pos,
             ui_format("load.question.options_not_allowed", fmt::arg("id", q_.id.value),
                       fmt::arg("type", question_type_name(*q_.type))),
             T("load.question.options_not_allowed_hint"));
    }
  }

  // Whether the answer is one value that `valid` accepts; reports it otherwise.
  template <typename Valid>
  bool check_scalar_answer(Valid valid, std::string_view expected) {
    if (!q_.has_answer) {
      return false;
    }
    if (q_.answer_is_list || q_.written_answer.size() != 1 || !valid(q_.written_answer.front().value)) {
      std::string written = q_.written_answer.empty() ? "" : q_.written_answer.front().value;
      report(Rule::answer_shape, q_.answer_pos,
             ui_format("load.question.answer_shape", fmt::arg("type", question_type_name(*q_.type)),
                       fmt::arg("id", q_.id.value), fmt::arg("expected", expected), fmt::arg("written", written)),
             ui_format("load.question.answer_shape_hint", fmt::arg("expected", expected)));
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
        report(Rule::empty_text, answer.pos, ui_format("load.question.empty_accepted", fmt::arg("id", q_.id.value)),
               T("load.question.empty_accepted_hint"));
      } else if (answer.value.find('|') != std::string::npos) {
        report(Rule::answer_shape, answer.pos,
               ui_format("load.question.accepted_with_bar", fmt::arg("answer", answer.value), fmt::arg("id", q_.id.value)),
               T("load.question.accepted_with_bar_hint"));
      }
    }
    return fits ? std::optional<Answer>(std::move(accepted)) : std::nullopt;
  }

  void check_extras() {
    if (q_.tolerance && *q_.type != QuestionType::numeric) {
      report(Rule::answer_shape, q_.tolerance_pos,
             ui_format("load.question.tolerance_not_numeric", fmt::arg("id", q_.id.value),
                       fmt::arg("type", question_type_name(*q_.type))),
             T("load.question.tolerance_not_numeric_hint"));
    }
    if (!q_.unit.empty() && *q_.type != QuestionType::numeric) {
      report(Rule::answer_shape, q_.pos,
             ui_format("load.question.unit_not_numeric", fmt::arg("id", q_.id.value),
                       fmt::arg("type", question_type_name(*q_.type))),
             T("load.question.unit_not_numeric_hint"));
    }
    for (const auto& enemy : q_.enemies) {
      if (enemy.value == q_.id.value) {
        report(Rule::unknown_reference, enemy.pos, ui_format("load.question.own_enemy", fmt::arg("id", q_.id.value)),
               T("load.question.own_enemy_hint"));
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
