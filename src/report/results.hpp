#pragma once
// The results of `hocvu grade`: from each results folder, scores.csv and competencies.csv read
// side by side (their rows are the same attempts in the same order), streamed: memory does not
// grow with the number of attempts.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/data_problem.hpp"
#include "text/date.hpp"

namespace hocvu {

// One graded attempt, valid only during the sink call.
struct ResultAttempt {
  std::string_view person;  // candidate_id
  std::string_view exam;
  Day date = 0;
  bool passed = false;
  double percent = 0;
  // Indexes into the competency ids given to read_results: those measured on this attempt
  // (a percent in competencies.csv) and those mastered (listed in its `mastered` column).
  const std::vector<uint16_t>* measured = nullptr;
  const std::vector<uint16_t>* mastered = nullptr;
  uint32_t file = 0;   // index in ResultsRead::files (the scores.csv)
  std::string_view scores_path;  // that file's path
  uint64_t line = 0;   // line in scores.csv
};

struct ResultFile {
  std::string path;
  std::string sha256;
  uint64_t rows = 0;      // data rows read (the header not counted)
  uint64_t used = 0;      // rows handed to the sink
  uint64_t rejected = 0;  // rows reported as problems
};

struct ResultsRead {
  std::vector<ResultFile> files;  // per folder: scores.csv, then competencies.csv (then summary.json when present)
  uint64_t attempts = 0;
};

using AttemptSink = std::function<void(const ResultAttempt& attempt)>;

// Reads each folder's scores.csv and competencies.csv (competencies.csv may be absent: then no
// competency is measured). `competencies` lists the framework's competency ids; a column of
// competencies.csv that is not among them is reported once per file. A row that cannot be read
// (wrong field count, a date that is not a date, passed neither true nor false, the two files
// out of step) is reported (bad_result_row, bad_result_date) and skipped. Throws FatalError when
// a folder has no scores.csv, or a file's header is not what hocvu grade writes.
ResultsRead read_results(const std::vector<std::string>& folders, const std::vector<std::string>& competencies,
                         const AttemptSink& sink, DataProblems& problems);

}  // namespace hocvu
