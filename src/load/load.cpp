#include "load/load.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "load/option_cues.hpp"
#include "load/parallel_for.hpp"
#include "load/question_checks.hpp"
#include "load/reference_checks.hpp"
#include "load/source_checks.hpp"

namespace hocvu {

namespace {

namespace fs = std::filesystem;

struct FileResult {
  Diagnostics diagnostics;
  LoadedDocument loaded;
  std::string sha256;
  uint64_t bytes = 0;
  bool unreadable = false;  // no document came of it (too large, bad bytes, bad YAML)
};

// Frees what only the per-file work needed (see LoadOptions::keep_texts).
void drop_texts(Bank& bank) {
  for (auto& question : bank.questions) {
    std::string().swap(question.stem.value);
    std::vector<Option>().swap(question.options);
    std::string().swap(question.source);
    std::string().swap(question.explanation);
    std::string().swap(question.unit);
  }
  for (auto& exhibit : bank.exhibits) {
    std::string().swap(exhibit.text);
    std::vector<std::vector<std::string>>().swap(exhibit.table);
    std::vector<std::vector<double>>().swap(exhibit.values);
  }
}

// The source checks' findings, less the tab findings on a line where a tab stopped the YAML
// parser: the composer's finding there says the same and that the file could not be read.
Diagnostics without_tabs_composed(Diagnostics&& source, const Diagnostics& composed) {
  std::set<uint32_t> lines;
  for (const auto& d : composed) {
    if (d.rule == Rule::tab_character) lines.insert(d.where.line);
  }
  if (lines.empty()) {
    return std::move(source);
  }
  Diagnostics kept;
  for (const auto& d : source) {
    if (d.rule != Rule::tab_character || lines.count(d.where.line) == 0) kept.push_back(d);
  }
  return kept;
}

void load_bytes(const std::string& path, uint32_t file_index, std::string_view bytes, const LoadOptions& options,
                const FileHook& hook, FileResult& result) {
  result.unreadable = true;
  Diagnostics source;
  if (!check_source(bytes, path, source)) {
    result.diagnostics.append(std::move(source));
    return;
  }
  Diagnostics composed;
  Document document = compose_yaml(bytes, path, options.limits, composed);
  // An empty file defines nothing: it is reported (E109) but hides no ids from other files.
  result.unreadable = std::any_of(composed.begin(), composed.end(),
                                  [](const Diagnostic& d) { return d.rule != Rule::empty_file; });
  result.diagnostics.append(without_tabs_composed(std::move(source), composed));
  result.diagnostics.append(std::move(composed));
  if (!document.has_root()) {
    return;
  }
  result.unreadable = false;
  check_mojibake(document, path, result.diagnostics);
  FileContext context{document, path, file_index, result.diagnostics};
  result.loaded = load_document(context);
  if (result.loaded.bank) {
    for (auto& question : result.loaded.bank->questions) {
      question.answer = check_question(question, path, result.diagnostics);
      question.cues = option_cues(question);
    }
  }
  if (hook) {
    hook(file_index, document, result.loaded, result.diagnostics);
  }
  if (result.loaded.bank && !options.keep_texts) {
    drop_texts(*result.loaded.bank);
  }
}

FileResult load_one_file(const std::string& path, uint32_t file_index, const LoadOptions& options,
                         const ReadSource& read, const FileHook& hook) {
  FileResult result;
  SourceBytes source = read(path, options.max_file_size);
  result.bytes = source.size;
  if (source.too_large) {
    result.diagnostics.push_back(Diagnostic{Rule::file_too_large, Location{path, 0, 0},
                                            ui_format("load.file_too_large", fmt::arg("size", source.size),
                                                      fmt::arg("limit", options.max_file_size)),
                                            std::string(ui_text("load.file_too_large_hint"))});
    result.unreadable = true;
    return result;
  }
  result.sha256 = sha256_hex(source.bytes);
  load_bytes(path, file_index, source.bytes, options, hook, result);
  return result;
}


void add_file(LoadResult& load, const std::string& path, FileResult& result) {
  load.bytes += result.bytes;
  if (result.unreadable) {
    load.unreadable.push_back(path);
  }
  load.diagnostics.append(std::move(result.diagnostics));
  LoadedDocument& loaded = result.loaded;
  if (loaded.framework) {
    load.model.frameworks.push_back(std::move(*loaded.framework));
  }
  if (loaded.blueprint) {
    load.model.blueprints.push_back(std::move(*loaded.blueprint));
  }
  if (loaded.unit_tree) {
    load.model.unit_trees.push_back(std::move(*loaded.unit_tree));
  }
  if (loaded.targets) {
    load.model.targets.push_back(std::move(*loaded.targets));
  }
  if (loaded.bank) {
    load.questions += loaded.bank->questions.size();
    load.model.banks.push_back(std::move(*loaded.bank));
  }
}

// The folder's .yaml and .yml files, sorted; fatal when any part of it cannot be read.
std::vector<std::string> yaml_files_below(const std::string& folder) {
  auto unreadable = [&](const fs::path& where, const std::error_code& error) {
    return FatalError(ui_format("load.io.unreadable_input_folder", fmt::arg("path", where.string()),
                                fmt::arg("reason", error.message())));
  };
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, error);
  if (error) {
    throw unreadable(folder, error);
  }
  while (it != fs::recursive_directory_iterator()) {
    fs::path current = it->path();
    std::error_code kind_error;
    bool directory = it->is_directory(kind_error);
    std::string name = current.filename().string();
    if (directory && !name.empty() && name[0] == '.') {
      it.disable_recursion_pending();
    } else if (!directory && (current.extension() == ".yaml" || current.extension() == ".yml")) {
      found.push_back(current.lexically_normal().string());
    }
    it.increment(error);
    if (error) {
      // The step into `current` (a folder) or on past it failed.
      throw unreadable(directory ? current : current.parent_path(), error);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

// An id the unreadable file would have defined is unknown to every file that refers to it:
// while a file could not be read, unknown references are counted, not listed.
void check_references_of_read_files(LoadResult& load) {
  Diagnostics references;
  check_references(load.model, references);
  if (load.unreadable.empty()) {
    load.diagnostics.append(std::move(references));
    return;
  }
  for (const auto& d : references) {
    if (d.rule == Rule::unknown_reference) {
      ++load.held_back_references;
    } else {
      load.diagnostics.push_back(d);
    }
  }
}

}  // namespace

SourceBytes read_source_from_disk(const std::string& path, uint64_t max_size) {
  FileBytes file = read_regular_file(path, max_size);
  return SourceBytes{std::move(file.bytes), file.size, file.too_large};
}

LoadResult load_files(const std::vector<std::string>& paths, const LoadOptions& options, const ReadSource& read,
                      const FileHook& hook) {
  std::vector<FileResult> results(paths.size());
  unsigned threads = thread_count(options.threads);
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, paths.size())));
  parallel_for(paths.size(), threads, [&](size_t i) {
    results[i] = load_one_file(paths[i], static_cast<uint32_t>(i), options, read, hook);
  });

