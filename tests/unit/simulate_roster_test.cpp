// Tests of src/report/simulate_roster.cpp, simulate_names.cpp and simulate_roster_xlsx.cpp: the
// roster simulator, on a unit tree built by hand.
#include "report/simulate_roster.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "io/file.hpp"
#include "scratch_folder.hpp"
#include "text/csv.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

using namespace hocvu;

namespace {

Unit unit(std::string id, std::string kind, uint32_t parent, std::vector<std::string> roles = {}) {
  Unit made;
  made.id.value = std::move(id);
  made.name = made.id.value;
  made.kind = std::move(kind);
  made.parent = parent;
  for (auto& role : roles) {
    made.roles.push_back(LocatedText{std::move(role), {}});
  }
  return made;
}

// Leaves: ub-kt (committee, inherits dbqh), vu-a and vu-b (departments, ccvc-qh), hn-x1
// (commune, hdnd-xa), hn-x2 (commune, inherits hdnd-tinh), ktnn (audit, ktnn). Sizes 30, 35,
// 35, 30, 30 and 120 of 280.
UnitTree sample_tree() {
  UnitTree tree;
  tree.id.value = "qh";
  constexpr uint32_t top = UINT32_MAX;
  tree.units = {unit("qh", "assembly", top, {"dbqh"}),
                unit("ub-kt", "committee", 0),
                unit("vpqh", "office", 0, {"ccvc-qh"}),
                unit("vu-a", "department", 2),
                unit("vu-b", "department", 2),
                unit("hn", "province", top, {"hdnd-tinh"}),
                unit("hn-x1", "commune", 5, {"hdnd-xa"}),
                unit("hn-x2", "Commune", 5),
                unit("ktnn", "audit-region", top, {"ktnn"})};
  for (size_t i = 0; i < tree.units.size(); ++i) {
    Unit& u = tree.units[i];
    u.depth = u.parent == top ? 0 : tree.units[u.parent].depth + 1;
  }
  return tree;
}

std::string roster_csv(const UnitTree& tree, uint64_t people, uint64_t seed) {
  RosterPlan plan = plan_roster(tree);
  std::string out;
  write_simulated_roster_csv(tree, plan, RosterSimulationOptions{people, seed},
                             [&out](std::string_view chunk) { out.append(chunk); });
  return out;
}

std::vector<std::vector<std::string>> rows_of(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  CsvReader reader(csv);
  while (auto row = reader.next_row()) {
    std::vector<std::string> fields;
    for (const auto& field : *row) fields.push_back(field.text);
    if (fields.size() > 1) rows.push_back(fields);
  }
  REQUIRE(!reader.problem());
  return rows;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t space = text.find(' '); space != std::string::npos; space = text.find(' ', start)) {
    words.push_back(text.substr(start, space - start));
    start = space + 1;
  }
  words.push_back(text.substr(start));
  return words;
}

}  // namespace

TEST_CASE("plan_roster: leaf units with their inherited roles and sizes by kind", "[simulate_roster]") {
  UnitTree tree = sample_tree();
  RosterPlan plan = plan_roster(tree);
  REQUIRE(plan.problem.empty());
  REQUIRE(plan.slots.size() == 6);
  std::vector<std::string> units, roles;
  std::vector<double> weights;
  for (const auto& slot : plan.slots) {
    units.push_back(tree.units[slot.unit].id.value);
    REQUIRE(slot.roles.size() == 1);
    roles.push_back(slot.roles[0]);
    weights.push_back(slot.weight);
  }
  CHECK(units == std::vector<std::string>{"ub-kt", "vu-a", "vu-b", "hn-x1", "hn-x2", "ktnn"});
  CHECK(roles == std::vector<std::string>{"dbqh", "ccvc-qh", "ccvc-qh", "hdnd-xa", "hdnd-tinh", "ktnn"});
  CHECK(weights == std::vector<double>{30, 35, 35, 30, 30, 120});
  CHECK(plan.cumulative == std::vector<double>{30, 65, 100, 130, 160, 280});
}

TEST_CASE("plan_roster: a tree whose units list no roles cannot be drawn, and says why", "[simulate_roster]") {
  UnitTree tree;
  tree.units = {unit("a", "office", UINT32_MAX), unit("b", "department", 0)};
  CHECK(plan_roster(tree).problem.find("no unit lists roles") != std::string::npos);
  CHECK(plan_roster(UnitTree{}).problem == "the unit tree has no units");
  CHECK(roster_csv(tree, 5, 1) == "person_id,full_name,unit,role,status,start_date,national_id\n");
}

