// Writes the writers' sample report (tests/unit/sample_report.hpp) in every format into a folder,
// for tests/report/check_xlsx.py and the LibreOffice test:
//   report.xlsx (Vietnamese, with names), report-en.xlsx (English, without names),
//   units.csv, csv/ (every table), report.json, report.md
#include <exception>
#include <iostream>
#include <string>

#include "report/write_report.hpp"
#include "sample_report.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_sample_report FOLDER\n";
    return 2;
  }
  std::string folder = argv[1];
  try {
    hocvu::ReportData report = hocvu::test::sample_report("vi", true);
    hocvu::write_report(report, folder + "/report.xlsx", hocvu::ReportFormat::xlsx);
    hocvu::write_report(report, folder + "/units.csv", hocvu::ReportFormat::csv_file);
    hocvu::write_report(report, folder + "/csv/", hocvu::ReportFormat::csv_folder);
    hocvu::write_report(report, folder + "/report.json", hocvu::ReportFormat::json);
    hocvu::write_report(report, folder + "/report.md", hocvu::ReportFormat::markdown);
    hocvu::ReportData english = hocvu::test::sample_report("en", false);
    hocvu::write_report(english, folder + "/report-en.xlsx", hocvu::ReportFormat::xlsx);
  } catch (const std::exception& error) {
    std::cerr << "write_sample_report: " << error.what() << "\n";
    return 2;
  }
  return 0;
}
