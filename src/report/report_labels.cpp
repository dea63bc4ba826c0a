// The words of the report for people: each label is a catalogue key ("report.label.*"), its
// Vietnamese and English texts in report_vi.cpp and report_en.cpp, looked up in the report's language.
#include "report/report_labels.hpp"

#include <iterator>

#include <fmt/format.h>

#include "grade/report_numbers.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

struct Keyed {
  ReportLabel label;
  std::string_view key;
};

// In the order of enum ReportLabel (report_label_table_in_order checks it); the texts are in the
// catalogue (report_vi.cpp, report_en.cpp) under these keys.
constexpr Keyed kLabels[] = {
    {ReportLabel::sheet_overview, message_id("report.label.sheet_overview")},
    {ReportLabel::sheet_units, message_id("report.label.sheet_units")},
    {ReportLabel::sheet_roles, message_id("report.label.sheet_roles")},
    {ReportLabel::sheet_competencies, message_id("report.label.sheet_competencies")},
    {ReportLabel::sheet_uncovered, message_id("report.label.sheet_uncovered")},
    {ReportLabel::sheet_renewals, message_id("report.label.sheet_renewals")},
    {ReportLabel::sheet_problems, message_id("report.label.sheet_problems")},
    {ReportLabel::sheet_sources, message_id("report.label.sheet_sources")},
    {ReportLabel::report_title, message_id("report.label.report_title")},
    {ReportLabel::figure, message_id("report.label.figure")},
    {ReportLabel::value, message_id("report.label.value")},
    {ReportLabel::as_of, message_id("report.label.as_of")},
    {ReportLabel::headcount, message_id("report.label.headcount")},
    {ReportLabel::assessed, message_id("report.label.assessed")},
    {ReportLabel::covered, message_id("report.label.covered")},
    {ReportLabel::coverage, message_id("report.label.coverage")},
    {ReportLabel::remaining, message_id("report.label.remaining")},
    {ReportLabel::overdue, message_id("report.label.overdue")},
    {ReportLabel::trajectory, message_id("report.label.trajectory")},
    {ReportLabel::gap, message_id("report.label.gap")},
    {ReportLabel::needed_per_week, message_id("report.label.needed_per_week")},
    {ReportLabel::recent_per_week, message_id("report.label.recent_per_week")},
    {ReportLabel::projected, message_id("report.label.projected")},
    {ReportLabel::status, message_id("report.label.status")},
    {ReportLabel::final_target, message_id("report.label.final_target")},
    {ReportLabel::milestone, message_id("report.label.milestone")},
    {ReportLabel::renewals_30, message_id("report.label.renewals_30")},
    {ReportLabel::renewals_60, message_id("report.label.renewals_60")},
    {ReportLabel::renewals_90, message_id("report.label.renewals_90")},
    {ReportLabel::problems, message_id("report.label.problems")},
    {ReportLabel::whole, message_id("report.label.whole")},
    {ReportLabel::unit, message_id("report.label.unit")},
    {ReportLabel::unit_id, message_id("report.label.unit_id")},
    {ReportLabel::kind, message_id("report.label.kind")},
    {ReportLabel::level, message_id("report.label.level")},
    {ReportLabel::parent, message_id("report.label.parent")},
    {ReportLabel::role, message_id("report.label.role")},
    {ReportLabel::role_id, message_id("report.label.role_id")},
    {ReportLabel::required_level, message_id("report.label.required_level")},
    {ReportLabel::competency, message_id("report.label.competency")},
    {ReportLabel::week_ending, message_id("report.label.week_ending")},
    {ReportLabel::person_id, message_id("report.label.person_id")},
    {ReportLabel::name, message_id("report.label.name")},
    {ReportLabel::assessed_short, message_id("report.label.assessed_short")},
    {ReportLabel::best_percent, message_id("report.label.best_percent")},
    {ReportLabel::due, message_id("report.label.due")},
    {ReportLabel::expired, message_id("report.label.expired")},
    {ReportLabel::expires, message_id("report.label.expires")},
    {ReportLabel::within_days, message_id("report.label.within_days")},
    {ReportLabel::code, message_id("report.label.code")},
    {ReportLabel::file, message_id("report.label.file")},
    {ReportLabel::line, message_id("report.label.line")},
    {ReportLabel::column, message_id("report.label.column")},
    {ReportLabel::message, message_id("report.label.message")},
    {ReportLabel::source_kind, message_id("report.label.source_kind")},
    {ReportLabel::path, message_id("report.label.path")},
    {ReportLabel::sha256, message_id("report.label.sha256")},
    {ReportLabel::rows_read, message_id("report.label.rows_read")},
    {ReportLabel::rows_used, message_id("report.label.rows_used")},
    {ReportLabel::rows_rejected, message_id("report.label.rows_rejected")},
    {ReportLabel::parameter, message_id("report.label.parameter")},
    {ReportLabel::version, message_id("report.label.version")},
    {ReportLabel::yes, message_id("report.label.yes")},
    {ReportLabel::no, message_id("report.label.no")},
    {ReportLabel::chart_units, message_id("report.label.chart_units")},
    {ReportLabel::chart_weeks, message_id("report.label.chart_weeks")},
    {ReportLabel::top_units_table, message_id("report.label.top_units_table")},
    {ReportLabel::weeks_table, message_id("report.label.weeks_table")},
    {ReportLabel::no_problems, message_id("report.label.no_problems")},
    {ReportLabel::more_rows, message_id("report.label.more_rows")},
    {ReportLabel::no_one_uncovered, message_id("report.label.no_one_uncovered")},
    {ReportLabel::no_renewals, message_id("report.label.no_renewals")},
    {ReportLabel::truncated_rows, message_id("report.label.truncated_rows")},
};