TEST_CASE("unit_size_of_kind: words of the kind, the first known one wins", "[simulate_roster]") {
  CHECK(unit_size_of_kind("commune") == 30);
  CHECK(unit_size_of_kind("commune-council") == 30);
  CHECK(unit_size_of_kind("provincial People's COUNCIL") == 70);
  CHECK(unit_size_of_kind("delegation") == 25);
  CHECK(unit_size_of_kind("audit") == 120);
  // The kinds of the bundled reports/units.yaml.
  CHECK(unit_size_of_kind("ward") == 30);
  CHECK(unit_size_of_kind("special-zone") == 30);
  CHECK(unit_size_of_kind("peoples-council") == 70);
  CHECK(unit_size_of_kind("audit-region") == 120);
  CHECK(unit_size_of_kind("department") == 35);
  CHECK(unit_size_of_kind("press") == 25);
  CHECK(unit_size_of_kind("office") == 60);
  CHECK(unit_size_of_kind("") == 25);
  CHECK(unit_size_of_kind("something else") == 25);
}

TEST_CASE("inherited_roles: the unit's own, else the nearest ancestor's", "[simulate_roster]") {
  UnitTree tree = sample_tree();
  CHECK(inherited_roles(tree, 1) == std::vector<std::string>{"dbqh"});
  CHECK(inherited_roles(tree, 3) == std::vector<std::string>{"ccvc-qh"});
  CHECK(inherited_roles(tree, 7) == std::vector<std::string>{"hdnd-tinh"});
  CHECK(inherited_roles(tree, 99).empty());
  tree.units[1].parent = 1;  // a loop never hangs
  tree.units[0].roles.clear();
  tree.units[1].roles.clear();
  CHECK(inherited_roles(tree, 1).empty());
}

TEST_CASE("simulate roster: the same seed gives the same bytes, another seed other bytes", "[simulate_roster]") {
  UnitTree tree = sample_tree();
  std::string first = roster_csv(tree, 3000, 7);
  CHECK(first == roster_csv(tree, 3000, 7));
  CHECK(first != roster_csv(tree, 3000, 8));
  // The first rows do not depend on how many people follow.
  CHECK(first.substr(0, 2000) == roster_csv(tree, 5000, 7).substr(0, 2000));
}

TEST_CASE("simulate roster: header, ids, statuses, dates and fake national ids", "[simulate_roster]") {
  UnitTree tree = sample_tree();
  std::string csv = roster_csv(tree, 10000, 2026);
  CHECK(csv.substr(0, csv.find('\n')) == "person_id,full_name,unit,role,status,start_date,national_id");
  auto rows = rows_of(csv);
  REQUIRE(rows.size() == 10001);
  uint64_t left = 0, started_2026 = 0, started_2025 = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    REQUIRE(row.size() == 7);
    CHECK(row[0] == fmt::format("NV{:07}", i));
    REQUIRE((row[4] == "active" || row[4] == "left"));
    left += row[4] == "left" ? 1 : 0;
    auto start = parse_iso_date(row[5]);
    REQUIRE(start);
    CHECK(*start >= day_from_civil(1990, 1, 1));
    CHECK(*start <= day_from_civil(2026, 10, 31));
    started_2026 += *start >= day_from_civil(2026, 1, 1) ? 1 : 0;
    started_2025 += *start >= day_from_civil(2025, 1, 1) && *start < day_from_civil(2026, 1, 1) ? 1 : 0;
    REQUIRE(row[6].size() == 12);
    CHECK(row[6].substr(0, 4) == "0000");
    CHECK(row[6].find_first_not_of("0123456789") == std::string::npos);
  }
  // Expected 200 (2%), 600 (6%), 600 (6%); bounds at about 4 standard deviations.
  CHECK(left >= 145);
  CHECK(left <= 255);
  CHECK(started_2026 >= 500);
  CHECK(started_2026 <= 700);
  CHECK(started_2025 >= 500);
  CHECK(started_2025 <= 700);
}

