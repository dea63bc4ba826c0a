#pragma once
// What `hocvu grade` and `hocvu merge` share on the command line: the scoring options, the
// progress line, and the closing summary.
#include <CLI/CLI.hpp>

#include <chrono>
#include <string>
#include <string_view>

#include "grade/grade_job.hpp"
#include "language_option.hpp"

namespace hocvu::cli {

// Options given as text and turned into the request's enums after parsing.
struct GradeOptionText {
  std::string format = "detect";
  std::string encoding = "utf-8";
  std::string partial = "false2";
  std::string duplicates = "flag";
  std::string language = "vi";
};

void add_scoring_options(CLI::App& command, GradeRequest& request, GradeOptionText& text);
// Sets the enums from `text` and records every setting that decides the results in request.options.
void apply_option_text(const GradeOptionText& text, GradeRequest& request);

// "hocvu: 1,234,567 rows  85.2 MB/s  ETA 3 s" on one line of a terminal, redrawn at most 5 times
// a second; nothing when off.
class ProgressLine {
 public:
  explicit ProgressLine(bool on) : on_(on), start_(std::chrono::steady_clock::now()) {}
  void update(const GradeProgress& progress);
  void end();

 private:
  bool on_;
  bool open_ = false;
  std::chrono::steady_clock::time_point start_, last_{};
};

// Prints the findings or "read N = graded G + rejected R" and returns the exit status; `what_key`
// names the run in the catalogue ("cli.grade.what.shard").
int finish_grading(const GradeOutcome& outcome, std::string_view what_key, bool quiet);

}  // namespace hocvu::cli
