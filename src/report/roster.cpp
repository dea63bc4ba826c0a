// The roster: the header row found by its column names, then one person per row.
#include "report/roster.hpp"

#include "io/file.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <array>
#include <fmt/format.h>
#include <utility>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "report/table_formats.hpp"
#include "text/number.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

// The header is looked for among this many non-empty rows.
constexpr uint64_t kHeaderSearch = 20;

struct ColumnNames {
  RosterColumn column;
  std::vector<const char*> names;
};

const std::vector<ColumnNames>& column_names() {
  static const std::vector<ColumnNames> names = {
      {RosterColumn::id,
       {"person_id", "id", "ma", "mã cán bộ", "mã nhân sự", "mã số", "staff_id", "employee_id"}},
      {RosterColumn::unit, {"unit", "unit_id", "đơn vị", "mã đơn vị"}},
      {RosterColumn::role, {"role", "vai trò", "mã vai trò"}},
      {RosterColumn::name, {"full_name", "name", "họ và tên", "họ tên"}},
      {RosterColumn::status, {"status", "trạng thái"}},
      {RosterColumn::start, {"start_date", "start", "ngày bắt đầu", "ngày vào"}},
      {RosterColumn::national_id,
       {"national_id", "cccd", "số cccd", "số định danh", "căn cước"}},
  };
  return names;
}

