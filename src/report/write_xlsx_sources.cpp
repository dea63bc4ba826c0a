// `Dữ liệu lỗi` (every data problem with its code, place and reason: none is dropped) and
// `Nguồn` (every input file with its SHA-256 and row counts, then hocvu's version, the as-of
// date and the parameters of the run): where every number came from.
#include "report/write_xlsx_support.hpp"

namespace hocvu {

void write_problems_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_problems);
  sheet.widths({24, 36, 8, 8, 14, 80});
  sheet.header(0, {sheet.label(ReportLabel::code), sheet.label(ReportLabel::file), sheet.label(ReportLabel::line),
                   sheet.label(ReportLabel::column), sheet.label(ReportLabel::person_id), sheet.label(ReportLabel::message)});
  uint32_t row = 1;
  size_t shown = rows_that_fit(row, report.problems.size());
  sheet.table_view(0, 1, static_cast<uint32_t>(shown), 5);
  for (size_t i = 0; i < shown; ++i) {
    const DataProblem& problem = report.problems[i];
    sheet.text(row, 0, problem_code(problem.code));
    sheet.text(row, 1, problem.file);
    if (problem.line > 0) sheet.count(row, 2, problem.line, nullptr);
    if (problem.column > 0) sheet.count(row, 3, problem.column, nullptr);
    sheet.text(row, 4, problem.person);
    sheet.text(row++, 5, problem.message);
  }
  if (report.problems.empty()) sheet.text(row, 0, sheet.label(ReportLabel::no_problems), formats.note);
  note_left_out(sheet, row, shown, report.problems.size());
  sheet.print_setup(0);
}

void write_sources_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_sources);
  sheet.widths({22, 60, 68, 12, 12, 12});
  sheet.header(0, {sheet.label(ReportLabel::source_kind), sheet.label(ReportLabel::path), sheet.label(ReportLabel::sha256),
                   sheet.label(ReportLabel::rows_read), sheet.label(ReportLabel::rows_used),
                   sheet.label(ReportLabel::rows_rejected)});
  sheet.table_view(0, 0, static_cast<uint32_t>(report.sources.size()), 5);
  uint32_t row = 1;
  for (const SourceEntry& source : report.sources) {  // input files: far fewer than a sheet's rows
    sheet.text(row, 0, source.kind);
    sheet.text(row, 1, source.path);
    sheet.text(row, 2, source.sha256);
    sheet.count(row, 3, source.rows);
    sheet.count(row, 4, source.used);
    sheet.count(row++, 5, source.rejected);
  }
  sheet.header(++row, {sheet.label(ReportLabel::parameter), sheet.label(ReportLabel::value)}, 20);
  sheet.text(++row, 0, sheet.label(ReportLabel::version));
  sheet.text(row, 1, report.version);
  sheet.text(++row, 0, sheet.label(ReportLabel::as_of));
  sheet.date(row, 1, report.as_of, formats.date);
  for (const auto& parameter : report.parameters) {
    sheet.text(++row, 0, parameter.name);
    sheet.text(row, 1, parameter.value);
  }
  sheet.print_setup(0);
}

}  // namespace hocvu
