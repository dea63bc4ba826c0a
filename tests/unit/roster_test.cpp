#include "report/roster.hpp"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "io/error.hpp"
#include "scratch_folder.hpp"
#include "i18n/interface.hpp"

using hocvu::DataProblems;
using hocvu::FatalError;
using hocvu::Roster;
using hocvu::RosterColumn;
using hocvu::RosterPerson;
using hocvu::TableOptions;
using hocvu::test::ScratchFolder;

namespace {

std::string header(const Roster& roster, RosterColumn column) { return roster.headers[static_cast<size_t>(column)]; }

// "line id|name|unit|role|status|start|national_id"
std::string person_text(const RosterPerson& p) {
  return std::to_string(p.line) + " " + p.id + "|" + p.name + "|" + p.unit + "|" + p.role + "|" + p.status + "|" +
         (p.start ? hocvu::format_date(*p.start) : "-") + "|" + p.national_id;
}

std::vector<std::string> people(const Roster& roster) {
  std::vector<std::string> texts;
  for (const RosterPerson& p : roster.people) texts.push_back(person_text(p));
  return texts;
}

std::vector<std::string> problem_texts(const DataProblems& problems) {
  std::vector<std::string> texts;
  for (const auto& p : problems) {
    texts.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + hocvu::problem_code(p.code) + " [" +
                    p.person + "] " + p.message);
  }
  return texts;
}

