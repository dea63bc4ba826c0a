// Coverage, hand-computed: who is in the headcount, covered, overdue; roll-up, trajectory, pace,
// projection, status, competencies, the weekly curve, expiry and renewals, and every data problem.
#include <catch2/catch.hpp>

#include "report/coverage.hpp"
#include "report/coverage_rules.hpp"
#include "i18n/interface.hpp"

using namespace hocvu;

namespace {

LocatedText text(std::string value) { return LocatedText{std::move(value), Pos{}}; }
Day date(int y, unsigned m, unsigned d) { return day_from_civil(y, m, d); }

Framework make_framework() {
  Framework framework;
  framework.id = text("fw");
  for (const char* level : {"CB", "TC", "NC"}) framework.levels.push_back(Level{text(level), level, std::nullopt});
  Area area;
  area.id = text("1");
  for (const char* id : {"1.1", "1.2"}) {
    Competency competency;
    competency.id = text(id);
    competency.title = std::string("Competency ") + id;
    area.competencies.push_back(competency);
  }
  framework.areas.push_back(area);
  for (const char* id : {"r1", "r2"}) {
    Role role;
    role.id = text(id);
    role.name = std::string("Role ") + id;
    framework.roles.push_back(role);
  }
  return framework;
}

UnitTree make_tree() {
  UnitTree tree;
  tree.id = text("tree");
  auto add = [&tree](const char* id, uint32_t parent, uint32_t depth) {
    Unit unit;
    unit.id = text(id);
    unit.name = std::string("Unit ") + id;
    unit.parent = parent;
    unit.depth = depth;
    tree.units.push_back(unit);
  };
  add("U-A", UINT32_MAX, 0);
  add("U-A1", 0, 1);
  add("U-A2", 0, 1);
  add("U-B", UINT32_MAX, 0);
  return tree;
}

// Start 2026-01-01 at 0%, 40% on 2026-01-29, 100% on 2026-03-26 (the deadline).
Targets make_targets() {
  Targets targets;
  targets.title = "Targets";
  targets.start = text("2026-01-01");
  targets.milestones = {{text("2026-01-29"), 40}, {text("2026-03-26"), 100}};
  targets.roles = {{text("r1"), text("TC")}, {text("r2"), text("CB")}};
  targets.certifications = {{text("e1"), text("r1"), text("TC")},
                            {text("e2"), text("r1"), text("CB")},
                            {text("e3"), text("r2"), text("CB")}};
  targets.grace_days = 30;
  targets.active_statuses = {"active"};
  targets.left_statuses = {"left"};
  return targets;
}

RosterPerson person(const char* id, const char* unit, const char* role, uint64_t line, const char* status = "",
                    std::optional<Day> start = std::nullopt) {
  RosterPerson p;
  p.id = id;
  p.name = std::string("Name ") + id;
  p.unit = unit;
  p.role = role;
  p.status = status;
  p.start = start;
  p.line = line;
  return p;
}

Roster make_roster() {
  Roster roster;
  roster.source.path = "roster.csv";
  roster.columns = {1, 2, 3, 4, 5, 6, 0};
  roster.people = {person("p1", "U-A1", "r1", 2),
                   person("p2", "U-A1", "r1", 3),
                   person("p3", "U-A2", "r2", 4),
                   person("p4", "U-A2", "r2", 5, "Left"),  // statuses compare case-insensitively
                   person("p5", "U-B", "r2", 6),
                   person("p6", "U-B", "r2", 7, "", date(2026, 3, 1)),
                   person("p7", "U-X", "r2", 8),
                   person("p8", "U-B", "r9", 9),
                   person("p1", "U-B", "r2", 10),
                   person("p9", "Unit U-B", "r1", 11, "weird")};  // the unit by its name
  return roster;
}

struct Attempt {
  const char* person;
  const char* exam;
  Day date;
  bool passed;
  double percent;
  std::vector<uint16_t> measured, mastered;
};

// What read_results hands the builder for one attempt of a test.
ResultAttempt result_attempt(const Attempt& a, std::string_view scores_path, uint32_t file, uint64_t line) {
  ResultAttempt attempt;
  attempt.person = a.person;
  attempt.exam = a.exam;
  attempt.date = a.date;
  attempt.passed = a.passed;
  attempt.percent = a.percent;
  attempt.measured = &a.measured;
  attempt.mastered = &a.mastered;
  attempt.file = file;
  attempt.scores_path = scores_path;
  attempt.line = line;
  return attempt;
}

struct Run {
  ReportData report;
  DataProblems problems;
  uint64_t after = 0;
};

Run run(Day as_of, const Targets& targets, const Roster& roster, const std::vector<Attempt>& attempts) {
  static const Framework framework = make_framework();
  static const UnitTree tree = make_tree();
  CoverageBuilder builder({tree, targets, framework, as_of, true});
  Run result;
  builder.add_roster(roster, result.problems);
  uint64_t line = 2;
  for (const Attempt& a : attempts) builder.add_attempt(result_attempt(a, "r/scores.csv", 0, line++), result.problems);
  result.after = builder.attempts_after_as_of();
  result.report = builder.finish(result.problems);
  return result;
}

const std::vector<Attempt> kAttempts = {
    {"p1", "e1", date(2026, 1, 10), true, 90, {0, 1}, {0}},
    {"p1", "e1", date(2026, 2, 1), false, 50, {0}, {}},      // a later failure does not undo the pass
    {"p2", "e2", date(2026, 1, 12), true, 80, {1}, {1}},     // e2 certifies r1 at CB only: r1 needs TC
    {"p3", "e3", date(2026, 2, 20), true, 75, {0}, {0}},
    {"p4", "e3", date(2026, 2, 20), true, 75, {}, {}},       // left: not in the headcount
    {"p9", "e1", date(2026, 2, 1), false, 40, {0}, {}},
    {"zz", "e1", date(2026, 2, 1), true, 90, {}, {}},        // not on the roster
    {"p5", "e4", date(2026, 2, 1), true, 70, {1}, {1}},      // e4 certifies no role
    {"p3", "e1", date(2026, 2, 21), true, 88, {}, {}},       // e1 certifies r1, p3 is r2
    {"p1", "e1", date(2026, 3, 10), true, 95, {}, {}},       // after the as-of date
};

}  // namespace

