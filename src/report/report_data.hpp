#pragma once
// Everything a report shows, computed once (report/coverage.cpp) and written by each format's
// writer (xlsx, a CSV folder, one CSV, JSON, Markdown). Writers format; they never compute.
// Counts are exact integers; percents are computed from them in one place, so every format
// shows the same numbers.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/data_problem.hpp"
#include "text/date.hpp"

namespace hocvu {

enum class CoverageStatus : uint8_t {
  met,        // the final target is reached
  on_track,   // at or above the trajectory (less the margin)
  behind,     // below the trajectory, but projected to finish by the deadline
  at_risk,    // projected to finish after the deadline, or no progress in the pace window
  no_one,     // no one in the headcount: nothing to measure
};
// "met", "on_track", "behind", "at_risk", "no_one": the code in CSV and JSON.
const char* status_code(CoverageStatus status);

struct CoverageFigures {
  uint64_t headcount = 0;  // active on the as-of date
  uint64_t assessed = 0;   // of them, with at least one graded attempt on or before it
  uint64_t covered = 0;    // of them, covered on the as-of date
  uint64_t overdue = 0;    // of them, not covered and past their own due date
  uint64_t remaining() const { return headcount - covered; }
  std::optional<double> coverage_percent;    // covered / headcount × 100; empty when headcount is 0
  double trajectory_percent = 0;             // the milestone line on the as-of date
  std::optional<double> gap_points;          // coverage − trajectory, in percentage points
  std::optional<double> needed_per_week;     // remaining / weeks left to the deadline; empty after it
  double recent_per_week = 0;                // net people covered per week over the pace window
  std::optional<Day> projected;              // as-of + remaining / recent pace; empty with no progress
  CoverageStatus status = CoverageStatus::no_one;
};

struct CompetencyShare {
  uint64_t measured = 0;  // assessed people in whom the competency was measured
  uint64_t mastered = 0;  // of them, mastered on some attempt
  std::optional<double> percent() const {
    return measured == 0 ? std::nullopt : std::optional<double>(100.0 * static_cast<double>(mastered) / static_cast<double>(measured));
  }
};

struct UnitRow {
  std::string id;
  std::string name;
  std::string kind;
  uint32_t depth = 0;               // 0 for a top-level unit (the outline level in xlsx is depth + 1)
  std::string parent;               // the parent's id; empty at the top
  CoverageFigures figures;          // the unit and everything below it
  std::vector<CompetencyShare> competencies;  // by ReportData::competencies
};

struct RoleRow {
  std::string id;
  std::string name;
  std::string level;  // the level the role must be certified at
  CoverageFigures figures;
  std::vector<CompetencyShare> competencies;
};

struct CompetencyInfo {
  std::string id;
  std::string title;
};

struct WeekPoint {
  Day date = 0;              // the week's last day (the as-of date for the last point)
  uint64_t covered = 0;      // of the as-of headcount, covered on that date
  std::optional<double> percent;
  double trajectory_percent = 0;
};

// A person of the headcount not covered on the as-of date.
struct UncoveredPerson {
  std::string id;
  std::string name;  // only with --people; else empty
  std::string unit;
  std::string role;
  bool assessed = false;
  std::optional<double> best_percent;  // the best percent on an exam that certifies the role
  Day due = 0;                         // the person's own due date (deadline, or start + grace)
  bool overdue = false;
  std::optional<Day> expired;          // when a pass that covered them expired
};

struct RenewalPerson {
  std::string id;
  std::string name;  // only with --people
  std::string unit;
  std::string role;
  Day expires = 0;     // the first day they are no longer covered
  uint32_t within = 0; // 30, 60 or 90: the first window the expiry falls in
};

struct SourceEntry {
  std::string kind;    // "roster", "units", "targets", "framework", "scores", "competencies", "summary"
  std::string path;
  std::string sha256;
  uint64_t rows = 0;   // rows read (0 for YAML files)
  uint64_t used = 0;
  uint64_t rejected = 0;
};

struct Parameter {
  std::string name;   // "as_of", "units", "targets", "people", "lang", ...
  std::string value;
};

struct MilestonePoint {
  Day date = 0;
  double percent = 0;
};

struct ReportData {
  std::string title;          // the targets' title
  std::string version;        // hocvu's
  Day as_of = 0;
  std::string lang = "vi";    // "vi" or "en": labels
  bool people = false;        // names shown
  Day start = 0;              // the trajectory's start
  std::vector<MilestonePoint> milestones;  // the last is the deadline
  std::optional<uint32_t> validity_days;
  uint32_t grace_days = 0;
  uint32_t pace_weeks = 4;
  CoverageFigures whole;
  std::vector<UnitRow> units;   // every unit of the tree, pre-order
  std::vector<RoleRow> roles;   // roles of targets.yaml, in its order
  std::vector<CompetencyInfo> competencies;  // the framework's, in its order
  std::vector<CompetencyShare> whole_competencies;
  std::vector<WeekPoint> weeks; // from the week of the first result to the as-of date
  std::vector<UncoveredPerson> uncovered;  // by unit (pre-order), then id
  std::vector<RenewalPerson> renewals;     // by expiry, then id (only with a validity period)
  uint64_t renewals_30 = 0, renewals_60 = 0, renewals_90 = 0;  // cumulative: within 30, 60, 90 days
  DataProblems problems;                   // in input order: roster, then results
  std::vector<SourceEntry> sources;
  std::vector<Parameter> parameters;
};

}  // namespace hocvu
