#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "lint/report.hpp"
#include "text/escape.hpp"
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

// The source line and a caret under `column`, both cut to a window around it when long. Each
// character is shown escaped when it is unprintable ("\x1b" for ESC), and the caret line pads by
// what is shown, so the caret stays under the character it points at.
void append_source(std::string& out, uint32_t line_number, std::string_view line, uint32_t column, const Painter& paint) {
  std::vector<std::string_view> points = code_points(line);
  size_t caret = std::min<size_t>(column == 0 ? 0 : column - 1, points.size());
  size_t first = points.size() > kShownWidth && caret > kShownWidth / 2 ? caret - kShownWidth / 2 : 0;
  size_t last = std::min(points.size(), first + kShownWidth);
  std::string shown = first > 0 ? "..." : "";
  std::string pad = first > 0 ? "   " : "";
  for (size_t i = first; i < last; ++i) {
    std::string point = escape_unprintable(points[i]);
    shown += point;
    if (i < caret) {
      pad += point == "\t" ? std::string("\t") : std::string(count_code_points(point), ' ');
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

// The severity as a person reads it; the machine formats keep severity_name.
std::string_view severity_word(Severity severity) {
  return ui_text(severity == Severity::error ? "lint.severity.error" : "lint.severity.warning");
}

}  // namespace

std::string format_text_report(const Diagnostics& diagnostics, const SourceLineLookup& lookup, TextStyle style) {
  Painter paint{style.color};
  std::string out;
  for (const auto& d : diagnostics) {
    // Names and messages quote the input files: an id or a file name holding ESC or CR must not
    // paint the terminal or forge a line such as a fake summary.
    std::string file = escape_unprintable(d.where.file);
    std::string where = d.where.line == 0 ? file : fmt::format("{}:{}:{}", file, d.where.line, d.where.column);
    bool error = d.severity() == Severity::error;
    std::string label = fmt::format("{}[{}]", severity_word(d.severity()), d.code());
    out += fmt::format("{}: {}: {}\n", paint(kBold, where), paint(error ? kRed : kMagenta, label),
                       paint(kBold, escape_unprintable(d.message)));
    if (d.where.line != 0) {
      if (auto line = lookup(d.where.file, d.where.line)) {
        append_source(out, d.where.line, *line, d.where.column, paint);
      }
    }
    if (!d.hint.empty()) {
      out += fmt::format("  {} {}\n", paint(kCyan, ui_text("lint.report.hint_label")), escape_unprintable(d.hint));
    }
  }
  return out;
}

std::string summary_line(const Diagnostics& diagnostics, const ReportSummary& summary) {
  DiagnosticCounts counts = count_diagnostics(diagnostics);
  std::string files = ui_plural("lint.summary.files", summary.files);
  if (counts.errors == 0 && counts.warnings == 0) {
    return ui_format("lint.summary.clean", fmt::arg("files", files));
  }
  return ui_format("lint.summary.found", fmt::arg("errors", ui_plural("lint.summary.errors", counts.errors)),
                   fmt::arg("warnings", ui_plural("lint.summary.warnings", counts.warnings)), fmt::arg("files", files));
}

}  // namespace hocvu
