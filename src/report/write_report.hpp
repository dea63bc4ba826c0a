#pragma once
// The report's writers, one per format, chosen by write_report from the output path:
//   .xlsx  the workbook (libxlsxwriter): Tổng quan, Đơn vị, Vai trò, Năng lực, Chưa đạt,
//          Gia hạn (with a validity period), Dữ liệu lỗi, Nguồn (English names with --lang en)
//   .csv   the unit table as one CSV file
//   a folder (an existing folder, or a path ending in '/'): every table as its own CSV file:
//          summary.csv (the headline, name and value), units.csv, roles.csv, competencies.csv,
//          weeks.csv, uncovered.csv, renewals.csv, problems.csv, sources.csv, parameters.csv
//   .json  everything, one JSON document
//   .md    the headline, the unit and role tables and the problems, as Markdown
// Every file is written atomically (AtomicFile; a CSV folder as an OutputFolder set). Text that
// begins with = + - @ is written as text, never a formula, in every format. National ids never
// appear. Same ReportData, same bytes (no wall clock: xlsx document properties carry the as-of date).
#include <string>
#include <utility>
#include <vector>

#include "report/report_data.hpp"

namespace hocvu {

enum class ReportFormat { xlsx, csv_file, csv_folder, json, markdown };

// The format for `path`; throws FatalError for an extension that is none of them (the message
// lists the ones there are).
ReportFormat report_format_for(const std::string& path);

void write_report(const ReportData& report, const std::string& path, ReportFormat format);

// The individual writers (tests call them directly).
void write_report_xlsx(const ReportData& report, const std::string& path);
void write_report_csv_file(const ReportData& report, const std::string& path);
void write_report_csv_folder(const ReportData& report, const std::string& folder);
// Every CSV table of a folder: (file name, contents), in the order listed above. Headers are
// English snake_case and stable; percents have one decimal, people per week two, dates are ISO.
std::vector<std::pair<std::string, std::string>> report_csv_tables(const ReportData& report);
std::string report_units_csv(const ReportData& report);
// problems.csv: code,file,line,column,person_id,message (certify writes it too).
std::string problems_csv(const DataProblems& problems);
std::string report_json(const ReportData& report);
std::string report_markdown(const ReportData& report);

}  // namespace hocvu
