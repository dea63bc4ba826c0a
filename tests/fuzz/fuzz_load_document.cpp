// Fuzz target: what `hocvu lint` does with one file, from bytes to report. The input is read
// as fuzz.yaml beside a small valid framework, through lint_files and an in-memory source:
// source checks, compose, load_document, the per-question checks, then the checks across
// files (references, stems, coverage, blueprints) and the text, GitHub and JSON report writers.
#include <optional>
#include <string>

#include "check.hpp"
#include "lint/linter.hpp"
#include "lint/report.hpp"

namespace {

const std::string kInputPath = "fuzz.yaml";
const std::string kFrameworkPath = "framework.yaml";

// A framework for references to resolve against: its id, levels and competencies are the
// bundled framework's, so the seed banks and blueprints of the corpus mostly resolve.
const std::string kFramework = R"(framework:
  id: qh-kns
  version: "1.0"
  title: Khung thử nghiệm
  language: vi
levels:
  - id: CB
    name: Cơ bản
    default_difficulty: -1.0
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
      - id: "1.2"
        title: Đánh giá dữ liệu và thông tin
  - id: "4"
    title: An toàn
    competencies:
      - id: "4.1"
        title: Bảo vệ thiết bị
roles:
  - id: dbqh
    name: Đại biểu Quốc hội
    baseline: CB
    requires:
      - competency: "1.2"
        level: TC
)";

// Line `number` of `text` as the command-line tool shows it: without its line ending.
std::optional<std::string> line_of(std::string_view text, uint32_t number) {
  size_t start = 0;
  for (uint32_t line = 1; line < number; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos || start + 1 == text.size()) {
      return std::nullopt;
    }
    ++start;
  }
  if (number == 0 || start >= text.size()) {
    return std::nullopt;
  }
  std::string line(text.substr(start, text.find('\n', start) - start));
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = hocvu::fuzz::as_text(data, size);
  auto read = [input](const std::string& path, uint64_t max_size) {
    hocvu::SourceBytes source;
    source.bytes = path == kInputPath ? std::string(input) : kFramework;
    source.size = source.bytes.size();
    source.too_large = source.size > max_size;
    if (source.too_large) {
      source.bytes.clear();
    }
    return source;
  };
  hocvu::LintOptions options;
  options.load.threads = 1;
  hocvu::LintResult result = hocvu::lint_files({kFrameworkPath, kInputPath}, options, read);

  const hocvu::Diagnostics& diagnostics = result.diagnostics;
  hocvu::fuzz::check_findings(
      diagnostics, [](const std::string& file) { return file == kInputPath || file == kFrameworkPath; }, 2);
  auto lookup = [input](const std::string& file, uint32_t line) {
    return line_of(file == kInputPath ? std::string_view(input) : std::string_view(kFramework), line);
  };
  // The writers whose output depends on the input's text. SARIF is left out: its cost is
  // the constant rule table, and it writes findings as the JSON writer does.
  hocvu::ReportSummary summary{2, result.questions};
  std::string text = hocvu::format_text_report(diagnostics, lookup, hocvu::TextStyle{false});
  // Nothing from the file may reach a terminal as a control character (colour is off here).
  for (char c : text) {
    HOCVU_FUZZ_CHECK(c == '\n' || c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F));
  }
  for (const std::string& report : {text, hocvu::format_github_report(diagnostics),
                                    hocvu::format_json_report(diagnostics, summary), hocvu::summary_line(diagnostics, summary)}) {
    HOCVU_FUZZ_CHECK(hocvu::find_invalid_utf8(report) == std::string_view::npos);
  }
  return 0;
}
