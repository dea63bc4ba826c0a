#include "diag/diagnostic.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>

namespace hocvu {

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
