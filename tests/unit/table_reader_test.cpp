#include "report/table_reader.hpp"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <chrono>
#include <string>
#include <vector>

#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "scratch_folder.hpp"
#include "xlsx_fixture.hpp"

using hocvu::DataProblem;
using hocvu::FatalError;
using hocvu::TableOptions;
using hocvu::TableRow;
using hocvu::test::ScratchFolder;
using hocvu::test::ZipPart;

namespace {

struct Read {
  hocvu::TableSource source;
  std::vector<std::string> rows;       // "line: cell|cell", a number cell as #text
  std::vector<std::string> problems;   // "line:column code: message"
};

std::string row_text(const TableRow& row) {
  std::string text = std::to_string(row.line) + ":";
  for (size_t i = 0; i < row.cells.size(); ++i) {
    text += (i > 0 ? "|" : " ") + std::string(row.cells[i].number ? "#" : "") + row.cells[i].text;
  }
  return text;
}

Read read(const std::string& path, const TableOptions& options = {}) {
  Read result;
  hocvu::DataProblems problems;
  result.source = hocvu::read_table(
      path, options, [&](const TableRow& row) { result.rows.push_back(row_text(row)); }, problems);
  for (const DataProblem& p : problems) {
    REQUIRE(p.file == path);
    result.problems.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " +
                              hocvu::problem_code(p.code) + ": " + p.message);
  }
  return result;
}

std::string fatal_message(const std::string& path, const TableOptions& options = {}) {
  try {
    read(path, options);
  } catch (const FatalError& error) {
    return error.what();
  }
  return "no FatalError";
}

using Rows = std::vector<std::string>;

}  // namespace

TEST_CASE("CSV: BOM, CRLF and RFC 4180 quotes; blank rows skipped; SHA-256 of the bytes", "[report][table]") {
  ScratchFolder folder;
  std::string bytes = "\xEF\xBB\xBFid,name,note\r\n1,\"Nguyễn, Văn A\",\"say \"\"hi\"\"\"\r\n\r\n,,\r\n"
                      "2,\"two\r\nlines\", x \r\n";
  std::string path = folder.add("roster.csv", bytes);
  Read result = read(path);
  CHECK(result.rows == Rows{"1: id|name|note", "2: 1|Nguyễn, Văn A|say \"hi\"", "5: 2|two\r\nlines|x"});
  CHECK(result.problems.empty());
  CHECK(result.source.format == "csv");
  CHECK(result.source.rows == 3);
  CHECK(result.source.sha256 == hocvu::sha256_hex(bytes));
  CHECK(result.source.path == path);
}

TEST_CASE("CSV: the separator is the first line's, after title lines without one", "[report][table]") {
  ScratchFolder folder;
  SECTION("semicolon, with commas inside a quoted field") {
    Read result = read(folder.add("a.csv", "id;\"name, full\";unit\n1;An, B;VP\n"));
    CHECK(result.rows == Rows{"1: id|name, full|unit", "2: 1|An, B|VP"});
  }
  SECTION("tab") {
    Read result = read(folder.add("b.csv", "id\tname,x\tunit\n1\tAn; B\tVP\n"));
    CHECK(result.rows == Rows{"1: id|name,x|unit", "2: 1|An; B|VP"});
  }
  SECTION("a title line first") {
    Read result = read(folder.add("c.csv", "DANH SÁCH CÁN BỘ\n\nid;name\n1;An\n"));
    CHECK(result.rows == Rows{"1: DANH SÁCH CÁN BỘ", "3: id|name", "4: 1|An"});
  }
}

TEST_CASE("CSV: a quote that never closes costs its row, not the rest of the file", "[report][table]") {
  ScratchFolder folder;
  Read result = read(folder.add("r.csv", "id,name,unit\n1,\"An,VP\n2,Binh,VP\n3,\"Chi\" x,VP\n4,Dung,VP\n"));
  CHECK(result.rows == Rows{"1: id|name|unit", "3: 2|Binh|VP", "5: 4|Dung|VP"});
  CHECK(result.problems ==
        Rows{"2:2 unreadable_row: the quote that opens field 2 is never closed (a quoted field must end with \" "
             "before the next separator)",
             "4:2 unreadable_row: field 2 has text after its closing quote; write a quote inside a quoted field as "
             "\"\""});
}