TEST_CASE("simulate roster: people in leaf units in proportion to their size, with their unit's roles",
          "[simulate_roster]") {
  UnitTree tree = sample_tree();
  auto rows = rows_of(roster_csv(tree, 10000, 11));
  std::map<std::string, uint64_t> count;
  std::map<std::string, std::string> role_of = {{"ub-kt", "dbqh"},     {"vu-a", "ccvc-qh"},   {"vu-b", "ccvc-qh"},
                                                {"hn-x1", "hdnd-xa"}, {"hn-x2", "hdnd-tinh"}, {"ktnn", "ktnn"}};
  for (size_t i = 1; i < rows.size(); ++i) {
    ++count[rows[i][2]];
    REQUIRE(role_of.count(rows[i][2]) == 1);  // never an inner unit
    CHECK(rows[i][3] == role_of[rows[i][2]]);
  }
  std::map<std::string, double> size = {{"ub-kt", 30}, {"vu-a", 35}, {"vu-b", 35},
                                        {"hn-x1", 30}, {"hn-x2", 30}, {"ktnn", 120}};
  for (const auto& [id, people] : size) {
    double p = people / 280.0;
    double expected = 10000 * p;
    double bound = 4 * std::sqrt(10000 * p * (1 - p));
    INFO(id << ": " << count[id] << " people, expected " << expected << " +- " << bound);
    CHECK(std::fabs(static_cast<double>(count[id]) - expected) <= bound);
  }
}

TEST_CASE("simulate roster: a unit with several roles spreads its people over them", "[simulate_roster]") {
  UnitTree tree;
  tree.units = {unit("doan-hn", "delegation", UINT32_MAX, {"dbqh", "vp-doan"})};
  auto rows = rows_of(roster_csv(tree, 2000, 3));
  uint64_t deputies = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    REQUIRE((rows[i][3] == "dbqh" || rows[i][3] == "vp-doan"));
    deputies += rows[i][3] == "dbqh" ? 1 : 0;
  }
  CHECK(deputies >= 900);  // expected 1000, standard deviation 22
  CHECK(deputies <= 1100);
}

TEST_CASE("simulate roster: names look Vietnamese, with realistic family-name shares", "[simulate_roster]") {
  std::set<std::string> families, middles, givens;
  for (const auto& name : family_names()) families.insert(name.name);
  for (bool female : {false, true}) {
    for (const auto& name : middle_names(female)) middles.insert(name.name);
    for (const char* name : given_names(female)) givens.insert(name);
  }
  double total = 0;
  for (const auto& name : family_names()) total += name.weight;
  CHECK(total == Approx(100.0));

  auto rows = rows_of(roster_csv(sample_tree(), 10000, 5));
  std::map<std::string, uint64_t> family_count;
  std::set<std::string> distinct;
  uint64_t thi = 0, van = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    const std::string& name = rows[i][1];
    REQUIRE(find_invalid_utf8(name) == std::string::npos);
    CHECK(is_nfc(name));
    auto words = words_of(name);
    REQUIRE(words.size() == 3);
    CHECK(families.count(words[0]) == 1);
    CHECK(middles.count(words[1]) == 1);
    CHECK(givens.count(words[2]) == 1);
    ++family_count[words[0]];
    distinct.insert(name);
    thi += words[1] == "Thị" ? 1 : 0;
    van += words[1] == "Văn" ? 1 : 0;
  }
  // Nguyễn 38% (sd 0.5%), Trần 11.2%, Lê 9.7%; Thị about 27.5% (55% of women), Văn 20% (40% of men).
  CHECK(family_count["Nguyễn"] >= 3600);
  CHECK(family_count["Nguyễn"] <= 4000);
  CHECK(family_count["Trần"] >= 1000);
  CHECK(family_count["Trần"] <= 1250);
  CHECK(family_count["Lê"] > family_count["Phạm"]);
  CHECK(thi >= 2550);
  CHECK(thi <= 2950);
  CHECK(van >= 1800);
  CHECK(van <= 2200);
  // Names repeat (Nguyễn Văn Hùng is common), but 10,000 people carry thousands of distinct names.
  CHECK(distinct.size() > 4000);
}

TEST_CASE("simulate roster xlsx: same seed same bytes; too many people refused", "[simulate_roster]") {
  test::ScratchFolder scratch;
  UnitTree tree = sample_tree();
  RosterPlan plan = plan_roster(tree);
  write_simulated_roster_xlsx(tree, plan, RosterSimulationOptions{500, 9}, scratch.path("a.xlsx"));
  write_simulated_roster_xlsx(tree, plan, RosterSimulationOptions{500, 9}, scratch.path("b.xlsx"));
  std::string a = read_file(scratch.path("a.xlsx"));
  CHECK(a.substr(0, 2) == "PK");
  CHECK(a == read_file(scratch.path("b.xlsx")));
  write_simulated_roster_xlsx(tree, plan, RosterSimulationOptions{500, 10}, scratch.path("b.xlsx"));
  CHECK(a != read_file(scratch.path("b.xlsx")));
  CHECK_THROWS_WITH(
      write_simulated_roster_xlsx(tree, plan, RosterSimulationOptions{kMostXlsxPeople + 1, 9}, scratch.path("c.xlsx")),
      Catch::Contains("at most 1048573 people"));
}
