#pragma once
// What the workbook's sheets share: the formats, and a sheet that writes typed cells in row
// order (the workbook is written in libxlsxwriter's constant-memory mode, so a row once left is
// never written again, and a million-row list costs little memory). Data is always written as
// text or numbers, never as a formula. Internal to the xlsx writer (write_xlsx*.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "report/report_data.hpp"
#include "report/report_labels.hpp"

namespace hocvu {

// The rows a sheet may hold (Excel's limit).
constexpr uint32_t kXlsxMaxRows = LXW_ROW_MAX;
// Excel's deepest outline level.
constexpr uint32_t kXlsxMaxOutline = 7;

struct XlsxFormats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* note = nullptr;
  lxw_format* percent = nullptr;       // 0.0%, from percent_fraction
  lxw_format* bold_percent = nullptr;
  lxw_format* points = nullptr;        // +0.0, percentage points
  lxw_format* rate = nullptr;          // 0.00, people per week
  lxw_format* date = nullptr;          // dd/mm/yyyy
  lxw_format* bold_date = nullptr;
  lxw_format* integer = nullptr;       // #,##0
  lxw_format* bold_integer = nullptr;
  std::vector<lxw_format*> indent;     // names indented by depth (0..15)
  lxw_format* met = nullptr;           // conditional formats by status
  lxw_format* on_track = nullptr;
  lxw_format* behind = nullptr;
  lxw_format* at_risk = nullptr;
};

XlsxFormats add_formats(lxw_workbook* workbook);

// Throws FatalError for an error of libxlsxwriter (none is expected: the writers keep inside
// Excel's limits).
void check_xlsx(lxw_error error);

class XlsxSheet {
 public:
  XlsxSheet(lxw_workbook* workbook, const XlsxFormats& formats, const std::string& lang, ReportLabel name);

  lxw_worksheet* sheet() const { return sheet_; }
  const std::string& name() const { return name_; }
  const XlsxFormats& formats() const { return formats_; }
  const std::string& lang() const { return lang_; }
  std::string label(ReportLabel label) const { return report_label(label, lang_); }

  // Text, always a string cell (cut at Excel's 32,767 characters); nothing for empty text.
  void text(uint32_t row, uint16_t col, const std::string& text, lxw_format* format = nullptr);
  void number(uint32_t row, uint16_t col, double value, lxw_format* format = nullptr);
  void count(uint32_t row, uint16_t col, uint64_t value, lxw_format* format = nullptr);
  // A blank cell when there is no value.
  void optional_number(uint32_t row, uint16_t col, std::optional<double> value, lxw_format* format);
  // 72.5 → 0.725 shown as 72.5%.
  void percent(uint32_t row, uint16_t col, std::optional<double> percent, lxw_format* format = nullptr);
  // A real date cell (an Excel serial number shown dd/mm/yyyy).
  void date(uint32_t row, uint16_t col, std::optional<Day> day, lxw_format* format = nullptr);
  void header(uint32_t row, const std::vector<std::string>& labels, double height = 45);

  void widths(const std::vector<double>& widths);
  // Landscape A4, one page wide, `header_row` repeated on every page, page numbers in the footer.
  void print_setup(uint32_t header_row);
  // A frozen header row (and `columns` columns) and an autofilter over the table. Called before
  // the table's rows are written: in constant-memory mode libxlsxwriter refuses a range that
  // ends above the row being written.
  void table_view(uint32_t header_row, uint16_t columns_frozen, uint32_t last_row, uint16_t last_col);
  // The row's outline level (grouping), set before the row is written.
  void outline(uint32_t row, uint32_t level, lxw_format* format = nullptr);
  // Conditional formats colouring the cells of `col` (rows first..last) by status label.
  void status_colours(uint32_t first, uint32_t last, uint16_t col);
  void equal_colour(uint32_t first, uint32_t last, uint16_t col, const std::string& text, lxw_format* format);

 private:
  lxw_worksheet* sheet_;
  const XlsxFormats& formats_;
  std::string lang_;
  std::string name_;
};

// The rows of a list that fit a sheet below `first_row`, leaving one row for the note that says
// how many were left out.
size_t rows_that_fit(uint32_t first_row, size_t rows);
// Writes that note at `row` when `shown` < `total`.
void note_left_out(XlsxSheet& sheet, uint32_t row, size_t shown, size_t total);

// A name indented by depth, in the indent format of that depth (at most 15).
lxw_format* indent_format(const XlsxFormats& formats, uint32_t depth);
// The width a column needs for `text` (characters, not bytes), within [minimum, maximum].
double text_width(std::string_view text, double minimum, double maximum);

// The sheets (write_xlsx_*.cpp).
void write_overview_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_units_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_roles_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_competencies_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_uncovered_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_renewals_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_problems_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);
void write_sources_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report);

}  // namespace hocvu
