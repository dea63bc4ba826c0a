#pragma once
// The accounting of a grading run, for summary.json and analysis.html: what was read from where,
// what was graded and rejected, which corrections and options were used.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "grade/corrections.hpp"
#include "grade/grading_key.hpp"
#include "grade/statistics.hpp"
#include "i18n/language.hpp"
#include "load/load.hpp"

namespace hocvu {

struct InputAccount {
  std::string path;      // as given ("-" for stdin)
  std::string sha256;    // of the bytes as read (before decompression)
  std::string format;    // "wide", "long", "jsonl"
  uint64_t rows = 0, graded = 0, rejected = 0;
};

struct AppliedCorrection {
  Correction correction;
  std::vector<std::string> forms;  // the forms it changed
};

struct GradeReport {
  const GradingKey* key = nullptr;
  std::string key_source;                 // the exam folder or key file, as given
  std::vector<InputFile> exam_files;      // key.csv, manifest.json, the corrections file: with SHA-256
  std::vector<InputAccount> inputs;
  uint64_t rows_read = 0, graded = 0, rejected = 0;   // rows_read == graded + rejected
  std::map<std::string, uint64_t> rejected_by_code;  // reject_code() -> rows
  uint64_t duplicate_attempts = 0;        // graded attempts flagged as duplicates
  std::vector<AppliedCorrection> corrections;
  std::vector<std::pair<std::string, std::string>> options;  // option name -> value, in a fixed order
  ItemThresholds thresholds;
  Language language = Language::vi;
  uint32_t mastery_min_items = 2;  // a requirement with fewer questions on a form is not measured there
};

// items.csv and distractors.csv (columns in README "Grading outputs").
std::string render_items_csv(const GradeStatistics& statistics);
std::string render_distractors_csv(const GradeStatistics& statistics);
// summary.json: per form and overall statistics, the accounting, the corrections and options.
std::string render_summary_json(const GradeStatistics& statistics, const GradeReport& report);
// analysis.html: one self-contained page (inline CSS and SVG, no scripts, no network).
std::string render_analysis_html(const GradeStatistics& statistics, const GradeReport& report);

}  // namespace hocvu
