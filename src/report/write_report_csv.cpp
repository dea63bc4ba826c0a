// The report as CSV: one file (the unit table) or a folder with every table. For machines:
// English snake_case headers that do not change, codes rather than labels, ISO dates. Every
// cell goes through csv_field, so text that begins with = + - @ never runs as a formula.
#include <initializer_list>

#include "io/file.hpp"
#include "io/output_folder.hpp"
#include "report/report_format.hpp"
#include "report/write_report.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

class CsvText {
 public:
  void row(std::initializer_list<std::string> cells) {
    bool first = true;
    for (const auto& cell : cells) {
      if (!first) text_ += ',';
      append_csv_field(text_, cell);
      first = false;
    }
    text_ += '\n';
  }
  void row(const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) text_ += ',';
      append_csv_field(text_, cells[i]);
    }
    text_ += '\n';
  }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

const char* yes_no(bool value) { return value ? "true" : "false"; }

const std::vector<std::string> kFigureHeader = {
    "headcount", "assessed", "covered", "coverage_percent", "remaining", "overdue", "trajectory_percent",
    "gap_points", "needed_per_week", "recent_per_week", "projected_date", "status"};

void append_figures(std::vector<std::string>& cells, const CoverageFigures& figures) {
  cells.insert(cells.end(), {std::to_string(figures.headcount), std::to_string(figures.assessed),
                             std::to_string(figures.covered), percent_text(figures.coverage_percent),
                             std::to_string(figures.remaining()), std::to_string(figures.overdue),
                             percent_text(figures.trajectory_percent), percent_text(figures.gap_points),
                             rate_text(figures.needed_per_week), rate_text(figures.recent_per_week),
                             date_text(figures.projected), status_code(figures.status)});
}

std::vector<std::string> with_figures(std::vector<std::string> cells) {
  cells.insert(cells.end(), kFigureHeader.begin(), kFigureHeader.end());
  return cells;
}

void figure_rows(CsvText& csv, const CoverageFigures& figures) {
  std::vector<std::string> names = kFigureHeader;
  std::vector<std::string> values;
  append_figures(values, figures);
  for (size_t i = 0; i < names.size(); ++i) csv.row({names[i], values[i]});
}

std::string summary_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"name", "value"});
  csv.row({"title", report.title});
  csv.row({"hocvu_version", report.version});
  csv.row({"as_of", format_date(report.as_of)});
  csv.row({"trajectory_start", format_date(report.start)});
  for (const auto& milestone : report.milestones) {
    csv.row({"milestone_" + format_date(milestone.date), percent_text(milestone.percent)});
  }
  figure_rows(csv, report.whole);
  csv.row({"pace_weeks", std::to_string(report.pace_weeks)});
  csv.row({"grace_days", std::to_string(report.grace_days)});
  bool validity = report.validity_days.has_value();
  csv.row({"validity_days", validity ? std::to_string(*report.validity_days) : ""});
  csv.row({"renewals_30", validity ? std::to_string(report.renewals_30) : ""});
  csv.row({"renewals_60", validity ? std::to_string(report.renewals_60) : ""});
  csv.row({"renewals_90", validity ? std::to_string(report.renewals_90) : ""});
  csv.row({"problems", std::to_string(report.problems.size())});
  return csv.take();
}

std::string roles_csv(const ReportData& report) {
  CsvText csv;
  csv.row(with_figures({"role_id", "role_name", "required_level"}));
  for (const auto& role : report.roles) {
    std::vector<std::string> cells = {role.id, role.name, role.level};
    append_figures(cells, role.figures);
    csv.row(cells);
  }
  return csv.take();
}

void competency_rows(CsvText& csv, const ReportData& report, const char* scope, const std::string& id,
                     const std::vector<CompetencyShare>& shares) {
  for (size_t i = 0; i < shares.size() && i < report.competencies.size(); ++i) {
    const CompetencyShare& share = shares[i];
    csv.row({scope, id, report.competencies[i].id, report.competencies[i].title, std::to_string(share.measured),
             std::to_string(share.mastered), percent_text(share.percent())});
  }
}

