#pragma once
// Checks of one question on its own: answer against options and type, options.
#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

void check_question(const Question& question, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
