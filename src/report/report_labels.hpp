#pragma once
// The words of the report for people (the workbook and the Markdown), Vietnamese (the default)
// beside English in one table, written for the officials who read it. CSV and JSON are for
// machines: they use stable English keys and codes, never these labels.
#include <cstdint>
#include <optional>
#include <string>

#include "report/report_data.hpp"

namespace hocvu {

enum class ReportLabel {
  // Sheet names (at most 31 characters, none of : \ / ? * [ ]).
  sheet_overview, sheet_units, sheet_roles, sheet_competencies, sheet_uncovered, sheet_renewals,
  sheet_problems, sheet_sources,
  // The headline.
  report_title, figure, value, as_of, headcount, assessed, covered, coverage, remaining, overdue,
  trajectory, gap, needed_per_week, recent_per_week, projected, status, final_target, milestone,
  renewals_30, renewals_60, renewals_90, problems, whole,
  // Tables.
  unit, unit_id, kind, level, parent, role, role_id, required_level, competency, week_ending,
  person_id, name, assessed_short, best_percent, due, expired, expires, within_days,
  code, file, line, column, message, source_kind, path, sha256, rows_read, rows_used, rows_rejected,
  parameter, version, yes, no,
  // Charts and notes.
  chart_units, chart_weeks, top_units_table, weeks_table, no_problems, more_rows, no_one_uncovered,
  no_renewals, truncated_rows,
  count_  // the number of labels
};

// The label in `lang` ("vi", else English).
const char* report_label(ReportLabel label, const std::string& lang);
// "Đã đạt", "Đúng tiến độ", "Chậm", "Có nguy cơ" / "met", "on track", "behind", "at risk".
const char* status_label(CoverageStatus status, const std::string& lang);
// A label that holds {count} (more_rows, truncated_rows) with `count` in its place.
std::string label_with_count(ReportLabel label, uint64_t count, const std::string& lang);
// True when the table holds every label in enum order (checked by a unit test).
bool report_label_table_in_order();

// Dates and numbers for people: "31/12/2026" in Vietnamese, "2026-12-31" in English; a decimal
// comma in Vietnamese ("72,5"), a point in English; "–" when there is no value.
std::string display_date(std::optional<Day> day, const std::string& lang);
std::string display_decimal(std::optional<double> value, int decimals, const std::string& lang);

}  // namespace hocvu