// Long form: one row per scope (the whole, a unit, a role) and competency.
std::string competencies_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"scope", "scope_id", "competency_id", "competency_title", "measured", "mastered", "mastered_percent"});
  competency_rows(csv, report, "whole", "", report.whole_competencies);
  for (const auto& unit : report.units) competency_rows(csv, report, "unit", unit.id, unit.competencies);
  for (const auto& role : report.roles) competency_rows(csv, report, "role", role.id, role.competencies);
  return csv.take();
}

std::string weeks_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"week_end", "covered", "coverage_percent", "trajectory_percent"});
  for (const auto& week : report.weeks) {
    csv.row({format_date(week.date), std::to_string(week.covered), percent_text(week.percent),
             percent_text(week.trajectory_percent)});
  }
  return csv.take();
}

std::string uncovered_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"person_id", "name", "unit_id", "role_id", "assessed", "best_percent", "due_date", "overdue",
           "expired_date"});
  for (const auto& person : report.uncovered) {
    csv.row({person.id, report.people ? person.name : "", person.unit, person.role, yes_no(person.assessed),
             percent_text(person.best_percent), format_date(person.due), yes_no(person.overdue),
             date_text(person.expired)});
  }
  return csv.take();
}

std::string renewals_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"person_id", "name", "unit_id", "role_id", "expires_date", "within_days"});
  for (const auto& person : report.renewals) {
    csv.row({person.id, report.people ? person.name : "", person.unit, person.role, format_date(person.expires),
             std::to_string(person.within)});
  }
  return csv.take();
}

std::string sources_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"kind", "path", "sha256", "rows", "used", "rejected"});
  for (const auto& source : report.sources) {
    csv.row({source.kind, source.path, source.sha256, std::to_string(source.rows), std::to_string(source.used),
             std::to_string(source.rejected)});
  }
  return csv.take();
}

std::string parameters_csv(const ReportData& report) {
  CsvText csv;
  csv.row({"name", "value"});
  for (const auto& parameter : report.parameters) csv.row({parameter.name, parameter.value});
  return csv.take();
}

}  // namespace

std::string problems_csv(const DataProblems& problems) {
  CsvText csv;
  csv.row({"code", "file", "line", "column", "person_id", "message"});
  for (const auto& problem : problems) {
    csv.row({problem_code(problem.code), problem.file, problem.line == 0 ? "" : std::to_string(problem.line),
             problem.column == 0 ? "" : std::to_string(problem.column), problem.person, problem.message});
  }
  return csv.take();
}

std::string report_units_csv(const ReportData& report) {
  CsvText csv;
  csv.row(with_figures({"unit_id", "unit_name", "kind", "depth", "parent_id"}));
  for (const auto& unit : report.units) {
    std::vector<std::string> cells = {unit.id, unit.name, unit.kind, std::to_string(unit.depth), unit.parent};
    append_figures(cells, unit.figures);
    csv.row(cells);
  }
  return csv.take();
}

std::vector<std::pair<std::string, std::string>> report_csv_tables(const ReportData& report) {
  return {{"summary.csv", summary_csv(report)},       {"units.csv", report_units_csv(report)},
          {"roles.csv", roles_csv(report)},           {"competencies.csv", competencies_csv(report)},
          {"weeks.csv", weeks_csv(report)},           {"uncovered.csv", uncovered_csv(report)},
          {"renewals.csv", renewals_csv(report)},     {"problems.csv", problems_csv(report.problems)},
          {"sources.csv", sources_csv(report)},       {"parameters.csv", parameters_csv(report)}};
}

void write_report_csv_file(const ReportData& report, const std::string& path) {
  write_output(path, report_units_csv(report));
}

void write_report_csv_folder(const ReportData& report, const std::string& folder) {
  OutputFolder out(folder, Overwrite::no);
  for (const auto& [name, contents] : report_csv_tables(report)) out.write(name, contents);
  out.commit();
}

}  // namespace hocvu
