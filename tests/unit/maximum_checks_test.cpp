// Tests of src/exam/maximum_checks.cpp through check_counts: maximums (`max`, `exactly`) that
// assembly cannot meet, found by counting so that lint's E601 reports them too.
#include "blueprint/maximum_checks.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "blueprint/feasibility.hpp"

using hocvu::CountConstraint;
using hocvu::LocatedText;
using hocvu::Pos;
using hocvu::QuestionType;
using hocvu::Shortfall;

namespace {

LocatedText located(std::string value) {
  return LocatedText{std::move(value), Pos{}};
}

// Framework fw (area 1 with 1.1 and 1.2, area 2 with 2.1; levels CB and TC; role dbqh at CB
// but TC for 1.2) and ten eligible questions of one point:
//   S1..S6  1.1 CB single      T1..T3  2.1 CB true_false      M1  1.2 TC multiple
// Forms of 4 questions.
struct Setup {
  hocvu::Model model;
  hocvu::Blueprint blueprint;
  hocvu::Pool pool;

  Setup() {
    hocvu::Framework framework;
    framework.id = located("fw");
    framework.levels = {hocvu::Level{located("CB"), "Cơ bản", -1.0}, hocvu::Level{located("TC"), "Trung cấp", 0.5}};
    hocvu::Area one;
    one.id = located("1");
    one.competencies = {hocvu::Competency{located("1.1"), "", "", {}}, hocvu::Competency{located("1.2"), "", "", {}}};
    hocvu::Area two;
    two.id = located("2");
    two.competencies = {hocvu::Competency{located("2.1"), "", "", {}}};
    framework.areas = {one, two};
    hocvu::Role role;
    role.id = located("dbqh");
    role.baseline = located("CB");
    role.requirements = {hocvu::Requirement{located("1.2"), located("TC"), {}, {}}};
    framework.roles = {role};
    model.frameworks.push_back(framework);
    hocvu::Bank bank;
    bank.id = located("b1");
    bank.framework = located("fw");
    for (int i = 1; i <= 6; ++i) {
      add("S" + std::to_string(i), "1.1", "CB", QuestionType::single, bank);
    }
    for (int i = 1; i <= 3; ++i) {
      add("T" + std::to_string(i), "2.1", "CB", QuestionType::true_false, bank);
    }
    add("M1", "1.2", "TC", QuestionType::multiple, bank);
    model.banks.push_back(bank);
    blueprint.id = located("bp");
    blueprint.framework = located("fw");
    blueprint.role = located("dbqh");
    blueprint.level = located("CB");
    blueprint.length = 4;
  }

  static void add(const std::string& id, const std::string& competency, const std::string& level, QuestionType type,
                  hocvu::Bank& bank) {
    hocvu::Question q;
    q.id = located(id);
    q.competency = located(competency);
    q.level = located(level);
    q.type = type;
    bank.questions.push_back(q);
  }

  // A count constraint at line `line` of the blueprint file (file 3).
  CountConstraint& count(uint32_t line, uint32_t min, uint32_t max = UINT32_MAX) {
    CountConstraint c;
    c.min = min;
    c.max = max;
    c.pos = Pos{3, line, 7};
    blueprint.counts.push_back(c);
    return blueprint.counts.back();
  }

  std::vector<Shortfall> check(uint32_t forms) {
    pool = hocvu::build_pool(model, blueprint, model.frameworks[0], model.frameworks[0].roles[0]);
    return hocvu::check_counts(blueprint, pool, forms);
  }
};

std::string messages(const std::vector<Shortfall>& shortfalls) {
  std::string text;
  for (const auto& s : shortfalls) {
    text += s.message + "\n";
  }
  return text.empty() ? "(none)" : text;
}

}  // namespace

TEST_CASE("check_maximums: 'exactly: 0' for a group that holds a fixed question", "[exam][feasibility]") {
  Setup setup;
  setup.count(16, 0, 0).select.competency = located("1.1");
  setup.blueprint.fixed = {located("S1")};
  auto shortfalls = setup.check(2);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message == "competency 1.1: at most 0 on a form, but fixed question S1 is on every form");
  CHECK(shortfalls[0].hint == "take it out of 'fixed', or allow more of competency 1.1");
  CHECK(shortfalls[0].pos.line == 16);
}

