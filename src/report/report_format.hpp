#pragma once
// How the report's writers put numbers and dates into text, the same in CSV, JSON and Markdown:
// percents and percentage points with one decimal, people per week with two, dates ISO; a value
// that is not there is an empty CSV cell or JSON null.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "report/report_data.hpp"

namespace hocvu {

constexpr int kReportPercentDecimals = 1;
constexpr int kReportRateDecimals = 2;

// "72.5" or "" (CSV).
std::string percent_text(std::optional<double> percent);
// "3.25" or "" (CSV).
std::string rate_text(std::optional<double> per_week);
// "2026-12-31" or "".
std::string date_text(std::optional<Day> day);

// JSON: the same roundings; null when there is no value.
nlohmann::ordered_json percent_json(std::optional<double> percent);
nlohmann::ordered_json rate_json(std::optional<double> per_week);
nlohmann::ordered_json date_json(std::optional<Day> day);

// A percent as the fraction a spreadsheet's 0.0% format shows (72.5 → 0.725), rounded so that
// the last bits of the division do not differ from one computation to another.
double percent_fraction(double percent);

}  // namespace hocvu