TEST_CASE("report coverage: the trajectory is linear between milestones", "[report]") {
  Trajectory line{date(2026, 1, 1), {{date(2026, 1, 29), 40}, {date(2026, 3, 26), 100}}};
  CHECK(line.percent_on(date(2025, 12, 1)) == 0);
  CHECK(line.percent_on(date(2026, 1, 1)) == 0);
  CHECK(line.percent_on(date(2026, 1, 15)) == Approx(20));   // 14 of 28 days toward 40
  CHECK(line.percent_on(date(2026, 1, 29)) == 40);
  CHECK(line.percent_on(date(2026, 2, 26)) == Approx(70));   // 28 of 56 days from 40 toward 100
  CHECK(line.percent_on(date(2026, 4, 1)) == 100);
  CHECK(line.deadline() == date(2026, 3, 26));
}

TEST_CASE("report coverage: pace, projection and every status", "[report]") {
  FigureRules rules{{date(2026, 1, 1), {{date(2026, 1, 29), 40}, {date(2026, 3, 26), 100}}}, date(2026, 2, 26), 4, 0};
  // 7 of 10 covered on the trajectory (70%), 3 of them four weeks ago.
  CoverageFigures on_track = figures_from({10, 8, 7, 3, 0}, rules);
  CHECK(on_track.status == CoverageStatus::on_track);
  CHECK(*on_track.coverage_percent == Approx(70));
  CHECK(*on_track.gap_points == Approx(0));
  CHECK(*on_track.needed_per_week == Approx(0.75));  // 3 people in 4 weeks
  CHECK(on_track.recent_per_week == Approx(1.0));     // 4 people in 4 weeks
  CHECK(*on_track.projected == date(2026, 3, 19));    // 3 people at 1 a week: 21 days
  // 6 of 10, 2 four weeks ago: 1 a week, 4 left: 28 days, on the deadline itself.
  CHECK(figures_from({10, 8, 6, 2, 0}, rules).status == CoverageStatus::behind);
  // 6 of 10, 3 four weeks ago: 0.75 a week, 4 left: ceil(37.3) = 38 days, after the deadline.
  CoverageFigures late = figures_from({10, 8, 6, 3, 0}, rules);
  CHECK(*late.projected == date(2026, 4, 5));
  CHECK(late.status == CoverageStatus::at_risk);
  CoverageFigures stalled = figures_from({10, 8, 6, 6, 0}, rules);
  CHECK_FALSE(stalled.projected);
  CHECK(stalled.status == CoverageStatus::at_risk);
  CHECK(figures_from({10, 10, 10, 2, 0}, rules).status == CoverageStatus::met);
  CoverageFigures empty = figures_from({0, 0, 0, 0, 0}, rules);
  CHECK(empty.status == CoverageStatus::no_one);
  CHECK_FALSE(empty.coverage_percent);
  FigureRules lenient = rules;
  lenient.on_track_margin = 10;
  CHECK(figures_from({10, 8, 6, 6, 0}, lenient).status == CoverageStatus::on_track);
  FigureRules after = rules;
  after.as_of = date(2026, 4, 10);
  CoverageFigures past = figures_from({10, 10, 9, 8, 0}, after);
  CHECK_FALSE(past.needed_per_week);  // no weeks left
  CHECK(past.status == CoverageStatus::at_risk);
}

