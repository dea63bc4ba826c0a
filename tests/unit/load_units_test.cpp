// Tests of src/model/load_units.cpp (load_unit_tree), through load_document.
#include <catch2/catch.hpp>

#include "load_document_support.hpp"
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "model/load.hpp"

using hocvu::Rule;
using hocvu::Unit;

namespace {

using load_support::Loaded;
using load_support::describe;

Loaded load(std::string_view yaml) { return load_support::load(yaml, "units.yaml"); }

using Lines = std::vector<std::string>;

// A unit tree of two top-level units, the first with two children, one of them with a child.
constexpr std::string_view kTree = R"(units:
  id: qh-units
  title: Các đơn vị
  description: Cây mẫu
  tree:
    - id: QH
      name: Các Ủy ban
      kind: group
      roles: [dbqh, ccvc-qh]
      children:
        - id: QH-HDDT
          name: Hội đồng Dân tộc
          kind: council
        - id: DP
          name: Địa phương
          roles: hdnd-tinh
          children:
            - id: HN-HDND
              name: HĐND thành phố Hà Nội
    - id: KTNN
      name: Kiểm toán Nhà nước
      kind: audit-office
      roles: [ktnn]
)";

std::vector<std::string> ids_of(const std::vector<Unit>& units) {
  std::vector<std::string> ids;
  for (const auto& unit : units) {
    ids.push_back(unit.id.value);
  }
  return ids;
}

std::vector<std::string> values_of(const std::vector<hocvu::LocatedText>& texts) {
  std::vector<std::string> values;
  for (const auto& text : texts) {
    values.push_back(text.value);
  }
  return values;
}

}  // namespace

TEST_CASE("load_unit_tree flattens the tree in pre-order with parents and depths", "[load][units]") {
  auto loaded = load(kTree);
  CHECK(describe(loaded.diagnostics) == Lines{});
  REQUIRE(loaded.document.unit_tree);
  CHECK_FALSE(loaded.document.bank);
  const hocvu::UnitTree& tree = *loaded.document.unit_tree;
  CHECK(tree.id.value == "qh-units");
  CHECK(tree.id.pos.line == 2);
  CHECK(tree.id.pos.column == 7);
  CHECK(tree.title == "Các đơn vị");
  REQUIRE(ids_of(tree.units) == std::vector<std::string>{"QH", "QH-HDDT", "DP", "HN-HDND", "KTNN"});
  const auto& units = tree.units;
  CHECK(units[0].parent == UINT32_MAX);
  CHECK(units[0].depth == 0);
  CHECK(units[1].parent == 0);
  CHECK(units[1].depth == 1);
  CHECK(units[2].parent == 0);
  CHECK(units[3].parent == 2);
  CHECK(units[3].depth == 2);
  CHECK(units[4].parent == UINT32_MAX);
  CHECK(units[4].depth == 0);
  CHECK(units[0].name == "Các Ủy ban");
  CHECK(units[0].kind == "group");
  CHECK(units[2].kind == "");  // optional
  CHECK(values_of(units[0].roles) == std::vector<std::string>{"dbqh", "ccvc-qh"});
  CHECK(units[1].roles.empty());  // as written: a child without roles has its parent's
  CHECK(values_of(units[2].roles) == std::vector<std::string>{"hdnd-tinh"});  // one role, not a list
  CHECK(units[2].roles[0].pos.line == 16);
  CHECK(units[2].roles[0].pos.column == 18);
  CHECK(units[3].id.pos.line == 18);
}

TEST_CASE("load_unit_tree: unknown keys, missing fields and malformed ids", "[load][units]") {
  auto loaded = load(R"(units:
  id: qh units
  titel: Các đơn vị
  tree:
    - id: QH
      kind: group
      role: [dbqh]
      children:
        - name: Hội đồng Dân tộc
          roles: [Đại biểu, dbqh]
)");
  const char* const id_hint =
      "ids use letters, digits, '.', '_' and '-' (no spaces or diacritics), start with a letter or digit, and have "
      "at most 64 characters";
  CHECK(describe(loaded.diagnostics) ==
        Lines{"3:3 E204 unknown key 'titel' in unit tree [did you mean 'title'?]",
              "2:7 E206 'qh units' is not a valid id for 'id' of unit tree [" + std::string(id_hint) + "]",
              "2:3 E202 unit tree has no 'title' [add 'title:' to this unit tree]",
              "7:7 E204 unknown key 'role' in unit QH [did you mean 'roles'?]",
              "5:7 E202 unit QH has no 'name' [add 'name:' to this unit]",
              "9:11 E202 unit has no 'id' [add 'id:' to this unit]",
              "10:19 E206 'Đại biểu' is not a valid id for 'roles' of unit [" + std::string(id_hint) + "]"});
  CHECK(loaded.diagnostics.at(0).rule == Rule::unknown_key);
  REQUIRE(loaded.document.unit_tree);
  REQUIRE(loaded.document.unit_tree->units.size() == 2);  // kept, so that later checks see both
  CHECK(loaded.document.unit_tree->units[1].parent == 0);
}

TEST_CASE("load_unit_tree: values of the wrong kind, and an empty tree", "[load][units]") {
  auto wrong = load("units:\n  id: u\n  title: T\n  tree:\n    - QH\n    - id: VP\n      name: Văn phòng\n"
                    "      children: {id: V1}\n");
  CHECK(describe(wrong.diagnostics) ==
        Lines{"5:7 E203 each item here should be a unit (a mapping of keys), not a single value []",
              "8:17 E203 'children' of unit VP is a mapping, not a list [write one item per line, each starting "
              "with '- ']"});
  REQUIRE(wrong.document.unit_tree);
  CHECK(ids_of(wrong.document.unit_tree->units) == std::vector<std::string>{"VP"});

  auto empty = load("units:\n  id: u\n  title: T\n  tree: []\n");
  CHECK(describe(empty.diagnostics) ==
        Lines{"4:9 E202 unit tree u has no units [list the units under 'tree:', each with an id and a name]"});

  auto header = load("units: qh-units\n");
  CHECK(describe(header.diagnostics) ==
        Lines{"1:8 E203 'units' of units file is a single value, not a mapping [write one 'key: value' per line, "
              "indented under it]"});
  REQUIRE(header.document.unit_tree);
  CHECK(header.document.unit_tree->units.empty());
}

TEST_CASE("load_unit_tree: a tree as deep as the composer allows is read", "[load][units]") {
  // Each level is two YAML levels (a list, then a mapping): the composer's depth limit bounds it.
  std::string yaml = "units:\n  id: u\n  title: T\n  tree:\n";
  std::string indent = "    ";
  const int kLevels = 25;
  for (int i = 0; i < kLevels; ++i) {
    yaml += indent + "- id: U" + std::to_string(i) + "\n" + indent + "  name: Đơn vị " + std::to_string(i) + "\n";
    if (i + 1 < kLevels) {
      yaml += indent + "  children:\n";
    }
    indent += "    ";
  }
  auto loaded = load(yaml);
  CHECK(describe(loaded.diagnostics) == Lines{});
  REQUIRE(loaded.document.unit_tree);
  REQUIRE(loaded.document.unit_tree->units.size() == kLevels);
  CHECK(loaded.document.unit_tree->units.back().depth == kLevels - 1);
  CHECK(loaded.document.unit_tree->units.back().parent == kLevels - 2);
}
