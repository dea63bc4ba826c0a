#include "findings.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "io/error.hpp"
#include "io/file.hpp"
#include "lint/report.hpp"

namespace hocvu::cli {

namespace {

// Source lines for the text report, read once per file that has findings.
class SourceCache {
 public:
  std::optional<std::string> line(const std::string& file, uint32_t number) {
    auto found = files_.find(file);
    if (found == files_.end()) {
      found = files_.emplace(file, load(file)).first;
    }
    const Lines& lines = found->second;
    if (number == 0 || number > lines.starts.size()) {
      return std::nullopt;
    }
    size_t start = lines.starts[number - 1];
    size_t end = lines.text.find('\n', start);
    std::string text = lines.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!text.empty() && text.back() == '\r') {
      text.pop_back();
    }
    return text;
  }

 private:
  struct Lines {
    std::string text;
    std::vector<size_t> starts;
  };
  static Lines load(const std::string& file) {
    Lines lines;
    try {
      lines.text = read_file(file);
    } catch (const FatalError&) {
      return lines;
    }
    lines.starts.push_back(0);
    for (size_t i = 0; i < lines.text.size(); ++i) {
      if (lines.text[i] == '\n' && i + 1 < lines.text.size()) {
        lines.starts.push_back(i + 1);
      }
    }
    return lines;
  }
  std::map<std::string, Lines> files_;
};

}  // namespace

std::string text_report(const Diagnostics& diagnostics, bool color) {
  SourceCache cache;
  auto lookup = [&cache](const std::string& file, uint32_t line) { return cache.line(file, line); };
  return format_text_report(diagnostics, lookup, TextStyle{color});
}

}  // namespace hocvu::cli