TEST_CASE("report coverage: week ends are Sundays, then the as-of date", "[report]") {
  CHECK(week_ends(date(2026, 1, 1), date(2026, 1, 20)) ==
        std::vector<Day>{date(2026, 1, 4), date(2026, 1, 11), date(2026, 1, 18), date(2026, 1, 20)});
  CHECK(week_ends(date(2026, 1, 1), date(2026, 1, 11)) == std::vector<Day>{date(2026, 1, 4), date(2026, 1, 11)});
  CHECK(week_ends(date(2026, 1, 4), date(2026, 1, 4)) == std::vector<Day>{date(2026, 1, 4)});
  CHECK(week_ends(date(2026, 1, 5), date(2026, 1, 4)).empty());
}

TEST_CASE("report coverage: headcount, best attempt, roll-up and status by unit", "[report]") {
  Roster roster = make_roster();
  Run r = run(date(2026, 2, 26), make_targets(), roster, kAttempts);
  const ReportData& report = r.report;
  CHECK(r.after == 1);
  // In the headcount: p1, p2 (U-A1), p3 (U-A2), p5, p9 (U-B). Covered: p1 and p3.
  CHECK(report.whole.headcount == 5);
  CHECK(report.whole.assessed == 5);
  CHECK(report.whole.covered == 2);
  CHECK(report.whole.overdue == 0);  // before the deadline
  CHECK(*report.whole.coverage_percent == Approx(40));
  CHECK(report.whole.trajectory_percent == Approx(70));
  CHECK(report.whole.recent_per_week == Approx(0.25));  // p3 in the last 4 weeks
  CHECK(*report.whole.projected == date(2026, 5, 21));   // 3 left at 0.25 a week: 84 days
  CHECK(report.whole.status == CoverageStatus::at_risk);
  REQUIRE(report.units.size() == 4);
  const UnitRow& a = report.units[0];
  CHECK((a.id == "U-A" && a.depth == 0 && a.parent.empty()));
  CHECK((a.figures.headcount == 3 && a.figures.covered == 2 && a.figures.assessed == 3));
  CHECK(*a.figures.projected == date(2026, 3, 26));  // 1 left at 0.25 a week: 28 days
  CHECK(a.figures.status == CoverageStatus::behind);
  CHECK((report.units[1].id == "U-A1" && report.units[1].parent == "U-A"));
  CHECK(report.units[1].figures.status == CoverageStatus::at_risk);  // no progress in 4 weeks
  CHECK(report.units[2].figures.status == CoverageStatus::met);
  CHECK((report.units[3].figures.headcount == 2 && report.units[3].figures.covered == 0));
  REQUIRE(report.roles.size() == 2);
  CHECK((report.roles[0].id == "r1" && report.roles[0].name == "Role r1" && report.roles[0].level == "TC"));
  CHECK((report.roles[0].figures.headcount == 3 && report.roles[0].figures.covered == 1));
  CHECK((report.roles[1].figures.headcount == 2 && report.roles[1].figures.covered == 1));
}

