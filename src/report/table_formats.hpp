#pragma once
// Internal to the table reader (table_reader.cpp, csv_table.cpp, xlsx_*.cpp): what the two
// formats share. Nothing outside src/report/*table* and xlsx_* uses it.
#include <cstdint>
#include <string>
#include <string_view>

#include "report/data_problem.hpp"
#include "report/table_reader.hpp"

namespace hocvu {

// Rows a reader could not read, reported as unreadable_row. Past options.max_unreadable_rows
// the file is taken for something that is not a table (the wrong --encoding, a binary file) and
// the run stops with FatalError, so a hostile file cannot fill memory with problems.
class UnreadableRows {
 public:
  UnreadableRows(const std::string& path, const TableOptions& options, DataProblems& problems);
  void add(uint64_t line, uint32_t column, std::string message);
  uint64_t count() const { return count_; }

 private:
  const std::string& path_;
  uint64_t limit_;
  DataProblems& problems_;
  uint64_t count_ = 0;
};

// Up to `count` bytes from the start of the file; throws FatalError when it cannot be opened.
std::string first_bytes(const std::string& path, size_t count);

// True when no cell holds anything but spaces and tabs.
bool is_blank_row(const TableRow& row);

// `text` for a message: at most 40 bytes (whole characters), "…" after it when cut.
std::string shorten_for_message(std::string_view text);

// The two formats. `source` has path and format set; they fill in sha256, sheet and rows.
void read_csv_table(TableSource& source, const TableOptions& options, const RowSink& row, DataProblems& problems);
void read_xlsx_table(TableSource& source, const TableOptions& options, const RowSink& row, DataProblems& problems);

}  // namespace hocvu
