#pragma once
// A finding about an input file: which rule, where, and what to do about it.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/rules.hpp"

namespace hocvu {

// 1-based line and column (columns count Unicode code points); 0 means "not known".
struct Location {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
};

struct Diagnostic {
  Rule rule;
  Location where;
  std::string message;
  std::string hint;  // optional: the fix, when it is obvious

  Severity severity() const { return rule_info(rule).severity; }
  const char* code() const { return rule_info(rule).code; }
};

// The findings of a run. At most kMaxPerFile findings are kept per file; the rest are only
// counted, so a hostile file with millions of problems costs bounded memory and output. The
// limit is the class's own rule: every way in (push_back, append) goes through it.
class Diagnostics {
 public:
  static constexpr size_t kMaxPerFile = 1000;
  using const_iterator = std::vector<Diagnostic>::const_iterator;

  Diagnostics() = default;
  Diagnostics(std::initializer_list<Diagnostic> diagnostics);

  void push_back(Diagnostic diagnostic);
  // Moves every finding of `other` in, under the same limit, with the counts it did not keep.
  void append(Diagnostics&& other);
  // Adds one too-many-findings finding for each file that went over the limit, and starts
  // counting afresh.
  void close();
  // Orders by file, line, column, code, message: reports are the same whatever order the
  // checks ran in.
  void sort();

  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Diagnostic& operator[](size_t index) const { return items_[index]; }
  const Diagnostic& at(size_t index) const { return items_.at(index); }
  const Diagnostic& front() const { return items_.front(); }
  const Diagnostic& back() const { return items_.back(); }

 private:
  std::vector<Diagnostic> items_;
  std::unordered_map<std::string, size_t> kept_;    // per file
  std::unordered_map<std::string, size_t> hidden_;  // per file: over the limit, only counted
};

struct DiagnosticCounts {
  size_t errors = 0;
  size_t warnings = 0;
};
DiagnosticCounts count_diagnostics(const Diagnostics& diagnostics);

}  // namespace hocvu