std::string fatal_message(const std::string& path) {
  DataProblems problems;
  try {
    hocvu::read_roster(path, {}, problems);
  } catch (const FatalError& error) {
    return error.what();
  }
  return "no FatalError";
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("roster: a Vietnamese header below title rows, columns in any order", "[report][roster]") {
  ScratchFolder folder;
  std::string path = folder.add(
      "roster.csv",
      "DANH SÁCH CÁN BỘ, CÔNG CHỨC;;\n"
      "Cập nhật: 01/12/2026;;\n"
      "Số CCCD;Mã cán bộ;Họ và tên;Đơn vị;VAI TRÒ;Trạng thái;Ngày bắt đầu;Ghi chú\n"
      "001090000001; 00123 ;Nguyễn Văn An;VP-TH;dbqh;active;01/02/2025;\n"
      "001090000002;00124;Trần Thị Bình;VP-TH;can-bo;;2025-03-15;=cmd|' /C calc'!A0\n"
      ";00123;Lê Chi;KTNN-1;can-bo;left;;\n");
  DataProblems problems;
  Roster roster = hocvu::read_roster(path, {}, problems);
  CHECK(roster.header_line == 3);
  CHECK(header(roster, RosterColumn::id) == "Mã cán bộ");
  CHECK(header(roster, RosterColumn::role) == "VAI TRÒ");
  CHECK(header(roster, RosterColumn::national_id) == "Số CCCD");
  CHECK(people(roster) == Texts{"4 00123|Nguyễn Văn An|VP-TH|dbqh|active|2025-02-01|001090000001",
                                "5 00124|Trần Thị Bình|VP-TH|can-bo||2025-03-15|001090000002",
                                "6 00123|Lê Chi|KTNN-1|can-bo|left|-|"});
  CHECK(problems.empty());
  CHECK(roster.source.rows == 6);
  CHECK(roster.source.format == "csv");
}

TEST_CASE("roster: headers without diacritics, in English, with '_' '-' and case alike", "[report][roster]") {
  ScratchFolder folder;
  DataProblems problems;
  Roster plain = hocvu::read_roster(folder.add("a.csv", "ma can bo,ho ten,don vi,vai tro\nA1,An,U1,r\n"), {}, problems);
  CHECK(people(plain) == Texts{"2 A1|An|U1|r||-|"});
  CHECK(header(plain, RosterColumn::name) == "ho ten");
  Roster english = hocvu::read_roster(
      folder.add("b.csv", "Staff-ID\tFULL NAME\tUnit_ID\tRole\tStart Date\tNational ID\n7\tBa\tU2\tr2\t3/1/2026\t09\n"),
      {}, problems);
  CHECK(people(english) == Texts{"2 7|Ba|U2|r2||2026-01-03|09"});
  CHECK(problems.empty());
}

TEST_CASE("roster: rows without an id and start dates that are not dates are problems", "[report][roster]") {
  ScratchFolder folder;
  DataProblems problems;
  std::string path = folder.add("r.csv", "name,id,unit,role,start\nAn,,U1,r,\nBa,B2,U1,r,31/02/2026\nCa,C3,U1,r,soon\n");
  Roster roster = hocvu::read_roster(path, {}, problems);
  CHECK(people(roster) == Texts{"3 B2|Ba|U1|r||-|", "4 C3|Ca|U1|r||-|"});
  CHECK(problem_texts(problems) ==
        Texts{"2:2 missing_person_id [] the row has no person id (column 'id')",
              "3:5 bad_start_date [B2] start date '31/02/2026' is not a date; write it as 2026-12-31 or 31/12/2026",
              "4:5 bad_start_date [C3] start date 'soon' is not a date; write it as 2026-12-31 or 31/12/2026"});
  for (const auto& p : problems) CHECK(p.file == path);
}

TEST_CASE("roster: a rejected row says why in Vietnamese", "[report][roster][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  ScratchFolder folder;
  DataProblems problems;
  std::string path = folder.add("r.csv", "name,id,unit,role,start\nAn,,U1,r,\nCa,C3,U1,r,soon\n");
  hocvu::read_roster(path, {}, problems);
  CHECK(problem_texts(problems) ==
        Texts{"2:2 missing_person_id [] dòng này thiếu mã cán bộ (cột 'id')",
              "3:5 bad_start_date [C3] ngày bắt đầu 'soon' không phải là ngày; hãy ghi theo dạng 31/12/2026 hoặc "
              "2026-12-31"});
}

TEST_CASE("roster: no header names the id, unit and role columns", "[report][roster]") {
  ScratchFolder folder;
  std::string path = folder.add("r.csv", "ma,ho ten,don vi\n1,An,U1\n");
  CHECK(fatal_message(path) ==
        "'" + path + "': none of its first 2 rows names the person id, unit and role columns (the first row "
        "read: line 1: ma | ho ten | don vi); name them person_id, unit and role, or mã cán bộ, đơn vị and vai trò "
        "(the README, hocvu report, lists every name accepted)");
  std::string many;
  for (int i = 0; i < 25; ++i) many += "x,y\n";
  std::string long_file = folder.add("long.csv", many + "id,unit,role\n");
  CHECK_THAT(fatal_message(long_file), Catch::StartsWith("'" + long_file + "': none of its first 20 rows names the person id"));
  std::string empty = folder.add("empty.csv", "\n\n");
  CHECK(fatal_message(empty) == "'" + empty + "' holds no row that can be read; is it the roster?");
  std::string tcvn3 = folder.add("tcvn3.csv", "M\xA8 c\xB8n b\xe9,\xAE\xAAn v\xDE,Vai tr\xdf\n");  // without --encoding
  CHECK(fatal_message(tcvn3) == "'" + tcvn3 + "' holds no row that can be read; 1 row could not be read, the first at "
                                "line 1: field 1 is not valid UTF-8 (byte 0xA8); if the file was saved in an older "
                                "Vietnamese encoding, give --encoding windows-1258, tcvn3 or vni; is it the roster?");
  std::string bad_header = folder.add("bad_header.csv", "title\nid,\xAE\xAAn v\xDE,role\n1,VP,r\n");
  CHECK_THAT(fatal_message(bad_header),
             Catch::EndsWith("lists every name accepted); 1 row could not be read, the first at line 2: "
                             "field 2 is not valid UTF-8 (byte 0xAE); if the file was saved in an older Vietnamese "
                             "encoding, give --encoding windows-1258, tcvn3 or vni"));
}

TEST_CASE("roster: an xlsx start date is an Excel serial date or text", "[report][roster][xlsx]") {
  ScratchFolder folder;
  std::string path = folder.path("roster.xlsx");
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Nhân sự");
  const char* headers[] = {"Mã nhân sự", "Họ tên", "Mã đơn vị", "Mã vai trò", "Ngày vào"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(sheet, 2, c, headers[c], nullptr);
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_datetime start{2025, 1, 2, 0, 0, 0};
  worksheet_write_number(sheet, 3, 0, 1001, nullptr);  // a numeric id
  worksheet_write_string(sheet, 3, 2, "VP", nullptr);
  worksheet_write_string(sheet, 3, 3, "r", nullptr);
  worksheet_write_datetime(sheet, 3, 4, &start, date);
  worksheet_write_string(sheet, 4, 0, "0042", nullptr);
  worksheet_write_string(sheet, 4, 4, "15/06/2026", nullptr);
  worksheet_write_string(sheet, 5, 0, "0043", nullptr);
  worksheet_write_number(sheet, 5, 4, 3000000, nullptr);  // past 9999-12-31
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  DataProblems problems;
  Roster roster = hocvu::read_roster(path, {}, problems);
  CHECK(roster.header_line == 3);
  CHECK(roster.source.sheet == "Nhân sự");
  CHECK(people(roster) == Texts{"4 1001||VP|r||2025-01-02|", "5 0042|||||2026-06-15|", "6 0043|||||-|"});
  CHECK(problem_texts(problems) == Texts{"6:5 bad_start_date [0043] start date '3000000' is not a date; write it as "
                                         "2026-12-31 or 31/12/2026"});
}
