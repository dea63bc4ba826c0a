// read_table: which format a file is, and what both formats share.
#include "report/table_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fmt/format.h>
#include <utility>

#include "io/descriptor.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "report/table_formats.hpp"

namespace hocvu {

namespace {

enum class TableFormat { csv, xlsx, compound };

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// By the bytes first: a workbook saved under a .csv name is still a workbook.
TableFormat format_of(const std::string& path) {
  std::string head = first_bytes(path, 8);
  if (head.compare(0, 4, "PK\x03\x04") == 0 || head.compare(0, 4, "PK\x05\x06") == 0) return TableFormat::xlsx;
  if (head == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return TableFormat::compound;
  if (ends_with_ignoring_case(path, ".xlsx") || ends_with_ignoring_case(path, ".xlsm")) return TableFormat::xlsx;
  return TableFormat::csv;
}

}  // namespace

std::string first_bytes(const std::string& path, size_t count) {
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw FatalError(ui_format("report.table.cannot_read", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  std::string bytes(count, '\0');
  ssize_t n = ::read(fd.get(), bytes.data(), count);
  bytes.resize(n > 0 ? static_cast<size_t>(n) : 0);
  return bytes;
}

UnreadableRows::UnreadableRows(const std::string& path, const TableOptions& options, DataProblems& problems)
    : path_(path), limit_(options.max_unreadable_rows), problems_(problems) {}

void UnreadableRows::add(uint64_t line, uint32_t column, std::string message) {
  if (++count_ > limit_) {
    throw FatalError(ui_format("report.table.too_many_unreadable", fmt::arg("path", path_), fmt::arg("limit", limit_),
                               fmt::arg("line", line), fmt::arg("message", message)));
  }
  DataProblem problem;
  problem.code = ProblemCode::unreadable_row;
  problem.file = path_;
  problem.line = line;
  problem.column = column;
  problem.message = std::move(message);
  problems_.push_back(std::move(problem));
}

bool is_blank_row(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const TableCell& cell) {
    return cell.text.find_first_not_of(" \t") == std::string::npos;
  });
}

std::string shorten_for_message(std::string_view text) {
  constexpr size_t kShown = 40;
  if (text.size() <= kShown) return std::string(text);
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "…";
}

TableSource read_table(const std::string& path, const TableOptions& options, const RowSink& row,
                       DataProblems& problems) {
  check_regular_file(path);
  TableSource source;
  source.path = path;
  switch (format_of(path)) {
    case TableFormat::compound:
      throw FatalError(ui_format("report.table.old_xls", fmt::arg("path", path)));
    case TableFormat::xlsx:
      source.format = "xlsx";
      read_xlsx_table(source, options, row, problems);
      break;
    case TableFormat::csv:
      source.format = "csv";
      read_csv_table(source, options, row, problems);
      break;
  }
  return source;
}

}  // namespace hocvu
