// CSV tables: the bytes streamed by grade's InputStream (UTF-8 or UTF-16 made UTF-8, BOM dropped,
// hashed as read), cut into records by its RecordSplitter (RFC 4180; a quote that never closes
// costs its first line only), converted from a legacy encoding or checked as UTF-8, made NFC,
// then cut into fields. Memory stays at a few blocks and one row.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grade/legacy_decoder.hpp"
#include "grade/read_bytes.hpp"
#include "grade/record_splitter.hpp"
#include "grade/response_reader.hpp"
#include "grade/row_fields.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "report/table_formats.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

// The separator is looked for in this many records at most (titles above a table have none).
constexpr size_t kSeparatorSearch = 20;

bool is_separator(char c, char separator) {
  return separator != 0 ? c == separator : (c == ',' || c == ';' || c == '\t');
}

// Where quotes open and fields begin in one record, as the splitter reads it: a quote is a quote
// only at the start of a field (after spaces).
struct QuoteWalk {
  uint32_t field = 1;           // the field at `end`
  uint32_t open_field = 0;      // the field whose quote is still open at `end`, or 0
  uint32_t junk_field = 0;      // the first field with text after its closing quote, or 0
  bool has_separator = false;   // a separator outside quotes before `end`
};

QuoteWalk walk_quotes(std::string_view record, char separator, size_t end) {
  QuoteWalk walk;
  bool in_quotes = false, at_start = true, closed = false;
  for (size_t i = 0; i < end && i < record.size(); ++i) {
    char c = record[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < record.size() && record[i + 1] == '"') {
        ++i;
      } else if (c == '"') {
        in_quotes = false, closed = true;
      }
    } else if (is_separator(c, separator)) {
      ++walk.field, at_start = true, closed = false, walk.has_separator = true;
    } else if (c == '"' && at_start) {
      in_quotes = true, at_start = false, walk.open_field = walk.field;
    } else if (c != ' ' && c != '\t') {
      if (closed && walk.junk_field == 0) walk.junk_field = walk.field;
      at_start = false;
    }
  }
  if (!in_quotes) walk.open_field = 0;
  return walk;
}

std::string hex_byte(char c) { return fmt::format("0x{:02X}", static_cast<unsigned char>(c)); }

struct HeldRecord {
  std::string text;
  uint64_t line = 0;
  RecordProblem problem = RecordProblem::none;
  bool quoted = false;
};

// The encoding asked for; UTF-8, the default, gives way to UTF-16 when the file starts with its
// byte-order mark (Excel's "Unicode Text" is UTF-16 with one).
InputEncoding encoding_of(const std::string& name, const std::string& path) {
  std::optional<InputEncoding> encoding = parse_input_encoding(name);
  if (!encoding) {
    throw FatalError(ui_format("report.table.unknown_encoding", fmt::arg("path", path), fmt::arg("encoding", name)));
  }
  if (*encoding == InputEncoding::utf8) {
    std::string head = first_bytes(path, 2);
    if (head == "\xFF\xFE" || head == "\xFE\xFF") return InputEncoding::utf16;
  }
  return *encoding;
}

bool is_single_byte(InputEncoding encoding) {
  return encoding == InputEncoding::windows1258 || encoding == InputEncoding::tcvn3 ||
         encoding == InputEncoding::vni;
}

class CsvTable {
 public:
  CsvTable(TableSource& source, const TableOptions& options, const RowSink& sink, DataProblems& problems)
      : source_(source),
        options_(options),
        sink_(sink),
        encoding_(encoding_of(options.encoding, source.path)),
        input_(source.path, encoding_),
        splitter_(input_, static_cast<size_t>(options.max_row_bytes)),
        unreadable_(source.path, options, problems) {
    if (is_single_byte(encoding_)) legacy_.emplace(encoding_);
  }

  void read() {
    std::vector<HeldRecord> held = records_before_separator();
    splitter_.set_mode(SplitMode::csv, separator_);
    for (const HeldRecord& record : held) handle(record.text, record.line, record.problem, record.quoted);
    Record record;
    while (splitter_.next(record)) handle(record.text, record.line, record.problem, record.quoted);
    source_.sha256 = input_.sha256();
  }

