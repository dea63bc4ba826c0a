#pragma once
// What a grading run (or a merge) prepares before reading any response: the key, the corrections
// and one FormGrader per form. Held by pointer: the graders point into the key.
#include <memory>
#include <string>
#include <vector>

#include "grade/corrections.hpp"
#include "grade/grade_attempt.hpp"
#include "grade/grade_job.hpp"
#include "grade/load_key.hpp"

namespace hocvu {

struct GradingSetup {
  LoadedKey key;
  Corrections corrections;
  std::string corrections_sha256;  // empty without corrections
  std::vector<FormGrader> forms;

  std::vector<std::vector<ScoringItem>> items() const;
};

// Null, with the findings in `outcome` (status broken_key), when the key, manifest or corrections
// have errors. Throws FatalError for unreadable files and contradictory options.
std::unique_ptr<GradingSetup> prepare_grading(const GradeRequest& request, GradeOutcome& outcome);

// The report's parts that come from the request and the setup (not from the responses).
GradeReport base_report(const GradeRequest& request, const GradingSetup& setup);

}  // namespace hocvu
