// The workbook's formats and the typed cell writers every sheet uses.
#include "report/write_xlsx_support.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "report/report_format.hpp"

namespace hocvu {

namespace {

constexpr size_t kMaxCellChars = 32767;  // Excel's limit for the text of a cell
constexpr uint32_t kMaxIndent = 15;

lxw_format* number_format(lxw_workbook* workbook, const char* pattern, bool bold = false) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_num_format(format, pattern);
  if (bold) format_set_bold(format);
  return format;
}

lxw_format* status_format(lxw_workbook* workbook, lxw_color_t background, lxw_color_t font) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_bg_color(format, background);
  format_set_font_color(format, font);
  return format;
}

// At most kMaxCellChars code points of `text`, never cutting one in half.
std::string_view cell_text(std::string_view text) {
  size_t chars = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && ++chars > kMaxCellChars) {
      return text.substr(0, at);
    }
  }
  return text;
}

}  // namespace

XlsxFormats add_formats(lxw_workbook* workbook) {
  XlsxFormats formats;
  formats.title = workbook_add_format(workbook);
  format_set_bold(formats.title);
  format_set_font_size(formats.title, 14);
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_text_wrap(formats.header);
  format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color(formats.header, 0xD9E1F2);
  format_set_border(formats.header, LXW_BORDER_THIN);
  formats.bold = workbook_add_format(workbook);
  format_set_bold(formats.bold);
  formats.note = workbook_add_format(workbook);
  format_set_italic(formats.note);
  formats.percent = number_format(workbook, "0.0%");
  formats.bold_percent = number_format(workbook, "0.0%", true);
  formats.points = number_format(workbook, "+0.0;-0.0;0.0");
  formats.rate = number_format(workbook, "0.00");
  formats.date = number_format(workbook, "dd/mm/yyyy");
  formats.bold_date = number_format(workbook, "dd/mm/yyyy", true);
  formats.integer = number_format(workbook, "#,##0");
  formats.bold_integer = number_format(workbook, "#,##0", true);
  for (uint32_t depth = 0; depth <= kMaxIndent; ++depth) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_indent(format, static_cast<uint8_t>(depth));
    formats.indent.push_back(format);
  }
  formats.met = status_format(workbook, 0xC6EFCE, 0x006100);
  formats.on_track = status_format(workbook, 0xDDEBF7, 0x1F4E78);
  formats.behind = status_format(workbook, 0xFFEB9C, 0x9C5700);
  formats.at_risk = status_format(workbook, 0xFFC7CE, 0x9C0006);
  return formats;
}

void check_xlsx(lxw_error error) {
  if (error != LXW_NO_ERROR) {
    throw FatalError(ui_format("report.write.xlsx_error", fmt::arg("reason", lxw_strerror(error))));
  }
}

XlsxSheet::XlsxSheet(lxw_workbook* workbook, const XlsxFormats& formats, const std::string& lang, ReportLabel name)
    : formats_(formats), lang_(lang), name_(report_label(name, lang)) {
  sheet_ = workbook_add_worksheet(workbook, name_.c_str());
  if (sheet_ == nullptr) {
    throw FatalError(ui_format("report.write.no_sheet", fmt::arg("sheet", name_)));
  }
}

void XlsxSheet::text(uint32_t row, uint16_t col, const std::string& text, lxw_format* format) {
  if (text.empty()) {
    if (format != nullptr) check_xlsx(worksheet_write_blank(sheet_, row, col, format));
    return;
  }
  if (text.size() <= kMaxCellChars) {  // the usual case: no copy
    check_xlsx(worksheet_write_string(sheet_, row, col, text.c_str(), format));
    return;
  }
  std::string cell(cell_text(text));
  check_xlsx(worksheet_write_string(sheet_, row, col, cell.c_str(), format));
}

void XlsxSheet::number(uint32_t row, uint16_t col, double value, lxw_format* format) {
  check_xlsx(worksheet_write_number(sheet_, row, col, value, format));
}

void XlsxSheet::count(uint32_t row, uint16_t col, uint64_t value, lxw_format* format) {
  number(row, col, static_cast<double>(value), format != nullptr ? format : formats_.integer);
}