 private:
  // The first records, read with any of , ; and tab as a separator, up to the first that has
  // one outside quotes: its most frequent separator is the file's.
  std::vector<HeldRecord> records_before_separator() {
    splitter_.set_mode(SplitMode::csv, 0);
    std::vector<HeldRecord> held;
    Record record;
    while (held.size() < kSeparatorSearch && splitter_.next(record)) {
      held.push_back({std::string(record.text), record.line, record.problem, record.quoted});
      if (record.problem == RecordProblem::none && walk_quotes(record.text, 0, record.text.size()).has_separator) {
        separator_ = detect_separator(record.text);
        break;
      }
    }
    if (separator_ == 0) separator_ = ',';
    return held;
  }

  void handle(std::string_view text, uint64_t line, RecordProblem problem, bool quoted) {
    if (problem != RecordProblem::none) return report_damage(text, line, problem);
    std::optional<std::string_view> utf8 = decode(text, line);
    if (!utf8) return;
    cut_fields(*utf8, separator_, quoted, fields_, unquoted_);
    if (fields_.size() > options_.max_cells_per_row) {
      return unreadable_.add(line, options_.max_cells_per_row + 1,
                             ui_format("report.table.too_many_fields", fmt::arg("count", fields_.size()),
                                       fmt::arg("limit", options_.max_cells_per_row)));
    }
    row_.line = line;
    row_.cells.resize(fields_.size());
    for (size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].size() > options_.max_cell_bytes) {
        return unreadable_.add(line, static_cast<uint32_t>(i + 1),
                               ui_format("report.table.field_too_long", fmt::arg("field", i + 1),
                                         fmt::arg("limit", options_.max_cell_bytes)));
      }
      row_.cells[i].text.assign(fields_[i]);
      row_.cells[i].number = false;
    }
    if (is_blank_row(row_)) return;
    ++source_.rows;
    sink_(row_);
  }

  void report_damage(std::string_view text, uint64_t line, RecordProblem problem) {
    QuoteWalk walk = walk_quotes(text, separator_, text.size());
    // A quote open at the end of the first line closed on a later one, before other text.
    if (problem == RecordProblem::text_after_quote && walk.open_field != 0) problem = RecordProblem::unclosed_quote;
    switch (problem) {
      case RecordProblem::unclosed_quote:
        return unreadable_.add(line, walk.open_field,
                               ui_format("report.table.unclosed_quote", fmt::arg("field", walk.open_field)));
      case RecordProblem::text_after_quote:
        return unreadable_.add(line, walk.junk_field,
                               ui_format("report.table.text_after_quote", fmt::arg("field", walk.junk_field)));
      default:
        return unreadable_.add(line, 0, ui_format("report.table.row_too_long", fmt::arg("limit", options_.max_row_bytes)));
    }
  }

  // The record as UTF-8 in NFC, or nullopt when it cannot be (then reported).
  std::optional<std::string_view> decode(std::string_view text, uint64_t line) {
    if (legacy_) {
      size_t bad = legacy_->decode(text, converted_);
      if (bad == std::string_view::npos) return std::string_view(converted_);
      uint32_t field = walk_quotes(text, separator_, bad).field;
      unreadable_.add(line, field,
                      ui_format("report.table.byte_not_in_encoding", fmt::arg("field", field),
                                fmt::arg("byte", hex_byte(text[bad])), fmt::arg("encoding", options_.encoding)));
      return std::nullopt;
    }
    size_t bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
      uint32_t field = walk_quotes(text, separator_, bad).field;
      unreadable_.add(line, field,
                      ui_format("report.table.not_utf8", fmt::arg("field", field), fmt::arg("byte", hex_byte(text[bad]))));
      return std::nullopt;
    }
    if (is_ascii(text) || is_nfc(text)) return text;
    converted_ = to_nfc(text);
    return std::string_view(converted_);
  }

  TableSource& source_;
  const TableOptions& options_;
  const RowSink& sink_;
  InputEncoding encoding_;
  InputStream input_;
  RecordSplitter splitter_;
  std::optional<LegacyDecoder> legacy_;
  UnreadableRows unreadable_;
  char separator_ = 0;
  std::vector<std::string_view> fields_;
  std::string unquoted_, converted_;
  TableRow row_;
};

}  // namespace

void read_csv_table(TableSource& source, const TableOptions& options, const RowSink& row, DataProblems& problems) {
  CsvTable(source, options, row, problems).read();
}

}  // namespace hocvu
