// One worksheet's rows, streamed: <row> by <row>, each built from its <c> cells and handed on
// (or reported) at </row>, so memory holds one row whatever the sheet's size. Cell references
// ("B5") place cells in their columns; rows with no text are dropped without being kept.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

#include "i18n/interface.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "report/xlsx_workbook.hpp"

namespace hocvu {

namespace {

// Digits only, without overflow; nullopt otherwise.
std::optional<uint64_t> parse_digits(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || text.size() > 18) return std::nullopt;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  return value;
}

// The column of a cell reference ("B5" is 2, "XFD1" 16384); 0 when it has no letters or more than 3.
uint32_t column_of(std::string_view reference) {
  uint32_t column = 0;
  size_t letters = 0;
  for (char c : reference) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<uint32_t>(c - 'A' + 1);
    ++letters;
  }
  return letters >= 1 && letters <= 3 ? column : 0;
}

// "B5" for messages.
std::string cell_name(uint32_t column, uint64_t row) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return fmt::format("{}{}", letters, row);
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const SharedStrings& strings, const TableOptions& options, const RowSink& sink,
               UnreadableRows& unreadable)
      : strings_(strings), options_(options), sink_(sink), unreadable_(unreadable) {}

  uint64_t rows() const { return rows_; }

  void start(std::string_view name, const char** attributes) override {
    if (name == "row") {
      start_row(xml_attribute(attributes, "r"));
    } else if (name == "c" && in_row_) {
      start_cell(xml_attribute(attributes, "r"), xml_attribute(attributes, "t"));
    } else if (name == "v" && in_cell_) {
      collecting_ = true;
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t" && in_cell_) {
      collecting_ = phonetic_ == 0;
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      collecting_ = false;
    } else if (name == "rPh" && phonetic_ > 0) {
      --phonetic_;
    } else if (name == "c" && in_cell_) {
      finish_cell();
    } else if (name == "row" && in_row_) {
      finish_row();
    }
  }

  void text(std::string_view text) override {
    if (!collecting_ || too_long_) return;
    if (text_.size() + text.size() > options_.max_cell_bytes) {
      too_long_ = true;
      return;
    }
    text_.append(text);
  }

 private:
  void start_row(const char* reference) {
    std::optional<uint64_t> number = reference != nullptr ? parse_digits(reference) : std::nullopt;
    row_.line = number && *number > 0 ? *number : row_.line + 1;
    row_.cells.clear();
    in_row_ = true, in_cell_ = false;
    problem_column_.reset();
    problem_.clear();
    last_column_ = 0;
  }

  void start_cell(const char* reference, const char* type) {
    column_ = reference != nullptr ? column_of(reference) : last_column_ + 1;
    bad_reference_ = reference != nullptr && column_ == 0 ? reference : "";
    last_column_ = column_;
    type_ = type != nullptr ? type : "n";
    text_.clear();
    in_cell_ = true, collecting_ = false, too_long_ = false;
  }

  void row_problem(uint32_t column, std::string message) {
    if (problem_column_) return;
    problem_column_ = column;
    problem_ = std::move(message);
  }

  void finish_cell() {
    in_cell_ = collecting_ = false;
    if (problem_column_) return;
    if (column_ == 0 || column_ > options_.max_cells_per_row) {
      std::string where = column_ == 0 ? fmt::format("'{}'", shorten_for_message(bad_reference_))
                                       : cell_name(column_, row_.line);
      return row_problem(0, ui_format("report.xlsx.cell_out_of_range", fmt::arg("cell", where),
                                      fmt::arg("last", cell_name(options_.max_cells_per_row, row_.line))));
    }
    if (too_long_) {
      return row_problem(column_, cell_too_long(cell_name(column_, row_.line)));
    }
    TableCell cell;
    if (!cell_value(cell)) return;
    if (cell.text.empty()) return;
    if (cell.text.size() > options_.max_cell_bytes) {  // NFC made it longer
      return row_problem(column_, cell_too_long(cell_name(column_, row_.line)));
    }
    if (row_.cells.size() < column_) row_.cells.resize(column_);
    row_.cells[column_ - 1] = std::move(cell);
  }

  // The cell's value by its type; false when it cannot be had (then a row problem).
  bool cell_value(TableCell& cell) {
    if (type_ == "s") return shared_string(cell);
    if (type_ == "b") {
      cell.text = text_ == "1" ? "TRUE" : text_ == "0" ? "FALSE" : text_;
    } else if (type_ == "n") {
      size_t first = text_.find_first_not_of(' ');
      cell.text = first == std::string::npos ? "" : text_.substr(first, text_.find_last_not_of(' ') - first + 1);
      cell.number = !cell.text.empty();
    } else {  // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date)
      cell.text = std::move(text_);
    }
    make_nfc(cell.text);
    return true;
  }

  std::string cell_too_long(const std::string& name) const {
    return ui_format("report.xlsx.cell_too_long", fmt::arg("cell", name), fmt::arg("limit", options_.max_cell_bytes));
  }

  bool shared_string(TableCell& cell) {
    std::optional<uint64_t> index = parse_digits(text_);
    std::string name = cell_name(column_, row_.line);
    if (!index) {
      row_problem(column_, ui_format("report.xlsx.shared_string_not_number", fmt::arg("cell", name),
                                     fmt::arg("value", shorten_for_message(text_))));
      return false;
    }
    if (*index >= strings_.size()) {
      row_problem(column_, ui_format("report.xlsx.shared_string_missing", fmt::arg("cell", name), fmt::arg("index", *index),
                                     fmt::arg("count", strings_.size())));
      return false;
    }
    if (strings_.too_long(*index)) {
      row_problem(column_, cell_too_long(name));
      return false;
    }
    cell.text = strings_.at(*index);
    return true;
  }

  void finish_row() {
    in_row_ = in_cell_ = false;
    if (problem_column_) return unreadable_.add(row_.line, *problem_column_, std::move(problem_));
    if (is_blank_row(row_)) return;
    ++rows_;
    sink_(row_);
  }

  const SharedStrings& strings_;
  const TableOptions& options_;
  const RowSink& sink_;
  UnreadableRows& unreadable_;
  uint64_t rows_ = 0;

  TableRow row_;
  bool in_row_ = false, in_cell_ = false, collecting_ = false, too_long_ = false;
  uint32_t phonetic_ = 0;
  uint32_t column_ = 0, last_column_ = 0;
  std::string bad_reference_;
  std::string type_;
  std::string text_;
  std::optional<uint32_t> problem_column_;
  std::string problem_;
};

}  // namespace

uint64_t read_sheet(const XlsxArchive& archive, const std::string& part, const SharedStrings& strings,
                    const TableOptions& options, const RowSink& row, UnreadableRows& unreadable) {
  SheetHandler handler(strings, options, row, unreadable);
  archive.parse(part, handler);
  return handler.rows();
}

void read_xlsx_table(TableSource& source, const TableOptions& options, const RowSink& row, DataProblems& problems) {
  std::string bytes = read_file(source.path);
  source.sha256 = sha256_hex(bytes);
  XlsxArchive archive(bytes, source.path, options.max_part_bytes);
  XlsxWorkbook workbook = read_workbook(archive);
  const WorkbookSheet& sheet = choose_sheet(workbook, options.sheet, source.path);
  source.sheet = sheet.name;
  SharedStrings strings = read_shared_strings(archive, workbook.shared_strings_part, options.max_cell_bytes);
  UnreadableRows unreadable(source.path, options, problems);
  source.rows = read_sheet(archive, sheet.part, strings, options, row, unreadable);
}

}  // namespace hocvu
