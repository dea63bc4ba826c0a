#pragma once
// What a blueprint's forms must measure of each competency of its framework: the level its
// role requires (the baseline, raised by the role's requirement and by the blueprint's level),
// whether that is a requirement above the baseline, and which question levels count towards it.
#include <string>
#include <vector>

#include "model/model.hpp"

namespace hocvu {

struct CompetencyTarget {
  const Area* area = nullptr;
  const Competency* competency = nullptr;
  size_t area_index = 0;        // position of the area in the framework
  size_t competency_index = 0;  // position of the competency in the framework
  // The level required; empty when the role has no baseline and does not name the competency
  // (its questions are then not eligible).
  std::string level;
  // Named by a requirement of the role above its baseline: coverage.required_min applies.
  bool required = false;
  // The levels whose questions count, lowest first: by default `level` alone; a requirement's
  // range replaces it, and a blueprint's range then keeps only its own levels, never above the
  // highest the requirement allows.
  std::vector<std::string> eligible;
};

// One per competency of the framework, in framework order. Level ids the framework does not
// define are skipped here (the reference checks report them). A competency required twice
// takes its first requirement (E304 reports the second).
std::vector<CompetencyTarget> competency_targets(const Framework& framework, const Role& role,
                                                 const Blueprint& blueprint);

// The count constraints coverage adds (see FormCoverage in model.hpp), each marked with its
// origin. each_min is left out when the form is too short for it (coverage_fits says so).
std::vector<CountConstraint> coverage_constraints(const Blueprint& blueprint, const Role& role,
                                                  const std::vector<CompetencyTarget>& targets);

// Questions a form needs for coverage: each_min of every competency with an eligible level, and
// required_min of every requirement (counting its each_min towards it).
uint64_t coverage_questions(const FormCoverage& coverage, const std::vector<CompetencyTarget>& targets);
// Whether each_min fits the blueprint's length, with the requirements' minimums.
bool each_min_fits(const Blueprint& blueprint, const std::vector<CompetencyTarget>& targets);

// The blueprint with coverage's constraints after its own counts: what assembly, the counting
// checks and the manifest work from.
Blueprint with_coverage(const Blueprint& blueprint, const Role& role, const std::vector<CompetencyTarget>& targets);

}  // namespace hocvu
