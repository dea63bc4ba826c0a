#pragma once
// Validators for the numeric options of every command. CLI11 on its own reads "-1" into an
// unsigned option as 2^64-1, "0x10" and "010" as hex and octal, and "nan" as a time limit; these
// accept decimal only (text/number.hpp), within the range the option needs.
#include <CLI/CLI.hpp>

#include <cstdint>

namespace hocvu::cli {

// A whole number from `min` to `max` in decimal digits: no sign, no leading zeros, no exponent.
CLI::Validator whole_number(uint64_t min, uint64_t max);

// A decimal number above 0 that a double holds: not nan, inf, hex or 1e999.
CLI::Validator positive_decimal();

// A decimal number from `min` to `max` (a percent, a share).
CLI::Validator decimal_between(double min, double max);

}  // namespace hocvu::cli
