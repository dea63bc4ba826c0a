#include "text/date.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<unsigned> digits(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<Day> checked_date(unsigned year, unsigned month, unsigned day) {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > days_in_month(static_cast<int>(year), month)) return std::nullopt;
  return day_from_civil(static_cast<int>(year), month, day);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<Day> parse_day_first(std::string_view text) {
  size_t first = text.find_first_of("/-.");
  if (first == std::string_view::npos) return std::nullopt;
  char separator = text[first];
  size_t second = text.find(separator, first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  auto day = digits(text.substr(0, first));
  auto month = digits(text.substr(first + 1, second - first - 1));
  std::string_view year_text = text.substr(second + 1);
  auto year = digits(year_text);
  if (!day || !month || !year || year_text.size() != 4 || first > 2 || second - first - 1 > 2) return std::nullopt;
  return checked_date(*year, *month, *day);
}

}  // namespace

// Howard Hinnant's days_from_civil.
Day day_from_civil(int year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate civil_from_day(Day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2 ? 1 : 0), m, d};
}

std::optional<Day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = digits(text.substr(0, 4));
  auto month = digits(text.substr(5, 2));
  auto day = digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  return checked_date(*year, *month, *day);
}

std::optional<Day> parse_date(std::string_view text) {
  text = trim(text);
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ') && text[4] == '-') {
    return parse_iso_date(text.substr(0, 10));
  }
  if (text.size() == 10 && text[4] == '-') return parse_iso_date(text);
  return parse_day_first(text);
}

std::optional<Day> excel_serial_date(double serial) {
  if (!std::isfinite(serial) || serial < 1 || serial >= 2958466) return std::nullopt;
  auto whole = static_cast<Day>(std::floor(serial));
  // Serial 60 is Excel's 1900-02-29, which never was: take it as 1900-03-01's eve (02-28).
  if (whole >= 60) whole -= 1;
  return day_from_civil(1899, 12, 31) + whole;
}

double excel_serial(Day day) {
  Day serial = day - day_from_civil(1899, 12, 31);
  if (serial >= 60) serial += 1;
  return serial;
}

std::string format_date(Day day) {
  CivilDate date = civil_from_day(day);
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

Day today_or_source_date_epoch() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch != nullptr && *epoch != '\0') {
    std::string_view text(epoch);
    int64_t seconds = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc() || end != text.data() + text.size() || seconds < 0) {
      throw FatalError(ui_format("load.text.bad_source_date_epoch", fmt::arg("text", text)));
    }
    return static_cast<Day>(seconds / 86400);
  }
  return static_cast<Day>(std::time(nullptr) / 86400);
}

}  // namespace hocvu
