#include "number_options.hpp"

#include <fmt/format.h>

#include <limits>
#include <string>

#include "text/number.hpp"

namespace hocvu::cli {

namespace {

// CLI11 prefixes the option's name: "--seed: '-1' is not a whole number ...".
std::string check_whole_number(const std::string& text, uint64_t min, uint64_t max) {
  WholeNumber number = parse_whole_number(text);
  if (number.problem == NumberProblem::not_decimal) {
    return fmt::format("'{}' is not a whole number in decimal digits; give one from {} to {}", text, min, max);
  }
  if (!number.ok() || number.value < min || number.value > max) {
    return fmt::format("{} is out of range; give a whole number from {} to {}", text, min, max);
  }
  return "";
}

std::string check_positive_decimal(const std::string& text) {
  constexpr const char* kWanted = "give a decimal number above 0, such as 300 or 2.5";
  DecimalNumber number = parse_decimal(text);
  if (!number.ok()) {
    return fmt::format("'{}' {}; {}", text, describe_decimal_problem(number.problem), kWanted);
  }
  if (number.value <= 0) {
    return fmt::format("{} is not above 0; {}", text, kWanted);
  }
  return "";
}

std::string check_decimal_between(const std::string& text, double min, double max) {
  std::string wanted = fmt::format("give a decimal number from {} to {}", min, max);
  DecimalNumber number = parse_decimal(text);
  if (!number.ok()) {
    return fmt::format("'{}' {}; {}", text, describe_decimal_problem(number.problem), wanted);
  }
  if (number.value < min || number.value > max) {
    return fmt::format("{} is out of range; {}", text, wanted);
  }
  return "";
}

}  // namespace

CLI::Validator decimal_between(double min, double max) {
  return CLI::Validator([min, max](std::string& text) { return check_decimal_between(text, min, max); },
                        fmt::format("{} to {}", min, max));
}

CLI::Validator whole_number(uint64_t min, uint64_t max) {
  bool largest = max == std::numeric_limits<uint64_t>::max();
  std::string description = fmt::format("{} to {}", min, largest ? "2^64-1" : std::to_string(max));
  return CLI::Validator([min, max](std::string& text) { return check_whole_number(text, min, max); }, description);
}

CLI::Validator positive_decimal() {
  return CLI::Validator(check_positive_decimal, "POSITIVE");
}

}  // namespace hocvu::cli
