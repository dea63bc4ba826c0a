#pragma once
// Chooses the questions of parallel forms: one mixed-integer program per form, solved in turn,
// each kept from sharing too much with the forms before it. The solver sees a seeded sample
// of candidates (least-used questions first), not the whole pool: that keeps each program
// small enough to solve in milliseconds, and the sample grows only when a form cannot be met.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "exam/deadline.hpp"
#include "exam/exam.hpp"
#include "blueprint/pool.hpp"

namespace hocvu {

struct Assembly {
  std::vector<std::vector<uint32_t>> forms;  // pool indices, in no particular order
  SolverReport report;
  // Why assembly stopped, when it did: which form, and which constraint made it impossible.
  std::vector<std::string> problems;
  // The deadline passed before assembly ended (problems say where): no forms, and no verdict
  // on the blueprint, since a faster machine might have finished.
  bool out_of_time = false;
};

// Called after each form with (forms done, forms in all); returning false stops the assembly.
using AssemblyProgress = std::function<bool(uint32_t done, uint32_t total)>;

// The blueprint must have passed the counting checks (report_shortfalls) for `forms`: they
// explain what counting can see, and assembly explains the rest.
// `deadline` is checked inside every solve as well as between forms; when it passes, the
// assembly stops with out_of_time. Everything else bounds the work in counts, so the forms
// depend only on the blueprint, the pool, `forms` and `seed`.
Assembly assemble_forms(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed,
                        const AssemblyProgress& progress = nullptr, const Deadline& deadline = Deadline());

}  // namespace hocvu
