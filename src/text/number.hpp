#pragma once
// Numbers as hocvu reads them, in YAML files and on the command line: decimal only.
//
//   decimal:  -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?     e.g. 42, -1.5, 0.25, 6.02e23
//   whole:    0|[1-9][0-9]*                                      e.g. 0, 2026
//
// Not accepted: a leading '+' (a key.csv cell starting with '+' is a spreadsheet formula), leading
// zeros (YAML 1.1 tools and CLI parsers read 010 as octal 8), hex and binary (0x1f, 0b1), ".5" and
// "5.", inf and nan, digit separators, spaces. One spelling per number means every tool that
// reads the same file agrees on its value.
#include <cstdint>
#include <string_view>

namespace hocvu {

enum class NumberProblem {
  none,
  not_decimal,  // does not match the pattern
  too_large,    // beyond what a double holds (about 1.8e308), or past 2^64-1 for a whole number
  too_small,    // not 0, but nearer to 0 than a double holds at full precision (about 2.2e-308)
};

struct DecimalNumber {
  double value = 0;
  NumberProblem problem = NumberProblem::none;
  bool ok() const { return problem == NumberProblem::none; }
};

struct WholeNumber {
  uint64_t value = 0;
  NumberProblem problem = NumberProblem::none;
  bool ok() const { return problem == NumberProblem::none; }
};

DecimalNumber parse_decimal(std::string_view text);
WholeNumber parse_whole_number(std::string_view text);

// What is wrong with a decimal number, for a message: "is not a decimal number", "is too large
// to be stored (the limit is about 1.8e308)", ...
std::string_view describe_decimal_problem(NumberProblem problem);

}  // namespace hocvu