void XlsxSheet::optional_number(uint32_t row, uint16_t col, std::optional<double> value, lxw_format* format) {
  if (value) {
    number(row, col, *value, format);
  } else {
    check_xlsx(worksheet_write_blank(sheet_, row, col, format));
  }
}

void XlsxSheet::percent(uint32_t row, uint16_t col, std::optional<double> percent, lxw_format* format) {
  std::optional<double> fraction;
  if (percent) fraction = percent_fraction(*percent);
  optional_number(row, col, fraction, format != nullptr ? format : formats_.percent);
}

void XlsxSheet::date(uint32_t row, uint16_t col, std::optional<Day> day, lxw_format* format) {
  std::optional<double> serial;
  if (day) serial = excel_serial(*day);
  optional_number(row, col, serial, format != nullptr ? format : formats_.date);
}

void XlsxSheet::header(uint32_t row, const std::vector<std::string>& labels, double height) {
  check_xlsx(worksheet_set_row(sheet_, row, height, nullptr));
  for (size_t col = 0; col < labels.size(); ++col) text(row, static_cast<uint16_t>(col), labels[col], formats_.header);
}

void XlsxSheet::widths(const std::vector<double>& widths) {
  for (size_t col = 0; col < widths.size(); ++col) {
    auto at = static_cast<lxw_col_t>(col);
    check_xlsx(worksheet_set_column(sheet_, at, at, widths[col], nullptr));
  }
}

void XlsxSheet::print_setup(uint32_t header_row) {
  worksheet_set_landscape(sheet_);
  worksheet_set_paper(sheet_, 9);  // A4
  worksheet_fit_to_pages(sheet_, 1, 0);
  check_xlsx(worksheet_repeat_rows(sheet_, header_row, header_row));
  check_xlsx(worksheet_set_footer(sheet_, "&L&A&R&P / &N"));
}

void XlsxSheet::table_view(uint32_t header_row, uint16_t columns_frozen, uint32_t last_row, uint16_t last_col) {
  worksheet_freeze_panes(sheet_, header_row + 1, columns_frozen);
  check_xlsx(worksheet_autofilter(sheet_, header_row, 0, std::max(last_row, header_row), last_col));
}

void XlsxSheet::outline(uint32_t row, uint32_t level, lxw_format* format) {
  lxw_row_col_options options{};
  options.level = static_cast<uint8_t>(std::min(level, kXlsxMaxOutline));
  check_xlsx(worksheet_set_row_opt(sheet_, row, LXW_DEF_ROW_HEIGHT, format, &options));
}

void XlsxSheet::equal_colour(uint32_t first, uint32_t last, uint16_t col, const std::string& text, lxw_format* format) {
  std::string quoted = "\"" + text + "\"";
  lxw_conditional_format rule{};
  rule.type = LXW_CONDITIONAL_TYPE_CELL;
  rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
  rule.value_string = quoted.data();
  rule.format = format;
  check_xlsx(worksheet_conditional_format_range(sheet_, first, col, last, col, &rule));
}

void XlsxSheet::status_colours(uint32_t first, uint32_t last, uint16_t col) {
  if (last < first) {
    return;
  }
  equal_colour(first, last, col, status_label(CoverageStatus::met, lang_), formats_.met);
  equal_colour(first, last, col, status_label(CoverageStatus::on_track, lang_), formats_.on_track);
  equal_colour(first, last, col, status_label(CoverageStatus::behind, lang_), formats_.behind);
  equal_colour(first, last, col, status_label(CoverageStatus::at_risk, lang_), formats_.at_risk);
}

size_t rows_that_fit(uint32_t first_row, size_t rows) {
  size_t room = kXlsxMaxRows - first_row - 1;
  return std::min(rows, room);
}

void note_left_out(XlsxSheet& sheet, uint32_t row, size_t shown, size_t total) {
  if (shown < total) {
    sheet.text(row, 0, label_with_count(ReportLabel::truncated_rows, total - shown, sheet.lang()), sheet.formats().note);
  }
}

lxw_format* indent_format(const XlsxFormats& formats, uint32_t depth) {
  return formats.indent[std::min<size_t>(depth, formats.indent.size() - 1)];
}

double text_width(std::string_view text, double minimum, double maximum) {
  size_t chars = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  }
  return std::clamp(static_cast<double>(chars) * 1.1 + 2, minimum, maximum);
}

}  // namespace hocvu
