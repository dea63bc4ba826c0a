#include "load/source_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "diag/capped_reporter.hpp"
#include "i18n/interface.hpp"
#include "yaml/block_scalars.hpp"
#include "text/legacy_encoding.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr size_t kMaxLineLength = 2000;

std::string T(std::string_view key) { return std::string(ui_text(key)); }


void report_not_utf8(std::string_view bytes, size_t bad, const std::string& path, Diagnostics& diagnostics) {
  LineColumn at = line_column_at(bytes, bad);
  Location where{path, at.line, at.column};
  if (auto legacy = guess_legacy_encoding(bytes)) {
    const char* iconv = iconv_name(*legacy);
    std::string hint = iconv != nullptr
                           ? ui_format("load.source.convert_with_iconv", fmt::arg("encoding", iconv), fmt::arg("path", path))
                           : T("load.source.convert_vni_with_unikey");
    diagnostics.push_back(Diagnostic{Rule::legacy_encoding, where,
                                     ui_format("load.source.legacy_encoding",
                                               fmt::arg("encoding", legacy_encoding_name(*legacy))),
                                     std::move(hint)});
    return;
  }
  diagnostics.push_back(Diagnostic{Rule::invalid_utf8, where,
                                   ui_format("load.source.invalid_utf8",
                                             fmt::arg("byte", fmt::format("{:02X}", static_cast<unsigned char>(bytes[bad])))),
                                   T("load.source.invalid_utf8_hint")});
}

// Offset of the first unusual line break (see unusual_line_break_length); npos when none.
size_t find_unusual_line_break(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // Only these bytes can start one; the test keeps the common path a byte compare.
    if ((c == '\r' || c == '\xC2' || c == '\xE2') && unusual_line_break_length(text.substr(i)) > 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Whether a line may be text of a block scalar, worked out only for files with trailing spaces:
// the first such line makes it catch up from the top. Asked in line order.
class BlockScalarText {
 public:
  explicit BlockScalarText(std::string_view text) : text_(text) {}
  bool at(size_t line_start) {
    while (next_ <= line_start && next_ <= text_.size()) {
      size_t end = std::min(text_.find('\n', next_), text_.size());
      std::string_view line = text_.substr(next_, end - next_);
      if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
      }
      last_ = lines_.next(line);
      next_ = end + 1;
    }
    return last_;
  }

 private:
  std::string_view text_;
  BlockScalarLines lines_;
  size_t next_ = 0;
  bool last_ = false;
};

void check_line(std::string_view line, uint32_t number, bool block_scalar_text, CappedReporter& reporter) {
  if (size_t tab = line.find('\t'); tab != std::string_view::npos) {
    reporter.report(Rule::tab_character, {number, static_cast<uint32_t>(count_code_points(line.substr(0, tab)) + 1)},
                    T("load.source.tab"), T("load.source.tab_hint"));
  }
  size_t end = line.find_last_not_of(' ');
  end = end == std::string_view::npos ? 0 : end + 1;
  if (end < line.size()) {
    LineColumn at{number, static_cast<uint32_t>(count_code_points(line.substr(0, end)) + 1)};
    if (block_scalar_text) {
      reporter.report(Rule::trailing_space, at, T("load.source.trailing_spaces_in_text"),
                      T("load.source.trailing_spaces_in_text_hint"));
    } else {
      reporter.report(Rule::trailing_space, at, T("load.source.trailing_spaces"), T("load.source.trailing_spaces_hint"));
    }
  }
  if (line.size() > kMaxLineLength) {  // bytes first: counting characters is the slow part
    size_t characters = count_code_points(line);
    if (characters > kMaxLineLength) {
      reporter.report(Rule::long_line, {number, static_cast<uint32_t>(kMaxLineLength + 1)},
                      ui_format("load.source.long_line", fmt::arg("length", characters), fmt::arg("limit", kMaxLineLength)),
                      T("load.source.long_line_hint"));
    }
  }
}

// Unusual line breaks stop the file (positions would disagree with editors); CRLF is a warning.
bool check_line_breaks(std::string_view text, const std::string& path, Diagnostics& diagnostics) {
  size_t unusual = find_unusual_line_break(text);
  if (unusual != std::string_view::npos) {
    LineColumn at = line_column_at(text, unusual);
    // --fix turns a lone CR into LF; the others can be text (see apply_safe_fixes).
    bool lone_cr = text[unusual] == '\r';
    diagnostics.push_back(Diagnostic{Rule::unusual_line_break, Location{path, at.line, at.column},
                                     T("load.source.unusual_line_break"),
                                     T(lone_cr ? "load.source.lone_cr_hint" : "load.source.unusual_line_break_hint")});
    return false;
  }
  size_t crlf = text.find("\r\n");
  if (crlf != std::string_view::npos) {
    LineColumn at = line_column_at(text, crlf);
    diagnostics.push_back(Diagnostic{Rule::crlf_line_ending, Location{path, at.line, at.column},
                                     T("load.source.crlf"), T("load.source.crlf_hint")});
  }
  return true;
}

// One pass over the bytes; only lines that look suspicious get a closer look.
void check_lines(std::string_view text, CappedReporter& reporter) {
  const bool has_tab = text.find('\t') != std::string_view::npos;
  BlockScalarText block_scalars(text);
  uint32_t number = 0;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') {
      continue;
    }
    ++number;
    std::string_view line = text.substr(start, i - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    bool trailing_space = !line.empty() && line.back() == ' ';
    if (has_tab || trailing_space || line.size() > kMaxLineLength) {
      check_line(line, number, trailing_space && block_scalars.at(start), reporter);
    }
    start = i + 1;
  }
}

