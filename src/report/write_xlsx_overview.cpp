// The workbook's first sheet, `Tổng quan`: the headline figures, then the top-level units and the
// weeks as tables, each with its chart beside it (coverage by unit against the trajectory;
// cumulative coverage by week against the trajectory).
#include <algorithm>

#include "report/write_xlsx_support.hpp"

namespace hocvu {

namespace {

constexpr uint16_t kChartColumn = 5;  // charts start in column F, beside the tables

class Headline {
 public:
  Headline(XlsxSheet& sheet, uint32_t row) : sheet_(sheet), row_(row) {}
  uint32_t row() const { return row_; }

  void count(ReportLabel label, uint64_t value) {
    name(label);
    sheet_.count(row_++, 1, value);
  }
  void percent(const std::string& label, std::optional<double> value) {
    sheet_.text(row_, 0, label);
    sheet_.percent(row_++, 1, value);
  }
  void number(ReportLabel label, std::optional<double> value, lxw_format* format) {
    name(label);
    sheet_.optional_number(row_++, 1, value, format);
  }
  void date(ReportLabel label, std::optional<Day> day) {
    name(label);
    sheet_.date(row_++, 1, day);
  }
  void text(ReportLabel label, const std::string& value) {
    name(label);
    sheet_.text(row_++, 1, value, sheet_.formats().bold);
  }

 private:
  void name(ReportLabel label) { sheet_.text(row_, 0, sheet_.label(label)); }

  XlsxSheet& sheet_;
  uint32_t row_;
};

uint32_t write_headline(XlsxSheet& sheet, const ReportData& report) {
  const CoverageFigures& whole = report.whole;
  sheet.header(2, {sheet.label(ReportLabel::figure), sheet.label(ReportLabel::value)});
  Headline line(sheet, 3);
  line.date(ReportLabel::as_of, report.as_of);
  line.count(ReportLabel::headcount, whole.headcount);
  line.count(ReportLabel::assessed, whole.assessed);
  line.count(ReportLabel::covered, whole.covered);
  line.percent(sheet.label(ReportLabel::coverage), whole.coverage_percent);
  line.count(ReportLabel::remaining, whole.remaining());
  line.count(ReportLabel::overdue, whole.overdue);
  line.percent(sheet.label(ReportLabel::trajectory), whole.trajectory_percent);
  line.number(ReportLabel::gap, whole.gap_points, sheet.formats().points);
  line.number(ReportLabel::needed_per_week, whole.needed_per_week, sheet.formats().rate);
  line.number(ReportLabel::recent_per_week, whole.recent_per_week, sheet.formats().rate);
  line.date(ReportLabel::projected, whole.projected);
  line.text(ReportLabel::status, status_label(whole.status, report.lang));
  sheet.status_colours(line.row() - 1, line.row() - 1, 1);
  for (const auto& milestone : report.milestones) {
    line.percent(sheet.label(ReportLabel::milestone) + " " + display_date(milestone.date, report.lang), milestone.percent);
  }
  if (report.validity_days) {
    line.count(ReportLabel::renewals_30, report.renewals_30);
    line.count(ReportLabel::renewals_60, report.renewals_60);
    line.count(ReportLabel::renewals_90, report.renewals_90);
  }
  line.count(ReportLabel::problems, report.problems.size());
  return line.row();
}

std::vector<const UnitRow*> top_units(const ReportData& report) {
  std::vector<const UnitRow*> units;
  for (const auto& unit : report.units) {
    if (unit.depth == 0) units.push_back(&unit);
  }
  return units;
}

double final_percent(const ReportData& report) {
  return report.milestones.empty() ? 100.0 : report.milestones.back().percent;
}

void percent_axis(lxw_chart* chart, double maximum) {
  lxw_chart_axis* axis = chart_axis_get(chart, LXW_CHART_AXIS_TYPE_Y);
  chart_axis_set_min(axis, 0);
  chart_axis_set_max(axis, maximum);
  chart_axis_set_num_format(axis, "0%");
}

void series_colour(lxw_chart_series* series, lxw_color_t colour, bool line) {
  lxw_chart_fill fill{};
  fill.color = colour;
  lxw_chart_line stroke{};
  stroke.color = colour;
  stroke.width = 2.25F;
  if (line) {
    chart_series_set_line(series, &stroke);
  } else {
    chart_series_set_fill(series, &fill);
  }
}

// Coverage of each top-level unit beside the trajectory on the as-of date; the value axis ends
// at the final target.
void units_chart(lxw_workbook* workbook, XlsxSheet& sheet, const ReportData& report, uint32_t header, uint32_t last) {
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
  const char* name = sheet.name().c_str();
  // The chart's top edge is the final target: say which it is.
  std::string title = sheet.label(ReportLabel::chart_units) + " (" + sheet.label(ReportLabel::final_target) + " " +
                      display_decimal(final_percent(report), 0, report.lang) + "% – " +
                      display_date(report.milestones.empty() ? report.as_of : report.milestones.back().date, report.lang) + ")";
  chart_title_set_name(chart, title.c_str());
  for (uint16_t col = 1; col <= 2; ++col) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, name, header + 1, 0, last, 0);
    chart_series_set_values(series, name, header + 1, col, last, col);
    chart_series_set_name_range(series, name, header, col);
    series_colour(series, col == 1 ? 0x2E75B6 : 0xBFBFBF, false);
  }
  percent_axis(chart, final_percent(report) / 100.0);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options options{};
  options.x_scale = std::clamp(static_cast<double>(last - header) / 6.0, 1.1, 3.0);
  options.y_scale = 1.4;
  check_xlsx(worksheet_insert_chart_opt(sheet.sheet(), header, kChartColumn, chart, &options));
}

