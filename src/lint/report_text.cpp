#include <fmt/format.h>

#include "lint/report.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kGreen = "\033[1;32m";
constexpr const char* kCyan = "\033[1;36m";
constexpr const char* kReset = "\033[0m";
constexpr size_t kShownWidth = 120;  // code points of a long source line shown around the caret

struct Painter {
  bool color;
  std::string operator()(const char* code, std::string_view text) const {
    return color ? fmt::format("{}{}{}", code, text, kReset) : std::string(text);
  }
};

// Splits valid UTF-8 into code points (as byte strings).
std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) {
      ++length;
    }
    points.push_back(text.substr(i, length));
    i += length;
  }
  return points;
}

// The source line and a caret under `column`, both cut to a window around it when long.
void append_source(std::string& out, uint32_t line_number, std::string_view line, uint32_t column, const Painter& paint) {
  std::vector<std::string_view> points = code_points(line);
  size_t caret = std::min<size_t>(column == 0 ? 0 : column - 1, points.size());
  size_t first = points.size() > kShownWidth && caret > kShownWidth / 2 ? caret - kShownWidth / 2 : 0;
  size_t last = std::min(points.size(), first + kShownWidth);
  std::string shown = first > 0 ? "..." : "";
  std::string pad = first > 0 ? "   " : "";
  for (size_t i = first; i < last; ++i) {
    shown += points[i];
    if (i < caret) {
      pad += points[i] == "\t" ? '\t' : ' ';
    }
  }
  if (last < points.size()) {
    shown += "...";
  }
  std::string number = std::to_string(line_number);
  std::string gutter(number.size(), ' ');
  out += fmt::format("{} {} {}\n", paint(kCyan, number), paint(kCyan, "|"), shown);
  out += fmt::format("{} {} {}{}\n", gutter, paint(kCyan, "|"), pad, paint(kGreen, "^"));
}

}  // namespace

std::string printable_line(std::string_view line) {
  std::string out;
  while (!line.empty()) {
    size_t bad = find_invalid_utf8(line);
    std::string_view good = line.substr(0, bad == std::string_view::npos ? line.size() : bad);
    for (char c : good) {
      unsigned char u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t') || u == 0x7F) {
        out += "\xEF\xBF\xBD";
      } else {
        out += c;
      }
    }
    if (bad == std::string_view::npos) {
      break;
    }
    out += "\xEF\xBF\xBD";
    line.remove_prefix(bad + 1);
  }
  return out;
}

std::string format_text_report(const Diagnostics& diagnostics, const SourceLineLookup& lookup, TextStyle style) {
  Painter paint{style.color};
  std::string out;
  for (const auto& d : diagnostics) {
    std::string where = d.where.line == 0 ? d.where.file : fmt::format("{}:{}:{}", d.where.file, d.where.line, d.where.column);
    bool error = d.severity() == Severity::error;
    std::string label = fmt::format("{}[{}]", severity_name(d.severity()), d.code());
    // Messages and hints quote the file's keys and values: a control character there (YAML's
    // "\e" escape) must not reach the terminal, nor a line break split the finding.
    out += fmt::format("{}: {}: {}\n", paint(kBold, where), paint(error ? kRed : kMagenta, label),
                       paint(kBold, printable_line(d.message)));
    if (d.where.line != 0) {
      if (auto line = lookup(d.where.file, d.where.line)) {
        append_source(out, d.where.line, printable_line(*line), d.where.column, paint);
      }
    }
    if (!d.hint.empty()) {
      out += fmt::format("  {} {}\n", paint(kCyan, "= hint:"), printable_line(d.hint));
    }
  }
  return out;
}

std::string summary_line(const Diagnostics& diagnostics, const ReportSummary& summary) {
  DiagnosticCounts counts = count_diagnostics(diagnostics);
  auto plural = [](size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  std::string files = plural(summary.files, "file");
  if (counts.errors == 0 && counts.warnings == 0) {
    return fmt::format("no problems in {}", files);
  }
  return fmt::format("{} and {} in {}", plural(counts.errors, "error"), plural(counts.warnings, "warning"), files);
}

}  // namespace hocvu
