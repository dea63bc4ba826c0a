#pragma once
// Ids and references of the report files loaded together with the rest: unit ids once per tree,
// unit roles of the framework, and targets naming a framework, a unit tree, that framework's
// roles and levels, with every role's target level certified by some exam. (Whether the exams
// are blueprints is lint's check: a report does not need the blueprints.)
#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

void check_report_references(const Model& model, Diagnostics& diagnostics);

}  // namespace hocvu
