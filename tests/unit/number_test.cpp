#include "text/number.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <string>

using hocvu::describe_decimal_problem;
using hocvu::NumberProblem;
using hocvu::parse_decimal;
using hocvu::parse_whole_number;

TEST_CASE("parse_decimal reads the decimal forms", "[number]") {
  CHECK(parse_decimal("42").value == 42);
  CHECK(parse_decimal("0").value == 0);
  CHECK(parse_decimal("-7").value == -7);
  CHECK(parse_decimal("12.5").value == 12.5);
  CHECK(parse_decimal("0.1").value == 0.1);
  CHECK(parse_decimal("-0.25").value == -0.25);
  CHECK(parse_decimal("1e3").value == 1000);
  CHECK(parse_decimal("2.5E-2").value == 0.025);
  CHECK(parse_decimal("6e+2").value == 600);
  CHECK(parse_decimal("1e05").value == 100000);  // leading zeros in the exponent are harmless
  CHECK(parse_decimal("12.50").value == 12.5);
  CHECK(parse_decimal("1.7976931348623157e308").value == 1.7976931348623157e308);  // the largest double
  CHECK(parse_decimal("2.2250738585072014e-308").value == 2.2250738585072014e-308);  // the smallest normal one
  CHECK(parse_decimal("0e999999").value == 0);  // zero at any power is zero
  CHECK(parse_decimal("1e-999999999999999999999").problem == NumberProblem::too_small);
  for (const char* text : {"42", "-0.5", "3e8", "0.000"}) {
    CAPTURE(text);
    CHECK(parse_decimal(text).ok());
  }
}

TEST_CASE("parse_decimal: minus zero is zero", "[number]") {
  hocvu::DecimalNumber zero = parse_decimal("-0");
  REQUIRE(zero.ok());
  CHECK(zero.value == 0);
  CHECK_FALSE(std::signbit(zero.value));
}

TEST_CASE("parse_decimal rejects every other spelling", "[number]") {
  for (const char* text : {"", "-", "+5", "0x1f", "0X1F", "0b1", "010", "-007", "00", "0o7", ".5", "5.", "-.5",
                           "1.e3", "1e", "1e+", "e5", "inf", "-inf", "nan", "NaN", ".inf", "Infinity", "1,5", "1 000",
                           "1_000", " 1", "1 ", "1\n", "12a", "0x", "1e3.5", "--1", "−1", "１"}) {
    CAPTURE(text);
    hocvu::DecimalNumber parsed = parse_decimal(text);
    CHECK(parsed.problem == NumberProblem::not_decimal);
    CHECK(parsed.value == 0);
  }
}

TEST_CASE("parse_decimal rejects numbers a double cannot hold", "[number]") {
  // Overflow to infinity.
  for (std::string text : {"1e309", "-1e309", "1.8e308", "0.001e312", "9e99999999999999999999"}) {
    CAPTURE(text);
    CHECK(parse_decimal(text).problem == NumberProblem::too_large);
  }
  CHECK(parse_decimal("1" + std::string(400, '0')).problem == NumberProblem::too_large);
  CHECK(parse_decimal("0." + std::string(400, '0') + "1").problem == NumberProblem::too_small);
  // Underflow to 0 from a digit that is not 0, and subnormal values, which have lost digits.
  for (const char* text : {"1e-400", "-1e-400", "0.0001e-320", "1e-320", "4.9e-324", "123e-330"}) {
    CAPTURE(text);
    CHECK(parse_decimal(text).problem == NumberProblem::too_small);
  }
}

TEST_CASE("describe_decimal_problem: the words of the messages", "[number]") {
  CHECK(std::string(describe_decimal_problem(NumberProblem::not_decimal)) == "is not a decimal number");
  CHECK(std::string(describe_decimal_problem(NumberProblem::too_large)) ==
        "is too large to be stored (the limit is about 1.8e308)");
  CHECK(std::string(describe_decimal_problem(NumberProblem::too_small)) ==
        "is too close to 0 to be stored exactly (the limit is about 2.2e-308)");
}

TEST_CASE("parse_whole_number reads digits up to 2^64-1", "[number]") {
  CHECK(parse_whole_number("0").value == 0);
  CHECK(parse_whole_number("2026").value == 2026);
  CHECK(parse_whole_number("18446744073709551615").value == UINT64_MAX);
  CHECK(parse_whole_number("18446744073709551615").ok());
  CHECK(parse_whole_number("18446744073709551616").problem == NumberProblem::too_large);
  CHECK(parse_whole_number("99999999999999999999999999").problem == NumberProblem::too_large);
  for (const char* text : {"", "-1", "+5", "0x10", "010", "00", "1e3", "1.0", "1.5", " 1", "1 ", "nan", "-0", "１"}) {
    CAPTURE(text);
    CHECK(parse_whole_number(text).problem == NumberProblem::not_decimal);
  }
}
