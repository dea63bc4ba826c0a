#pragma once
// Lint's checks across all files linted together: duplicate stems, coverage, blueprints, the
// exams of targets. (Ids and references are checked when the files are loaded:
// load/reference_checks.hpp.)
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

// What duplicate-stem checks need of a stem, computed where the question is read.
struct StemPrint {
  uint64_t key_hash = 0;                // hash of the stem's comparison key
  std::vector<uint32_t> shingles;       // sorted, unique hashes of its word pairs
  std::array<uint64_t, 10> bands{};     // MinHash band hashes; equal bands make a candidate pair
  bool comparable = false;              // long enough to call near-duplicate
  bool empty = true;                    // no stem (already reported)
};
StemPrint stem_print(const std::string& stem);

// `prints[b][q]` belongs to model.banks[b].questions[q].
void check_stems(const Model& model, const std::vector<std::vector<StemPrint>>& prints, Diagnostics& diagnostics);

void check_coverage(const Model& model, size_t min_questions, Diagnostics& diagnostics);

// Blueprint references (framework, role, levels, areas, competencies, tags, fixed questions),
// then whether the banks can meet each blueprint at all, by counting.
void check_blueprints(const Model& model, Diagnostics& diagnostics);

// Questions and outcomes aligned (W309 question without outcome, W310 outcome without questions,
// W311 outcome not assessed by exam) and exhibits no active question uses (W308):
// lint/alignment_checks.cpp.
void check_alignment(const Model& model, Diagnostics& diagnostics);

// The exams that targets.yaml names under certifications are blueprints linted with it.
void check_target_exams(const Model& model, Diagnostics& diagnostics);

}  // namespace hocvu
