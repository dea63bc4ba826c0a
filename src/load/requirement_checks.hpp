#pragma once
// A role's requirements among themselves and against its baseline: each competency once (E304),
// a requirement above the baseline (W305), a level range in order that holds the level (E207).
// Unknown ids are the reference checks' (reference_checks.hpp) and are skipped here.
#include "model/model.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

void check_role_requirements(const Framework& framework, const ModelReporter& reporter);

}  // namespace hocvu