TEST_CASE("CSV: invalid UTF-8 is an unreadable row naming the field", "[report][table]") {
  ScratchFolder folder;
  Read result = read(folder.add("r.csv", "id,name\n1,Caf\xE9\n2,Binh\n"));
  CHECK(result.rows == Rows{"1: id|name", "3: 2|Binh"});
  CHECK(result.problems == Rows{"2:2 unreadable_row: field 2 is not valid UTF-8 (byte 0xE9); if the file was saved "
                                "in an older Vietnamese encoding, give --encoding windows-1258, tcvn3 or vni"});
}

TEST_CASE("CSV: formula injection payloads are read verbatim as text", "[report][table]") {
  ScratchFolder folder;
  Read result = read(folder.add("r.csv",
                                "id,name\n=cmd|' /C calc'!A0,@SUM(1+1)\n+1,-2\n\"=HYPERLINK(\"\"http://x\"\")\",'=1+1\n"));
  CHECK(result.rows == Rows{"1: id|name", "2: =cmd|' /C calc'!A0|@SUM(1+1)", "3: +1|-2",
                            "4: =HYPERLINK(\"http://x\")|=1+1"});  // csv_field's guard ' is dropped
}

TEST_CASE("CSV: legacy encodings, UTF-16 and NFD become NFC UTF-8", "[report][table]") {
  ScratchFolder folder;
  const std::string expected = "1: Việt Nam|Quốc hội|Đại biểu Đ";
  TableOptions options;
  SECTION("windows-1258") {
    options.encoding = "windows-1258";
    CHECK(read(folder.add("r.csv", "Vi\xEA\xF2t Nam;Qu\xF4\xEC" "c h\xF4\xF2i;\xD0" "a\xF2i bi\xEA\xD2u \xD0\n"),
               options).rows == Rows{expected});
  }
  SECTION("tcvn3") {
    options.encoding = "tcvn3";
    CHECK(read(folder.add("r.csv", "Vi\xD6t Nam;Qu\xE8" "c h\xE9i;\xA7\xB9i bi\xD3u \xA7\n"), options).rows ==
          Rows{expected});
  }
  SECTION("vni") {
    options.encoding = "VNI";
    CHECK(read(folder.add("r.csv", "Vie\xE4t Nam;Quo\xE1" "c ho\xE4i;\xD1" "a\xEFi bie\xE5u \xD1\n"), options).rows ==
          Rows{expected});
  }
  SECTION("a byte windows-1258 leaves undefined") {
    options.encoding = "windows-1258";
    Read result = read(folder.add("r.csv", "a;b\nc;d\x81\n"), options);
    CHECK(result.rows == Rows{"1: a|b"});
    CHECK(result.problems == Rows{"2:2 unreadable_row: field 2 holds byte 0x81, which is no character in windows-1258"});
  }
  SECTION("utf-16 with its BOM") {
    options.encoding = "utf-16";
    std::u16string text = u"\uFEFFid,tên\r\n1,Việt\r\n";
    std::string bytes(reinterpret_cast<const char*>(text.data()), text.size() * 2);
    CHECK(read(folder.add("r.csv", bytes), options).rows == Rows{"1: id|tên", "2: 1|Việt"});
  }
  SECTION("utf-16 found by its BOM when no encoding is given (Excel's Unicode Text)") {
    std::u16string text = u"\uFEFFid\ttên\r\n1\tViệt\r\n";
    std::string bytes(reinterpret_cast<const char*>(text.data()), text.size() * 2);
    CHECK(read(folder.add("r.txt", bytes)).rows == Rows{"1: id|tên", "2: 1|Việt"});
  }
  SECTION("NFD") {
    Read result = read(folder.add("r.csv", "id,name\n1,Nguye\xCC\x82\xCC\x83n\n"));
    CHECK(result.rows == Rows{"1: id|name", "2: 1|Nguy\xE1\xBB\x85n"});
  }
  SECTION("an unknown encoding") {
    options.encoding = "latin-9";
    std::string path = folder.add("r.csv", "a\n");
    CHECK(fatal_message(path, options) == "cannot read '" + path + "': unknown encoding 'latin-9'; use utf-8, "
                                          "utf-16, utf-16le, utf-16be, windows-1258, tcvn3 or vni");
  }
}