TEST_CASE("report coverage: competencies among the assessed, where measured", "[report]") {
  Run r = run(date(2026, 2, 26), make_targets(), make_roster(), kAttempts);
  const ReportData& report = r.report;
  REQUIRE(report.competencies.size() == 2);
  CHECK(report.competencies[1].title == "Competency 1.2");
  // 1.1: measured in p1, p3, p9; mastered by p1, p3. 1.2: measured in p1, p2, p5; mastered by p2, p5.
  CHECK((report.whole_competencies[0].measured == 3 && report.whole_competencies[0].mastered == 2));
  CHECK((report.whole_competencies[1].measured == 3 && report.whole_competencies[1].mastered == 2));
  const UnitRow& a1 = report.units[1];
  CHECK((a1.competencies[0].measured == 1 && a1.competencies[0].mastered == 1));
  CHECK((a1.competencies[1].measured == 2 && a1.competencies[1].mastered == 1));
  CHECK(*a1.competencies[1].percent() == Approx(50));
  CHECK(report.units[0].competencies[0].measured == 2);  // rolled up: p1 and p3
}

TEST_CASE("report coverage: the weekly curve from the first result", "[report]") {
  Run r = run(date(2026, 2, 26), make_targets(), make_roster(), kAttempts);
  const auto& weeks = r.report.weeks;
  // First result 2026-01-10 (p1): Sundays from 01-11 to 02-22, then the as-of date.
  REQUIRE(weeks.size() == 8);
  CHECK(weeks.front().date == date(2026, 1, 11));
  CHECK(weeks.front().covered == 1);
  CHECK(*weeks.front().percent == Approx(20));
  CHECK(weeks.front().trajectory_percent == Approx(40.0 * 10 / 28));
  CHECK(weeks[5].covered == 1);
  CHECK(weeks[6].date == date(2026, 2, 22));
  CHECK(weeks[6].covered == 2);
  CHECK(weeks.back().date == date(2026, 2, 26));
}

TEST_CASE("report coverage: who is left, and every data problem in order", "[report]") {
  Run r = run(date(2026, 2, 26), make_targets(), make_roster(), kAttempts);
  const auto& left = r.report.uncovered;
  REQUIRE(left.size() == 3);
  CHECK((left[0].id == "p2" && left[0].unit == "U-A1" && *left[0].best_percent == Approx(80)));
  CHECK((left[1].id == "p5" && !left[1].best_percent && left[1].assessed));
  CHECK((left[2].id == "p9" && *left[2].best_percent == Approx(40) && left[2].name == "Name p9"));
  CHECK(left[2].due == date(2026, 3, 26));
  CHECK_FALSE(left[2].overdue);
  std::vector<std::string> codes;
  for (const auto& problem : r.problems) codes.push_back(problem_code(problem.code));
  CHECK(codes == std::vector<std::string>{"unknown_unit", "unknown_role", "duplicate_person", "unknown_status",
                                          "unknown_person", "exam_for_other_role", "exam_certifies_no_role"});
  CHECK(r.problems[0].message == "unit 'U-X' is not in the unit tree (by id or by name): the person is not counted anywhere");
  CHECK((r.problems[0].line == 8 && r.problems[0].column == 3 && r.problems[0].person == "p7"));
  CHECK(r.problems[2].message == "person id 'p1' is already on line 2: this row is not used");
  CHECK(r.problems[6].message ==
        "1 pass on exam 'e4', which targets.yaml lists under no certification (first on this line): not counted");
  CHECK((r.problems[6].file == "r/scores.csv" && r.problems[6].line == 9));
}

