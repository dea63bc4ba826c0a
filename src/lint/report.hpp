#pragma once
// Writers for lint findings: compiler-style text, JSON, SARIF 2.1.0, GitHub annotations.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace hocvu {

enum class ReportFormat { text, json, sarif, github };
std::optional<ReportFormat> parse_report_format(std::string_view name);

struct ReportSummary {
  size_t files = 0;
  size_t questions = 0;
};

// The text of line `line` (1-based) of `file`, for showing the source under a finding; an
// empty optional when it cannot be had.
using SourceLineLookup = std::function<std::optional<std::string>(const std::string& file, uint32_t line)>;

struct TextStyle {
  bool color = false;
};

// Every writer shows text from the input files (file names, ids, source lines) with its control
// characters escaped (text/escape.hpp): "\x1b" in text and GitHub annotations, "\u001b" in JSON.
std::string format_text_report(const Diagnostics& diagnostics, const SourceLineLookup& lookup, TextStyle style);
std::string format_json_report(const Diagnostics& diagnostics, const ReportSummary& summary);
std::string format_sarif_report(const Diagnostics& diagnostics);
std::string format_github_report(const Diagnostics& diagnostics);

// "3 errors and 1 warning in 7 files" (or "no problems in 7 files").
std::string summary_line(const Diagnostics& diagnostics, const ReportSummary& summary);

}  // namespace hocvu
