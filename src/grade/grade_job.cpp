// The grade job: key, corrections, response files, outputs (see grade_job.hpp).
#include "grade/grade_job.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <thread>

#include "grade/grade_outputs.hpp"
#include "grade/grade_pipeline.hpp"
#include "grade/grading_setup.hpp"
#include "grade/grade_rows.hpp"
#include "grade/load_key.hpp"
#include "grade/shard_state.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "load/load.hpp"

namespace hocvu {

namespace {

bool is_folder(const std::string& path) {
  struct stat info {};
  return path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// The response files of a folder: its regular files (not hidden), sorted by name, not recursed.
std::vector<std::string> folder_files(const std::string& folder) {
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) throw FatalError(ui_format("grade.folder_unreadable", fmt::arg("folder", folder)));
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(dir)) {
    if (entry->d_name[0] != '.') names.emplace_back(entry->d_name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  std::vector<std::string> files;
  for (const auto& name : names) {
    std::string path = folder.back() == '/' ? folder + name : folder + "/" + name;
    if (!is_folder(path)) files.push_back(path);
  }
  return files;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& given) {
  std::vector<std::string> inputs;
  for (const auto& path : given) {
    if (is_folder(path)) {
      for (auto& file : folder_files(path)) inputs.push_back(std::move(file));
    } else {
      inputs.push_back(path);
    }
  }
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) {
    throw FatalError(std::string(ui_text("grade.stdin_twice")));
  }
  return inputs;
}

unsigned thread_count(unsigned asked) {
  if (asked != 0) return asked;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

GradeOutcome run_grade_job(const GradeRequest& request) {
  GradeOutcome outcome;
  outcome.out = request.out;
  std::unique_ptr<GradingSetup> setup = prepare_grading(request, outcome);
  if (!setup) return outcome;
  std::vector<std::string> inputs = expand_inputs(request.responses);
  if (inputs.empty()) throw FatalError(std::string(ui_text("grade.no_response_files")));

  OutputFolder out(request.out, request.overwrite);
  RowFiles rows(out, setup->key.key);
  PipelineSetup pipeline{&setup->key.key, &setup->forms, inputs, request.reader, request.duplicates,
                         thread_count(request.threads), request.progress};
  PipelineResult result = run_pipeline(pipeline, rows.sinks());
  rows.commit();

  GradeReport report = base_report(request, *setup);
  report.inputs = result.inputs;
  report.rows_read = result.rows_read;
  report.graded = result.graded;
  report.rejected = result.rejected;
  for (size_t r = 0; r < result.rejected_by_reason.size(); ++r) {
    if (result.rejected_by_reason[r] != 0) {
      report.rejected_by_code[reject_code(static_cast<RejectReason>(r))] = result.rejected_by_reason[r];
    }
  }
  report.duplicate_attempts = result.duplicates;
  if (request.shard) {
    write_shard_state(out, request, setup->key, setup->corrections_sha256, report, result.tally);
  } else {
    write_statistics(out, setup->key.key, setup->items(), result.tally, report);
  }
  out.commit();
  outcome.rows_read = result.rows_read;
  outcome.graded = result.graded;
  outcome.rejected = result.rejected;
  return outcome;
}

}  // namespace hocvu
