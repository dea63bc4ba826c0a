// Who is covered, unit by unit (report/coverage.hpp says the rules).
#include "report/coverage.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "report/coverage_rules.hpp"
#include "report/person_index.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr Day kNever = INT32_MAX;

struct Person {
  uint32_t unit = kNone;
  uint32_t role = kNone;   // index in targets.roles
  bool in_headcount = false;
  bool assessed = false;
  float best_percent = -1;  // on an exam that certifies the role; -1: none
};

struct Certifies {
  uint32_t role = 0;   // index in targets.roles
  uint32_t level = 0;  // rank in the framework's levels
};

// What one exam certifies, and how many of its passes were reported as certifying nothing.
struct ExamInfo {
  std::vector<Certifies> certifies;
  std::map<std::string, uint64_t> orphan_passes_by_file;  // passes on an exam that certifies no role
  std::map<std::string, uint64_t> orphan_first_line;
};

// `message_key` names the whole sentence: which date is wrong is part of it.
Day parse_target_date(const LocatedText& text, std::string_view message_key) {
  auto day = parse_iso_date(text.value);
  if (!day) {
    throw FatalError(ui_format(message_key, fmt::arg("value", text.value)));
  }
  return *day;
}

// Status words compare as people mean them: "Đang công tác" is "đang công tác".
std::string status_key(std::string_view text) { return comparison_key(text, Punctuation::keep); }

enum class StatusMeaning { active, left, unknown };

// A qualifying pass's details, kept only with CoverageSetup::keep_passes.
struct PassDetail {
  uint32_t person = 0;
  Day date = 0;
  const std::string* exam = nullptr;  // a key of State::exams (map nodes do not move)
  double percent = 0;
  uint32_t level = 0;  // rank of the level the exam certifies for the person's role
  std::vector<uint16_t> mastered;
  uint32_t file = 0;
  uint64_t line = 0;
};

}  // namespace

struct CoverageBuilder::State {
  const UnitTree& tree;
  const Targets& targets;
  const Framework& framework;
  Day as_of;
  bool people;
  bool keep_passes;
  FigureRules rules;
  std::vector<std::string> competency_ids;
  std::vector<CompetencyInfo> competency_infos;
  std::map<std::string, uint32_t> level_rank;
  std::vector<uint32_t> role_level;  // by targets.roles: the rank required
  std::map<std::string, uint32_t> role_index;
  std::map<std::string, ExamInfo> exams;
  std::unordered_map<std::string, uint32_t> unit_by_id, unit_by_name;
  std::vector<std::string> active_statuses, left_statuses;  // as status_key
  mutable std::map<std::string, StatusMeaning> status_meanings;  // by the roster's words, as written
  const Roster* roster = nullptr;
  std::vector<Person> persons;
  std::unique_ptr<PersonIndex> person_by_id;  // into persons
  std::vector<uint64_t> measured_bits, mastered_bits;  // per person, `words` words each
  size_t words = 0;
  std::vector<std::pair<uint32_t, Day>> passes;  // qualifying passes (person, date)
  std::vector<PassDetail> pass_details;          // the same passes, with keep_passes
  std::vector<std::string> scores_paths;         // by ResultAttempt::file, with keep_passes
  PeopleCoverage people_coverage;                // filled by finish, with keep_passes
  Day first_result = kNever;
  uint64_t after_as_of = 0;

  State(const CoverageSetup& setup)
      : tree(setup.tree), targets(setup.targets), framework(setup.framework), as_of(setup.as_of), people(setup.people),
        keep_passes(setup.keep_passes) {}

  void prepare();
  void prepare_exams();
  uint32_t resolve_unit(const std::string& text) const;
  bool status_is_active(const RosterPerson& row, const std::string& path, DataProblems& problems) const;
  void attempt(const ResultAttempt& attempt, DataProblems& problems);
  void report_orphans(DataProblems& problems);
  void keep_pass(const ResultAttempt& attempt, uint32_t person, uint32_t level, const std::string& exam_id);
  CoveredPerson covered_person(uint32_t index, const PassDetail& pass, Day until) const;
};

