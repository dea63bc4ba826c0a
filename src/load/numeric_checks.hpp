#pragma once
// Checks of a numeric question's value, once its answer has the right shape: a number hocvu can
// store, and a tolerance that still tests the answer.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

// Returns the answer's value when it is one hocvu can store (the loader's typed answer), else
// nullopt (reported here, or with the other answer checks when it is not a decimal number).
std::optional<double> check_numeric_value(const Question& question, const std::string& path,
                                          Diagnostics& diagnostics);

}  // namespace hocvu
