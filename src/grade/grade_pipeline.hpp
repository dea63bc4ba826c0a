#pragma once
// The streaming part of grading: one reader thread cuts the response files into batches and finds
// duplicate attempts in input order; worker threads grade batches, each into its own tally; the
// calling thread writes the batches' rows in input order. Output does not depend on the number
// of threads: rows keep input order and tallies add up exactly.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "grade/duplicates.hpp"
#include "grade/grade_attempt.hpp"
#include "grade/grade_job.hpp"
#include "grade/grade_report.hpp"
#include "grade/response_reader.hpp"
#include "grade/tally.hpp"

namespace hocvu {

struct RowSinks {
  std::function<void(std::string_view)> scores, competencies, rejects;
};

struct PipelineResult {
  GradeTally tally;
  std::vector<InputAccount> inputs;
  uint64_t rows_read = 0, graded = 0, rejected = 0, duplicates = 0;
  std::array<uint64_t, 32> rejected_by_reason{};  // by RejectReason
};

struct PipelineSetup {
  const GradingKey* key = nullptr;
  const std::vector<FormGrader>* forms = nullptr;
  std::vector<std::string> inputs;   // files or "-", already expanded
  ReaderOptions reader;
  DuplicatePolicy duplicates = DuplicatePolicy::flag;
  unsigned threads = 1;
  std::function<void(const GradeProgress&)> progress;
};

// Throws FatalError (from the reader thread too) when an input cannot be read.
PipelineResult run_pipeline(const PipelineSetup& setup, const RowSinks& sinks);

}  // namespace hocvu
