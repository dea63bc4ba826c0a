#include "lint/linter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "io/error.hpp"
#include "io/file.hpp"
#include "lint/model_checks.hpp"
#include "lint/question_checks.hpp"
#include "lint/source_checks.hpp"
#include "model/load.hpp"

namespace hocvu {

namespace {

namespace fs = std::filesystem;

struct FileResult {
  Diagnostics diagnostics;
  std::optional<Framework> framework;
  std::optional<Bank> bank;
  std::optional<Blueprint> blueprint;
  std::vector<StemPrint> stems;
  uint64_t bytes = 0;
};

// Frees what only the per-file checks needed (see LintOptions::keep_texts).
void drop_texts(Bank& bank) {
  for (auto& question : bank.questions) {
    std::string().swap(question.stem.value);
    std::vector<Option>().swap(question.options);
    std::string().swap(question.source);
    std::string().swap(question.explanation);
    std::string().swap(question.unit);
  }
}

void lint_bytes(const std::string& path, uint32_t file_index, std::string_view bytes, const LintOptions& options,
                FileResult& result) {
  if (!check_source(bytes, path, result.diagnostics)) {
    return;
  }
  Document document = compose_yaml(bytes, path, options.limits, result.diagnostics);
  if (!document.has_root()) {
    return;
  }
  check_mojibake(document, path, result.diagnostics);
  FileContext context{document, path, file_index, result.diagnostics};
  LoadedDocument loaded = load_document(context);
  result.framework = std::move(loaded.framework);
  result.blueprint = std::move(loaded.blueprint);
  if (loaded.bank) {
    for (const auto& question : loaded.bank->questions) {
      check_question(question, path, result.diagnostics);
      result.stems.push_back(stem_print(question.stem.value));
    }
    if (!options.keep_texts) {
      drop_texts(*loaded.bank);
    }
    result.bank = std::move(loaded.bank);
  }
}

FileResult lint_one_file(const std::string& path, uint32_t file_index, const LintOptions& options,
                         const ReadSource& read) {
  FileResult result;
  SourceBytes source = read(path, options.max_file_size);
  result.bytes = source.size;
  if (source.too_large) {
    result.diagnostics.push_back(Diagnostic{Rule::file_too_large, Location{path, 0, 0},
                                            fmt::format("the file is {} bytes, over the limit of {} bytes; it is not read",
                                                        source.size, options.max_file_size),
                                            "split it into smaller files, or raise --max-file-size"});
    return result;
  }
  lint_bytes(path, file_index, source.bytes, options, result);
  result.diagnostics.close();
  return result;
}

// Runs `work(i)` for every i below `count` on `threads` threads; rethrows the first failure.
template <typename Work>
void parallel_for(size_t count, unsigned threads, Work work) {
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) {
          failure = std::current_exception();
        }
        next = count;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    pool.emplace_back(worker);
  }
  worker();
  for (auto& thread : pool) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

}  // namespace

SourceBytes read_source_from_disk(const std::string& path, uint64_t max_size) {
  SourceBytes source;
  source.size = file_size(path);
  if (source.size > max_size) {
    source.too_large = true;
    return source;
  }
  source.bytes = read_file(path);
  source.size = source.bytes.size();
  return source;
}

LintResult lint_files(const std::vector<std::string>& paths, const LintOptions& options, const ReadSource& read) {
  std::vector<FileResult> results(paths.size());
  unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, paths.size())));
  parallel_for(paths.size(), threads, [&](size_t i) {
    results[i] = lint_one_file(paths[i], static_cast<uint32_t>(i), options, read);
  });

  LintResult lint;
  lint.model.files = paths;
  std::vector<std::vector<StemPrint>> stems;
  for (auto& result : results) {
    lint.bytes += result.bytes;
    lint.diagnostics.insert(lint.diagnostics.end(), std::make_move_iterator(result.diagnostics.begin()),
                            std::make_move_iterator(result.diagnostics.end()));  // already limited per file
    if (result.framework) {
      lint.model.frameworks.push_back(std::move(*result.framework));
    }
    if (result.blueprint) {
      lint.model.blueprints.push_back(std::move(*result.blueprint));
    }
    if (result.bank) {
      lint.questions += result.bank->questions.size();
      lint.model.banks.push_back(std::move(*result.bank));
      stems.push_back(std::move(result.stems));
    }
  }
  results.clear();
  check_references(lint.model, lint.diagnostics);
  check_stems(lint.model, stems, lint.diagnostics);
  check_coverage(lint.model, options.min_questions, lint.diagnostics);
  check_blueprints(lint.model, lint.diagnostics);
  lint.diagnostics.close();
  sort_diagnostics(lint.diagnostics);
  return lint;
}

std::vector<std::string> collect_yaml_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      throw FatalError(fmt::format("cannot open '{}': no such file or folder", path));
    }
    if (!fs::is_directory(status)) {
      files.push_back(fs::path(path).lexically_normal().string());
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    if (error) {
      throw FatalError(fmt::format("cannot read folder '{}': {}", path, error.message()));
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (error) {
        throw FatalError(fmt::format("cannot read folder '{}': {}", path, error.message()));
      }
      std::string name = it->path().filename().string();
      if (it->is_directory() && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending();
        continue;
      }
      std::string extension = it->path().extension().string();
      if (it->is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
        found.push_back(it->path().lexically_normal().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  // A file named twice (directly and through its folder) is linted once.
  std::vector<std::string> unique;
  std::unordered_set<std::string> seen;
  for (auto& file : files) {
    if (seen.insert(file).second) {
      unique.push_back(std::move(file));
    }
  }
  return unique;
}

}  // namespace hocvu
