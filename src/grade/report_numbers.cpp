#include "grade/report_numbers.hpp"

#include <cmath>

#include <fmt/format.h>

#include "exam/write_exam.hpp"

namespace hocvu {

std::optional<double> rounded(std::optional<double> value, int decimals) {
  if (!value || !std::isfinite(*value)) {
    return std::nullopt;
  }
  double scale = std::pow(10.0, decimals);
  double result = std::round(*value * scale) / scale;
  if (!std::isfinite(result)) {  // too large to scale: keep it as it is
    result = *value;
  }
  return result == 0 ? 0.0 : result;  // no -0
}

std::string fixed_decimal(std::optional<double> value, int decimals) {
  std::optional<double> round_value = rounded(value, decimals);
  if (!round_value) {
    return "";
  }
  return fmt::format("{:.{}f}", *round_value, decimals);
}

nlohmann::ordered_json rounded_json(std::optional<double> value, int decimals) {
  std::optional<double> round_value = rounded(value, decimals);
  if (!round_value) {
    return nullptr;
  }
  return json_number(*round_value);
}

std::optional<double> share_of(uint64_t count, uint64_t total) {
  if (total == 0) {
    return std::nullopt;
  }
  return static_cast<double>(count) / static_cast<double>(total);
}

}  // namespace hocvu
