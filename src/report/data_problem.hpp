#pragma once
// A row or field of a report's inputs that could not be used, with where it is and why. Never
// dropped: every problem is listed in the report (the `Dữ liệu lỗi` sheet, problems.csv, ...)
// and makes `hocvu report` exit 1.
#include <cstdint>
#include <string>
#include <vector>

namespace hocvu {

enum class ProblemCode : uint8_t {
  // the roster
  unreadable_row,      // a row the table reader could not read (bad quoting, invalid UTF-8, bad cell)
  missing_person_id,   // a row with no person id
  duplicate_person,    // the same person id again (the first row is used)
  unknown_unit,        // a unit that is not in units.yaml
  unknown_role,        // a role that is not in the framework, or has no target level in targets.yaml
  unknown_status,      // a status that targets.yaml lists neither as active nor as left
  bad_start_date,      // a start date that is not a date
  // the results
  unknown_person,      // a graded attempt of a person id that is not on the roster
  bad_result_row,      // a row of scores.csv or competencies.csv that cannot be read
  bad_result_date,     // an attempt whose date is not a date
  exam_certifies_no_role,  // a pass on an exam that targets.yaml lists under no certification
  exam_for_other_role,     // a pass on an exam that certifies another role than the person's
};

// "unknown_unit", ...: the code written in reports.
const char* problem_code(ProblemCode code);

struct DataProblem {
  ProblemCode code = ProblemCode::unreadable_row;
  std::string file;
  uint64_t line = 0;    // 1-based row (CSV line where the row starts, xlsx row number); 0: the whole file
  uint32_t column = 0;  // 1-based column (field number); 0: the whole row
  std::string person;   // the person id the row names, when there is one
  std::string message;  // plain words: "unit 'VP-XYZ' is not in reports/units.yaml"
};

using DataProblems = std::vector<DataProblem>;

}  // namespace hocvu
