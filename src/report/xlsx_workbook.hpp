#pragma once
// Internal to the xlsx table reader: what the workbook says (its sheets and where their parts
// are), the shared strings, and one sheet's rows.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/table_formats.hpp"
#include "report/xlsx_archive.hpp"

namespace hocvu {

struct WorkbookSheet {
  std::string name;
  std::string part;        // the zip entry, "xl/worksheets/sheet1.xml"; empty when no relationship names it
  bool worksheet = false;  // not a chart sheet or a dialog sheet
};

struct XlsxWorkbook {
  std::vector<WorkbookSheet> sheets;     // in the workbook's order
  std::string shared_strings_part;   // empty when there is none
};

// xl/workbook.xml and xl/_rels/workbook.xml.rels.
XlsxWorkbook read_workbook(const XlsxArchive& archive);

// The sheet named `wanted` (NFC, case-insensitive), or the first worksheet when `wanted` is
// empty. Throws FatalError when there is none (the message lists the sheets).
const WorkbookSheet& choose_sheet(const XlsxWorkbook& workbook, const std::string& wanted, const std::string& path);

// Every shared string in one arena, NFC; one longer than the cell limit is kept empty and marked.
class SharedStrings {
 public:
  void add(std::string_view text, bool too_long);
  size_t size() const { return ends_.size(); }
  std::string_view at(size_t index) const;
  bool too_long(size_t index) const;

 private:
  std::string arena_;
  std::vector<uint64_t> ends_;
  std::vector<uint64_t> too_long_;  // indexes, ascending
};

SharedStrings read_shared_strings(const XlsxArchive& archive, const std::string& part, uint64_t max_cell_bytes);

// Hands every non-empty row of the sheet's part to `row`; returns how many.
uint64_t read_sheet(const XlsxArchive& archive, const std::string& part, const SharedStrings& strings,
                    const TableOptions& options, const RowSink& row, UnreadableRows& unreadable);

// `text` made NFC when it is not ASCII (and not NFC already).
void make_nfc(std::string& text);

}  // namespace hocvu
