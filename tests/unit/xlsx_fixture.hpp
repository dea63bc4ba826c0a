#pragma once
// Workbooks for the table and roster reader tests: zip archives written with libzip directly,
// part by part, so that a test can make any part wrong (the real writer, libxlsxwriter, is used
// where a test wants a workbook as Excel users have them).
#include <zip.h>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace hocvu::test {

struct ZipPart {
  std::string name;
  std::string content;
};

// Writes `parts` (deflated at `level`, 1 fastest) into a new zip archive at `path`.
inline void write_zip(const std::string& path, const std::vector<ZipPart>& parts, zip_uint32_t level = 6) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  for (const ZipPart& part : parts) {
    zip_source_t* source = zip_source_buffer(zip, part.content.data(), part.content.size(), 0);
    REQUIRE(source != nullptr);
    zip_int64_t index = zip_file_add(zip, part.name.c_str(), source, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    REQUIRE(zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, level) == 0);
  }
  REQUIRE(zip_close(zip) == 0);
}

inline std::string workbook_xml(const std::string& sheets) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
         sheets + "</sheets></workbook>";
}

inline std::string relationships_xml(const std::string& relationships) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         relationships + "</Relationships>";
}

inline std::string sheet_xml(const std::string& rows) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
         rows + "</sheetData></worksheet>";
}

inline std::string shared_strings_xml(const std::vector<std::string>& items) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const std::string& item : items) xml += "<si>" + item + "</si>";
  return xml + "</sst>";
}

constexpr const char* kWorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
constexpr const char* kSharedStringsType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

// A workbook of one sheet "Sheet1" with `sheet` as its part and `strings` as its shared strings.
inline std::vector<ZipPart> one_sheet_workbook(const std::string& sheet, const std::vector<std::string>& strings) {
  return {
      {"xl/workbook.xml", workbook_xml("<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>")},
      {"xl/_rels/workbook.xml.rels",
       relationships_xml(std::string("<Relationship Id=\"rId1\" Type=\"") + kWorksheetType +
                         "\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
                         kSharedStringsType + "\" Target=\"sharedStrings.xml\"/>")},
      {"xl/worksheets/sheet1.xml", sheet},
      {"xl/sharedStrings.xml", shared_strings_xml(strings)},
  };
}

}  // namespace hocvu::test
