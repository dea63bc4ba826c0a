// The row numbers are computed in integers; they must be exactly the text fmt gives for the
// double the rows were first written with.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>

#include "grade/grade_rows.hpp"

namespace hocvu {

namespace {

std::string percent_text(Units earned, Units possible) {
  std::string out;
  append_percent(out, earned, possible);
  return out;
}

std::string points_text(Units units) {
  std::string out;
  append_points(out, units);
  return out;
}

// What the rows said before the integer formatting: the reference.
std::string fmt_percent(Units earned, Units possible) {
  std::string text = fmt::format("{:.2f}", 100.0 * static_cast<double>(earned) / static_cast<double>(possible));
  return text == "-0.00" ? "0.00" : text;
}

std::string fmt_points(Units units) {
  if (units % kUnitsPerPoint == 0) return fmt::format("{}", units / kUnitsPerPoint);
  std::string text = fmt::format("{:.4f}", to_points(units));
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

}  // namespace

TEST_CASE("percents are written with two decimals, rounded to the nearest", "[grade][rows]") {
  CHECK(percent_text(30, 40) == "75.00");
  CHECK(percent_text(1, 3) == "33.33");
  CHECK(percent_text(2, 3) == "66.67");
  CHECK(percent_text(0, 7) == "0.00");
  CHECK(percent_text(7, 7) == "100.00");
  CHECK(percent_text(-1, 3) == "-33.33");
  CHECK(percent_text(-1, 100000) == "0.00");  // never "-0.00"
  CHECK(percent_text(1, 0).empty());
  // 100 / 8 = 12.5 exactly, and 1/16 = 6.25: ties of the third decimal on a double that holds
  // them exactly round to even, as fmt does: 0.125% -> "0.12"; 1/800 = 0.125
  CHECK(percent_text(1, 800) == "0.12");
  CHECK(percent_text(3, 800) == "0.38");
}

TEST_CASE("points drop trailing zeros and keep at most four decimals", "[grade][rows]") {
  CHECK(points_text(31 * kUnitsPerPoint) == "31");
  CHECK(points_text(-2 * kUnitsPerPoint) == "-2");
  CHECK(points_text(0) == "0");
  CHECK(points_text(kUnitsPerPoint / 2) == "0.5");
  CHECK(points_text(kUnitsPerPoint * 89 / 3) == "29.6667");
  CHECK(points_text(-kUnitsPerPoint / 4) == "-0.25");
  CHECK(points_text(1) == "0");   // 1/720720 of a point
  CHECK(points_text(-1) == "0");  // never "-0"
}

TEST_CASE("append_fixed_ratio writes numerator / denominator to the decimals asked", "[grade][rows]") {
  auto text = [](int64_t numerator, int64_t denominator, int decimals) {
    std::string out = "x";
    append_fixed_ratio(out, numerator, denominator, decimals);
    return out;
  };
  CHECK(text(1, 8, 2) == "x0.12");   // 0.125 is a double: the tie goes to even, as in fmt
  CHECK(text(3, 8, 2) == "x0.38");
  CHECK(text(1, 3, 0) == "x0");
  CHECK(text(5, 3, 4) == "x1.6667");
  CHECK(text(-5, 3, 1) == "x-1.7");
  CHECK(text(-1, 30, 1) == "x0.0");  // never "-0.0"
}

TEST_CASE("integer percents and points match fmt on many random values", "[grade][rows]") {
  std::mt19937_64 random(20240607);
  auto check = [](Units earned, Units possible) {
    INFO("earned " << earned << " possible " << possible);
    REQUIRE(percent_text(earned, possible) == fmt_percent(earned, possible));
    REQUIRE(points_text(earned) == fmt_points(earned));
  };
  // Marks as grading makes them: whole units of up to 200 items of up to 10 points, partial
  // credit fractions of a point, and negative totals under --negative.
  std::uniform_int_distribution<Units> possible_points(1, 2000);
  for (int i = 0; i < 200000; ++i) {
    Units possible = possible_points(random) * kUnitsPerPoint / static_cast<Units>(1 + random() % 16);
    Units earned = static_cast<Units>(random() % static_cast<uint64_t>(2 * possible + 1)) - possible / 2;
    check(earned, possible);
  }
  // Small numbers, where ties are common: every percent of a form of up to 64 items.
  for (Units possible = 1; possible <= 64; ++possible) {
    for (Units earned = -possible; earned <= possible; ++earned) {
      check(earned, possible);
      check(earned * kUnitsPerPoint / 8, possible * kUnitsPerPoint);
    }
  }
  // Any 64-bit values, far beyond grading: the fallback must agree too.
  for (int i = 0; i < 20000; ++i) {
    auto earned = static_cast<Units>(random() >> (1 + random() % 63));
    auto possible = static_cast<Units>((random() >> (1 + random() % 63)) | 1);
    check(i % 2 == 0 ? earned : -earned, possible);
  }
}

}  // namespace hocvu
