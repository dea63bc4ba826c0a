// `Đơn vị` (one row per unit of the tree, pre-order, grouped by tree level under a first row
// for the whole organisation) and `Vai trò` (one row per role): the same coverage figures.
#include "report/write_xlsx_support.hpp"

namespace hocvu {

namespace {

// The figure columns, after the columns that name the unit or role.
std::vector<std::string> figure_labels(const XlsxSheet& sheet) {
  return {sheet.label(ReportLabel::headcount),       sheet.label(ReportLabel::assessed),
          sheet.label(ReportLabel::covered),         sheet.label(ReportLabel::coverage),
          sheet.label(ReportLabel::remaining),       sheet.label(ReportLabel::overdue),
          sheet.label(ReportLabel::trajectory),      sheet.label(ReportLabel::gap),
          sheet.label(ReportLabel::needed_per_week), sheet.label(ReportLabel::recent_per_week),
          sheet.label(ReportLabel::projected),       sheet.label(ReportLabel::status)};
}
constexpr uint16_t kFigureColumns = 12;
constexpr double kFigureHeaderHeight = 75;  // five lines of the longest label
const std::vector<double> kFigureWidths = {9, 9, 9, 9, 9, 8, 10, 10, 10, 10, 11, 13};

std::vector<std::string> joined(std::vector<std::string> first, const std::vector<std::string>& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

std::vector<double> joined(std::vector<double> first, const std::vector<double>& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

void write_figures(XlsxSheet& sheet, uint32_t row, uint16_t col, const CoverageFigures& figures, bool bold) {
  const XlsxFormats& formats = sheet.formats();
  lxw_format* integer = bold ? formats.bold_integer : formats.integer;
  sheet.count(row, col++, figures.headcount, integer);
  sheet.count(row, col++, figures.assessed, integer);
  sheet.count(row, col++, figures.covered, integer);
  sheet.percent(row, col++, figures.coverage_percent, bold ? formats.bold_percent : formats.percent);
  sheet.count(row, col++, figures.remaining(), integer);
  sheet.count(row, col++, figures.overdue, integer);
  sheet.percent(row, col++, figures.trajectory_percent);
  sheet.optional_number(row, col++, figures.gap_points, formats.points);
  sheet.optional_number(row, col++, figures.needed_per_week, formats.rate);
  sheet.number(row, col++, figures.recent_per_week, formats.rate);
  sheet.date(row, col++, figures.projected);
  sheet.text(row, col, status_label(figures.status, sheet.lang()), bold ? formats.bold : nullptr);
}

double name_width(const ReportData& report, const std::string& whole) {
  double width = text_width(whole, 24, 60);
  for (const auto& unit : report.units) {
    width = std::max(width, text_width(unit.name, 24, 60) + 1.5 * std::min<double>(unit.depth, 15));
  }
  return std::min(width, 50.0);
}

}  // namespace

void write_units_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_units);
  std::string whole = sheet.label(ReportLabel::whole);
  sheet.widths(joined({name_width(report, whole), 14, 11, 5}, kFigureWidths));
  // Summary rows above their details: a unit comes before the units under it.
  worksheet_outline_settings(sheet.sheet(), 1, 0, 0, 0);
  sheet.header(0, joined({sheet.label(ReportLabel::unit), sheet.label(ReportLabel::unit_id), sheet.label(ReportLabel::kind),
                          sheet.label(ReportLabel::level)},
                         figure_labels(sheet)),
               kFigureHeaderHeight);
  uint32_t row = 2;
  size_t shown = rows_that_fit(row, report.units.size());
  uint16_t last_col = 4 + kFigureColumns - 1;
  sheet.table_view(0, 1, static_cast<uint32_t>(1 + shown), last_col);
  sheet.text(1, 0, whole, formats.bold);
  write_figures(sheet, 1, 4, report.whole, true);
  for (size_t i = 0; i < shown; ++i) {
    const UnitRow& unit = report.units[i];
    sheet.outline(row, unit.depth + 1);
    sheet.text(row, 0, unit.name, indent_format(formats, unit.depth));
    sheet.text(row, 1, unit.id);
    sheet.text(row, 2, unit.kind);
    sheet.count(row, 3, unit.depth + 1);
    write_figures(sheet, row++, 4, unit.figures, false);
  }
  note_left_out(sheet, row, shown, report.units.size());
  sheet.status_colours(1, row - 1, last_col);
  sheet.print_setup(0);
}

void write_roles_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_roles);
  double width = 24;
  for (const auto& role : report.roles) width = std::max(width, text_width(role.name, 24, 60));
  sheet.widths(joined({width, 16, 14}, kFigureWidths));
  sheet.header(0, joined({sheet.label(ReportLabel::role), sheet.label(ReportLabel::role_id),
                          sheet.label(ReportLabel::required_level)},
                         figure_labels(sheet)),
               kFigureHeaderHeight);
  uint16_t last_col = 3 + kFigureColumns - 1;
  sheet.table_view(0, 1, static_cast<uint32_t>(report.roles.size()), last_col);
  uint32_t row = 1;
  for (const auto& role : report.roles) {  // a few roles: far fewer than a sheet's rows
    sheet.text(row, 0, role.name.empty() ? role.id : role.name);
    sheet.text(row, 1, role.id);
    sheet.text(row, 2, role.level);
    write_figures(sheet, row++, 3, role.figures, false);
  }
  sheet.status_colours(1, row - 1, last_col);
  sheet.print_setup(0);
}

}  // namespace hocvu