  LoadResult load;
  load.model.files = paths;
  for (size_t i = 0; i < results.size(); ++i) {
    load.inputs.push_back(InputFile{paths[i], std::move(results[i].sha256)});
    add_file(load, paths[i], results[i]);
  }
  results.clear();
  check_references_of_read_files(load);
  load.diagnostics.close();
  load.diagnostics.sort();
  return load;
}

std::vector<std::string> collect_yaml_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      throw FatalError(ui_format("load.io.no_such_path", fmt::arg("path", path)));
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> found = yaml_files_below(path);
      files.insert(files.end(), found.begin(), found.end());
    } else {
      check_regular_file(path);  // a FIFO or device named here would block or never end
      files.push_back(fs::path(path).lexically_normal().string());
    }
  }
  // A file reached twice is loaded once: same device and inode, whatever the spelling.
  std::vector<std::string> unique;
  std::set<std::pair<uint64_t, uint64_t>> seen;
  for (auto& file : files) {
    struct stat info {};
    bool known = ::stat(file.c_str(), &info) == 0;
    if (!known || seen.emplace(info.st_dev, info.st_ino).second) {
      unique.push_back(std::move(file));
    }
  }
  return unique;
}

std::vector<std::string> curriculum_paths(const std::vector<std::string>& given, std::string_view command,
                                          ReportFolder reports) {
  if (!given.empty()) {
    return given;
  }
  std::vector<const char*> folders = {"framework", "question-banks"};
  if (reports == ReportFolder::include) {
    folders.push_back("reports");
  }
  std::vector<std::string> paths;
  for (const char* folder : folders) {
    std::error_code error;
    if (fs::is_directory(folder, error)) {
      paths.emplace_back(folder);
    }
  }
  if (paths.empty()) {
    std::string_view names = ui_text(reports == ReportFolder::include ? "load.paths.default_folders_with_reports"
                                                                      : "load.paths.default_folders");
    // exam's paths are an option, lint's are arguments: say how this command is given them.
    std::string_view naming = ui_text(command == "exam" ? "load.paths.name_data_folders" : "load.paths.name_files");
    throw FatalError(ui_format("load.paths.none", fmt::arg("folders", names), fmt::arg("command", command),
                               fmt::arg("naming", naming)));
  }
  return paths;
}

}  // namespace hocvu
