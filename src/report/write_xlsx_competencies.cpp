// `Năng lực`: a heat map of units × competencies, the share of assessed people who mastered
// each competency, coloured on one fixed scale (0% red, 50% yellow, 100% green) so that colours
// mean the same in every report; empty where the competency was not measured.
#include "report/write_xlsx_support.hpp"

namespace hocvu {

namespace {

constexpr uint16_t kFirstCompetencyColumn = 2;

void write_shares(XlsxSheet& sheet, uint32_t row, const std::vector<CompetencyShare>& shares, size_t columns,
                  bool bold) {
  for (size_t i = 0; i < columns; ++i) {
    auto col = static_cast<uint16_t>(kFirstCompetencyColumn + i);
    std::optional<double> percent = i < shares.size() ? shares[i].percent() : std::nullopt;
    sheet.percent(row, col, percent, bold ? sheet.formats().bold_percent : nullptr);
  }
}

void heat_map(XlsxSheet& sheet, uint32_t first, uint32_t last, uint16_t last_col) {
  lxw_conditional_format scale{};
  scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
  scale.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  scale.min_value = 0;
  scale.min_color = 0xF8696B;
  scale.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  scale.mid_value = 0.5;
  scale.mid_color = 0xFFEB84;
  scale.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  scale.max_value = 1;
  scale.max_color = 0x63BE7B;
  check_xlsx(worksheet_conditional_format_range(sheet.sheet(), first, kFirstCompetencyColumn, last, last_col, &scale));
}

}  // namespace

void write_competencies_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_competencies);
  // Excel's last column is XFD (16,384); a framework has a few dozen competencies.
  size_t columns = std::min<size_t>(report.competencies.size(), LXW_COL_MAX - kFirstCompetencyColumn);
  std::vector<std::string> header = {sheet.label(ReportLabel::unit), sheet.label(ReportLabel::unit_id)};
  std::vector<double> widths = {40, 14};
  for (size_t i = 0; i < columns; ++i) {
    const CompetencyInfo& competency = report.competencies[i];
    header.push_back(competency.title.empty() ? competency.id : competency.id + " " + competency.title);
    widths.push_back(14);
  }
  sheet.widths(widths);
  worksheet_outline_settings(sheet.sheet(), 1, 0, 0, 0);
  sheet.header(0, header, 75);
  uint32_t row = 2;
  size_t shown = rows_that_fit(row, report.units.size());
  auto last_col = static_cast<uint16_t>(kFirstCompetencyColumn + std::max<size_t>(columns, 1) - 1);
  sheet.table_view(0, 1, static_cast<uint32_t>(1 + shown), last_col);
  sheet.text(1, 0, sheet.label(ReportLabel::whole), formats.bold);
  write_shares(sheet, 1, report.whole_competencies, columns, true);
  for (size_t i = 0; i < shown; ++i) {
    const UnitRow& unit = report.units[i];
    sheet.outline(row, unit.depth + 1);
    sheet.text(row, 0, unit.name, indent_format(formats, unit.depth));
    sheet.text(row, 1, unit.id);
    write_shares(sheet, row++, unit.competencies, columns, false);
  }
  note_left_out(sheet, row, shown, report.units.size());
  if (columns > 0) heat_map(sheet, 1, row - 1, last_col);
  sheet.print_setup(0);
}

}  // namespace hocvu
