#include "load/numeric_checks.hpp"

#include <fmt/format.h>

#include <cmath>

#include "i18n/interface.hpp"
#include "text/number.hpp"

namespace hocvu {

namespace {

void report(Rule rule, Pos at, const std::string& path, Diagnostics& diagnostics, std::string message, std::string hint) {
  diagnostics.push_back(Diagnostic{rule, Location{path, at.line, at.column}, std::move(message), std::move(hint)});
}

// 15 significant digits: "0.2", not the "0.19999999999999998" of 0.1 - 0.3.
std::string shown(double value) {
  return fmt::format("{:.15g}", value == 0 ? 0.0 : value);
}

// A tolerance as large as the answer accepts 0 (and, beyond, the wrong sign): the question no
// longer tests the number. An answer of 0 has no size to compare with, so it is not judged.
void check_tolerance(const Question& q, double answer, const std::string& path, Diagnostics& diagnostics) {
  if (!q.tolerance || answer == 0 || *q.tolerance < std::fabs(answer)) {
    return;
  }
  double tolerance = *q.tolerance;
  report(Rule::tolerance_too_large, q.tolerance_pos, path, diagnostics,
         ui_format("load.numeric.tolerance_too_large", fmt::arg("tolerance", shown(tolerance)), fmt::arg("id", q.id.value),
                   fmt::arg("answer", shown(answer)), fmt::arg("low", shown(answer - tolerance)),
                   fmt::arg("high", shown(answer + tolerance))),
         std::string(ui_text("load.numeric.tolerance_too_large_hint")));
}

}  // namespace

std::optional<double> check_numeric_value(const Question& question, const std::string& path,
                                          Diagnostics& diagnostics) {
  if (!question.type || *question.type != QuestionType::numeric || question.answer_is_list ||
      question.written_answer.size() != 1) {
    return std::nullopt;  // another type, or the wrong shape (reported with the other answer checks)
  }
  const LocatedText& answer = question.written_answer.front();
  DecimalNumber number = parse_decimal(answer.value);
  if (number.problem == NumberProblem::not_decimal) {
    return std::nullopt;  // reported with the other answer checks
  }
  if (!number.ok()) {
    report(Rule::answer_shape, answer.pos, path, diagnostics,
           ui_format("load.numeric.answer_out_of_range", fmt::arg("id", question.id.value), fmt::arg("answer", answer.value),
                     fmt::arg("problem", describe_decimal_problem(number.problem))),
           std::string(ui_text("load.numeric.answer_out_of_range_hint")));
    return std::nullopt;
  }
  check_tolerance(question, number.value, path, diagnostics);
  return number.value;
}

}  // namespace hocvu