TEST_CASE("CSV: limits on fields, cells and unreadable rows", "[report][table]") {
  ScratchFolder folder;
  TableOptions options;
  options.max_cells_per_row = 3;
  options.max_cell_bytes = 4;
  options.max_unreadable_rows = 2;
  std::string path = folder.add("r.csv", "a,b,c\na,b,c,d\nabcde,b\nok\n");
  Read result = read(path, options);
  CHECK(result.rows == Rows{"1: a|b|c", "4: ok"});
  CHECK(result.problems == Rows{"2:4 unreadable_row: the row has 4 fields, more than the limit of 3",
                                "3:1 unreadable_row: field 1 is longer than 4 bytes"});
  folder.add("r.csv", "a\n\xFF\n\xFF\n\xFF\n");
  CHECK_THAT(fatal_message(path, options),
             Catch::StartsWith("'" + path + "': more than 2 rows cannot be read (line 4: field 1 is not valid UTF-8"));
}

TEST_CASE("read_table: files that cannot be read at all", "[report][table]") {
  ScratchFolder folder;
  CHECK_THAT(fatal_message(folder.path("missing.csv")), Catch::Contains("missing.csv"));
  CHECK_THAT(fatal_message(folder.path()), Catch::Contains("not a regular file"));
  std::string xls = folder.add("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
  CHECK(fatal_message(xls) ==
        "'" + xls + "' is not an xlsx workbook: it is an old Excel .xls file or a password-protected workbook; "
                    "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) without a password, or "
                    "export the sheet as CSV (UTF-8)");
}

namespace {

// A workbook as Excel users have it, written by libxlsxwriter: a notes sheet first, then the
// roster sheet, with shared strings (or inline strings when `constant_memory`).
std::string real_workbook(const ScratchFolder& folder, bool constant_memory) {
  std::string path = folder.path(constant_memory ? "inline.xlsx" : "shared.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = const_cast<char*>("/tmp");
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  REQUIRE(workbook != nullptr);
  lxw_worksheet* notes = workbook_add_worksheet(workbook, "Ghi chú");
  worksheet_write_string(notes, 0, 0, "notes", nullptr);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Danh sách");
  worksheet_write_string(sheet, 0, 0, "id", nullptr);
  worksheet_write_string(sheet, 0, 2, "Nguye\xCC\x82\xCC\x83n", nullptr);  // NFD
  worksheet_write_number(sheet, 3, 0, 45658, nullptr);
  worksheet_write_number(sheet, 3, 1, 3.5, nullptr);
  worksheet_write_boolean(sheet, 3, 2, 1, nullptr);
  worksheet_write_formula_str(sheet, 3, 3, "=\"=cmd\"", nullptr, "=cmd|' /C calc'!A0");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_rich_string_tuple first{bold, const_cast<char*>("Đại ")};
  lxw_rich_string_tuple second{nullptr, const_cast<char*>("biểu")};
  lxw_rich_string_tuple* runs[] = {&first, &second, nullptr};
  worksheet_write_rich_string(sheet, 4, 1, runs, nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  return path;
}

}  // namespace

TEST_CASE("xlsx: a real workbook, first sheet or a named one", "[report][table][xlsx]") {
  ScratchFolder folder;
  for (bool constant_memory : {false, true}) {
    std::string path = real_workbook(folder, constant_memory);
    Read first = read(path);
    CHECK(first.rows == Rows{"1: notes"});
    CHECK(first.source.sheet == "Ghi chú");
    CHECK(first.source.format == "xlsx");
    CHECK(first.source.sha256 == hocvu::sha256_hex(hocvu::read_file(path)));
    TableOptions options;
    options.sheet = "DANH SÁCH";  // sheet names compare case-insensitively, as in Excel
    Read named = read(path, options);
    CHECK(named.source.sheet == "Danh sách");
    CHECK(named.rows == Rows{"1: id||Nguyễn", "4: #45658|#3.5|TRUE|=cmd|' /C calc'!A0", "5: |Đại biểu"});
    CHECK(named.problems.empty());
    CHECK(named.source.rows == 3);
    options.sheet = "Roster";
    CHECK(fatal_message(path, options) == "'" + path + "' has no sheet named 'Roster'; its sheets are 'Ghi chú', "
                                                       "'Danh sách'; give one of them with --sheet");
  }
}

TEST_CASE("xlsx: shared strings, inline strings, cell types and gaps by reference", "[report][table][xlsx]") {
  ScratchFolder folder;
  std::string sheet = hocvu::test::sheet_xml(
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><r><t>in</t></r><r><t xml:space=\"preserve\">line </t></r></is></c>"
      "<c t=\"e\"><v>#N/A</v></c><c t=\"b\"><v>0</v></c><c r=\"F3\"><f>1+1</f><v>2</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c></row>"
      "<row><c r=\"A5\" t=\"s\"><v>1</v></c></row>");
  std::string path = folder.path("t.xlsx");
  hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook(
                                   sheet, {"<t>id</t>", "<r><t>Rich </t></r><r><t>text</t></r><rPh><t>ルビ</t></rPh>",
                                           "<t>  </t>"}));
  Read result = read(path);
  CHECK(result.rows == Rows{"2: id||Rich text", "3: |inline |#N/A|FALSE||#2", "5: Rich text"});
  CHECK(result.problems.empty());
  CHECK(result.source.sheet == "Sheet1");
}

TEST_CASE("xlsx: a shared string out of range costs its row", "[report][table][xlsx]") {
  ScratchFolder folder;
  std::string path = folder.path("t.xlsx");
  hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook(
                                   hocvu::test::sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                                          "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>"
                                                          "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>x</v></c></row>"
                                                          "<row r=\"4\"><c r=\"XFE4\"><v>1</v></c></row>"
                                                          "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c></row>"),
                                   {"<t>a</t>", "<t>b</t>"}));
  Read result = read(path);
  CHECK(result.rows == Rows{"1: a", "5: b"});
  CHECK(result.problems == Rows{"2:2 unreadable_row: cell B2 names shared string 7, but the workbook has 2",
                                "3:3 unreadable_row: cell C3 names shared string 'x', which is not a number",
                                "4:0 unreadable_row: cell XFE4 is not within columns A to XFD4"});
}

