// Tests of the report's writers (report/write_report.hpp) on the hand-built sample report
// (sample_report.hpp): golden CSV, JSON and Markdown in tests/report/golden/ (rewrite them with
// HOCVU_UPDATE_GOLDEN=1, then read the diff), exact lines checked here by hand, and the workbook:
// byte-identical twice, dated by the as-of date, no formula anywhere.
#include "report/write_report.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "io/error.hpp"
#include "io/file.hpp"
#include "report/write_xlsx_support.hpp"
#include "sample_report.hpp"
#include "scratch_folder.hpp"

using namespace hocvu;

namespace {

const std::string kGolden = std::string(HOCVU_SOURCE_DIR) + "/tests/report/golden/";

void check_golden(const std::string& name, const std::string& actual) {
  std::string path = kGolden + name;
  if (std::getenv("HOCVU_UPDATE_GOLDEN") != nullptr) {
    write_file_atomically(path, actual);
  }
  INFO("golden file " << path << " (HOCVU_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(read_file(path) == actual);
}

bool has_line(const std::string& text, const std::string& line) {
  std::istringstream lines(text);
  for (std::string each; std::getline(lines, each);) {
    if (each == line) return true;
  }
  return false;
}

std::string table(const ReportData& report, const std::string& name) {
  for (const auto& [file, contents] : report_csv_tables(report)) {
    if (file == name) return contents;
  }
  FAIL("no table " << name);
  return "";
}

// One part of an xlsx (a zip archive).
std::string zip_part(const std::string& path, const char* part) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  zip_stat_t info;
  zip_stat_init(&info);
  std::string contents;
  if (zip_stat(archive, part, 0, &info) == 0) {
    zip_file_t* file = zip_fopen(archive, part, 0);
    contents.resize(info.size);
    zip_int64_t read = zip_fread(file, contents.data(), info.size);
    CHECK(read == static_cast<zip_int64_t>(info.size));
    zip_fclose(file);
  }
  zip_close(archive);
  return contents;
}

}  // namespace

TEST_CASE("the report's format comes from the output path", "[report]") {
  test::ScratchFolder scratch;
  CHECK(report_format_for("out/report.xlsx") == ReportFormat::xlsx);
  CHECK(report_format_for("REPORT.XLSX") == ReportFormat::xlsx);
  CHECK(report_format_for("units.csv") == ReportFormat::csv_file);
  CHECK(report_format_for("report.json") == ReportFormat::json);
  CHECK(report_format_for("report.md") == ReportFormat::markdown);
  CHECK(report_format_for("tables/") == ReportFormat::csv_folder);
  CHECK(report_format_for(scratch.path()) == ReportFormat::csv_folder);  // an existing folder
  CHECK_THROWS_WITH(report_format_for("report.txt"),
                    "cannot tell the report's format from 'report.txt': name it .xlsx (a workbook), .csv (the unit "
                    "table), .json or .md, or give a folder (ending in '/') for every table as CSV");
  CHECK_THROWS_AS(report_format_for("my.folder/report"), FatalError);
}