TEST_CASE("check_maximums: more fixed questions of a group than its maximum", "[exam][feasibility]") {
  Setup setup;
  setup.count(20, 0, 1).select.type = QuestionType::single;
  setup.blueprint.fixed = {located("S1"), located("T1"), located("S2")};
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message == "type single: at most 1 on a form, but fixed questions S1, S2 are on every form");
  CHECK(shortfalls[0].hint == "take them out of 'fixed', or allow more of type single");
  CHECK(shortfalls[0].pos.line == 20);
}

TEST_CASE("check_maximums: the rest of each form comes from outside a maximum", "[exam][feasibility]") {
  Setup setup;
  setup.count(21, 0, 0).select.type = QuestionType::single;  // 4 questions left: T1..T3, M1
  setup.blueprint.overlap = 0;
  SECTION("one form of 4 fits") {
    auto shortfalls = setup.check(1);
    INFO(messages(shortfalls));
    CHECK(shortfalls.empty());
  }
  SECTION("two forms sharing nothing need 8") {
    auto shortfalls = setup.check(2);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "questions outside type single: at least 4 on a form (forms of 4, type single allows 0); 2 forms with at "
          "most 0 questions shared between two forms of at least 4 questions need at least 8 questions; the banks "
          "have 4 active");
    CHECK(shortfalls[0].hint == "allow more of type single, or write more questions outside type single");
    CHECK(shortfalls[0].pos.line == 21);
  }
  SECTION("a fixed question outside is on every form and shared by every two") {
    // T1 on both forms: each form needs 3 more of T2, T3, M1, and with T1 shared they may
    // share none of them: 1 + 3 + 3 = 7.
    setup.blueprint.overlap = 1;
    setup.blueprint.fixed = {located("T1")};
    auto shortfalls = setup.check(2);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "questions outside type single: at least 4 on a form (forms of 4, type single allows 0); 2 forms with at "
          "most 1 question shared between two forms of at least 4 questions need at least 7 questions; the banks "
          "have 4 active");
  }
  SECTION("a maximum that leaves enough is fine") {
    setup.blueprint.counts[0].max = 2;  // 2 of each form from the 4 others: 2 + 2 for two forms
    auto shortfalls = setup.check(2);
    INFO(messages(shortfalls));
    CHECK(shortfalls.empty());
  }
}

TEST_CASE("check_maximums: a minimum that a maximum takes questions from", "[exam][feasibility]") {
  Setup setup;
  setup.count(30, 3).select.area = located("1");          // area 1: S1..S6 and M1
  setup.count(32, 0, 0).select.competency = located("1.1");  // leaves M1 alone in area 1
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message ==
        "area 1 outside competency 1.1: at least 3 on a form (area 1 asks for 3, competency 1.1 allows 0); 1 form of "
        "at least 3 questions need at least 3 questions; the banks have 1 active");
  CHECK(shortfalls[0].pos.line == 32);
}

TEST_CASE("check_maximums: a minimum and a maximum on the same questions", "[exam][feasibility]") {
  Setup setup;
  setup.model.banks[0].questions[0].tags = {"x"};
  setup.count(40, 1).select.tag = located("x");
  setup.count(41, 0, 0).select.tag = located("x");
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message == "the constraints on tag x ask for at least 1 and at most 0");
  CHECK(shortfalls[0].pos.line == 41);
}

TEST_CASE("check_maximums: reported only when the simpler checks find nothing", "[exam][feasibility]") {
  // Its findings would mostly repeat theirs in other words.
  Setup setup;
  setup.count(50, 5).select.tag = located("y");
  setup.count(51, 0, 0).select.competency = located("1.1");
  setup.blueprint.fixed = {located("S1")};
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message == "tag y: at least 5 on forms of 4 questions");
}
