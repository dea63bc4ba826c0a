// Choosing the report's format from the output path, and writing it.
#include "report/write_report.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"

namespace hocvu {

namespace {

bool is_folder(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// The lower-case extension of the last path component, with its dot; "" when there is none.
std::string extension_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "";
  }
  std::string extension = path.substr(dot);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

ReportFormat report_format_for(const std::string& path) {
  if (!path.empty() && (path.back() == '/' || is_folder(path))) {
    return ReportFormat::csv_folder;
  }
  std::string extension = extension_of(path);
  if (extension == ".xlsx") return ReportFormat::xlsx;
  if (extension == ".csv") return ReportFormat::csv_file;
  if (extension == ".json") return ReportFormat::json;
  if (extension == ".md") return ReportFormat::markdown;
  throw FatalError(ui_format("report.unknown_format", fmt::arg("path", path)));
}

void write_report(const ReportData& report, const std::string& path, ReportFormat format) {
  switch (format) {
    case ReportFormat::xlsx: write_report_xlsx(report, path); return;
    case ReportFormat::csv_file: write_report_csv_file(report, path); return;
    case ReportFormat::csv_folder: {
      std::string folder = path;
      while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
      write_report_csv_folder(report, folder);
      return;
    }
    case ReportFormat::json: write_output(path, report_json(report)); return;
    case ReportFormat::markdown: write_output(path, report_markdown(report)); return;
  }
}

}  // namespace hocvu
