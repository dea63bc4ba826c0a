#pragma once
// The date arithmetic of coverage, apart from the people: the milestone trajectory, pace,
// projection and status (report/coverage.hpp says what each means).
#include <optional>
#include <vector>

#include "report/report_data.hpp"
#include "text/date.hpp"

namespace hocvu {

struct Trajectory {
  Day start = 0;
  std::vector<MilestonePoint> milestones;  // in date order; the last is the deadline

  Day deadline() const { return milestones.empty() ? start : milestones.back().date; }
  double final_percent() const { return milestones.empty() ? 100.0 : milestones.back().percent; }
  // The percent the line reaches on `day`: 0 up to start, linear between points, flat after the last.
  double percent_on(Day day) const;
};

// The counts a unit's (or role's) figures are made from.
struct CoverageCounts {
  uint64_t headcount = 0;
  uint64_t assessed = 0;
  uint64_t covered = 0;
  uint64_t covered_at_window_start = 0;  // of the same people, covered pace_weeks weeks before
  uint64_t overdue = 0;

  void add(const CoverageCounts& other) {
    headcount += other.headcount;
    assessed += other.assessed;
    covered += other.covered;
    covered_at_window_start += other.covered_at_window_start;
    overdue += other.overdue;
  }
};

struct FigureRules {
  Trajectory trajectory;
  Day as_of = 0;
  uint32_t pace_weeks = 4;
  double on_track_margin = 0;
};

CoverageFigures figures_from(const CoverageCounts& counts, const FigureRules& rules);

// The Sundays from the one on or after `first` up to before `as_of`, then `as_of` itself: the
// dates of the weekly coverage curve. Empty when first > as_of.
std::vector<Day> week_ends(Day first, Day as_of);

}  // namespace hocvu
