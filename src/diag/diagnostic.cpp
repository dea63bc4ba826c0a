#include "diag/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <string_view>
#include <tuple>

#include "i18n/interface.hpp"

namespace hocvu {

Diagnostics::Diagnostics(std::initializer_list<Diagnostic> diagnostics) {
  for (const auto& diagnostic : diagnostics) {
    push_back(diagnostic);
  }
}

void Diagnostics::push_back(Diagnostic diagnostic) {
  size_t& kept = kept_[diagnostic.where.file];
  if (kept < kMaxPerFile) {
    ++kept;
    items_.push_back(std::move(diagnostic));
  } else {
    ++hidden_[diagnostic.where.file];
  }
}

void Diagnostics::append(Diagnostics&& other) {
  items_.reserve(items_.size() + other.items_.size());
  for (auto& diagnostic : other.items_) {
    push_back(std::move(diagnostic));
  }
  for (const auto& [file, hidden] : other.hidden_) {
    hidden_[file] += hidden;
  }
  other = Diagnostics();
}

void Diagnostics::close() {
  std::vector<std::pair<std::string, size_t>> over(hidden_.begin(), hidden_.end());
  std::sort(over.begin(), over.end());
  for (const auto& [file, hidden] : over) {
    // Past the limit on purpose: this one says how many were left out.
    items_.push_back(Diagnostic{Rule::too_many_findings, Location{file, 0, 0},
                                ui_format("rule.more_findings", fmt::arg("count", hidden)),
                                std::string(ui_text("rule.more_findings_hint"))});
  }
  kept_.clear();
  hidden_.clear();
}

void Diagnostics::sort() {
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(std::string_view(d.where.file), d.where.line, d.where.column,
                           std::string_view(d.code()), std::string_view(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(),
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
