#pragma once
// Ids and references across every file loaded together: each id once per kind, and every
// reference (framework, competency, level, outcome, role, enemy, exhibit) to something defined; then
// those of the report files (load/report_references.hpp).
#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

void check_references(const Model& model, Diagnostics& diagnostics);

}  // namespace hocvu
