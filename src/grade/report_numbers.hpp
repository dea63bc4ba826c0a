#pragma once
// How the grade reports write numbers, the same in items.csv, distractors.csv, summary.json and
// analysis.html: rounded half away from zero to a fixed number of decimals, never "-0", and a
// statistic that could not be computed (nullopt, or not finite) is an empty CSV cell or JSON null,
// never "nan" or "inf".
//
//   4 decimals: facility, SD, correlations, upper-lower D, discriminative efficiency, alpha,
//               shares and rates, and every score summary (mean, SD, min, ... in points or percent);
//   2 decimals: the percents of one group of candidates (mean_total_percent).
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace hocvu {

constexpr int kStatisticDecimals = 4;
constexpr int kPercentDecimals = 2;

// `value` rounded to `decimals`, or nullopt when it is nullopt or not finite. -0 becomes 0.
std::optional<double> rounded(std::optional<double> value, int decimals);

// CSV text with exactly `decimals` decimals ("0.7500"); "" when there is no value.
std::string fixed_decimal(std::optional<double> value, int decimals);

// A JSON number rounded to `decimals` (whole numbers as integers: 1, not 1.0); null when there
// is no value.
nlohmann::ordered_json rounded_json(std::optional<double> value, int decimals);

// `count / total`, nullopt when total is 0.
std::optional<double> share_of(uint64_t count, uint64_t total);

}  // namespace hocvu
