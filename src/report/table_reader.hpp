#pragma once
// Rows of a spreadsheet-like file, whatever it is: a CSV file (separator , ; or tab detected
// from the first line, RFC 4180 quoting, BOM, CRLF, an --encoding converted to UTF-8 NFC) or an
// xlsx workbook (libzip + expat, streamed: the first sheet or a named one, shared and inline
// strings, numbers). The roster reader decides what the cells mean.
//
// Hostile files cost bounded time and memory: a zip whose parts inflate past the limits (a zip
// bomb), a file that is not a zip, shared-string indexes out of range, a sheet of a million
// empty rows (empty rows are skipped, not stored), cells and rows past their limits.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "report/data_problem.hpp"

namespace hocvu {

struct TableCell {
  std::string text;     // UTF-8, NFC; for a number, its text as the file writes it ("45658", "3.5")
  bool number = false;  // an xlsx numeric cell (dates in xlsx are numbers: Excel serial dates)
};

struct TableRow {
  uint64_t line = 0;  // CSV: the line where the row starts; xlsx: the row number (1-based)
  std::vector<TableCell> cells;  // cells[i] is column i+1 (xlsx: column A is cells[0]); trailing empties may be absent
};

struct TableOptions {
  std::string sheet;              // xlsx: the sheet's name; empty: the first sheet
  std::string encoding = "utf-8"; // CSV only: utf-8, utf-16, windows-1258, tcvn3, vni (text/legacy_encoding)
  uint64_t max_part_bytes = 1ull << 30;  // xlsx: an XML part that inflates past this is refused
  uint32_t max_cells_per_row = 16384;    // Excel's own limit
  uint64_t max_cell_bytes = 32767;       // Excel's own limit (characters; counted in bytes here)
  uint64_t max_row_bytes = 16u << 20;    // CSV: a longer row is unreadable, never held whole
  uint64_t max_unreadable_rows = 10000;  // past this many unreadable rows the file is refused (FatalError)
};

// What the report's `Nguồn` sheet says about the file.
struct TableSource {
  std::string path;
  std::string sha256;  // of the file's bytes
  std::string format;  // "csv" or "xlsx"
  std::string sheet;   // xlsx: the sheet read
  uint64_t rows = 0;   // non-empty rows handed to `row` (the header included)
};

using RowSink = std::function<void(const TableRow& row)>;

// Reads `path` (.xlsx by its extension or its zip signature, else CSV) and hands every non-empty
// row to `row` in order. A row that cannot be read (a quote that never closes, invalid UTF-8, a
// shared string out of range) is reported to `problems` as unreadable_row, with line and column,
// and not handed on. Throws FatalError, naming the file and saying what to do, when the file
// cannot be read at all: missing, not a regular file, an xlsx that is not a zip or has no
// worksheet, a named sheet that does not exist (the message lists the sheets), a part past
// max_part_bytes (or inflating far beyond its compressed size: a zip bomb), malformed XML (or
// XML with a DOCTYPE), an unknown encoding, more than max_unreadable_rows unreadable rows.
// CSV fields are trimmed of spaces and tabs and lose the ' that csv_field puts before text a
// spreadsheet would run as a formula, as grade's readers do; anything else is kept verbatim
// ("=cmd|' /C calc'!A0" stays that text). An xlsx boolean cell reads TRUE or FALSE, an error
// cell its code (#N/A), a formula cell its cached value.
TableSource read_table(const std::string& path, const TableOptions& options, const RowSink& row,
                       DataProblems& problems);

}  // namespace hocvu
