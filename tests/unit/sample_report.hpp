#pragma once
// A small report built by hand for the writers' tests (golden CSV, JSON and Markdown, the
// workbook checked by tests/report/check_xlsx.py): every status, every sheet, a validity
// period, data problems, Vietnamese text, and unit and person names that a spreadsheet would
// run as formulas (=HYPERLINK(...), +cmd, @x, -1). The figures are consistent with each other
// (units roll up into the whole) but written down, not computed: writers only format.
//
// As of 2025-12-05; trajectory from 0% on 2025-09-13 to 40% on 2025-12-31 (day 83 of
// 109: 30.46%), then 100% on 2026-12-31; 391 days (55.86 weeks) left to the deadline.
#include "report/report_data.hpp"
#include "text/date.hpp"

namespace hocvu::test {

constexpr double kWeeksLeft = 391 / 7.0;

inline Day sample_day(int year, unsigned month, unsigned day) { return day_from_civil(year, month, day); }

inline CoverageFigures sample_figures(uint64_t headcount, uint64_t assessed, uint64_t covered, uint64_t overdue,
                                      std::optional<double> needed, double recent, std::optional<Day> projected,
                                      CoverageStatus status) {
  CoverageFigures figures;
  figures.headcount = headcount;
  figures.assessed = assessed;
  figures.covered = covered;
  figures.overdue = overdue;
  figures.trajectory_percent = 30.458715596330276;  // 40 × 83 / 109
  if (headcount > 0) {
    figures.coverage_percent = 100.0 * static_cast<double>(covered) / static_cast<double>(headcount);
    figures.gap_points = *figures.coverage_percent - figures.trajectory_percent;
  }
  figures.needed_per_week = needed;
  figures.recent_per_week = recent;
  figures.projected = projected;
  figures.status = status;
  return figures;
}

inline UnitRow sample_unit(const char* id, const char* name, const char* kind, uint32_t depth, const char* parent,
                           CoverageFigures figures, std::vector<CompetencyShare> competencies) {
  UnitRow unit;
  unit.id = id;
  unit.name = name;
  unit.kind = kind;
  unit.depth = depth;
  unit.parent = parent;
  unit.figures = figures;
  unit.competencies = std::move(competencies);
  return unit;
}

inline void add_sample_units(ReportData& report) {
  using S = CoverageStatus;
  auto day = sample_day;
  report.units = {
      sample_unit("HDDT", "Hội đồng Dân tộc", "council", 0, "",
                  sample_figures(2, 2, 2, 0, 0.0, 0.5, day(2025, 12, 5), S::met), {{2, 2}, {2, 1}, {0, 0}}),
      sample_unit("VPQH", "Văn phòng Quốc hội", "office", 0, "",
                  sample_figures(5, 4, 2, 0, 3 / kWeeksLeft, 0.5, day(2026, 1, 16), S::on_track),
                  {{4, 2}, {2, 1}, {0, 0}}),
      sample_unit("VPQH-TH", "Vụ Tổng hợp", "department", 1, "VPQH",
                  sample_figures(4, 3, 1, 0, 3 / kWeeksLeft, 0.25, day(2026, 4, 27), S::behind),
                  {{3, 1}, {1, 0}, {0, 0}}),
      sample_unit("INJ-1", "=HYPERLINK(\"http://example.com\",\"x\")", "team", 2, "VPQH-TH",
                  sample_figures(0, 0, 0, 0, std::nullopt, 0.0, std::nullopt, S::no_one), {{0, 0}, {0, 0}, {0, 0}}),
      sample_unit("INJ-2", "+cmd", "team", 1, "VPQH", sample_figures(1, 1, 1, 0, 0.0, 0.25, day(2025, 12, 5), S::met),
                  {{1, 1}, {1, 1}, {0, 0}}),
      sample_unit("INJ-3", "@x", "team", 0, "", sample_figures(1, 1, 0, 1, 1 / kWeeksLeft, 0.0, std::nullopt, S::at_risk),
                  {{1, 1}, {0, 0}, {0, 0}}),
      sample_unit("M1", "-1", "team", 0, "", sample_figures(1, 0, 0, 0, 1 / kWeeksLeft, 0.0, std::nullopt, S::at_risk),
                  {{0, 0}, {0, 0}, {0, 0}}),
      sample_unit("DB-DIENBIEN", "Đoàn ĐBQH và HĐND tỉnh Điện Biên", "province", 0, "",
                  sample_figures(1, 0, 0, 0, 1 / kWeeksLeft, 0.0, std::nullopt, S::at_risk),
                  {{0, 0}, {0, 0}, {0, 0}}),
      sample_unit("DB-DIENBIEN-MP", "HĐND xã Mường Phăng", "commune", 1, "DB-DIENBIEN",
                  sample_figures(1, 0, 0, 0, 1 / kWeeksLeft, 0.0, std::nullopt, S::at_risk),
                  {{0, 0}, {0, 0}, {0, 0}}),
  };
}

inline void add_sample_roles(ReportData& report) {
  RoleRow deputies;
  deputies.id = "dbqh";
  deputies.name = "Đại biểu Quốc hội";
  deputies.level = "co-ban";
  deputies.figures = sample_figures(3, 3, 2, 1, 1 / kWeeksLeft, 0.5, sample_day(2025, 12, 19), CoverageStatus::on_track);
  deputies.competencies = {{3, 3}, {2, 2}, {0, 0}};
  RoleRow staff;
  staff.id = "ccvc";
  staff.name = "Công chức, viên chức";
  staff.level = "trung-cap";
  staff.figures = sample_figures(7, 4, 2, 0, 5 / kWeeksLeft, 0.25, sample_day(2026, 5, 22), CoverageStatus::behind);
  staff.competencies = {{4, 2}, {2, 1}, {0, 0}};
  RoleRow council;
  council.id = "hdnd";
  council.name = "Đại biểu HĐND";
  council.level = "co-ban";
  council.figures = sample_figures(0, 0, 0, 0, std::nullopt, 0.0, std::nullopt, CoverageStatus::no_one);
  council.competencies = {{0, 0}, {0, 0}, {0, 0}};
  report.roles = {deputies, staff, council};
}

inline UncoveredPerson sample_uncovered(const char* id, const char* name, const char* unit, const char* role,
                                        std::optional<double> best, Day due, bool overdue,
                                        std::optional<Day> expired = std::nullopt) {
  UncoveredPerson person;
  person.id = id;
  person.name = name;
  person.unit = unit;
  person.role = role;
  person.assessed = best.has_value();
  person.best_percent = best;
  person.due = due;
  person.overdue = overdue;
  person.expired = expired;
  return person;
}

inline RenewalPerson sample_renewal(const char* id, const char* name, const char* unit, Day expires, uint32_t within) {
  RenewalPerson person;
  person.id = id;
  person.name = name;
  person.unit = unit;
  person.role = "dbqh";
  person.expires = expires;
  person.within = within;
  return person;
}

inline void add_sample_people(ReportData& report) {
  auto day = sample_day;
  Day deadline = day(2026, 12, 31);
  report.uncovered = {
      sample_uncovered("P004", "Lê Văn Cường", "VPQH-TH", "ccvc", 62.5, deadline, false),
      sample_uncovered("P005", "Phạm Thị Dung", "VPQH-TH", "ccvc", 80.0, day(2026, 1, 19), false, day(2025, 11, 20)),
      sample_uncovered("P006", "Hoàng Minh Đức", "VPQH-TH", "ccvc", std::nullopt, deadline, false),
      sample_uncovered("P008", "=cmd|' /C calc'!A0", "INJ-3", "dbqh", 45.0, day(2025, 11, 30), true),
      sample_uncovered("P009", "Trần Thu Hà", "M1", "ccvc", std::nullopt, deadline, false),
      sample_uncovered("P010", "Lò Văn Pâng", "DB-DIENBIEN-MP", "ccvc", std::nullopt, day(2027, 1, 20), false),
  };
  report.renewals = {
      sample_renewal("P001", "Nguyễn Văn An", "HDDT", day(2025, 12, 20), 30),
      sample_renewal("P002", "Trần Thị Bình", "HDDT", day(2026, 2, 1), 60),
      sample_renewal("P003", "Vũ Quang Huy", "VPQH-TH", day(2026, 2, 28), 90),
  };
  report.renewals_30 = 1;
  report.renewals_60 = 2;
  report.renewals_90 = 3;
}

inline void add_sample_problems(ReportData& report) {
  report.problems = {
      {ProblemCode::unknown_unit, "roster.csv", 12, 3, "P011", "unit 'VP-XYZ' is not in reports/units.yaml"},
      {ProblemCode::duplicate_person, "roster.csv", 14, 1, "P002", "person id 'P002' is already on line 3"},
      {ProblemCode::unknown_person, "results/dot-1/scores.csv", 5, 1, "X99", "person 'X99' is not on the roster"},
      {ProblemCode::exam_certifies_no_role, "results/dot-1/scores.csv", 7, 0, "P001",
       "exam 'thu|nghiem' certifies no role in reports/targets.yaml"},
      {ProblemCode::unreadable_row, "roster.csv", 0, 0, "", "@SUM(1+1) is not a row"},
  };
}

inline void add_sample_sources(ReportData& report) {
  std::string hash_a(64, 'a');
  std::string hash_b = "3f0a" + std::string(60, '0');
  report.sources = {
      {"roster", "roster.csv", hash_a, 13, 10, 3},
      {"units", "reports/units.yaml", hash_b, 0, 0, 0},
      {"targets", "reports/targets.yaml", std::string(64, 'c'), 0, 0, 0},
      {"scores", "results/dot-1/scores.csv", std::string(64, 'd'), 20, 18, 2},
  };
  report.parameters = {{"as_of", "2025-12-05"}, {"units", "reports/units.yaml"},
                       {"targets", "reports/targets.yaml"}, {"people", "yes"}, {"lang", "vi"}};
}

// The sample; `lang` "vi" or "en", `people` whether names are shown.
inline ReportData sample_report(const std::string& lang = "vi", bool people = true) {
  ReportData report;
  report.title = "Phổ cập kỹ năng số – Quốc hội";
  report.version = "0.1.0-test";
  report.as_of = sample_day(2025, 12, 5);
  report.lang = lang;
  report.people = people;
  report.start = sample_day(2025, 9, 13);
  report.milestones = {{sample_day(2025, 12, 31), 40}, {sample_day(2026, 12, 31), 100}};
  report.validity_days = 365;
  report.grace_days = 60;
  report.pace_weeks = 4;
  report.whole = sample_figures(10, 7, 4, 1, 6 / kWeeksLeft, 0.75, sample_day(2026, 2, 23), CoverageStatus::on_track);
  add_sample_units(report);
  add_sample_roles(report);
  report.competencies = {{"1.1", "Duyệt, tìm kiếm và lọc dữ liệu"}, {"2.1", "Tương tác qua công nghệ số"},
                         {"4.1", "Bảo vệ thiết bị"}};
  report.whole_competencies = {{7, 5}, {4, 2}, {0, 0}};
  report.weeks = {{sample_day(2025, 11, 16), 1, 10.0, 23.486238532110093},
                  {sample_day(2025, 11, 23), 2, 20.0, 26.055045871559635},
                  {sample_day(2025, 11, 30), 3, 30.0, 28.623853211009175},
                  {sample_day(2025, 12, 5), 4, 40.0, 30.458715596330276}};
  add_sample_people(report);
  add_sample_problems(report);
  add_sample_sources(report);
  return report;
}

}  // namespace hocvu::test