TEST_CASE("report coverage: the data problems in Vietnamese", "[report][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  Run r = run(date(2026, 2, 26), make_targets(), make_roster(), kAttempts);
  REQUIRE(r.problems.size() == 7);
  CHECK(r.problems[0].message ==
        "đơn vị 'U-X' không có trong cây đơn vị (theo mã hay theo tên): người này không được tính vào số liệu nào");
  CHECK(r.problems[2].message == "mã cán bộ 'p1' đã có ở dòng 2: dòng này không được sử dụng");
  CHECK(r.problems[4].message.find("không có trong danh sách cán bộ: lượt thi này không được tính") !=
        std::string::npos);
  CHECK(r.problems[6].message ==
        "1 lượt đạt ở kỳ thi 'e4' không được tính: targets.yaml không xếp kỳ thi này vào chứng nhận nào (lượt đầu "
        "tiên ở dòng này)");
}

TEST_CASE("report coverage: overdue after the deadline, with grace for newcomers", "[report]") {
  Roster roster = make_roster();
  roster.people.push_back(person("p10", "U-B", "r2", 12, "", date(2026, 3, 20)));
  Run r = run(date(2026, 4, 10), make_targets(), roster, kAttempts);
  // Uncovered: p2, p5, p6 (started 03-01: due 03-31), p9, p10 (started 03-20: due 04-19).
  CHECK(r.report.whole.headcount == 7);
  CHECK(r.report.whole.overdue == 4);
  // Sorted by unit, then id as text: p10 comes before p5 in U-B.
  REQUIRE(r.report.uncovered.size() == 5);
  const UncoveredPerson& newcomer = r.report.uncovered[1];
  CHECK((newcomer.id == "p10" && newcomer.due == date(2026, 4, 19) && !newcomer.overdue));
  const UncoveredPerson& p6 = r.report.uncovered[3];
  CHECK((p6.id == "p6" && p6.due == date(2026, 3, 31) && p6.overdue));
}

TEST_CASE("report coverage: a pass expires after the validity period; renewals are due", "[report]") {
  Targets targets = make_targets();
  targets.validity_days = 30;
  std::vector<Attempt> attempts = {{"p1", "e1", date(2026, 1, 1), true, 90, {}, {}},
                                   {"p1", "e1", date(2026, 1, 20), true, 90, {}, {}},   // extends to 02-19
                                   {"p3", "e3", date(2026, 1, 5), true, 90, {}, {}}};  // expires 02-04
  Run during = run(date(2026, 2, 10), targets, make_roster(), attempts);
  CHECK(during.report.whole.covered == 1);
  REQUIRE(during.report.renewals.size() == 1);
  CHECK((during.report.renewals[0].id == "p1" && during.report.renewals[0].expires == date(2026, 2, 19)));
  CHECK(during.report.renewals[0].within == 30);
  CHECK((during.report.renewals_30 == 1 && during.report.renewals_90 == 1));
  const UncoveredPerson* p3 = nullptr;
  for (const auto& person : during.report.uncovered) p3 = person.id == "p3" ? &person : p3;
  REQUIRE(p3 != nullptr);
  CHECK(*p3->expired == date(2026, 2, 4));
  // The curve falls when a pass expires: 2 covered on Sunday 01-25, 1 on 02-08.
  for (const auto& week : during.report.weeks) {
    if (week.date == date(2026, 1, 25)) CHECK(week.covered == 2);
    if (week.date == date(2026, 2, 8)) CHECK(week.covered == 1);
  }
  Run later = run(date(2026, 2, 25), targets, make_roster(), attempts);
  CHECK(later.report.whole.covered == 0);
}