void CoverageBuilder::State::prepare() {
  for (const Area& area : framework.areas) {
    for (const Competency& competency : area.competencies) {
      competency_ids.push_back(competency.id.value);
      competency_infos.push_back({competency.id.value, competency.title});
    }
  }
  words = (competency_ids.size() + 63) / 64;
  for (size_t i = 0; i < framework.levels.size(); ++i) level_rank[framework.levels[i].id.value] = static_cast<uint32_t>(i);
  for (size_t i = 0; i < targets.roles.size(); ++i) {
    role_index.emplace(targets.roles[i].role.value, static_cast<uint32_t>(i));
    auto rank = level_rank.find(targets.roles[i].level.value);
    role_level.push_back(rank == level_rank.end() ? 0 : rank->second);
  }
  prepare_exams();
  std::map<std::string, int> name_count;
  for (const Unit& unit : tree.units) ++name_count[unit.name];
  for (size_t i = 0; i < tree.units.size(); ++i) {
    unit_by_id.emplace(tree.units[i].id.value, static_cast<uint32_t>(i));
    if (name_count[tree.units[i].name] == 1) unit_by_name.emplace(tree.units[i].name, static_cast<uint32_t>(i));
  }
  for (const auto& status : targets.active_statuses) active_statuses.push_back(status_key(status));
  for (const auto& status : targets.left_statuses) left_statuses.push_back(status_key(status));
  rules.trajectory.start = parse_target_date(targets.start, message_id("report.targets.start_not_date"));
  for (const Milestone& milestone : targets.milestones) {
    rules.trajectory.milestones.push_back({parse_target_date(milestone.date, message_id("report.targets.milestone_not_date")), milestone.percent});
  }
  rules.as_of = as_of;
  rules.pace_weeks = targets.status.pace_weeks;
  rules.on_track_margin = targets.status.on_track_margin;
}

void CoverageBuilder::State::prepare_exams() {
  for (const Certification& certification : targets.certifications) {
    ExamInfo& info = exams[certification.exam.value];
    auto role = role_index.find(certification.role.value);
    auto rank = level_rank.find(certification.level.value);
    if (role != role_index.end() && rank != level_rank.end()) info.certifies.push_back({role->second, rank->second});
  }
}

uint32_t CoverageBuilder::State::resolve_unit(const std::string& text) const {
  auto found = unit_by_id.find(text);
  if (found != unit_by_id.end()) return found->second;
  found = unit_by_name.find(text);
  return found == unit_by_name.end() ? kNone : found->second;
}

bool CoverageBuilder::State::status_is_active(const RosterPerson& row, const std::string& path,
                                              DataProblems& problems) const {
  if (row.status.empty()) return true;
  auto known = status_meanings.find(row.status);
  if (known == status_meanings.end()) {
    std::string key = status_key(row.status);
    StatusMeaning meaning = StatusMeaning::unknown;
    if (std::find(left_statuses.begin(), left_statuses.end(), key) != left_statuses.end()) meaning = StatusMeaning::left;
    if (std::find(active_statuses.begin(), active_statuses.end(), key) != active_statuses.end()) {
      meaning = StatusMeaning::active;
    }
    known = status_meanings.emplace(row.status, meaning).first;
  }
  if (known->second != StatusMeaning::unknown) return known->second == StatusMeaning::active;
  problems.push_back({ProblemCode::unknown_status, path, row.line, roster->columns[static_cast<size_t>(RosterColumn::status)],
                      row.id,
                      ui_format("report.roster.unknown_status", fmt::arg("status", row.status))});
  return true;
}

CoverageBuilder::CoverageBuilder(const CoverageSetup& setup) : state_(std::make_unique<State>(setup)) {
  state_->prepare();
}

CoverageBuilder::~CoverageBuilder() = default;

const std::vector<std::string>& CoverageBuilder::competency_ids() const { return state_->competency_ids; }

uint64_t CoverageBuilder::attempts_after_as_of() const { return state_->after_as_of; }