uint32_t write_top_units(lxw_workbook* workbook, XlsxSheet& sheet, const ReportData& report, uint32_t row) {
  std::vector<const UnitRow*> units = top_units(report);
  sheet.text(row++, 0, sheet.label(ReportLabel::top_units_table), sheet.formats().bold);
  uint32_t header = row;
  sheet.header(row++, {sheet.label(ReportLabel::unit), sheet.label(ReportLabel::coverage),
                       sheet.label(ReportLabel::trajectory)});
  for (const UnitRow* unit : units) {
    sheet.text(row, 0, unit->name.empty() ? unit->id : unit->name);
    sheet.percent(row, 1, unit->figures.coverage_percent);
    sheet.percent(row++, 2, unit->figures.trajectory_percent);
  }
  if (!units.empty()) units_chart(workbook, sheet, report, header, row - 1);
  return std::max(row, header + 22);  // below the chart
}

// Cumulative coverage week by week against the milestone trajectory.
void weeks_chart(lxw_workbook* workbook, XlsxSheet& sheet, uint32_t header, uint32_t last) {
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_LINE);
  const char* name = sheet.name().c_str();
  chart_title_set_name(chart, sheet.label(ReportLabel::chart_weeks).c_str());
  for (uint16_t col = 2; col <= 3; ++col) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, name, header + 1, 0, last, 0);
    chart_series_set_values(series, name, header + 1, col, last, col);
    chart_series_set_name_range(series, name, header, col);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
    series_colour(series, col == 2 ? 0x2E75B6 : 0xA6A6A6, true);
  }
  percent_axis(chart, 1.0);
  chart_axis_set_num_format(chart_axis_get(chart, LXW_CHART_AXIS_TYPE_X), "dd/mm/yyyy");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  lxw_chart_options options{};
  options.x_scale = 1.1;
  options.y_scale = 1.4;
  check_xlsx(worksheet_insert_chart_opt(sheet.sheet(), header, kChartColumn, chart, &options));
}

void write_weeks(lxw_workbook* workbook, XlsxSheet& sheet, const ReportData& report, uint32_t row) {
  sheet.text(row++, 0, sheet.label(ReportLabel::weeks_table), sheet.formats().bold);
  uint32_t header = row;
  sheet.header(row++, {sheet.label(ReportLabel::week_ending), sheet.label(ReportLabel::covered),
                       sheet.label(ReportLabel::coverage), sheet.label(ReportLabel::trajectory)});
  size_t shown = rows_that_fit(row, report.weeks.size());
  for (size_t i = 0; i < shown; ++i) {
    const WeekPoint& week = report.weeks[i];
    sheet.date(row, 0, week.date);
    sheet.count(row, 1, week.covered);
    sheet.percent(row, 2, week.percent);
    sheet.percent(row++, 3, week.trajectory_percent);
  }
  if (shown > 0) weeks_chart(workbook, sheet, header, row - 1);
}

}  // namespace

void write_overview_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_overview);
  std::string title = report.title.empty() ? sheet.label(ReportLabel::report_title) : report.title;
  sheet.text(0, 0, title, formats.title);
  sheet.widths({40, 14, 14, 14, 2});
  uint32_t row = write_headline(sheet, report) + 1;
  row = write_top_units(workbook, sheet, report, row) + 1;
  write_weeks(workbook, sheet, report, row);
  sheet.print_setup(0);  // the title on every page
}

}  // namespace hocvu
