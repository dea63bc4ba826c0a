#pragma once
// Turns chosen questions into forms as candidates see them: paper order (by area, or
// shuffled) and option order, both drawn from the seed; the items that share an exhibit
// together.
#include "exam/assemble.hpp"
#include "exam/exam.hpp"
#include "blueprint/pool.hpp"

namespace hocvu {

Exam build_exam(const Blueprint& blueprint, const Framework& framework, const Role& role, const Pool& pool,
                const Assembly& assembly, uint64_t seed);

// Moves the items that share an exhibit up behind the first of them, so that the exhibit is
// printed once before them all; every other item keeps its order.
void group_by_exhibit(std::vector<ExamItem>& items);

// The form's code ("mã đề") for form `index` (0-based): 101, 102, ...
std::string form_code(size_t index);

}  // namespace hocvu