bool vietnamese(const std::string& lang) { return lang == "vi"; }

Language report_language(const std::string& lang) { return vietnamese(lang) ? Language::vi : Language::en; }

// The catalogue's texts are whole string literals, so the view's data ends in a NUL.
const char* catalogue_text(const std::string& lang, std::string_view key) {
  return message(report_language(lang), key).data();
}

}  // namespace

const char* report_label(ReportLabel wanted, const std::string& lang) {
  return catalogue_text(lang, kLabels[static_cast<size_t>(wanted)].key);
}

const char* status_label(CoverageStatus status, const std::string& lang) {
  switch (status) {
    case CoverageStatus::met: return catalogue_text(lang, "report.status.met");
    case CoverageStatus::on_track: return catalogue_text(lang, "report.status.on_track");
    case CoverageStatus::behind: return catalogue_text(lang, "report.status.behind");
    case CoverageStatus::at_risk: return catalogue_text(lang, "report.status.at_risk");
    case CoverageStatus::no_one: return catalogue_text(lang, "report.status.no_one");
  }
  return "?";
}

bool report_label_table_in_order() {
  if (std::size(kLabels) != static_cast<size_t>(ReportLabel::count_)) {
    return false;
  }
  for (size_t i = 0; i < std::size(kLabels); ++i) {
    if (static_cast<size_t>(kLabels[i].label) != i) {
      return false;
    }
  }
  return true;
}

std::string display_date(std::optional<Day> day, const std::string& lang) {
  if (!day) {
    return "–";
  }
  if (!vietnamese(lang)) {
    return format_date(*day);
  }
  CivilDate date = civil_from_day(*day);
  return fmt::format("{:02}/{:02}/{:04}", date.day, date.month, date.year);
}

std::string display_decimal(std::optional<double> value, int decimals, const std::string& lang) {
  std::string text = fixed_decimal(value, decimals);
  if (text.empty()) {
    return "–";
  }
  if (vietnamese(lang)) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string label_with_count(ReportLabel label, uint64_t count, const std::string& lang) {
  return format_message(report_language(lang), kLabels[static_cast<size_t>(label)].key, fmt::arg("count", count));
}

}  // namespace hocvu
