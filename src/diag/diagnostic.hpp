#pragma once
// A finding about an input file: which rule, where, and what to do about it.
#include <cstdint>
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
// counted, so a hostile file with millions of problems costs bounded memory and output.
class Diagnostics : public std::vector<Diagnostic> {
 public:
  static constexpr size_t kMaxPerFile = 1000;
  using std::vector<Diagnostic>::vector;

  void push_back(Diagnostic diagnostic);
  // Adds one too-many-findings finding for each file that went over the limit, and starts
  // counting afresh.
  void close();

 private:
  std::unordered_map<std::string, size_t> per_file_;
};

// Orders by file, line, column, code, message: reports are the same whatever order the
// checks ran in.
void sort_diagnostics(Diagnostics& diagnostics);

struct DiagnosticCounts {
  size_t errors = 0;
  size_t warnings = 0;
};
DiagnosticCounts count_diagnostics(const Diagnostics& diagnostics);

}  // namespace hocvu
