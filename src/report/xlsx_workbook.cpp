// The workbook's parts that say where things are: workbook.xml (the sheets, in order, with the
// relationship id of each), its relationships (the part of each), and the shared strings.
#include "report/xlsx_workbook.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <utility>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

struct SheetEntry {
  std::string name;
  std::string relationship;
};

class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;

  void start(std::string_view name, const char** attributes) override {
    if (name != "sheet") return;
    const char* sheet_name = xml_attribute(attributes, "name");
    const char* id = xml_attribute(attributes, "id");
    if (sheet_name != nullptr && id != nullptr) sheets.push_back({sheet_name, id});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct Relationship {
  std::string type;
  std::string part;
};

// "worksheets/sheet1.xml" is relative to xl/; "/xl/worksheets/sheet1.xml" to the archive's root.
std::string part_of_target(std::string_view target) {
  std::vector<std::string_view> segments;
  if (target.empty() || target.front() != '/') segments.push_back("xl");
  while (!target.empty()) {
    size_t slash = target.find('/');
    std::string_view segment = target.substr(0, slash);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    target = slash == std::string_view::npos ? std::string_view() : target.substr(slash + 1);
  }
  std::string part;
  for (std::string_view segment : segments) {
    if (!part.empty()) part += '/';
    part += segment;
  }
  return part;
}

class RelationshipsHandler : public XmlHandler {
 public:
  std::map<std::string, Relationship> by_id;

  void start(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    const char* id = xml_attribute(attributes, "Id");
    const char* type = xml_attribute(attributes, "Type");
    const char* target = xml_attribute(attributes, "Target");
    const char* mode = xml_attribute(attributes, "TargetMode");
    if (id == nullptr || type == nullptr || target == nullptr) return;
    if (mode != nullptr && std::string_view(mode) == "External") return;
    by_id.emplace(id, Relationship{type, part_of_target(target)});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// The text of <si> items: runs concatenated, phonetic guides (<rPh>) left out.
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& strings, uint64_t max_cell_bytes)
      : strings_(strings), max_cell_bytes_(max_cell_bytes) {}

  void start(std::string_view name, const char**) override {
    if (name == "si") {
      in_item_ = true, too_long_ = false, text_.clear();
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t") {
      collecting_ = in_item_ && phonetic_ == 0;
    }
  }
  void end(std::string_view name) override {
    if (name == "si" && in_item_) {
      make_nfc(text_);  // which may make it longer
      too_long_ = too_long_ || text_.size() > max_cell_bytes_;
      strings_.add(too_long_ ? std::string_view() : std::string_view(text_), too_long_);
      in_item_ = false;
    } else if (name == "rPh" && phonetic_ > 0) {
      --phonetic_;
    } else if (name == "t") {
      collecting_ = false;
    }
  }
  void text(std::string_view text) override {
    if (!collecting_ || too_long_) return;
    if (text_.size() + text.size() > max_cell_bytes_) {
      too_long_ = true;
      return;
    }
    text_.append(text);
  }

 private:
  SharedStrings& strings_;
  uint64_t max_cell_bytes_;
  std::string text_;
  bool in_item_ = false, collecting_ = false, too_long_ = false;
  uint32_t phonetic_ = 0;
};

std::string sheet_list(const XlsxWorkbook& workbook) {
  std::string list;
  for (const WorkbookSheet& sheet : workbook.sheets) {
    if (!list.empty()) list += ", ";
    list += "'" + sheet.name + "'";
  }
  return list.empty() ? "none" : list;
}

}  // namespace

void make_nfc(std::string& text) {
  if (!is_ascii(text) && !is_nfc(text)) text = to_nfc(text);
}

XlsxWorkbook read_workbook(const XlsxArchive& archive) {
  WorkbookHandler sheets;
  archive.parse("xl/workbook.xml", sheets);
  RelationshipsHandler relationships;
  archive.parse("xl/_rels/workbook.xml.rels", relationships);
  XlsxWorkbook workbook;
  for (SheetEntry& entry : sheets.sheets) {
    WorkbookSheet sheet;
    sheet.name = std::move(entry.name);
    make_nfc(sheet.name);
    auto found = relationships.by_id.find(entry.relationship);
    if (found != relationships.by_id.end()) {
      sheet.part = found->second.part;
      sheet.worksheet = ends_with(found->second.type, "/worksheet");
    }
    workbook.sheets.push_back(std::move(sheet));
  }
  for (const auto& [id, relationship] : relationships.by_id) {
    if (ends_with(relationship.type, "/sharedStrings")) workbook.shared_strings_part = relationship.part;
  }
  return workbook;
}

const WorkbookSheet& choose_sheet(const XlsxWorkbook& workbook, const std::string& wanted, const std::string& path) {
  const WorkbookSheet* chosen = nullptr;
  if (wanted.empty()) {
    auto first = std::find_if(workbook.sheets.begin(), workbook.sheets.end(),
                              [](const WorkbookSheet& sheet) { return sheet.worksheet; });
    if (first == workbook.sheets.end()) {
      throw FatalError(ui_format("report.xlsx.no_worksheet", fmt::arg("path", path), fmt::arg("sheets", sheet_list(workbook))));
    }
    chosen = &*first;
  } else {
    bool utf8 = find_invalid_utf8(wanted) == std::string_view::npos;
    std::string key = utf8 ? comparison_key(wanted, Punctuation::keep) : std::string();
    for (const WorkbookSheet& sheet : workbook.sheets) {
      if (chosen == nullptr && utf8 && comparison_key(sheet.name, Punctuation::keep) == key) chosen = &sheet;
    }
    if (chosen == nullptr) {
      throw FatalError(ui_format(utf8 ? message_id("report.xlsx.no_such_sheet") : message_id("report.xlsx.no_such_sheet_not_utf8"),
                                 fmt::arg("path", path), fmt::arg("sheet", wanted), fmt::arg("sheets", sheet_list(workbook))));
    }
  }
  if (!chosen->worksheet) {
    throw FatalError(ui_format("report.xlsx.not_worksheet", fmt::arg("sheet", chosen->name), fmt::arg("path", path),
                               fmt::arg("sheets", sheet_list(workbook))));
  }
  return *chosen;
}

void SharedStrings::add(std::string_view text, bool too_long) {
  if (too_long) too_long_.push_back(ends_.size());
  arena_.append(text);
  ends_.push_back(arena_.size());
}

std::string_view SharedStrings::at(size_t index) const {
  uint64_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(arena_).substr(begin, ends_[index] - begin);
}

bool SharedStrings::too_long(size_t index) const {
  return std::binary_search(too_long_.begin(), too_long_.end(), index);
}

SharedStrings read_shared_strings(const XlsxArchive& archive, const std::string& part, uint64_t max_cell_bytes) {
  SharedStrings strings;
  if (part.empty() || !archive.has(part)) return strings;
  SharedStringsHandler handler(strings, max_cell_bytes);
  archive.parse(part, handler);
  return strings;
}

}  // namespace hocvu
