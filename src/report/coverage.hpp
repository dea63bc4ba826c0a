#pragma once
// Who is covered, unit by unit: the roster and the graded attempts become ReportData.
//
// A person is in the headcount on the as-of date when their status is active (an empty status
// counts as active) and their start date, if any, is not after it. They are covered on a date
// when, on or before it, they passed an exam that certifies their role at the required level or
// above (the framework's level order), and, with a validity period, that pass has not expired.
// A later failure never undoes a pass. They are overdue when not covered and past their own due
// date: the deadline (the last milestone), or start + grace days when that is later, or, for a
// pass that expired, its expiry + grace days.
//
// Units roll up: a unit's figures count its own people and everyone below it. The trajectory
// is linear from 0% on targets.start through each milestone; after the deadline it stays at the
// final percent. Pace: the net change in covered people over the last pace_weeks weeks, per
// week. Status (targets.status): met when covered ≥ final percent of the headcount; else on
// track when coverage ≥ trajectory − margin; else behind when the projected date is on or before
// the deadline; else at risk (projected late, or no progress in the window).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "report/report_data.hpp"
#include "report/results.hpp"
#include "report/roster.hpp"

namespace hocvu {

struct CoverageSetup {
  const UnitTree& tree;
  const Targets& targets;
  const Framework& framework;
  Day as_of = 0;
  bool people = false;  // keep names for the lists of people
  // Keep each qualifying pass's details (exam, percent, level, competencies mastered, where it
  // was read) for take_people(), as certify needs. Off for reports: they do not pay for it.
  bool keep_passes = false;
};

// The pass that covers a person on the as-of date: the latest qualifying pass of the coverage
// interval that holds the as-of date (on one day, the one read last).
struct CoveringPass {
  std::string exam;
  Day date = 0;
  double percent = 0;
  std::string level;                  // the level the exam certifies for the person's role (a level id)
  std::vector<std::string> mastered;  // competency ids mastered on that attempt, in the framework's order
  std::string scores_path;
  uint64_t line = 0;                  // in scores_path
};

struct CoveredPerson {
  size_t row = 0;  // in Roster::people
  std::string id, name, national_id;
  std::string unit_id, unit_name, role_id, role_name;
  CoveringPass pass;
  // With a validity period: the first day the interval no longer covers (its last day + 1).
  std::optional<Day> valid_until;
};

// Where each roster row stands on the as-of date.
enum class Standing : uint8_t {
  not_placed,        // a duplicate row, or a unit or role that could not be placed
  not_in_headcount,  // left, or starts after the as-of date
  not_covered,       // in the headcount, no pass covers them
  covered,
};

struct PeopleCoverage {
  std::vector<CoveredPerson> covered;  // in roster order
  std::vector<Standing> standing;      // by roster row
};

class CoverageBuilder {
 public:
  // Throws FatalError when targets.yaml cannot be used (its dates are not dates): lint says why.
  explicit CoverageBuilder(const CoverageSetup& setup);
  ~CoverageBuilder();
  CoverageBuilder(const CoverageBuilder&) = delete;
  CoverageBuilder& operator=(const CoverageBuilder&) = delete;

  // The framework's competency ids in order (what read_results maps columns to).
  const std::vector<std::string>& competency_ids() const;
  // Takes the roster: resolves units (by id, else by exact name) and roles, reports unknown
  // units, roles and statuses and duplicate ids (the first row is used).
  void add_roster(const Roster& roster, DataProblems& problems);
  // One graded attempt (after add_roster). Attempts after the as-of date are counted and
  // ignored; an unknown person or an exam that certifies no role is reported.
  void add_attempt(const ResultAttempt& attempt, DataProblems& problems);
  // Attempts dated after the as-of date (ignored).
  uint64_t attempts_after_as_of() const;
  // The figures. Passes on exams that certify no role are added to `problems` here, one per
  // exam and file (with their count). The report's problems, sources and parameters are the
  // caller's to fill in.
  ReportData finish(DataProblems& problems);
  // After finish, with CoverageSetup::keep_passes: every person covered on the as-of date with
  // the pass that covers them, and where every roster row stands. Moved out: call it once.
  PeopleCoverage take_people();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace hocvu
