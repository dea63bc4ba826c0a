#include "number_options.hpp"

#include <fmt/format.h>

#include <limits>
#include <string>

#include "i18n/interface.hpp"
#include "text/number.hpp"

namespace hocvu::cli {

namespace {

// describe_decimal_problem's words, in the interface language.
std::string_view decimal_problem_text(NumberProblem problem) {
  switch (problem) {
    case NumberProblem::none: return ui_text("cli.number.problem.none");
    case NumberProblem::not_decimal: return ui_text("cli.number.problem.not_decimal");
    case NumberProblem::too_large: return ui_text("cli.number.problem.too_large");
    case NumberProblem::too_small: return ui_text("cli.number.problem.too_small");
  }
  return "?";
}

// CLI11 prefixes the option's name: "--seed: '-1' is not a whole number ...".
std::string check_whole_number(const std::string& text, uint64_t min, uint64_t max) {
  WholeNumber number = parse_whole_number(text);
  if (number.problem == NumberProblem::not_decimal) {
    return ui_format("cli.number.not_whole", fmt::arg("text", text), fmt::arg("min", min), fmt::arg("max", max));
  }
  if (!number.ok() || number.value < min || number.value > max) {
    return ui_format("cli.number.whole_out_of_range", fmt::arg("text", text), fmt::arg("min", min), fmt::arg("max", max));
  }
  return "";
}

std::string check_positive_decimal(const std::string& text) {
  DecimalNumber number = parse_decimal(text);
  if (!number.ok()) {
    return ui_format("cli.number.not_positive_decimal", fmt::arg("text", text),
                     fmt::arg("problem", decimal_problem_text(number.problem)));
  }
  if (number.value <= 0) {
    return ui_format("cli.number.not_above_zero", fmt::arg("text", text));
  }
  return "";
}

std::string check_decimal_between(const std::string& text, double min, double max) {
  DecimalNumber number = parse_decimal(text);
  if (!number.ok()) {
    return ui_format("cli.number.not_decimal", fmt::arg("text", text),
                     fmt::arg("problem", decimal_problem_text(number.problem)), fmt::arg("min", min),
                     fmt::arg("max", max));
  }
  if (number.value < min || number.value > max) {
    return ui_format("cli.number.decimal_out_of_range", fmt::arg("text", text), fmt::arg("min", min),
                     fmt::arg("max", max));
  }
  return "";
}

}  // namespace

CLI::Validator decimal_between(double min, double max) {
  return CLI::Validator([min, max](std::string& text) { return check_decimal_between(text, min, max); },
                        ui_format("cli.number.range", fmt::arg("min", min), fmt::arg("max", max)));
}

CLI::Validator whole_number(uint64_t min, uint64_t max) {
  bool largest = max == std::numeric_limits<uint64_t>::max();
  std::string description =
      ui_format("cli.number.range", fmt::arg("min", min), fmt::arg("max", largest ? "2^64-1" : std::to_string(max)));
  return CLI::Validator([min, max](std::string& text) { return check_whole_number(text, min, max); }, description);
}

CLI::Validator positive_decimal() {
  return CLI::Validator(check_positive_decimal, "POSITIVE");
}

}  // namespace hocvu::cli
