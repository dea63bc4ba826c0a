#include "diag/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <string_view>
#include <tuple>

namespace hocvu {

void Diagnostics::push_back(Diagnostic diagnostic) {
  if (++per_file_[diagnostic.where.file] <= kMaxPerFile) {
    std::vector<Diagnostic>::push_back(std::move(diagnostic));
  }
}

void Diagnostics::close() {
  std::vector<std::pair<std::string, size_t>> over;
  for (const auto& [file, count] : per_file_) {
    if (count > kMaxPerFile) {
      over.emplace_back(file, count - kMaxPerFile);
    }
  }
  std::sort(over.begin(), over.end());
  for (const auto& [file, hidden] : over) {
    std::vector<Diagnostic>::push_back(Diagnostic{Rule::too_many_findings, Location{file, 0, 0},
                                                  fmt::format("{} more findings in this file are not listed", hidden),
                                                  "fix the findings listed and lint again"});
  }
  per_file_.clear();
}

void sort_diagnostics(Diagnostics& diagnostics) {
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(std::string_view(d.where.file), d.where.line, d.where.column,
                           std::string_view(d.code()), std::string_view(d.message));
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

DiagnosticCounts count_diagnostics(const Diagnostics& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& d : diagnostics) {
    if (d.severity() == Severity::error) {
      ++counts.errors;
    } else {
      ++counts.warnings;
    }
  }
  return counts;
}

}  // namespace hocvu
