#pragma once
// The grade job from files to files: read the key, stream every response file through readers,
// scoring and tallies on worker threads, write the row files as they come (in input order) and
// the statistics at the end, all into one output set swapped in whole. With `shard`, the output
// is a shard: the row files and the tally state, which `merge_shards` combines into exactly the
// files one run over all the input would have written.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grade/grade_attempt.hpp"
#include "grade/grade_report.hpp"
#include "grade/response_reader.hpp"
#include "grade/scoring.hpp"
#include "grade/statistics.hpp"
#include "io/output_folder.hpp"

namespace hocvu {

// --duplicates: a second attempt by the same candidate on the same date.
enum class DuplicatePolicy { flag, reject, allow };  // flag: graded and flagged; allow: not checked

struct GradeProgress {
  uint64_t rows = 0;
  uint64_t bytes = 0;        // raw bytes read so far, all files
  uint64_t total_bytes = 0;  // of the files whose size is known (0: unknown, e.g. stdin)
};

struct GradeRequest {
  std::string exam_folder;              // --exam DIR, or
  std::string key_file;                 // --key FILE
  std::optional<double> pass_percent;   // --pass-percent (needed with --key)
  std::vector<std::string> data;        // --data: the curriculum, for areas with --key
  std::vector<std::string> responses;   // files, folders, "-"
  std::string out;
  Overwrite overwrite = Overwrite::no;
  ReaderOptions reader;
  ScoringRules rules;
  std::string corrections_file;
  MasteryRule mastery;
  ItemThresholds thresholds;
  DuplicatePolicy duplicates = DuplicatePolicy::flag;
  unsigned threads = 0;                 // 0: all cores
  bool shard = false;
  Language language = Language::vi;
  std::vector<std::pair<std::string, std::string>> options;  // as given, for summary.json
  std::function<void(const GradeProgress&)> progress;        // may be empty
};

enum class GradeStatus {
  written,      // the output set is in `out`
  broken_key,   // `findings` are errors in the key, manifest or corrections; nothing was written
};

struct GradeOutcome {
  GradeStatus status = GradeStatus::written;
  Diagnostics findings;
  std::string out;
  uint64_t rows_read = 0, graded = 0, rejected = 0;
  std::vector<std::string> notes;   // things the person should know (e.g. areas unknown)
};

// Throws FatalError when the run cannot go on: unreadable input or output, bad options.
GradeOutcome run_grade_job(const GradeRequest& request);

struct MergeRequest {
  std::vector<std::string> shards;   // folders written by grade with shard = true, in input order
  std::string out;
  Overwrite overwrite = Overwrite::no;
  Language language = Language::vi;
};

GradeOutcome merge_shards(const MergeRequest& request);

}  // namespace hocvu