void check_lines_nfc(std::string_view text, CappedReporter& reporter) {
  uint32_t number = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    ++number;
    size_t bad = find_not_nfc(line);
    if (bad != std::string_view::npos) {
      reporter.report(Rule::not_nfc, {number, static_cast<uint32_t>(count_code_points(line.substr(0, bad)) + 1)},
                      T("load.source.not_nfc"), T("load.source.not_nfc_hint"));
    }
    start = end + 1;
  }
}

}  // namespace

bool check_source(std::string_view bytes, const std::string& path, Diagnostics& diagnostics) {
  // find, not memchr, here and above: memchr must not be given the null data of an empty view.
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    LineColumn at = line_column_at(bytes, nul);
    diagnostics.push_back(Diagnostic{Rule::nul_byte, Location{path, at.line, at.column},
                                     T("load.source.nul_byte"), T("load.source.nul_byte_hint")});
    return false;
  }
  size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    report_not_utf8(bytes, bad, path, diagnostics);
    return false;
  }
  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    diagnostics.push_back(Diagnostic{Rule::byte_order_mark, Location{path, 1, 1}, T("load.source.byte_order_mark"),
                                     T("load.source.byte_order_mark_hint")});
    text.remove_prefix(3);
  }
  if (!check_line_breaks(text, path, diagnostics)) {
    return false;
  }
  CappedReporter reporter(path, diagnostics, CappedThing::line);
  check_lines(text, reporter);
  if (!is_nfc(text)) {
    check_lines_nfc(text, reporter);
  }
  return true;
}

void check_mojibake(const Document& document, const std::string& path, Diagnostics& diagnostics) {
  CappedReporter reporter(path, diagnostics, CappedThing::line);
  for (NodeId id = 0; id < document.node_count(); ++id) {
    const Node& node = document.node(id);
    if (node.kind != NodeKind::scalar) {
      continue;
    }
    if (auto found = find_mojibake(document.scalar(id))) {
      reporter.report(Rule::legacy_encoding, {node.line, node.column},
                      ui_format("load.source.mojibake", fmt::arg("encoding", legacy_encoding_name(found->encoding))),
                      T("load.source.mojibake_hint"));
    }
  }
}

}  // namespace hocvu