TEST_CASE("xlsx: a sheet of a million empty rows is streamed, not stored", "[report][table][xlsx]") {
  ScratchFolder folder;
  std::string rows;
  rows.reserve(24u << 20);
  for (int r = 1; r <= 1000000; ++r) rows += "<row r=\"" + std::to_string(r) + "\"/>";
  rows += "<row r=\"1000001\"><c r=\"A1000001\" t=\"inlineStr\"><is><t>last</t></is></c></row>";
  std::string path = folder.path("t.xlsx");
  hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(rows), {}), 1);
  auto start = std::chrono::steady_clock::now();
  Read result = read(path);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(result.rows == Rows{"1000001: last"});
  CHECK(seconds < 10);  // about 0.3 s; generous for sanitizer builds
}

TEST_CASE("xlsx: zip bombs are stopped", "[report][table][xlsx]") {
  ScratchFolder folder;
  std::string path = folder.path("bomb.xlsx");
  SECTION("a part past max_part_bytes") {
    auto parts = hocvu::test::one_sheet_workbook(std::string(2u << 20, '\0'), {});
    hocvu::test::write_zip(path, parts);
    TableOptions options;
    options.max_part_bytes = 1u << 20;
    CHECK(fatal_message(path, options) ==
          "cannot read '" + path + "': its part xl/worksheets/sheet1.xml would inflate to 2097152 bytes, more than the "
          "limit of 1048576 (a zip bomb?); open it in Excel or LibreOffice and save it again as .xlsx (Excel "
          "Workbook), or export the sheet as CSV");
  }
  SECTION("a part of zeros inflating a thousand times its size") {
    hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook(std::string(66u << 20, '\0'), {}));
    CHECK_THAT(fatal_message(path), Catch::Contains("its part xl/worksheets/sheet1.xml would inflate from ") &&
                                        Catch::Contains(" to 69206016 bytes, more than 250 times its size (a zip bomb?)"));
  }
  SECTION("a part that inflates past the size its entry declares") {
    hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(std::string(100000, ' ')), {}));
    std::string bytes = hocvu::read_file(path);
    // The central directory's uncompressed size of the sheet's entry, made 100.
    size_t entry = bytes.find("PK\x01\x02");
    while (entry != std::string::npos && bytes.compare(entry + 46, 24, "xl/worksheets/sheet1.xml") != 0) {
      entry = bytes.find("PK\x01\x02", entry + 4);
    }
    REQUIRE(entry != std::string::npos);
    bytes.replace(entry + 24, 4, std::string("\x64\0\0\0", 4));
    folder.add("bomb.xlsx", bytes);
    CHECK(fatal_message(path) == "cannot read '" + path + "': its part xl/worksheets/sheet1.xml inflates past the "
                                 "100 bytes its zip entry declares; open it in Excel or LibreOffice and save it again "
                                 "as .xlsx (Excel Workbook), or export the sheet as CSV");
  }
}