namespace {

struct PeopleRun {
  PeopleCoverage people;
  ReportData report;
};

PeopleRun run_keeping_passes(Day as_of, const Targets& targets, const std::vector<Attempt>& attempts) {
  static const Framework framework = make_framework();
  static const UnitTree tree = make_tree();
  static const Roster roster = make_roster();
  CoverageSetup setup{tree, targets, framework, as_of, false};
  setup.keep_passes = true;
  CoverageBuilder builder(setup);
  DataProblems problems;
  builder.add_roster(roster, problems);
  uint64_t line = 2;
  for (const Attempt& a : attempts) {
    bool first_file = line < 6;
    builder.add_attempt(result_attempt(a, first_file ? "s1/scores.csv" : "s2/scores.csv", first_file ? 0 : 1, line++),
                        problems);
  }
  PeopleRun result;
  result.report = builder.finish(problems);
  result.people = builder.take_people();
  return result;
}

const std::vector<Attempt> kPeopleAttempts = {
    {"p1", "e1", date(2026, 1, 10), true, 90, {0}, {0}},        // s1 line 2
    {"p1", "e1", date(2026, 2, 1), false, 50, {0}, {}},         // line 3: a failure is no pass
    {"p1", "e1", date(2026, 2, 5), true, 85, {0, 1}, {1, 0}},   // line 4: the latest pass; mastered in framework order
    {"p2", "e2", date(2026, 1, 12), true, 80, {}, {}},          // line 5: CB, r1 needs TC: not covered
    {"p3", "e3", date(2026, 2, 20), true, 75, {}, {0}},         // s2 line 6
    {"p3", "e3", date(2026, 2, 20), true, 60, {}, {}},          // line 7: same day, read last: this one
    {"p4", "e3", date(2026, 2, 1), true, 90, {}, {}},           // line 8: left
    {"p5", "e3", date(2026, 3, 1), true, 90, {}, {}},           // line 9: after the as-of date
};

}  // namespace

TEST_CASE("report coverage: the pass that covers each person, with keep_passes", "[report][certify]") {
  Targets targets = make_targets();
  targets.validity_days = 30;
  PeopleRun r = run_keeping_passes(date(2026, 2, 20), targets, kPeopleAttempts);
  CHECK(r.report.whole.covered == 2);  // the report's figures are the same with passes kept
  REQUIRE(r.people.covered.size() == 2);
  const CoveredPerson& p1 = r.people.covered[0];
  CHECK((p1.row == 0 && p1.id == "p1" && p1.name == "Name p1" && p1.national_id.empty()));
  CHECK((p1.unit_id == "U-A1" && p1.unit_name == "Unit U-A1" && p1.role_id == "r1" && p1.role_name == "Role r1"));
  CHECK((p1.pass.exam == "e1" && p1.pass.date == date(2026, 2, 5) && p1.pass.percent == 85));
  CHECK(p1.pass.level == "TC");
  CHECK(p1.pass.mastered == std::vector<std::string>{"1.1", "1.2"});
  CHECK((p1.pass.scores_path == "s1/scores.csv" && p1.pass.line == 4));
  // 01-10 covers to 02-08; 02-05 falls inside and extends it: 02-05 + 30 days = 03-07.
  CHECK(p1.valid_until == date(2026, 3, 7));
  const CoveredPerson& p3 = r.people.covered[1];
  CHECK((p3.id == "p3" && p3.pass.percent == 60 && p3.pass.line == 7 && p3.pass.mastered.empty()));
  CHECK((p3.pass.level == "CB" && p3.pass.scores_path == "s2/scores.csv" && p3.valid_until == date(2026, 3, 22)));
  // Roster order: p1 p2 p3 p4(left) p5 p6(starts 03-01) p7(unit U-X) p8(role r9) p1(duplicate) p9.
  std::vector<Standing> expected = {Standing::covered,          Standing::not_covered,     Standing::covered,
                                    Standing::not_in_headcount, Standing::not_covered,     Standing::not_in_headcount,
                                    Standing::not_placed,       Standing::not_placed,      Standing::not_placed,
                                    Standing::not_covered};
  CHECK(r.people.standing == expected);
}

TEST_CASE("report coverage: without a validity period a covering pass has no end", "[report][certify]") {
  PeopleRun r = run_keeping_passes(date(2026, 6, 1), make_targets(), kPeopleAttempts);
  REQUIRE(r.people.covered.size() == 3);  // p5's pass of 03-01 now counts
  CHECK((r.people.covered[2].id == "p5" && r.people.covered[2].pass.line == 9));
  for (const CoveredPerson& person : r.people.covered) CHECK(!person.valid_until);
}
