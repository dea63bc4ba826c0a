// The workbook: libxlsxwriter writes it to a temporary file beside the output (it only writes to
// a path), which is then written to the output as every report file is (atomically, or to a
// pipe), so an interrupted run leaves no half workbook. Same ReportData, same bytes: the
// document's creation date is the as-of date at 00:00 UTC, never the clock.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "report/write_report.hpp"
#include "report/write_xlsx_support.hpp"

namespace hocvu {

namespace {

// A temporary file that is removed when it goes out of scope.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& beside) {
    // Beside a pipe or a device (/dev/stdout) is no place for a file: use the temporary folder.
    struct stat info {};
    bool file_or_new = ::stat(beside.c_str(), &info) != 0 || S_ISREG(info.st_mode);
    if (!file_or_new || !make(beside + ".hocvu-xlsx-XXXXXX")) {
      std::error_code ignored;
      std::string folder = std::filesystem::temp_directory_path(ignored).string();
      if (!make((folder.empty() ? std::string("/tmp") : folder) + "/hocvu-xlsx-XXXXXX")) {
        throw FatalError(ui_format("report.write.no_temporary", fmt::arg("path", beside)));
      }
    }
  }
  ~TemporaryFile() { ::unlink(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  bool make(std::string pattern) {
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      return false;
    }
    ::close(fd);
    path_ = std::move(pattern);
    return true;
  }
  std::string path_;
};

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPointer = std::unique_ptr<lxw_workbook, WorkbookFree>;

// The as-of date at 00:00 UTC (never 0: libxlsxwriter reads 0 as "now").
time_t creation_time(Day as_of) {
  time_t seconds = static_cast<time_t>(as_of) * 86400;
  return seconds == 0 ? 1 : seconds;
}

void set_properties(lxw_workbook* workbook, const ReportData& report) {
  std::string title = report.title.empty() ? report_label(ReportLabel::report_title, report.lang) : report.title;
  std::string subject = report_label(ReportLabel::report_title, report.lang);
  std::string comments = fmt::format("hocvu {}, {} {}", report.version, report_label(ReportLabel::as_of, report.lang),
                                     format_date(report.as_of));
  std::string author = "hocvu";
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.comments = comments.data();
  properties.created = creation_time(report.as_of);
  check_xlsx(workbook_set_properties(workbook, &properties));
}

void write_sheets(lxw_workbook* workbook, const ReportData& report) {
  XlsxFormats formats = add_formats(workbook);
  write_overview_sheet(workbook, formats, report);
  write_units_sheet(workbook, formats, report);
  write_roles_sheet(workbook, formats, report);
  write_competencies_sheet(workbook, formats, report);
  write_uncovered_sheet(workbook, formats, report);
  if (report.validity_days) write_renewals_sheet(workbook, formats, report);
  write_problems_sheet(workbook, formats, report);
  write_sources_sheet(workbook, formats, report);
}

}  // namespace

void write_report_xlsx(const ReportData& report, const std::string& path) {
  TemporaryFile temporary(path);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: 700,000 rows of people cost 190 MB, not 1.1 GB
  WorkbookPointer workbook(workbook_new_opt(temporary.path().c_str(), &options));
  if (!workbook) {
    throw FatalError(ui_format("report.write.out_of_memory", fmt::arg("path", path)));
  }
  set_properties(workbook.get(), report);
  write_sheets(workbook.get(), report);
  lxw_error closed = workbook_close(workbook.release());  // frees the workbook, also on error
  if (closed != LXW_NO_ERROR) {
    throw FatalError(ui_format("report.write.workbook_failed", fmt::arg("path", path), fmt::arg("reason", lxw_strerror(closed))));
  }
  write_output(path, read_file(temporary.path()));
}

}  // namespace hocvu