void CoverageBuilder::add_roster(const Roster& roster, DataProblems& problems) {
  State& s = *state_;
  s.roster = &roster;
  const std::string& path = roster.source.path;
  auto column = [&roster](RosterColumn which) { return roster.columns[static_cast<size_t>(which)]; };
  // One Person per roster row (a duplicate row stays out of every count), so that the index
  // maps ids straight to rows.
  s.persons.assign(roster.people.size(), Person{});
  s.person_by_id = std::make_unique<PersonIndex>(
      [&roster](uint32_t row) -> std::string_view { return roster.people[row].id; }, roster.people.size());
  for (size_t row = 0; row < roster.people.size(); ++row) {
    const RosterPerson& person = roster.people[row];
    Person& entry = s.persons[row];
    uint32_t first = s.person_by_id->insert(static_cast<uint32_t>(row));
    if (first != PersonIndex::kMissing) {  // never in the headcount
      problems.push_back({ProblemCode::duplicate_person, path, person.line, column(RosterColumn::id), person.id,
                          ui_format("report.roster.duplicate_person", fmt::arg("id", person.id),
                                    fmt::arg("line", roster.people[first].line))});
      continue;
    }
    entry.unit = s.resolve_unit(person.unit);
    if (entry.unit == kNone) {
      problems.push_back({ProblemCode::unknown_unit, path, person.line, column(RosterColumn::unit), person.id,
                          ui_format("report.roster.unknown_unit", fmt::arg("unit", person.unit))});
    }
    auto role = s.role_index.find(person.role);
    if (role == s.role_index.end()) {
      problems.push_back({ProblemCode::unknown_role, path, person.line, column(RosterColumn::role), person.id,
                          ui_format("report.roster.unknown_role", fmt::arg("role", person.role))});
    } else {
      entry.role = role->second;
    }
    bool active = s.status_is_active(person, path, problems);
    bool started = !person.start || *person.start <= s.as_of;
    entry.in_headcount = entry.unit != kNone && entry.role != kNone && active && started;
  }
  s.measured_bits.assign(s.persons.size() * s.words, 0);
  s.mastered_bits.assign(s.persons.size() * s.words, 0);
}

void CoverageBuilder::add_attempt(const ResultAttempt& attempt, DataProblems& problems) {
  state_->attempt(attempt, problems);
}

void CoverageBuilder::State::attempt(const ResultAttempt& attempt, DataProblems& problems) {
  std::string_view scores_path = attempt.scores_path;
  if (attempt.date > as_of) {
    ++after_as_of;
    return;
  }
  uint32_t index = person_by_id ? person_by_id->find(attempt.person) : PersonIndex::kMissing;
  if (index == PersonIndex::kMissing) {
    problems.push_back({ProblemCode::unknown_person, std::string(scores_path), attempt.line, 1, std::string(attempt.person),
                        ui_format("report.results.unknown_person", fmt::arg("id", attempt.person))});
    return;
  }
  Person& person = persons[index];
  person.assessed = true;
  first_result = std::min(first_result, attempt.date);
  for (uint16_t c : *attempt.measured) measured_bits[index * words + c / 64] |= uint64_t{1} << (c % 64);
  for (uint16_t c : *attempt.mastered) mastered_bits[index * words + c / 64] |= uint64_t{1} << (c % 64);
  auto exam = exams.find(std::string(attempt.exam));
  if (exam == exams.end() || exam->second.certifies.empty()) {
    if (attempt.passed) {
      ExamInfo& info = exams[std::string(attempt.exam)];
      std::string path(scores_path);
      if (info.orphan_passes_by_file[path]++ == 0) info.orphan_first_line[path] = attempt.line;
    }
    return;
  }
  bool for_role = false, qualifies = false;
  uint32_t level = 0;  // the highest level the exam certifies for the role
  for (const Certifies& certifies : exam->second.certifies) {
    if (certifies.role != person.role) continue;
    for_role = true;
    qualifies = qualifies || certifies.level >= role_level[person.role];
    level = std::max(level, certifies.level);
  }
  if (!for_role) {
    if (attempt.passed && person.role != kNone) {
      problems.push_back({ProblemCode::exam_for_other_role, std::string(scores_path), attempt.line, 2, std::string(attempt.person),
                          ui_format("report.results.exam_for_other_role", fmt::arg("exam", attempt.exam),
                                    fmt::arg("role", targets.roles[person.role].role.value))});
    }
    return;
  }
  person.best_percent = std::max(person.best_percent, static_cast<float>(attempt.percent));
  if (!attempt.passed || !qualifies) return;
  passes.emplace_back(index, attempt.date);
  if (keep_passes) keep_pass(attempt, index, level, exam->first);
}

