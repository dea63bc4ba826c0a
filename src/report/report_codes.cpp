// The codes reports write for data problems and statuses: stable, for scripts and filters.
#include "report/data_problem.hpp"
#include "report/report_data.hpp"

namespace hocvu {

const char* problem_code(ProblemCode code) {
  switch (code) {
    case ProblemCode::unreadable_row: return "unreadable_row";
    case ProblemCode::missing_person_id: return "missing_person_id";
    case ProblemCode::duplicate_person: return "duplicate_person";
    case ProblemCode::unknown_unit: return "unknown_unit";
    case ProblemCode::unknown_role: return "unknown_role";
    case ProblemCode::unknown_status: return "unknown_status";
    case ProblemCode::bad_start_date: return "bad_start_date";
    case ProblemCode::unknown_person: return "unknown_person";
    case ProblemCode::bad_result_row: return "bad_result_row";
    case ProblemCode::bad_result_date: return "bad_result_date";
    case ProblemCode::exam_certifies_no_role: return "exam_certifies_no_role";
    case ProblemCode::exam_for_other_role: return "exam_for_other_role";
  }
  return "?";
}

const char* status_code(CoverageStatus status) {
  switch (status) {
    case CoverageStatus::met: return "met";
    case CoverageStatus::on_track: return "on_track";
    case CoverageStatus::behind: return "behind";
    case CoverageStatus::at_risk: return "at_risk";
    case CoverageStatus::no_one: return "no_one";
  }
  return "?";
}

}  // namespace hocvu
