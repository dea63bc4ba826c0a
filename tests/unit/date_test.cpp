#include <catch2/catch.hpp>

#include "text/date.hpp"

using namespace hocvu;

TEST_CASE("dates: day numbers round-trip through the calendar", "[date]") {
  CHECK(day_from_civil(1970, 1, 1) == 0);
  CHECK(day_from_civil(2026, 12, 31) - day_from_civil(2025, 12, 31) == 365);
  CHECK(day_from_civil(2024, 3, 1) - day_from_civil(2024, 2, 28) == 2);  // 2024 is a leap year
  CHECK(format_date(day_from_civil(2026, 1, 4)) == "2026-01-04");
  CivilDate date = civil_from_day(day_from_civil(2000, 2, 29));
  CHECK((date.year == 2000 && date.month == 2 && date.day == 29));
}

TEST_CASE("dates: ISO dates are exact and real", "[date]") {
  CHECK(parse_iso_date("2026-12-31") == day_from_civil(2026, 12, 31));
  CHECK_FALSE(parse_iso_date("2026-02-29"));  // not a leap year
  CHECK_FALSE(parse_iso_date("2026-13-01"));
  CHECK_FALSE(parse_iso_date("2026-1-01"));
  CHECK_FALSE(parse_iso_date("26-12-31xx"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("dates: what rosters and response files write", "[date]") {
  Day day = day_from_civil(2026, 2, 3);
  CHECK(parse_date("2026-02-03") == day);
  CHECK(parse_date(" 2026-02-03T08:30:00+07:00 ") == day);
  CHECK(parse_date("2026-02-03 08:30") == day);
  CHECK(parse_date("03/02/2026") == day);  // day first, as Vietnamese offices write
  CHECK(parse_date("3/2/2026") == day);
  CHECK(parse_date("03.02.2026") == day);
  CHECK(parse_date("03-02-2026") == day);
  CHECK_FALSE(parse_date("31/02/2026"));
  CHECK_FALSE(parse_date("02/2026"));
  CHECK_FALSE(parse_date("3/2/26"));
  CHECK_FALSE(parse_date("yesterday"));
}

TEST_CASE("dates: Excel serial dates of the 1900 system", "[date]") {
  CHECK(excel_serial_date(1) == day_from_civil(1900, 1, 1));
  CHECK(excel_serial_date(59) == day_from_civil(1900, 2, 28));
  CHECK(excel_serial_date(61) == day_from_civil(1900, 3, 1));   // 60 is Excel's 1900-02-29
  CHECK(excel_serial_date(46022) == day_from_civil(2025, 12, 31));
  CHECK(excel_serial_date(46022.75) == day_from_civil(2025, 12, 31));  // a time of day is dropped
  CHECK(excel_serial(day_from_civil(2025, 12, 31)) == 46022);
  CHECK_FALSE(excel_serial_date(0));
  CHECK_FALSE(excel_serial_date(-5));
  CHECK_FALSE(excel_serial_date(1e12));
}