TEST_CASE("xlsx: files that are no workbook, damaged archives and hostile XML", "[report][table][xlsx]") {
  ScratchFolder folder;
  const std::string advice =
      "open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook), or export the sheet as CSV";
  SECTION("not a zip") {
    std::string path = folder.add("roster.xlsx", "id,name\n1,An\n");
    CHECK(fatal_message(path) == "'" + path + "' is not an xlsx workbook: it is not a zip archive, or a damaged one "
                                              "(Not a zip archive); " + advice);
  }
  SECTION("a truncated zip") {
    std::string full = folder.path("full.xlsx");
    hocvu::test::write_zip(full, hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(""), {}));
    std::string bytes = hocvu::read_file(full);
    std::string path = folder.add("cut.xlsx", bytes.substr(0, bytes.size() / 2));
    CHECK_THAT(fatal_message(path), Catch::StartsWith("'" + path + "' is not an xlsx workbook: it is not a zip archive"));
  }
  SECTION("a zip without xl/workbook.xml") {
    std::string path = folder.path("other.xlsx");
    hocvu::test::write_zip(path, {{"word/document.xml", "<w/>"}});
    CHECK(fatal_message(path) ==
          "'" + path + "' is not an xlsx workbook: the zip archive holds no xl/workbook.xml; " + advice);
  }
  SECTION("a DOCTYPE with entity expansion (billion laughs)") {
    std::string path = folder.path("laughs.xlsx");
    std::string lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                      "<sst><si><t>&lol3;</t></si></sst>";
    auto parts = hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(""), {});
    parts[3].content = lol;
    hocvu::test::write_zip(path, parts);
    CHECK(fatal_message(path) == "cannot read '" + path + "': its part xl/sharedStrings.xml has a DOCTYPE declaration "
                                 "at line 2, which no xlsx part has (its entities could expand without end); " + advice);
  }
  SECTION("malformed XML") {
    std::string path = folder.path("bad.xlsx");
    hocvu::test::write_zip(path, hocvu::test::one_sheet_workbook("<worksheet>\n<sheetData>\n<row></sheetData>", {}));
    CHECK(fatal_message(path) == "cannot read '" + path + "': its part xl/worksheets/sheet1.xml is not well-formed "
                                 "XML (line 3: mismatched tag); " + advice);
  }
  SECTION("a sheet listed without a name, and no other") {
    std::string path = folder.path("noname.xlsx");
    auto parts = hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(""), {});
    parts[0].content = hocvu::test::workbook_xml("<sheet sheetId=\"1\" r:id=\"rId1\"/>");
    hocvu::test::write_zip(path, parts);
    CHECK(fatal_message(path) == "'" + path + "' has no worksheet (sheets: none); save the roster as a sheet of "
                                              "cells, or export it as CSV");
  }
  SECTION("a sheet whose part is missing") {
    std::string path = folder.path("nopart.xlsx");
    auto parts = hocvu::test::one_sheet_workbook(hocvu::test::sheet_xml(""), {});
    parts.erase(parts.begin() + 2);
    hocvu::test::write_zip(path, parts);
    CHECK(fatal_message(path) == "cannot read '" + path + "': its part xl/worksheets/sheet1.xml is missing; " + advice);
  }
}
