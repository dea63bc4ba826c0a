// A simulated roster as an xlsx workbook, as HR sends one: a title above a Vietnamese header,
// start dates as date cells. libxlsxwriter's constant-memory mode writes row by row, so a
// million people cost no more memory than ten.
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <string>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "report/simulate_roster.hpp"

namespace hocvu {

namespace {

// A fixed creation time (2026-01-01T00:00:00Z) in the document properties: no wall clock, so
// the same seed gives the same bytes.
constexpr time_t kCreated = 1767225600;

const char* const kHeaders[] = {"Mã cán bộ", "Họ và tên", "Mã đơn vị", "Vai trò", "Trạng thái", "Ngày bắt đầu", "Số CCCD"};
const double kWidths[] = {12, 28, 22, 12, 12, 14, 16};

void check(lxw_error error, const std::string& path) {
  if (error != LXW_NO_ERROR) {
    throw FatalError(ui_format("roster.cannot_write", fmt::arg("path", path), fmt::arg("reason", lxw_strerror(error))));
  }
}

// A temporary name beside `path`, so the rename that replaces it stays on one file system.
std::string temporary_path(const std::string& path) {
  return fmt::format("{}.tmp-{}", path, static_cast<long>(getpid()));
}

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* date = nullptr;
  lxw_format* text = nullptr;
};

Formats add_formats(lxw_workbook* workbook) {
  Formats formats;
  formats.title = workbook_add_format(workbook);
  format_set_bold(formats.title);
  format_set_font_size(formats.title, 14);
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_border(formats.header, LXW_BORDER_THIN);
  format_set_bg_color(formats.header, 0xDDEBF7);
  formats.date = workbook_add_format(workbook);
  format_set_num_format(formats.date, "dd/mm/yyyy");
  formats.text = workbook_add_format(workbook);
  format_set_num_format(formats.text, "@");  // ids with leading zeros stay text
  return formats;
}

void write_person(lxw_worksheet* sheet, lxw_row_t row, const SimulatedPerson& person, const Formats& formats,
                  const std::string& path) {
  check(worksheet_write_string(sheet, row, 0, person.id.c_str(), formats.text), path);
  check(worksheet_write_string(sheet, row, 1, person.full_name.c_str(), nullptr), path);
  check(worksheet_write_string(sheet, row, 2, person.unit.c_str(), formats.text), path);
  check(worksheet_write_string(sheet, row, 3, person.role.c_str(), nullptr), path);
  check(worksheet_write_string(sheet, row, 4, person.status.c_str(), nullptr), path);
  check(worksheet_write_number(sheet, row, 5, excel_serial(person.start), formats.date), path);
  check(worksheet_write_string(sheet, row, 6, person.national_id.c_str(), formats.text), path);
}

void write_sheet(lxw_workbook* workbook, const UnitTree& tree, const RosterPlan& plan,
                 const RosterSimulationOptions& options, const std::string& path) {
  Formats formats = add_formats(workbook);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Danh sách");
  for (lxw_col_t column = 0; column < 7; ++column) {
    worksheet_set_column(sheet, column, column, kWidths[column], nullptr);
  }
  std::string title = fmt::format("DANH SÁCH CÁN BỘ, CÔNG CHỨC THAM GIA BÌNH DÂN HỌC VỤ SỐ (dữ liệu mô phỏng, {} người)",
                                  options.people);
  check(worksheet_write_string(sheet, 0, 0, title.c_str(), formats.title), path);
  for (lxw_col_t column = 0; column < 7; ++column) {
    check(worksheet_write_string(sheet, 2, column, kHeaders[column], formats.header), path);
  }
  SimulatedPerson person;
  for (uint64_t index = 0; index < options.people; ++index) {
    simulate_person(tree, plan, options.seed, index, person);
    write_person(sheet, static_cast<lxw_row_t>(index + 3), person, formats, path);
  }
}

void set_properties(lxw_workbook* workbook, const std::string& path) {
  // libxlsxwriter takes char*, never writing through it.
  static char title[] = "Danh sách cán bộ (mô phỏng)";
  static char comments[] = "Made up by hocvu simulate roster: no real person is in it.";
  lxw_doc_properties properties{};
  properties.title = title;
  properties.comments = comments;
  properties.created = kCreated;
  check(workbook_set_properties(workbook, &properties), path);
}

}  // namespace

void write_simulated_roster_xlsx(const UnitTree& tree, const RosterPlan& plan, const RosterSimulationOptions& options,
                                 const std::string& path) {
  if (options.people > kMostXlsxPeople) {
    throw FatalError(ui_format("roster.too_many_for_xlsx", fmt::arg("most", kMostXlsxPeople), fmt::arg("people", options.people)));
  }
  if (plan.slots.empty()) {
    throw FatalError(ui_format("roster.cannot_draw", fmt::arg("problem", plan.problem)));
  }
  std::string temporary = temporary_path(path);
  lxw_workbook_options workbook_options{};
  workbook_options.constant_memory = LXW_TRUE;
  lxw_workbook* workbook = workbook_new_opt(temporary.c_str(), &workbook_options);
  if (workbook == nullptr) {
    throw FatalError(ui_format("roster.workbook_not_created", fmt::arg("path", path)));
  }
  try {
    set_properties(workbook, path);
    write_sheet(workbook, tree, plan, options, path);
  } catch (...) {
    workbook_close(workbook);
    std::remove(temporary.c_str());
    throw;
  }
  lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    std::string reason = closed != LXW_NO_ERROR ? std::string(lxw_strerror(closed))
                                                : std::string(ui_text("roster.not_renamed"));
    throw FatalError(ui_format("roster.cannot_write", fmt::arg("path", path), fmt::arg("reason", reason)));
  }
}

}  // namespace hocvu
