#include "report/coverage_rules.hpp"

#include <cmath>

namespace hocvu {

double Trajectory::percent_on(Day day) const {
  Day from = start;
  double from_percent = 0;
  for (const MilestonePoint& point : milestones) {
    if (day <= point.date) {
      if (day <= from) return from_percent;
      double share = static_cast<double>(day - from) / static_cast<double>(point.date - from);
      return from_percent + share * (point.percent - from_percent);
    }
    from = point.date;
    from_percent = point.percent;
  }
  return from_percent;
}

namespace {

CoverageStatus status_of(const CoverageFigures& figures, const FigureRules& rules) {
  if (figures.headcount == 0) return CoverageStatus::no_one;
  double target = rules.trajectory.final_percent();
  if (static_cast<double>(figures.covered) * 100.0 >= target * static_cast<double>(figures.headcount)) {
    return CoverageStatus::met;
  }
  if (*figures.coverage_percent >= figures.trajectory_percent - rules.on_track_margin) return CoverageStatus::on_track;
  if (figures.projected && *figures.projected <= rules.trajectory.deadline()) return CoverageStatus::behind;
  return CoverageStatus::at_risk;
}

}  // namespace

CoverageFigures figures_from(const CoverageCounts& counts, const FigureRules& rules) {
  CoverageFigures figures;
  figures.headcount = counts.headcount;
  figures.assessed = counts.assessed;
  figures.covered = counts.covered;
  figures.overdue = counts.overdue;
  figures.trajectory_percent = rules.trajectory.percent_on(rules.as_of);
  if (counts.headcount > 0) {
    figures.coverage_percent = 100.0 * static_cast<double>(counts.covered) / static_cast<double>(counts.headcount);
    figures.gap_points = *figures.coverage_percent - figures.trajectory_percent;
  }
  Day deadline = rules.trajectory.deadline();
  double remaining = static_cast<double>(figures.remaining());
  if (rules.as_of < deadline) {
    figures.needed_per_week = remaining / (static_cast<double>(deadline - rules.as_of) / 7.0);
  }
  double gained = static_cast<double>(counts.covered) - static_cast<double>(counts.covered_at_window_start);
  figures.recent_per_week = rules.pace_weeks == 0 ? 0 : gained / rules.pace_weeks;
  if (figures.remaining() == 0) {
    figures.projected = rules.as_of;
  } else if (figures.recent_per_week > 0) {
    figures.projected = rules.as_of + static_cast<Day>(std::ceil(remaining / figures.recent_per_week * 7.0));
  }
  figures.status = status_of(figures, rules);
  return figures;
}

std::vector<Day> week_ends(Day first, Day as_of) {
  std::vector<Day> days;
  if (first > as_of) return days;
  // Day 3 (1970-01-04) was a Sunday.
  Day sunday = first + ((3 - first) % 7 + 7) % 7;
  for (Day day = sunday; day < as_of; day += 7) days.push_back(day);
  days.push_back(as_of);
  return days;
}

}  // namespace hocvu
