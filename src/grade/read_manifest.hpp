#pragma once
// Reading manifest.json into a GradingKey already read from key.csv: the exam, role, level, time
// limit and pass rule, and per item its area, difficulty and the bank option at each letter.
// Every disagreement with key.csv is an E702 finding.
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "grade/grading_key.hpp"

namespace hocvu {

void apply_manifest(GradingKey& key, std::string_view manifest, const std::string& path,
                    Diagnostics& diagnostics);

}  // namespace hocvu
