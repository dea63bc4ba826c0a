#pragma once
// Chooses the questions of parallel forms: one mixed-integer program per form, solved in turn,
// each kept from sharing too much with the forms before it. The solver sees a seeded sample
// of candidates (least-used questions first), not the whole pool: that keeps each program
// small enough to solve in milliseconds, and the sample grows only when a form cannot be met.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "exam/exam.hpp"
#include "blueprint/pool.hpp"

namespace hocvu {

struct Assembly {
  std::vector<std::vector<uint32_t>> forms;  // pool indices, in no particular order
  SolverReport report;
  // Why assembly stopped, when it did: which form, and which constraint made it impossible.
  std::vector<std::string> problems;
};

// Called after each form with (forms done, forms in all); returning false stops the assembly
// (the caller's time limit: the library itself never looks at a clock).
using AssemblyProgress = std::function<bool(uint32_t done, uint32_t total)>;

// The blueprint must have passed the counting checks (report_shortfalls) for `forms`: they
// explain what counting can see, and assembly explains the rest.
Assembly assemble_forms(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed,
                        const AssemblyProgress& progress = nullptr);

}  // namespace hocvu