// Decomposed, with the combining marks dropped and đ made d: "mã cán bộ" becomes "ma can bo".
std::string without_diacritics(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) throw FatalError(std::string(ui_text("report.roster.icu_nfd")));
  std::string decomposed;
  icu::StringByteSink<std::string> sink(&decomposed);
  nfd->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  if (U_FAILURE(status)) return text;
  std::string out;
  auto length = static_cast<int32_t>(decomposed.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(decomposed.data()), i, length, c);
    if (c >= 0x300 && c <= 0x36F) continue;
    if (c == 0x111 || c == 0x110) {
      out += 'd';
      continue;
    }
    out.append(decomposed, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

// What headers are compared by: NFC, case-folded, punctuation ('_', '-') and runs of spaces one
// space, without diacritics.
std::string header_key(std::string_view text) { return without_diacritics(comparison_key(text, Punctuation::drop)); }

using ColumnKeys = std::vector<std::pair<std::string, RosterColumn>>;

const ColumnKeys& column_keys() {
  static const ColumnKeys keys = [] {
    ColumnKeys all;
    for (const ColumnNames& column : column_names()) {
      for (const char* name : column.names) all.emplace_back(header_key(name), column.column);
    }
    return all;
  }();
  return keys;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string row_text(const TableRow& row) {
  std::string text;
  for (size_t i = 0; i < row.cells.size() && i < 12; ++i) {
    text += (i > 0 ? " | " : "") + shorten_for_message(row.cells[i].text);
  }
  return row.cells.size() > 12 ? text + " | …" : text;
}

class RosterBuilder {
 public:
  RosterBuilder(Roster& roster, const std::string& path, DataProblems& problems)
      : roster_(roster), path_(path), problems_(problems), problems_before_(problems.size()) {}

  void add(const TableRow& row) {
    if (roster_.header_line != 0) return add_person(row);
    if (rows_seen_ == 0) first_row_ = ui_format("report.roster.first_row", fmt::arg("line", row.line), fmt::arg("text", row_text(row)));
    ++rows_seen_;
    if (read_header(row)) return;
    if (rows_seen_ >= kHeaderSearch) no_header();
  }

  void finish() {
    if (roster_.header_line != 0) return;
    if (rows_seen_ == 0) {
      throw FatalError(ui_format("report.roster.no_readable_row", fmt::arg("path", path_), fmt::arg("unreadable", unreadable())));
    }
    no_header();
  }

 private:
  [[noreturn]] void no_header() const {
    throw FatalError(ui_format("report.roster.no_header", fmt::arg("path", path_),
                               fmt::arg("rows", std::min(rows_seen_, kHeaderSearch)), fmt::arg("first_row", first_row_),
                               fmt::arg("unreadable", unreadable())));
  }

  // Rows the table reader could not read before the header, which may be why it was not found.
  std::string unreadable() const {
    size_t count = problems_.size() - problems_before_;
    if (count == 0) return "";
    const DataProblem& first = problems_[problems_before_];
    return ui_plural("report.roster.unreadable_rows", count, fmt::arg("line", first.line),
                     fmt::arg("message", first.message));
  }

  bool read_header(const TableRow& row) {
    std::array<std::optional<size_t>, kRosterColumns> found{};
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].text.empty()) continue;
      std::string key = header_key(row.cells[i].text);
      for (const auto& [name, column] : column_keys()) {
        auto slot = static_cast<size_t>(column);
        if (name == key && !found[slot]) found[slot] = i;
      }
    }
    auto has = [&](RosterColumn column) { return found[static_cast<size_t>(column)].has_value(); };
    if (!has(RosterColumn::id) || !has(RosterColumn::unit) || !has(RosterColumn::role)) return false;
    columns_ = found;
    for (size_t c = 0; c < kRosterColumns; ++c) {
      if (found[c]) roster_.headers[c] = std::string(trimmed(row.cells[*found[c]].text));
    }
    roster_.header_line = row.line;
    return true;
  }

  const TableCell* cell(const TableRow& row, RosterColumn column) const {
    const std::optional<size_t>& index = columns_[static_cast<size_t>(column)];
    return index && *index < row.cells.size() ? &row.cells[*index] : nullptr;
  }

  std::string text(const TableRow& row, RosterColumn column) const {
    const TableCell* found = cell(row, column);
    return found != nullptr ? std::string(trimmed(found->text)) : std::string();
  }

  uint32_t column_number(RosterColumn column) const {
    return static_cast<uint32_t>(*columns_[static_cast<size_t>(column)] + 1);
  }

  void problem(ProblemCode code, const TableRow& row, uint32_t column, std::string person, std::string message) {
    problems_.push_back({code, path_, row.line, column, std::move(person), std::move(message)});
  }

  void add_person(const TableRow& row) {
    RosterPerson person;
    person.id = text(row, RosterColumn::id);
    if (person.id.empty()) {
      return problem(ProblemCode::missing_person_id, row, column_number(RosterColumn::id), "",
                     ui_format("report.roster.no_person_id", fmt::arg("column", roster_.headers[0])));
    }
    person.name = text(row, RosterColumn::name);
    person.unit = text(row, RosterColumn::unit);
    person.role = text(row, RosterColumn::role);
    person.status = text(row, RosterColumn::status);
    person.national_id = text(row, RosterColumn::national_id);
    person.line = row.line;
    person.start = start_date(row, person.id);
    roster_.people.push_back(std::move(person));
  }

  std::optional<Day> start_date(const TableRow& row, const std::string& id) {
    const TableCell* found = cell(row, RosterColumn::start);
    if (found == nullptr || trimmed(found->text).empty()) return std::nullopt;
    std::optional<Day> day;
    if (found->number) {
      DecimalNumber serial = parse_decimal(trimmed(found->text));
      if (serial.ok()) day = excel_serial_date(serial.value);
    } else {
      day = parse_date(found->text);
    }
    if (!day) {
      problem(ProblemCode::bad_start_date, row, column_number(RosterColumn::start), id,
              ui_format("report.roster.bad_start_date", fmt::arg("value", shorten_for_message(trimmed(found->text)))));
    }
    return day;
  }

  Roster& roster_;
  const std::string& path_;
  DataProblems& problems_;
  size_t problems_before_;
  std::array<std::optional<size_t>, kRosterColumns> columns_{};
  uint64_t rows_seen_ = 0;
  std::string first_row_;
};

}  // namespace

Roster read_roster(const std::string& path, const TableOptions& options, DataProblems& problems) {
  Roster roster;
  // A roster row is rarely under 64 bytes: reserving for that many (at most 2M) spares a million-row
  // roster its reallocations, each of which moved every person read so far.
  try {
    roster.people.reserve(std::min<uint64_t>(file_size(path) / 64, 2000000));
  } catch (const FatalError&) {
    // read_table says why the file cannot be read
  }
  RosterBuilder builder(roster, path, problems);
  roster.source = read_table(path, options, [&builder](const TableRow& row) { builder.add(row); }, problems);
  builder.finish();
  return roster;
}

}  // namespace hocvu
