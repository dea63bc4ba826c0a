// Tests of the report's words for people (report/report_labels.hpp).
#include "report/report_labels.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <set>
#include <string>

using namespace hocvu;

TEST_CASE("every report label is in the table, in enum order", "[report]") {
  CHECK(report_label_table_in_order());
}

TEST_CASE("labels with a count come from the catalogue in the report's language", "[report][i18n]") {
  CHECK(label_with_count(ReportLabel::more_rows, 12, "vi") == "và 12 dòng khác");
  CHECK(label_with_count(ReportLabel::more_rows, 12, "en") == "and 12 more");
  CHECK(std::string(report_label(ReportLabel::report_title, "vi")) == "Tiến độ phổ cập kiến thức, kỹ năng số");
  CHECK(std::string(report_label(ReportLabel::report_title, "en")) == "Progress towards universal digital skills");
}

TEST_CASE("statuses read as officials write them, and in English", "[report]") {
  CHECK(std::string(status_label(CoverageStatus::met, "vi")) == "Đã đạt");
  CHECK(std::string(status_label(CoverageStatus::on_track, "vi")) == "Đúng tiến độ");
  CHECK(std::string(status_label(CoverageStatus::behind, "vi")) == "Chậm");
  CHECK(std::string(status_label(CoverageStatus::at_risk, "vi")) == "Có nguy cơ");
  CHECK(std::string(status_label(CoverageStatus::met, "en")) == "met");
  CHECK(std::string(status_label(CoverageStatus::on_track, "en")) == "on track");
  CHECK(std::string(status_label(CoverageStatus::behind, "en")) == "behind");
  CHECK(std::string(status_label(CoverageStatus::at_risk, "en")) == "at risk");
}

TEST_CASE("sheet names are the issue's, distinct, and valid in Excel", "[report]") {
  const ReportLabel sheets[] = {ReportLabel::sheet_overview,  ReportLabel::sheet_units,    ReportLabel::sheet_roles,
                                ReportLabel::sheet_competencies, ReportLabel::sheet_uncovered, ReportLabel::sheet_renewals,
                                ReportLabel::sheet_problems,  ReportLabel::sheet_sources};
  const char* vietnamese[] = {"Tổng quan", "Đơn vị", "Vai trò", "Năng lực", "Chưa đạt", "Gia hạn", "Dữ liệu lỗi", "Nguồn"};
  for (const std::string lang : {"vi", "en"}) {
    std::set<std::string> names;
    for (size_t i = 0; i < std::size(sheets); ++i) {
      std::string name = report_label(sheets[i], lang);
      if (lang == "vi") CHECK(name == vietnamese[i]);
      CHECK(name.find_first_of(":\\/?*[]") == std::string::npos);
      CHECK(name.size() <= 31);  // bytes: at most 31 characters for certain
      names.insert(name);
    }
    CHECK(names.size() == std::size(sheets));
  }
  CHECK(std::string(report_label(ReportLabel::sheet_uncovered, "fr")) == "Not yet certified");  // not "vi": English
}

TEST_CASE("dates and decimals for people follow the language", "[report]") {
  Day day = day_from_civil(2026, 3, 7);
  CHECK(display_date(day, "vi") == "07/03/2026");
  CHECK(display_date(day, "en") == "2026-03-07");
  CHECK(display_date(std::nullopt, "vi") == "–");
  CHECK(display_decimal(72.45, 1, "vi") == "72,5");
  CHECK(display_decimal(72.45, 1, "en") == "72.5");
  CHECK(display_decimal(-0.04, 1, "en") == "0.0");  // never -0.0
  CHECK(display_decimal(std::nullopt, 1, "en") == "–");
}

TEST_CASE("counts go into the labels that hold one", "[report]") {
  CHECK(label_with_count(ReportLabel::more_rows, 7, "vi") == "và 7 dòng khác");
  CHECK(label_with_count(ReportLabel::more_rows, 12, "en") == "and 12 more");
  CHECK(label_with_count(ReportLabel::unit, 3, "en") == "Unit");
}
