#pragma once
// The loading stage every job starts with: files and folders → the typed model, the findings
// of reading it (bytes, YAML, fields, answers, ids and references), and the SHA-256 of every
// file, hashed from the very bytes that were parsed. Each file is read once, on a worker
// thread; lint, exam and the jobs after them add their own work on top.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/load.hpp"
#include "model/model.hpp"
#include "yaml/compose.hpp"

namespace hocvu {

// Where a file's bytes come from: the disk, or memory in tests and fuzzers. Reads at most
// `max_size` bytes; a larger file is not kept: only `too_large` and what is known of its size
// are returned. Throws FatalError when the file cannot be read or is not a regular file.
struct SourceBytes {
  std::string bytes;
  uint64_t size = 0;
  bool too_large = false;
};
using ReadSource = std::function<SourceBytes(const std::string& path, uint64_t max_size)>;
SourceBytes read_source_from_disk(const std::string& path, uint64_t max_size);

struct LoadOptions {
  uint64_t max_file_size = 16u << 20;
  ComposeLimits limits;
  unsigned threads = 0;  // 0: one per core
  // Keep question texts (stems, options, explanations) in the model. Lint turns this off:
  // its checks across files need only ids, references and positions, and dropping texts once
  // a file is read keeps a 100,000-question lint within its memory budget.
  bool keep_texts = true;
};

// A file that was read, as the manifest records it.
struct InputFile {
  std::string path;
  std::string sha256;  // lowercase hex of the bytes parsed; empty when the file was not read
};

struct LoadResult {
  Model model;
  Diagnostics diagnostics;  // closed and sorted
  std::vector<InputFile> inputs;  // inputs[i] is model.files[i]
  uint64_t bytes = 0;
  size_t questions = 0;
  // Files no document came of (too large, not UTF-8, not YAML, empty): their findings say
  // why. While there are any, a reference to an unknown id may be to one they define, so
  // unknown references (E302) are only counted here, and checks across files that depend on
  // every file (coverage, blueprints) should be held back too.
  std::vector<std::string> unreadable;
  size_t held_back_references = 0;
};

// A job's own work on one file while its text and document are at hand (lint's duplicate-stem
// fingerprints), run on that file's worker thread. `file` indexes Model::files.
using FileHook = std::function<void(uint32_t file, const Document& document, const LoadedDocument& loaded,
                                    Diagnostics& diagnostics)>;

LoadResult load_files(const std::vector<std::string>& paths, const LoadOptions& options,
                      const ReadSource& read = read_source_from_disk, const FileHook& hook = nullptr);

// Expands folders into the .yaml and .yml files below them (sorted, hidden folders skipped);
// files named directly are kept whatever their extension. A file reached twice (named twice,
// through a folder and directly, or through a symbolic link) is listed once, under the first
// name. Throws FatalError for a path that does not exist and for a folder that cannot be read:
// half a curriculum must never pass for the whole.
std::vector<std::string> collect_yaml_files(const std::vector<std::string>& paths);

// Whether the folder of report files (reports/: units.yaml, targets.yaml) is read by default.
enum class ReportFolder { leave_out, include };

// The paths to load when none are given: framework/ and question-banks/ in the working
// folder, and reports/ too with ReportFolder::include (lint). Throws FatalError, naming
// `command`, when none of them exists.
std::vector<std::string> curriculum_paths(const std::vector<std::string>& given, std::string_view command,
                                          ReportFolder reports = ReportFolder::leave_out);

}  // namespace hocvu
