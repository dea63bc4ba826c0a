#pragma once
// Checks of a numeric question's value, once its answer has the right shape: a number hocvu can
// store, and a tolerance that still tests the answer.
#include <string>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

void check_numeric_value(const Question& question, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
