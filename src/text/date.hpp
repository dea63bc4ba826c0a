#pragma once
// Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian), so that dates
// compare, subtract and add as integers; and the date notations people write in rosters and
// response files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

using Day = int32_t;

Day day_from_civil(int year, unsigned month, unsigned day);
struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil_from_day(Day day);

// "2026-12-31" (exactly this form, a real calendar date, years 1900-9999), else nullopt.
std::optional<Day> parse_iso_date(std::string_view text);
// What people write: ISO "2026-12-31", ISO with a time after it ("2026-12-31T08:00:00",
// "2026-12-31 08:00"), and the Vietnamese day-first "31/12/2026" or "1/2/2026" (also with '-'
// or '.'). Leading and trailing spaces are ignored. Nullopt for anything else.
std::optional<Day> parse_date(std::string_view text);
// An Excel serial date of the 1900 date system (1 = 1900-01-01; Excel's phantom 1900-02-29 is
// skipped), whole days only; a fractional part (a time of day) is dropped. Nullopt outside
// 1900-01-01 .. 9999-12-31 or when not a number.
std::optional<Day> excel_serial_date(double serial);
// Excel's serial number of a day (the inverse of excel_serial_date).
double excel_serial(Day day);

// "2026-12-31".
std::string format_date(Day day);

// The day of SOURCE_DATE_EPOCH when set (UTC), else today's date (UTC). Throws FatalError when
// SOURCE_DATE_EPOCH is set but is not a whole number of seconds.
Day today_or_source_date_epoch();

}  // namespace hocvu
