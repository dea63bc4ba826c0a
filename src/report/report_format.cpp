#include "report/report_format.hpp"

#include "grade/report_numbers.hpp"

namespace hocvu {

std::string percent_text(std::optional<double> percent) { return fixed_decimal(percent, kReportPercentDecimals); }

std::string rate_text(std::optional<double> per_week) { return fixed_decimal(per_week, kReportRateDecimals); }

std::string date_text(std::optional<Day> day) { return day ? format_date(*day) : std::string(); }

nlohmann::ordered_json percent_json(std::optional<double> percent) {
  return rounded_json(percent, kReportPercentDecimals);
}

nlohmann::ordered_json rate_json(std::optional<double> per_week) { return rounded_json(per_week, kReportRateDecimals); }

nlohmann::ordered_json date_json(std::optional<Day> day) {
  return day ? nlohmann::ordered_json(format_date(*day)) : nlohmann::ordered_json(nullptr);
}

double percent_fraction(double percent) {
  std::optional<double> value = rounded(percent / 100.0, 8);
  return value ? *value : 0.0;
}

}  // namespace hocvu
