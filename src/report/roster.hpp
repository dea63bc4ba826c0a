#pragma once
// The roster: who must be certified. Columns are found by their header (detected among the
// first 20 rows: the first row naming the id, unit and role columns), in English or Vietnamese:
//   id           person_id, id, ma, "mã cán bộ", "mã nhân sự", "mã số", staff_id, employee_id
//   name         full_name, name, "họ và tên", "họ tên"
//   unit         unit, unit_id, "đơn vị", "mã đơn vị"
//   role         role, "vai trò", "mã vai trò"
//   status       status, "trạng thái"                   (optional)
//   start        start_date, start, "ngày bắt đầu", "ngày vào"   (optional)
//   national_id  national_id, cccd, "số cccd", "số định danh", "căn cước"   (optional)
// Headers compare case-insensitively after NFC, with spaces, '_' and '-' alike. Ids are text,
// verbatim (leading zeros kept), trimmed of surrounding spaces.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/data_problem.hpp"
#include "report/table_reader.hpp"
#include "text/date.hpp"

namespace hocvu {

enum class RosterColumn : uint8_t { id, name, unit, role, status, start, national_id };
constexpr size_t kRosterColumns = 7;

struct RosterPerson {
  std::string id;
  std::string name;
  std::string unit;    // as written: a unit id (or a unit's exact name; coverage resolves it)
  std::string role;
  std::string status;  // as written; empty when the column is absent or the cell empty
  std::optional<Day> start;  // empty when absent, empty, or not a date (then reported)
  std::string national_id;   // kept for certify (issue 9); never written by a report
  uint64_t line = 0;
};

struct Roster {
  TableSource source;
  // The header text of each column found, by RosterColumn (empty when absent).
  std::vector<std::string> headers = std::vector<std::string>(kRosterColumns);
  // The 1-based column of each RosterColumn (0 when absent), for problems' positions.
  std::vector<uint32_t> columns = std::vector<uint32_t>(kRosterColumns, 0);
  uint64_t header_line = 0;
  std::vector<RosterPerson> people;  // in file order, every row with an id (duplicates included)
};

// Reads the roster. Rows before the header are skipped (titles above a table are common in HR
// files); rows with no id and start dates that are not dates are reported (missing_person_id,
// bad_start_date); an xlsx start date may be a date cell (an Excel serial number) or text.
// Throws FatalError when no header row names the id, unit and role columns (the message lists
// the column names accepted and the first row read), and for what read_table throws.
Roster read_roster(const std::string& path, const TableOptions& options, DataProblems& problems);

}  // namespace hocvu