void CoverageBuilder::State::keep_pass(const ResultAttempt& attempt, uint32_t person, uint32_t level,
                                       const std::string& exam_id) {
  if (attempt.file >= scores_paths.size()) scores_paths.resize(attempt.file + 1);
  if (scores_paths[attempt.file].empty()) scores_paths[attempt.file] = std::string(attempt.scores_path);
  PassDetail detail;
  detail.person = person;
  detail.date = attempt.date;
  detail.exam = &exam_id;
  detail.percent = attempt.percent;
  detail.level = level;
  detail.mastered = *attempt.mastered;
  std::sort(detail.mastered.begin(), detail.mastered.end());
  detail.file = attempt.file;
  detail.line = attempt.line;
  pass_details.push_back(std::move(detail));
}


void CoverageBuilder::State::report_orphans(DataProblems& problems) {
  for (const auto& [exam, info] : exams) {
    for (const auto& [file, count] : info.orphan_passes_by_file) {
      problems.push_back({ProblemCode::exam_certifies_no_role, file, info.orphan_first_line.at(file), 2, "",
                          ui_plural("report.results.exam_certifies_no_role", count, fmt::arg("exam", exam))});
    }
  }
}

}  // namespace hocvu

namespace hocvu {

namespace {

// One person's coverage from their qualifying passes, as intervals [from, until).
struct Interval {
  Day from = 0;
  Day until = kNever;
};

std::vector<Interval> intervals_of(const std::pair<uint32_t, Day>* begin, const std::pair<uint32_t, Day>* end,
                                   std::optional<uint32_t> validity) {
  std::vector<Interval> intervals;
  for (auto* pass = begin; pass != end; ++pass) {
    Day until = validity ? pass->second + static_cast<Day>(*validity) : kNever;
    if (!intervals.empty() && pass->second <= intervals.back().until) {
      intervals.back().until = std::max(intervals.back().until, until);
    } else {
      intervals.push_back({pass->second, until});
    }
  }
  return intervals;
}

const Interval* covering(const std::vector<Interval>& intervals, Day day) {
  for (const Interval& interval : intervals) {
    if (interval.from <= day && day < interval.until) return &interval;
  }
  return nullptr;
}

// Per unit (own people only, before the roll-up) and per role.
struct Tallies {
  std::vector<CoverageCounts> counts;
  std::vector<std::vector<CompetencyShare>> competencies;
  Tallies(size_t n, size_t competency_count)
      : counts(n), competencies(n, std::vector<CompetencyShare>(competency_count)) {}
};

void roll_up(const UnitTree& tree, Tallies& units) {
  for (size_t i = tree.units.size(); i-- > 0;) {
    uint32_t parent = tree.units[i].parent;
    if (parent == kNone) continue;
    units.counts[parent].add(units.counts[i]);
    for (size_t c = 0; c < units.competencies[i].size(); ++c) {
      units.competencies[parent][c].measured += units.competencies[i][c].measured;
      units.competencies[parent][c].mastered += units.competencies[i][c].mastered;
    }
  }
}

void fill_units(ReportData& report, const UnitTree& tree, const Tallies& units, const FigureRules& rules) {
  for (size_t i = 0; i < tree.units.size(); ++i) {
    const Unit& unit = tree.units[i];
    UnitRow row;
    row.id = unit.id.value;
    row.name = unit.name;
    row.kind = unit.kind;
    row.depth = unit.depth;
    if (unit.parent != kNone) row.parent = tree.units[unit.parent].id.value;
    row.figures = figures_from(units.counts[i], rules);
    row.competencies = units.competencies[i];
    report.units.push_back(std::move(row));
  }
}

void fill_roles(ReportData& report, const Targets& targets, const Framework& framework, const Tallies& roles,
                const FigureRules& rules) {
  for (size_t i = 0; i < targets.roles.size(); ++i) {
    RoleRow row;
    row.id = targets.roles[i].role.value;
    for (const Role& role : framework.roles) {
      if (role.id.value == row.id) row.name = role.name;
    }
    row.level = targets.roles[i].level.value;
    row.figures = figures_from(roles.counts[i], rules);
    row.competencies = roles.competencies[i];
    report.roles.push_back(std::move(row));
  }
}

void fill_weeks(ReportData& report, Day first_result, const FigureRules& rules, const std::vector<int64_t>& delta) {
  std::vector<Day> ends = week_ends(first_result, rules.as_of);
  int64_t covered = 0;
  Day day = first_result;
  for (Day end : ends) {
    for (; day <= end; ++day) covered += delta[static_cast<size_t>(day - first_result)];
    WeekPoint point;
    point.date = end;
    point.covered = static_cast<uint64_t>(std::max<int64_t>(covered, 0));
    if (report.whole.headcount > 0) {
      point.percent = 100.0 * static_cast<double>(point.covered) / static_cast<double>(report.whole.headcount);
    }
    point.trajectory_percent = rules.trajectory.percent_on(end);
    report.weeks.push_back(point);
  }
}

void sort_lists(ReportData& report, const std::unordered_map<std::string, uint32_t>& unit_by_id) {
  std::sort(report.uncovered.begin(), report.uncovered.end(),
            [&unit_by_id](const UncoveredPerson& a, const UncoveredPerson& b) {
              uint32_t unit_a = unit_by_id.at(a.unit), unit_b = unit_by_id.at(b.unit);
              return unit_a != unit_b ? unit_a < unit_b : a.id < b.id;
            });
  std::sort(report.renewals.begin(), report.renewals.end(), [](const RenewalPerson& a, const RenewalPerson& b) {
    return a.expires != b.expires ? a.expires < b.expires : a.id < b.id;
  });
  for (const RenewalPerson& renewal : report.renewals) {
    report.renewals_90 += 1;
    report.renewals_60 += renewal.within <= 60 ? 1 : 0;
    report.renewals_30 += renewal.within <= 30 ? 1 : 0;
  }
}

}  // namespace

ReportData CoverageBuilder::finish(DataProblems& problems) {
  State& s = *state_;
  s.report_orphans(problems);
  std::sort(s.passes.begin(), s.passes.end());
  // The same order as the passes, element for element; on one day the pass read last is last.
  std::stable_sort(s.pass_details.begin(), s.pass_details.end(), [](const PassDetail& a, const PassDetail& b) {
    return a.person != b.person ? a.person < b.person : a.date < b.date;
  });
  if (s.keep_passes) s.people_coverage.standing.assign(s.persons.size(), Standing::not_placed);
  ReportData report;
  report.title = s.targets.title;
  report.as_of = s.as_of;
  report.people = s.people;
  report.start = s.rules.trajectory.start;
  report.milestones = s.rules.trajectory.milestones;
  report.validity_days = s.targets.validity_days;
  report.grace_days = s.targets.grace_days;
  report.pace_weeks = s.targets.status.pace_weeks;
  report.competencies = s.competency_infos;

  size_t competency_count = s.competency_ids.size();
  Tallies units(s.tree.units.size(), competency_count);
  Tallies roles(s.targets.roles.size(), competency_count);
  Tallies whole(1, competency_count);
  Day window_start = s.as_of - static_cast<Day>(7 * s.rules.pace_weeks);
  Day deadline = s.rules.trajectory.deadline();
  bool curve = s.first_result != kNever;
  std::vector<int64_t> curve_delta(curve ? static_cast<size_t>(s.as_of - s.first_result) + 2 : 0, 0);

  size_t next_pass = 0;
  for (uint32_t index = 0; index < s.persons.size(); ++index) {
    size_t first_pass = next_pass;
    while (next_pass < s.passes.size() && s.passes[next_pass].first == index) ++next_pass;
    const Person& person = s.persons[index];
    if (!person.in_headcount) {
      bool placed = person.unit != kNone && person.role != kNone;
      if (s.keep_passes && placed) s.people_coverage.standing[index] = Standing::not_in_headcount;
      continue;
    }
    const RosterPerson& row = s.roster->people[index];  // one Person per roster row
    std::vector<Interval> intervals =
        intervals_of(s.passes.data() + first_pass, s.passes.data() + next_pass, s.targets.validity_days);
    const Interval* now = covering(intervals, s.as_of);
    if (s.keep_passes) {
      s.people_coverage.standing[index] = now != nullptr ? Standing::covered : Standing::not_covered;
      // The interval holding the as-of date is the last (no pass is after it): its latest pass is
      // the person's last.
      if (now != nullptr) {
        s.people_coverage.covered.push_back(s.covered_person(index, s.pass_details[next_pass - 1], now->until));
      }
    }
    CoverageCounts counts;
    counts.headcount = 1;
    counts.assessed = person.assessed ? 1 : 0;
    counts.covered = now != nullptr ? 1 : 0;
    counts.covered_at_window_start = covering(intervals, window_start) != nullptr ? 1 : 0;
    for (const Interval& interval : intervals) {
      curve_delta[static_cast<size_t>(interval.from - s.first_result)] += 1;
      if (interval.until <= s.as_of) curve_delta[static_cast<size_t>(interval.until - s.first_result)] -= 1;
    }
    std::string name = s.people ? row.name : std::string();
    const std::string& unit_id = s.tree.units[person.unit].id.value;
    const std::string& role_id = s.targets.roles[person.role].role.value;
    if (now == nullptr) {
      Day due = deadline;
      if (row.start) due = std::max(due, *row.start + static_cast<Day>(s.targets.grace_days));
      std::optional<Day> expired;
      if (!intervals.empty()) {
        expired = intervals.back().until;
        due = std::max(due, *expired + static_cast<Day>(s.targets.grace_days));
      }
      bool overdue = s.as_of > due;
      counts.overdue = overdue ? 1 : 0;
      std::optional<double> best;
      if (person.best_percent >= 0) best = static_cast<double>(person.best_percent);
      report.uncovered.push_back({row.id, name, unit_id, role_id, person.assessed, best, due, overdue, expired});
    } else if (now->until != kNever && now->until - s.as_of <= 90) {
      Day left = now->until - s.as_of;
      uint32_t within = left <= 30 ? 30 : left <= 60 ? 60 : 90;
      report.renewals.push_back({row.id, name, unit_id, s.targets.roles[person.role].role.value, now->until, within});
    }
    for (Tallies* tallies : {&units, &roles, &whole}) {
      size_t at = tallies == &units ? person.unit : tallies == &roles ? person.role : 0;
      tallies->counts[at].add(counts);
      if (!person.assessed) continue;
      for (size_t c = 0; c < competency_count; ++c) {
        uint64_t bit = uint64_t{1} << (c % 64);
        if ((s.measured_bits[index * s.words + c / 64] & bit) == 0) continue;
        CompetencyShare& share = tallies->competencies[at][c];
        ++share.measured;
        if ((s.mastered_bits[index * s.words + c / 64] & bit) != 0) ++share.mastered;
      }
    }
  }
  roll_up(s.tree, units);
  fill_units(report, s.tree, units, s.rules);
  fill_roles(report, s.targets, s.framework, roles, s.rules);
  report.whole = figures_from(whole.counts[0], s.rules);
  report.whole_competencies = whole.competencies[0];
  if (curve) fill_weeks(report, s.first_result, s.rules, curve_delta);
  sort_lists(report, s.unit_by_id);
  return report;
}

PeopleCoverage CoverageBuilder::take_people() { return std::move(state_->people_coverage); }

CoveredPerson CoverageBuilder::State::covered_person(uint32_t index, const PassDetail& pass, Day until) const {
  const RosterPerson& row = roster->people[index];
  const Person& person = persons[index];
  CoveredPerson covered;
  covered.row = index;
  covered.id = row.id;
  covered.name = row.name;
  covered.national_id = row.national_id;
  covered.unit_id = tree.units[person.unit].id.value;
  covered.unit_name = tree.units[person.unit].name;
  covered.role_id = targets.roles[person.role].role.value;
  for (const Role& role : framework.roles) {
    if (role.id.value == covered.role_id) covered.role_name = role.name;
  }
  covered.pass.exam = *pass.exam;
  covered.pass.date = pass.date;
  covered.pass.percent = pass.percent;
  covered.pass.level = framework.levels[pass.level].id.value;
  for (uint16_t c : pass.mastered) covered.pass.mastered.push_back(competency_ids[c]);
  covered.pass.scores_path = scores_paths[pass.file];
  covered.pass.line = pass.line;
  if (until != kNever) covered.valid_until = until;
  return covered;
}

}  // namespace hocvu
