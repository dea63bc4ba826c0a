// Fuzz target: the roster reader (hocvu report) on any bytes. The first byte picks what the rest
// is and the limits: the whole file (a CSV in one of the encodings, or a zip), or one XML part
// (the sheet, the shared strings or workbook.xml) of an otherwise valid workbook built here
// with libzip (stored, so the fuzzer's changes reach expat as they are). The file is handed over
// as a memfd (the reader takes a path). Whatever the bytes: every row handed on holds valid
// NFC UTF-8 within the limits, every problem names the file and says something in valid UTF-8,
// people have ids, and a FatalError names the file.
#include <sys/mman.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check.hpp"
#include "io/error.hpp"
#include "report/roster.hpp"
#include "report/table_reader.hpp"
#include "text/unicode.hpp"

namespace {

using Part = std::pair<std::string, std::string_view>;

// The parts, stored, as the bytes of a zip archive.
std::string zip_of(const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  HOCVU_FUZZ_CHECK(buffer != nullptr);
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  HOCVU_FUZZ_CHECK(zip != nullptr);
  for (const Part& part : parts) {
    zip_source_t* source = zip_source_buffer(zip, part.second.data(), part.second.size(), 0);
    zip_int64_t index = zip_file_add(zip, part.first.c_str(), source, ZIP_FL_OVERWRITE);
    HOCVU_FUZZ_CHECK(index >= 0);
    zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  HOCVU_FUZZ_CHECK(zip_close(zip) == 0);
  std::string bytes;
  HOCVU_FUZZ_CHECK(zip_source_open(buffer) == 0);
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) bytes.append(chunk, static_cast<size_t>(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

constexpr std::string_view kWorkbook =
    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Ghi chú\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"S\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
constexpr std::string_view kRelationships =
    "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"x/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
constexpr std::string_view kSheet =
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>start</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\" t=\"str\"><v>r</v></c>"
    "<c r=\"D2\"><v>45658</v></c></row></sheetData></worksheet>";
constexpr std::string_view kSharedStrings =
    "<sst><si><t>Mã cán bộ</t></si><si><r><t>Đơn </t></r><r><t>vị</t></r></si><si><t>role</t></si>"
    "<si><t>VP</t><rPh><t>x</t></rPh></si></sst>";

std::string file_bytes(uint8_t mode, std::string_view rest) {
  std::string_view workbook = kWorkbook, sheet = kSheet, strings = kSharedStrings;
  switch (mode & 3) {
    case 0: return std::string(rest);
    case 1: sheet = rest; break;
    case 2: strings = rest; break;
    default: workbook = rest; break;
  }
  return zip_of({{"xl/workbook.xml", workbook},
                 {"xl/_rels/workbook.xml.rels", kRelationships},
                 {"xl/worksheets/sheet1.xml", "<worksheet/>"},
                 {"xl/worksheets/sheet2.xml", sheet},
                 {"xl/sharedStrings.xml", strings}});
}

hocvu::TableOptions options_from(uint8_t choice) {
  static const char* const encodings[] = {"utf-8", "utf-16", "utf-16be", "windows-1258", "tcvn3", "vni", "utf-8", "utf-8"};
  hocvu::TableOptions options;
  options.encoding = encodings[(choice >> 2) & 7];
  options.sheet = (choice & 0x20) != 0 ? "s" : "";
  if ((choice & 0x80) != 0) {
    options.max_part_bytes = 4096;
    options.max_cells_per_row = 4;
    options.max_cell_bytes = 8;
    options.max_row_bytes = 64;
    options.max_unreadable_rows = 3;
  }
  return options;
}

bool is_text(std::string_view text) {
  return hocvu::find_invalid_utf8(text) == std::string_view::npos && hocvu::is_nfc(text);
}

void check_problems(const hocvu::DataProblems& problems, const std::string& path) {
  for (const hocvu::DataProblem& problem : problems) {
    HOCVU_FUZZ_CHECK(problem.file == path && !problem.message.empty() && is_text(problem.message));
    HOCVU_FUZZ_CHECK(problem.line >= 1);
  }
}

void read_rows(const std::string& path, const hocvu::TableOptions& options) {
  hocvu::DataProblems problems;
  uint64_t rows = 0;
  hocvu::TableSource source = hocvu::read_table(
      path, options,
      [&](const hocvu::TableRow& row) {
        ++rows;
        HOCVU_FUZZ_CHECK(row.cells.size() <= options.max_cells_per_row && !row.cells.empty());
        for (const hocvu::TableCell& cell : row.cells) {
          HOCVU_FUZZ_CHECK(cell.text.size() <= options.max_cell_bytes && is_text(cell.text));
        }
      },
      problems);
  HOCVU_FUZZ_CHECK(source.rows == rows && source.sha256.size() == 64);
  HOCVU_FUZZ_CHECK(problems.size() <= options.max_unreadable_rows);
  check_problems(problems, path);
}

void read_people(const std::string& path, const hocvu::TableOptions& options) {
  hocvu::DataProblems problems;
  hocvu::Roster roster = hocvu::read_roster(path, options, problems);
  HOCVU_FUZZ_CHECK(roster.header_line >= 1);
  for (const hocvu::RosterPerson& person : roster.people) {
    HOCVU_FUZZ_CHECK(!person.id.empty() && is_text(person.id) && person.line >= 1);
  }
  check_problems(problems, path);
}

template <typename Work>
void expect_done_or_fatal(const std::string& path, Work work) {
  try {
    work();
  } catch (const hocvu::FatalError& error) {
    std::string message = error.what();
    HOCVU_FUZZ_CHECK(message.find(path) != std::string::npos && is_text(message));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string bytes = file_bytes(data[0], hocvu::fuzz::as_text(data + 1, size - 1));
  hocvu::TableOptions options = options_from(data[0]);
  int fd = ::memfd_create("roster", MFD_CLOEXEC);
  HOCVU_FUZZ_CHECK(fd >= 0);
  HOCVU_FUZZ_CHECK(::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  expect_done_or_fatal(path, [&] { read_rows(path, options); });
  expect_done_or_fatal(path, [&] { read_people(path, options); });
  ::close(fd);
  return 0;
}
