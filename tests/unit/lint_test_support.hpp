#pragma once
// Test helpers for the lint tests: lint files held in memory through hocvu::lint_files, a tiny
// valid framework to lint banks against, and filters over the diagnostics.
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/error.hpp"
#include "lint/linter.hpp"

namespace hocvu::test {

// Path → bytes.
using MemoryFiles = std::map<std::string, std::string>;

// A ReadSource that serves the bytes of `files` (copied, so the source outlives the map it was
// made from); a path that is not there throws FatalError, as a missing file on disk would.
inline ReadSource memory_source(MemoryFiles files) {
  return [files = std::move(files)](const std::string& path, uint64_t max_size) {
    auto found = files.find(path);
    if (found == files.end()) {
      throw FatalError("cannot open '" + path + "'");
    }
    SourceBytes source;
    source.size = found->second.size();
    if (source.size > max_size) {
      source.too_large = true;
      return source;
    }
    source.bytes = found->second;
    return source;
  };
}

// Options for tests that are not about coverage or alignment: no coverage findings, no
// W308-W311, one thread.
inline LintOptions no_coverage_options() {
  LintOptions options;
  options.min_questions = 0;
  options.alignment = false;
  options.load.threads = 1;
  return options;
}

// Lints `paths` (in that order: it fixes the file indices) reading them from `files`.
inline LintResult lint_memory(const MemoryFiles& files, const std::vector<std::string>& paths,
                              const LintOptions& options = no_coverage_options()) {
  return lint_files(paths, options, memory_source(files));
}

// Lints every file of `files`, in path order.
inline LintResult lint_memory(const MemoryFiles& files, const LintOptions& options = no_coverage_options()) {
  std::vector<std::string> paths;
  for (const auto& entry : files) {
    paths.push_back(entry.first);
  }
  return lint_memory(files, paths, options);
}

// A Diagnostics holding `list` (it is a class with its own push_back, not a plain vector).
inline Diagnostics diagnostics_of(std::initializer_list<Diagnostic> list) {
  Diagnostics out;
  for (const auto& d : list) {
    out.push_back(d);
  }
  return out;
}

// The diagnostics of one rule, in their order.
inline Diagnostics with_rule(const Diagnostics& diagnostics, Rule rule) {
  Diagnostics out;
  for (const auto& d : diagnostics) {
    if (d.rule == rule) {
      out.push_back(d);
    }
  }
  return out;
}

// The diagnostics of every rule but `rule`.
inline Diagnostics without_rule(const Diagnostics& diagnostics, Rule rule) {
  Diagnostics out;
  for (const auto& d : diagnostics) {
    if (d.rule != rule) {
      out.push_back(d);
    }
  }
  return out;
}

// "bank.yaml:14:13: E401 message [hint]": one line per diagnostic, for comparing whole lists
// and for readable failure messages (INFO(describe(result.diagnostics))).
inline std::string describe(const Diagnostic& d) {
  std::string text = d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
                     ": " + d.code() + " " + d.message;
  if (!d.hint.empty()) {
    text += " [" + d.hint + "]";
  }
  return text;
}

inline std::string describe(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics) {
    text += describe(d) + "\n";
  }
  return text.empty() ? "(no diagnostics)\n" : text;
}

// A tiny valid framework: 2 levels, 1 area, 2 competencies with outcomes, 1 role with a
// baseline and a requirement. Line numbers other tests rely on are noted on the right.
inline const std::string kFrameworkPath = "framework/fw.yaml";
inline const std::string kFramework = R"(framework:
  id: fw
  version: "1.0"
  title: Khung kỹ năng số thử nghiệm
  language: vi
levels:
  - id: CB
    name: Cơ bản
  - id: TC
    name: Trung cấp
areas:
  - id: "1"
    title: Khai thác dữ liệu và thông tin
    competencies:
      - id: "1.1"
        title: Duyệt, tìm kiếm và lọc thông tin
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được nguồn tin cậy
          - id: 1.1-TC-1
            level: TC
            kind: skill
            text: Lọc được kết quả tìm kiếm
      - id: "1.2"
        title: Đánh giá dữ liệu và thông tin
        outcomes:
          - id: 1.2-CB-1
            level: CB
            kind: knowledge
            text: Nhận biết được tin giả
roles:
  - id: dbqh
    name: Đại biểu Quốc hội
    baseline: CB
    requires:
      - competency: "1.1"
        level: TC
)";
// kFramework lines: 2 framework id, 7 level CB, 9 level TC, 15 competency 1.1, 18 outcome
// 1.1-CB-1, 22 outcome 1.1-TC-1, 26 competency 1.2, 29 outcome 1.2-CB-1, 34 role dbqh,
// 36 baseline (value at column 15), 38 requirement (competency value at column 21).

// A bank of framework fw: the five header lines, then `questions` (which start at line 6).
inline std::string bank_yaml(const std::string& questions, const std::string& id = "b1") {
  return "bank:\n  id: " + id + "\n  framework: fw\n  language: vi\nquestions:\n" + questions;
}

}  // namespace hocvu::test
