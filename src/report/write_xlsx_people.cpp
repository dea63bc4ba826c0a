// `Chưa đạt` (the people of the headcount not yet certified, by unit) and `Gia hạn` (the
// certificates that expire in the next 90 days). Names only with --people; national ids never.
#include <unordered_map>

#include "report/write_xlsx_support.hpp"

namespace hocvu {

namespace {

// Unit and role names by id, for the lists of people (which carry ids).
class Names {
 public:
  explicit Names(const ReportData& report) {
    for (const auto& unit : report.units) units_.emplace(unit.id, &unit.name);
    for (const auto& role : report.roles) roles_.emplace(role.id, &role.name);
  }
  const std::string& unit(const std::string& id) const { return find(units_, id); }
  const std::string& role(const std::string& id) const { return find(roles_, id); }

 private:
  using Map = std::unordered_map<std::string, const std::string*>;
  static const std::string& find(const Map& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() || it->second->empty() ? id : *it->second;
  }
  Map units_;
  Map roles_;
};

// The columns that say who: id, name (with --people), unit id, unit, role. Returns the next column.
uint16_t who_header(std::vector<std::string>& header, std::vector<double>& widths, const XlsxSheet& sheet, bool people) {
  header = {sheet.label(ReportLabel::person_id)};
  widths = {14};
  if (people) {
    header.push_back(sheet.label(ReportLabel::name));
    widths.push_back(28);
  }
  header.insert(header.end(), {sheet.label(ReportLabel::unit_id), sheet.label(ReportLabel::unit), sheet.label(ReportLabel::role)});
  widths.insert(widths.end(), {14, 36, 24});
  return static_cast<uint16_t>(header.size());
}

template <typename Person>
void write_who(XlsxSheet& sheet, const Names& names, uint32_t row, const Person& person, bool people) {
  uint16_t col = 0;
  sheet.text(row, col++, person.id);
  if (people) sheet.text(row, col++, person.name);
  sheet.text(row, col++, person.unit);
  sheet.text(row, col++, names.unit(person.unit));
  sheet.text(row, col, names.role(person.role));
}

}  // namespace

void write_uncovered_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_uncovered);
  std::vector<std::string> header;
  std::vector<double> widths;
  uint16_t first = who_header(header, widths, sheet, report.people);
  header.insert(header.end(), {sheet.label(ReportLabel::assessed_short), sheet.label(ReportLabel::best_percent),
                               sheet.label(ReportLabel::due), sheet.label(ReportLabel::overdue),
                               sheet.label(ReportLabel::expired)});
  widths.insert(widths.end(), {12, 13, 13, 10, 14});
  sheet.widths(widths);
  sheet.header(0, header);
  Names names(report);
  std::string yes = sheet.label(ReportLabel::yes);
  std::string no = sheet.label(ReportLabel::no);
  uint32_t row = 1;
  size_t shown = rows_that_fit(row, report.uncovered.size());
  sheet.table_view(0, 1, static_cast<uint32_t>(shown), static_cast<uint16_t>(first + 4));
  for (size_t i = 0; i < shown; ++i) {
    const UncoveredPerson& person = report.uncovered[i];
    write_who(sheet, names, row, person, report.people);
    sheet.text(row, first, person.assessed ? yes : no);
    sheet.percent(row, first + 1, person.best_percent);
    sheet.date(row, first + 2, person.due);
    sheet.text(row, first + 3, person.overdue ? yes : no);
    sheet.date(row++, first + 4, person.expired);
  }
  if (report.uncovered.empty()) sheet.text(row, 0, sheet.label(ReportLabel::no_one_uncovered), formats.note);
  note_left_out(sheet, row, shown, report.uncovered.size());
  if (row > 1) sheet.equal_colour(1, row - 1, static_cast<uint16_t>(first + 3), yes, formats.at_risk);
  sheet.print_setup(0);
}

void write_renewals_sheet(lxw_workbook* workbook, const XlsxFormats& formats, const ReportData& report) {
  XlsxSheet sheet(workbook, formats, report.lang, ReportLabel::sheet_renewals);
  std::vector<std::string> header;
  std::vector<double> widths;
  uint16_t first = who_header(header, widths, sheet, report.people);
  header.insert(header.end(), {sheet.label(ReportLabel::expires), sheet.label(ReportLabel::within_days)});
  widths.insert(widths.end(), {13, 12});
  sheet.widths(widths);
  sheet.header(0, header);
  Names names(report);
  uint32_t row = 1;
  size_t shown = rows_that_fit(row, report.renewals.size());
  sheet.table_view(0, 1, static_cast<uint32_t>(shown), static_cast<uint16_t>(first + 1));
  for (size_t i = 0; i < shown; ++i) {
    const RenewalPerson& person = report.renewals[i];
    write_who(sheet, names, row, person, report.people);
    sheet.date(row, first, person.expires);
    sheet.count(row++, first + 1, person.within);
  }
  if (report.renewals.empty()) sheet.text(row, 0, sheet.label(ReportLabel::no_renewals), formats.note);
  note_left_out(sheet, row, shown, report.renewals.size());
  sheet.print_setup(0);
}

}  // namespace hocvu
