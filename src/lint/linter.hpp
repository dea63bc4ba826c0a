#pragma once
// Lints framework and question-bank files: each file on its own (in parallel), then the
// checks across all of them.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "yaml/compose.hpp"

namespace hocvu {

struct LintOptions {
  uint64_t max_file_size = 16u << 20;
  size_t min_questions = 4;  // per competency and level a role requires; 0 turns the check off
  ComposeLimits limits;
  unsigned threads = 0;      // 0: one per core
  // Keep question texts (stems, options, explanations) in the result's model. Off by default:
  // the checks across files need only ids, references and positions, and dropping the texts
  // once a file is checked keeps a 100,000-question lint within its memory budget.
  bool keep_texts = false;
};

struct LintResult {
  Model model;
  Diagnostics diagnostics;  // sorted
  uint64_t bytes = 0;
  size_t questions = 0;
};

// Where a file's bytes come from: the disk, or memory in tests. A file over `max_size` is
// not read: only its size is returned. Throws FatalError when the file cannot be read.
struct SourceBytes {
  std::string bytes;
  uint64_t size = 0;
  bool too_large = false;
};
using ReadSource = std::function<SourceBytes(const std::string& path, uint64_t max_size)>;
SourceBytes read_source_from_disk(const std::string& path, uint64_t max_size);

LintResult lint_files(const std::vector<std::string>& paths, const LintOptions& options,
                      const ReadSource& read = read_source_from_disk);

// Expands folders into the .yaml and .yml files below them (sorted, hidden folders skipped);
// files named directly are kept whatever their extension. Throws FatalError for a path that
// does not exist.
std::vector<std::string> collect_yaml_files(const std::vector<std::string>& paths);

}  // namespace hocvu
