#pragma once
// Counting checks of a blueprint's maximums (part of check_counts): a maximum takes questions
// away from the rest of every form, and fixed questions count against it on every form. They
// make lint's E601 see what assembly would refuse, such as `exactly: 0` for a group that holds
// a fixed question or most of the pool.
#include <cstdint>
#include <vector>

#include "blueprint/feasibility.hpp"

namespace hocvu {

void check_maximums(const Blueprint& blueprint, const Pool& pool, uint32_t forms, std::vector<Shortfall>& out);

}  // namespace hocvu