TEST_CASE("CSV tables: stable English headers, codes, ISO dates, formulas neutralised", "[report]") {
  ReportData report = test::sample_report();
  std::string units = report_units_csv(report);
  CHECK(units.substr(0, units.find('\n')) ==
        "unit_id,unit_name,kind,depth,parent_id,headcount,assessed,covered,coverage_percent,remaining,overdue,"
        "trajectory_percent,gap_points,needed_per_week,recent_per_week,projected_date,status");
  // 1 of 4: 25.0%; 25 − 30.459 = −5.5 points; 3 people in 55.857 weeks: 0.05 a week.
  CHECK(has_line(units, "VPQH-TH,Vụ Tổng hợp,department,1,VPQH,4,3,1,25.0,3,0,30.5,-5.5,0.05,0.25,2026-04-27,behind"));
  // No one: nothing to measure is an empty cell, not 0. A formula is written as text.
  CHECK(has_line(units, "INJ-1,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",team,2,VPQH-TH,0,0,0,,0,0,30.5,,,0.00,,no_one"));
  CHECK(has_line(units, "INJ-2,'+cmd,team,1,VPQH,1,1,1,100.0,0,0,30.5,69.5,0.00,0.25,2025-12-05,met"));
  CHECK(has_line(units, "INJ-3,'@x,team,0,,1,1,0,0.0,1,1,30.5,-30.5,0.02,0.00,,at_risk"));
  CHECK(has_line(units, "M1,-1,team,0,,1,0,0,0.0,1,0,30.5,-30.5,0.02,0.00,,at_risk"));  // a number, harmless
  std::string summary = table(report, "summary.csv");
  CHECK(has_line(summary, "milestone_2025-12-31,40.0"));
  CHECK(has_line(summary, "coverage_percent,40.0"));
  CHECK(has_line(summary, "status,on_track"));
  CHECK(has_line(summary, "renewals_90,3"));
  std::string uncovered = table(report, "uncovered.csv");
  CHECK(has_line(uncovered, "P005,Phạm Thị Dung,VPQH-TH,ccvc,true,80.0,2026-01-19,false,2025-11-20"));
  CHECK(has_line(uncovered, "P008,'=cmd|' /C calc'!A0,INJ-3,dbqh,true,45.0,2025-11-30,true,"));
  CHECK(has_line(table(report, "problems.csv"), "unreadable_row,roster.csv,,,,'@SUM(1+1) is not a row"));
  CHECK(has_line(table(report, "competencies.csv"), "whole,,4.1,Bảo vệ thiết bị,0,0,"));
  for (const auto& [name, contents] : report_csv_tables(report)) {
    check_golden(name, contents);
  }
}

TEST_CASE("CSV without --people: the name column stays, empty", "[report]") {
  ReportData report = test::sample_report("vi", false);
  std::string uncovered = table(report, "uncovered.csv");
  CHECK(has_line(uncovered, "P004,,VPQH-TH,ccvc,true,62.5,2026-12-31,false,"));
  CHECK(uncovered.find("Lê Văn Cường") == std::string::npos);
  CHECK(table(report, "renewals.csv").find("Nguyễn Văn An") == std::string::npos);
}

TEST_CASE("JSON: every part, numbers as numbers, null where empty", "[report]") {
  ReportData report = test::sample_report();
  std::string json = report_json(report);
  CHECK(json.find("\"coverage_percent\": 25.0") == std::string::npos);  // whole numbers are integers
  CHECK(json.find("\"coverage_percent\": 25,") != std::string::npos);
  CHECK(json.find("\"gap_points\": -5.5,") != std::string::npos);
  CHECK(json.find("\"needed_per_week\": 0.11,") != std::string::npos);
  CHECK(json.find("\"4.1\": null") != std::string::npos);  // measured in no one
  CHECK(json.find("\"validity_days\": 365") != std::string::npos);
  check_golden("report.json", json);
  ReportData without = test::sample_report("en", false);
  without.validity_days.reset();
  std::string plain = report_json(without);
  CHECK(plain.find("\"renewals\": null") != std::string::npos);
  CHECK(plain.find("Lê Văn Cường") == std::string::npos);
}

TEST_CASE("Markdown: headline, units indented by depth, roles, problems with | escaped", "[report]") {
  ReportData report = test::sample_report();
  std::string markdown = report_markdown(report);
  CHECK(markdown.substr(0, markdown.find('\n')) == "# Phổ cập kỹ năng số – Quốc hội");
  CHECK(has_line(markdown, "| Tỉ lệ đạt chuẩn | 40,0% |"));
  CHECK(has_line(markdown, "| \u00a0\u00a0Vụ Tổng hợp | 4 | 1 | 25,0% | 30,5% | -5,5 | 0 | 27/04/2026 | Chậm |"));
  CHECK(has_line(markdown, "| exam_certifies_no_role | results/dot-1/scores.csv:7 | P001 | exam 'thu\\|nghiem' "
                           "certifies no role in reports/targets.yaml |"));
  check_golden("report.md", markdown);
  check_golden("report-en.md", report_markdown(test::sample_report("en", false)));
}

TEST_CASE("Markdown lists 50 problems, then says how many more", "[report]") {
  ReportData report = test::sample_report("en");
  report.problems.assign(53, {ProblemCode::unknown_person, "s.csv", 2, 1, "X", "person 'X' | is not on the roster"});
  std::string markdown = report_markdown(report);
  size_t rows = 0;
  for (size_t at = 0; (at = markdown.find("| unknown_person |", at)) != std::string::npos; ++at) ++rows;
  CHECK(rows == 50);
  CHECK(markdown.size() >= 12);
  CHECK(markdown.substr(markdown.size() - 12) == "\nand 3 more\n");
}

TEST_CASE("a CSV folder is written as one set, and refuses files hocvu did not write", "[report]") {
  test::ScratchFolder scratch;
  ReportData report = test::sample_report();
  write_report(report, scratch.path("tables") + "/", ReportFormat::csv_folder);
  CHECK(scratch.entries("tables") ==
        std::vector<std::string>{".hocvu-files", "competencies.csv", "parameters.csv", "problems.csv", "renewals.csv",
                                 "roles.csv", "sources.csv", "summary.csv", "uncovered.csv", "units.csv", "weeks.csv"});
  CHECK(read_file(scratch.path("tables/units.csv")) == report_units_csv(report));
  write_report(report, scratch.path("tables"), ReportFormat::csv_folder);  // again: its own files
  scratch.add("tables/notes.txt", "mine");
  CHECK_THROWS_AS(write_report(report, scratch.path("tables"), ReportFormat::csv_folder), FatalError);
}

TEST_CASE("the workbook: same bytes twice, dated by the as-of date, no formula, nothing left behind", "[report]") {
  test::ScratchFolder scratch;
  ReportData report = test::sample_report();
  write_report(report, scratch.path("a.xlsx"), ReportFormat::xlsx);
  write_report(report, scratch.path("b.xlsx"), ReportFormat::xlsx);
  std::string first = read_file(scratch.path("a.xlsx"));
  CHECK(first == read_file(scratch.path("b.xlsx")));
  CHECK(scratch.entries() == std::vector<std::string>{"a.xlsx", "b.xlsx"});
  std::string core = zip_part(scratch.path("a.xlsx"), "docProps/core.xml");
  CHECK(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-12-05T00:00:00Z</dcterms:created>") !=
        std::string::npos);
  CHECK(core.find("<dc:creator>hocvu</dc:creator>") != std::string::npos);
  for (int sheet = 1; sheet <= 8; ++sheet) {
    std::string part = "xl/worksheets/sheet" + std::to_string(sheet) + ".xml";
    std::string xml = zip_part(scratch.path("a.xlsx"), part.c_str());
    CHECK(!xml.empty());
    CHECK(xml.find("<f>") == std::string::npos);
  }
  CHECK(zip_part(scratch.path("a.xlsx"), "xl/worksheets/sheet9.xml").empty());
  report.validity_days.reset();  // no validity period: no Gia hạn sheet
  write_report(report, scratch.path("a.xlsx"), ReportFormat::xlsx);
  CHECK(zip_part(scratch.path("a.xlsx"), "xl/worksheets/sheet7.xml").find("Phiên bản hocvu") != std::string::npos);
  CHECK(zip_part(scratch.path("a.xlsx"), "xl/worksheets/sheet8.xml").empty());
  CHECK(zip_part(scratch.path("a.xlsx"), "xl/workbook.xml").find("Gia hạn") == std::string::npos);
}

TEST_CASE("the workbook keeps within Excel's limits: long text cut, control characters kept out of the XML", "[report]") {
  test::ScratchFolder scratch;
  ReportData report = test::sample_report();
  report.units[0].name = std::string(40000, 'x');
  report.problems[0].message = "bell\x07 and escape\x1b[31m";
  write_report(report, scratch.path("r.xlsx"), ReportFormat::xlsx);
  std::string units = zip_part(scratch.path("r.xlsx"), "xl/worksheets/sheet2.xml");
  CHECK(units.find(std::string(32767, 'x') + "<") != std::string::npos);
  CHECK(units.find(std::string(32768, 'x')) == std::string::npos);
  std::string problems = zip_part(scratch.path("r.xlsx"), "xl/worksheets/sheet7.xml");
  CHECK(problems.find('\x07') == std::string::npos);
  CHECK(problems.find('\x1b') == std::string::npos);
}

TEST_CASE("a sheet's list stops at Excel's last row and says how many are left out", "[report]") {
  CHECK(rows_that_fit(1, 10) == 10);
  CHECK(rows_that_fit(1, 2'000'000) == 1'048'574);  // rows 2 .. 1,048,575; the note on the last
  CHECK(rows_that_fit(2, 1'048'573) == 1'048'573);
}

TEST_CASE("an empty report (no units, roles, weeks or competencies) is written in every format", "[report]") {
  test::ScratchFolder scratch;
  ReportData report;
  report.as_of = day_from_civil(2026, 1, 1);
  for (const char* name : {"e.xlsx", "e.csv", "e.json", "e.md", "tables/"}) {
    std::string path = scratch.path(name);
    write_report(report, path, report_format_for(path));
  }
  CHECK(read_file(scratch.path("e.csv")) == report_units_csv(report));
  CHECK(zip_part(scratch.path("e.xlsx"), "xl/workbook.xml").find("Tổng quan") != std::string::npos);
  CHECK(zip_part(scratch.path("e.xlsx"), "xl/charts/chart1.xml").empty());  // nothing to draw
  CHECK(report_json(report).find("\"uncovered\": [],") != std::string::npos);
  CHECK(report_markdown(report).find("Không có dữ liệu lỗi.") != std::string::npos);
}
