#pragma once
// The words of analysis.html, Vietnamese (the default) beside English in one table, and how
// numbers are shown to people: a decimal comma in Vietnamese ("0,75"), a point in English.
#include <optional>
#include <string>
#include <string_view>

#include "grade/grade_report.hpp"

namespace hocvu {

enum class Label {
  title, exam, role, level, key_source, pass_mark, area_minimum, unknown,
  // Data accounting.
  accounting, accounting_note, rows_read, graded, rejected, balanced, unbalanced, duplicates,
  reject_reasons, reject_code, rows, reason, inputs, file, format, sha256,
  corrections, no_corrections, correction, options, forms, line,
  // Score distribution.
  scores, overall, overall_note, form, candidates, items, possible, mean, sd, median, min, max, alpha, sem,
  pass_rate, alpha_good, alpha_fair, alpha_low, histogram_note, score_axis, count_axis, pass_line,
  // Items.
  item_map, item_map_note, facility_axis, discrimination_axis, zone_hard, zone_easy, zone_weak, not_plotted,
  flagged, flagged_note, none_flagged, dropped_items,
  question, competency, attempts, omitted, facility, item_rest_r, item_total_r, upper_lower_d, efficiency,
  alpha_if_deleted, flags,
  // The options of one question.
  distractors, distractors_note, option, key, chosen, share, mean_total_percent, point_biserial,
  nonfunctioning,
  // Competencies.
  mastery, mastery_note, measured, mastered, mastery_rate, no_competencies,
  made_by, thresholds, options_used, share_correct, discrimination, share_chosen,
  count_  // the number of labels
};

const char* label(Label label, ReportLanguage language);
// True when the table holds every label in enum order (checked by a unit test).
bool label_table_in_order();

// Plain words for an item flag, a reject code ("" when not a known code) and a correction kind.
const char* flag_label(ItemFlag flag, ReportLanguage language);
const char* reject_code_label(std::string_view code, ReportLanguage language);
const char* correction_label(CorrectionKind kind, ReportLanguage language);

// A number for people: fixed decimals with the language's decimal mark; "–" when there is none.
std::string display_number(std::optional<double> value, int decimals, ReportLanguage language);
// Like display_number, trailing zeros dropped: "50", "0,2".
std::string display_trimmed(double value, int decimals, ReportLanguage language);
// A share (0.725) as a percent with one decimal: "72,5%".
std::string display_percent(std::optional<double> share, ReportLanguage language);

}  // namespace hocvu
