#pragma once
// What a blueprint's forms measure of its role, checked before any solving: coverage that no
// form can hold (E602, in numbers), forms allowed to leave out a requirement or a competency
// (W603), and a certified level that is not the role's (W604). Lint reports all three for every
// blueprint; exam reports E602 too, since it makes the forms impossible.
#include "blueprint/pool.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

void report_coverage_limits(const Blueprint& blueprint, const Pool& pool, const ModelReporter& reporter);
void report_coverage_gaps(const Blueprint& blueprint, const Framework& framework, const Role& role, const Pool& pool,
                          const ModelReporter& reporter);

}  // namespace hocvu
