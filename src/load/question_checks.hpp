#pragma once
// Checks of one question on its own: answer against options and type, options.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

// Checks the question and returns its answer parsed for its type; nullopt when the answer
// does not fit the type or the options (reported), or the question has no type.
std::optional<Answer> check_question(const Question& question, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
