// Tests of src/text/local_number.cpp: numbers as a language writes them in an exhibit's table.
#include "text/local_number.hpp"

#include <catch2/catch.hpp>

using hocvu::format_local_number;
using hocvu::NumberStyle;
using hocvu::number_style_of;
using hocvu::parse_local_number;

TEST_CASE("number_style_of: vi writes a decimal comma, other languages a point", "[local_number]") {
  CHECK(number_style_of("vi") == NumberStyle::decimal_comma);
  CHECK(number_style_of("vi-VN") == NumberStyle::decimal_comma);
  CHECK(number_style_of("VI") == NumberStyle::decimal_comma);
  CHECK(number_style_of("en") == NumberStyle::decimal_point);
  CHECK(number_style_of("vie") == NumberStyle::decimal_point);
  CHECK(number_style_of("") == NumberStyle::decimal_point);
}

TEST_CASE("parse_local_number: one reading per style", "[local_number]") {
  constexpr auto vi = NumberStyle::decimal_comma;
  constexpr auto en = NumberStyle::decimal_point;
  CHECK(parse_local_number("1.250", vi) == 1250.0);
  CHECK(parse_local_number("1.250", en) == 1.25);
  CHECK(parse_local_number("1,5", vi) == 1.5);
  CHECK(parse_local_number("1,250", en) == 1250.0);
  CHECK(parse_local_number("12.345.678,25", vi) == 12345678.25);
  CHECK(parse_local_number("-0,5", vi) == -0.5);
  CHECK(parse_local_number("98", vi) == 98.0);
  CHECK(parse_local_number("1250", vi) == 1250.0);
  CHECK(parse_local_number("007", vi) == 7.0);
  CHECK(parse_local_number("0", en) == 0.0);
  SECTION("what is not a number in that style") {
    for (const char* text : {"", "-", "1.5", "1.25", "1234.567", ".5", "5,", "1,2,3", "1.250.", "+1", " 1", "1 000",
                             "12%", "1e5", "0x10", "abc", "1,5,0", "--1"}) {
      INFO(text);
      CHECK_FALSE(parse_local_number(text, vi));
    }
    CHECK_FALSE(parse_local_number("1,5", en));
    CHECK_FALSE(parse_local_number("1.250,5", en));
  }
}

TEST_CASE("format_local_number: grouped thousands, trimmed decimals", "[local_number]") {
  constexpr auto vi = NumberStyle::decimal_comma;
  constexpr auto en = NumberStyle::decimal_point;
  CHECK(format_local_number(1250, vi) == "1.250");
  CHECK(format_local_number(1250, en) == "1,250");
  CHECK(format_local_number(1234567.5, vi) == "1.234.567,5");
  CHECK(format_local_number(95, vi) == "95");
  CHECK(format_local_number(0.25, en) == "0.25");
  CHECK(format_local_number(-2.5, vi) == "-2,5");
  CHECK(format_local_number(-0.00001, vi) == "0");
  CHECK(format_local_number(100, en) == "100");
  CHECK(format_local_number(1000, en) == "1,000");
}
