// Tests of src/exam/feasibility.cpp: the counting checks that explain, before any solving, why
// a blueprint cannot be met.
#include "blueprint/feasibility.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "exam_test_support.hpp"
#include "i18n/interface.hpp"

using hocvu::Bank;
using hocvu::Blueprint;
using hocvu::CountConstraint;
using hocvu::Model;
using hocvu::Pool;
using hocvu::Pos;
using hocvu::Question;
using hocvu::QuestionStatus;
using hocvu::QuestionType;
using hocvu::Shortfall;
using hocvu::questions_needed;
using hocvu::test::located;

namespace {

bool same_pos(const Pos& a, const Pos& b) {
  return a.file == b.file && a.line == b.line && a.column == b.column;
}

// small_framework (fw: levels CB default -1, TC default 0.5; area 1 with 1.1 and 1.2, area 2
// with 2.1; role dbqh at CB but TC for 1.2) and one bank of ten eligible questions:
//   S1..S6   1.1 CB single      1 point  difficulty -1, -0.5, 0, 0.5, 1, 1.6
//   T1..T3   2.1 CB true_false  1 point  (CB default: -1)
//   M1       1.2 TC multiple    2 points (TC default: 0.5)
// Sorted difficulties: -1 -1 -1 -1 -0.5 0 0.5 0.5 1 1.6 (mean -0.09). Points: nine 1s, one 2.
// Tests adjust the bank or blueprint, then call pool() (the model must not change after it).
struct Setup {
  Model model;
  Blueprint blueprint;

  Setup() : blueprint(hocvu::test::make_blueprint(4)) {
    model.frameworks.push_back(hocvu::test::small_framework());
    Bank bank = hocvu::test::make_bank("b1", "fw", {});
    const double difficulties[] = {-1, -0.5, 0, 0.5, 1, 1.6};
    for (int i = 0; i < 6; ++i) {
      add("S" + std::to_string(i + 1), "1.1", "CB", QuestionType::single, bank).difficulty = difficulties[i];
    }
    for (int i = 0; i < 3; ++i) {
      add("T" + std::to_string(i + 1), "2.1", "CB", QuestionType::true_false, bank);
    }
    add("M1", "1.2", "TC", QuestionType::multiple, bank).points = 2;
    model.banks.push_back(bank);

    blueprint.pos = Pos{3, 1, 1};
    blueprint.points_pos = Pos{3, 40, 3};
    blueprint.difficulty_pos = Pos{3, 43, 3};
    blueprint.overlap_pos = Pos{3, 45, 12};
    blueprint.exposure_pos = Pos{3, 46, 13};
  }

  static Question& add(const std::string& id, const std::string& competency, const std::string& level,
                       QuestionType type, Bank& bank) {
    bank.questions.push_back(hocvu::test::make_question(id, competency, level, type));
    return bank.questions.back();
  }

  Question& question(const std::string& id) {
    for (auto& q : model.banks[0].questions) {
      if (q.id.value == id) {
        return q;
      }
    }
    FAIL("no question " << id);
    throw 0;
  }

  // A count constraint, placed at line `line` of the blueprint file.
  CountConstraint& count(uint32_t line, uint32_t min, uint32_t max = UINT32_MAX) {
    return hocvu::test::add_count(blueprint, Pos{3, line, 7}, min, max);
  }

  Pool pool() const {
    return hocvu::test::pool_of(model, blueprint);
  }

  std::vector<Shortfall> check(uint32_t forms) {
    pool_ = pool();
    return hocvu::check_counts(blueprint, pool_, forms);
  }

  Pool pool_;
};

std::string messages(const std::vector<Shortfall>& shortfalls) {
  std::string text;
  for (const auto& s : shortfalls) {
    text += s.message + "\n";
  }
  return text.empty() ? "(none)" : text;
}

}  // namespace

// --- questions_needed and max_uses ------------------------------------------------------------

TEST_CASE("questions_needed: hand-computed cases", "[exam][feasibility]") {
  // 4 forms of 3, at most 1 shared by two forms: 3 + 2 + 1 + 0 new questions.
  CHECK(questions_needed(4, 3, 1u, std::nullopt) == 6);
  // Each question on at most half of 4 forms (2): 12 places / 2 uses.
  CHECK(questions_needed(4, 3, std::nullopt, 0.5) == 6);
  // No limits: one form's worth serves every form.
  CHECK(questions_needed(4, 3, std::nullopt, std::nullopt) == 3);
  // Nothing shared: every form new.
  CHECK(questions_needed(4, 3, 0u, std::nullopt) == 12);
  // Overlap as large as the form: no new questions needed after the first form.
  CHECK(questions_needed(4, 3, 3u, std::nullopt) == 3);
  CHECK(questions_needed(4, 3, 7u, std::nullopt) == 3);
  // 3 forms of 10, overlap 4: 10 + 6 + 2.
  CHECK(questions_needed(3, 10, 4u, std::nullopt) == 18);
  // Both limits: the larger need wins.
  CHECK(questions_needed(4, 3, 1u, 0.25) == 12);  // exposure: 1 use each
  CHECK(questions_needed(4, 3, 0u, 0.5) == 12);   // overlap
  CHECK(questions_needed(4, 3, 2u, 0.5) == 6);    // 3+1+0+0 = 4 by overlap, 6 by exposure
  // Exposure rounds the uses down, and never below one use.
  CHECK(questions_needed(4, 3, std::nullopt, 0.6) == 6);   // floor(2.4) = 2 uses
  CHECK(questions_needed(4, 3, std::nullopt, 0.1) == 12);  // floor(0.4) = 0, so 1 use
  CHECK(questions_needed(5, 3, std::nullopt, 0.5) == 8);   // 2 uses: ceil(15 / 2)
  // 0.7 * 10 is 6.999... in binary: still 7 uses, ceil(30 / 7) = 5.
  CHECK(questions_needed(10, 3, std::nullopt, 0.7) == 5);
  CHECK(questions_needed(1, 40, 0u, 1.0) == 40);
}

TEST_CASE("max_uses: the forms a question may be on", "[exam][feasibility]") {
  Blueprint blueprint;
  CHECK(hocvu::max_uses(blueprint, 4) == 4);
  blueprint.exposure = 0.5;
  CHECK(hocvu::max_uses(blueprint, 4) == 2);
  CHECK(hocvu::max_uses(blueprint, 5) == 2);
  CHECK(hocvu::max_uses(blueprint, 1) == 1);  // floor(0.5) = 0, but at least one
  blueprint.exposure = 0.1;
  CHECK(hocvu::max_uses(blueprint, 4) == 1);
  CHECK(hocvu::max_uses(blueprint, 100) == 10);
  blueprint.exposure = 0.7;
  CHECK(hocvu::max_uses(blueprint, 10) == 7);
  blueprint.exposure = 0.3;
  CHECK(hocvu::max_uses(blueprint, 10) == 3);
  blueprint.exposure = 1.0;
  CHECK(hocvu::max_uses(blueprint, 6) == 6);
}

// --- check_counts: each kind of shortfall ------------------------------------------------------

TEST_CASE("check_counts: a blueprint the banks can meet has no shortfalls", "[exam][feasibility]") {
  Setup setup;
  setup.blueprint.overlap = 2;
  setup.blueprint.exposure = 0.5;
  setup.count(10, 1, 3).select.area = located("1");
  setup.count(13, 1).select.type = QuestionType::true_false;
  setup.blueprint.points_min = 4;
  setup.blueprint.points_max = 5;
  setup.blueprint.difficulty_tolerance = 0.1;
  auto shortfalls = setup.check(2);
  INFO(messages(shortfalls));
  CHECK(shortfalls.empty());
}

TEST_CASE("check_counts: fixed questions", "[exam][feasibility]") {
  Setup setup;
  SECTION("a fixed id that is not an eligible question") {
    setup.question("S2").status = QuestionStatus::draft;
    setup.blueprint.fixed = {located("NOPE"), located("S2"), located("S1")};
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 2);
    CHECK(shortfalls[0].message ==
          "fixed question NOPE is not an active question at the level role dbqh requires for its competency");
    CHECK(shortfalls[1].message ==
          "fixed question S2 is not an active question at the level role dbqh requires for its competency");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.pos));
  }
  SECTION("more fixed questions than a form holds") {
    setup.blueprint.length = 2;
    setup.blueprint.fixed = {located("S1"), located("S2"), located("S3")};
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "3 fixed questions do not fit on forms of 2 questions");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.pos));
  }
  SECTION("forms of one question") {
    setup.blueprint.length = 1;
    setup.blueprint.fixed = {located("S1"), located("S2")};
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "2 fixed questions do not fit on forms of 1 question");
  }
  SECTION("more fixed questions than two forms may share") {
    setup.blueprint.forms = 2;
    setup.blueprint.overlap = 1;
    setup.blueprint.fixed = {located("S1"), located("S2")};
    auto shortfalls = setup.check(2);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "2 fixed questions are on every form, but two forms may share at most 1");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.overlap_pos));
  }
  SECTION("fixed questions that are enemies") {
    setup.question("T1").enemies = {located("S3")};
    setup.blueprint.fixed = {located("S3"), located("T1")};
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "fixed questions S3 and T1 are enemies and cannot share a form");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.pos));
  }
  SECTION("enemies of which only one is fixed are fine") {
    setup.question("T1").enemies = {located("S3")};
    setup.blueprint.fixed = {located("S3")};
    CHECK(setup.check(1).empty());
  }
}

// `hocvu exam --forms N` checks N forms, whatever the blueprint's own `forms` says.
TEST_CASE("check_counts: fixed questions against the overlap use the forms asked for", "[exam][feasibility]") {
  Setup setup;
  setup.blueprint.overlap = 1;
  setup.blueprint.fixed = {located("S1"), located("S2")};
  setup.blueprint.forms = 1;  // the blueprint says 1, the run asks for 2
  auto shortfalls = setup.check(2);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message == "2 fixed questions are on every form, but two forms may share at most 1");
  setup.blueprint.forms = 4;  // and the other way round: one form shares nothing
  CHECK(setup.check(1).empty());
}

TEST_CASE("check_counts: too few questions for the forms", "[exam][feasibility]") {
  Setup setup;
  for (const char* id : {"S1", "S2", "S3", "S4", "S5"}) {
    setup.question(id).status = QuestionStatus::retired;
  }  // 5 eligible questions left
  setup.blueprint.length = 3;
  SECTION("by overlap") {
    setup.blueprint.overlap = 1;
    auto shortfalls = setup.check(4);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "only 5 questions are eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, "
          "TC); 4 forms with at most 1 question shared between two forms of 3 questions need at least 6 "
          "questions");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.pos));
  }
  SECTION("by exposure") {
    setup.blueprint.exposure = 0.5;
    auto shortfalls = setup.check(4);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "only 5 questions are eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, "
          "TC); 4 forms with each question on at most 2 forms of 3 questions need at least 6 questions");
  }
  SECTION("by both") {
    setup.blueprint.overlap = 2;
    setup.blueprint.exposure = 0.5;
    auto shortfalls = setup.check(4);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "only 5 questions are eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, "
          "TC); 4 forms with at most 2 questions shared between two forms and each question on at most 2 forms "
          "of 3 questions need at least 6 questions");
  }
  SECTION("one form longer than the pool") {
    setup.blueprint.length = 6;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "only 5 questions are eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, "
          "TC); 1 form of 6 questions need at least 6 questions");
  }
  SECTION("fixed questions count once, and use up the overlap") {
    // 2 fixed on each of 3 forms, overlap 2 leaves 0 for the rest: 2 + 3 * 1 = 5, which fits.
    setup.blueprint.overlap = 2;
    setup.blueprint.fixed = {located("T1"), located("T2")};
    CHECK(setup.check(3).empty());
    auto shortfalls = setup.check(4);  // 2 + 4 * 1 = 6
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "only 5 questions are eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, "
          "TC); 4 forms with at most 2 questions shared between two forms of 3 questions need at least 6 "
          "questions");
  }
}

TEST_CASE("check_counts: no eligible question is said first, not as a sum of maximums", "[exam][feasibility]") {
  Setup setup;
  for (auto& question : setup.model.banks[0].questions) {
    question.status = QuestionStatus::draft;
  }
  setup.blueprint.length = 8;
  CountConstraint& single = setup.count(21, 0);
  single.select.type = QuestionType::single;
  single.max = 2;
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 1);  // before: "the maximums per type add up to 2, fewer than the 8 questions"
  CHECK(shortfalls[0].message ==
        "no question is eligible (active, in banks of framework fw, at the levels role dbqh counts: CB, TC); 1 form "
        "of 8 questions need at least 8 questions");
  CHECK(shortfalls[0].hint == "write active questions at those levels, or check the blueprint's role and level");
  CHECK(same_pos(shortfalls[0].pos, setup.blueprint.pos));
}

TEST_CASE("check_counts: count constraints", "[exam][feasibility]") {
  Setup setup;
  SECTION("a minimum above the form's length") {
    setup.count(21, 5).select.tag = located("x");
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "tag x: at least 5 on forms of 4 questions");
    CHECK(shortfalls[0].pos.line == 21);
  }
  SECTION("fewer matching questions than the forms need") {
    setup.blueprint.overlap = 0;
    CountConstraint& c = setup.count(22, 1);
    c.select.competency = located("1.2");
    c.select.level = located("TC");
    auto shortfalls = setup.check(2);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "competency 1.2, level TC: 2 forms with at most 0 questions shared between two forms of at least 1 "
          "question need at least 2 questions; the banks have 1 active");
    CHECK(shortfalls[0].pos.line == 22);
  }
  SECTION("a single form: the minimum itself") {
    setup.count(23, 4).select.type = QuestionType::true_false;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "type true_false: 1 form of at least 4 questions need at least 4 questions; the banks have 3 active");
    CHECK(shortfalls[0].pos.line == 23);
  }
  SECTION("exposure") {
    setup.blueprint.exposure = 0.5;
    setup.count(24, 2).select.tag = located("ai");
    setup.question("S1").tags = {"ai"};
    setup.question("T3").tags = {"ai", "khac"};
    setup.question("M1").tags = {"ai"};
    auto shortfalls = setup.check(4);  // 4 forms * 2 / 2 uses = 4 questions; 3 have the tag
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "tag ai: 4 forms with each question on at most 2 forms of at least 2 questions need at least 4 "
          "questions; the banks have 3 active");
  }
  SECTION("a maximum alone is never short") {
    setup.count(25, 0, 0).select.tag = located("nowhere");
    CHECK(setup.check(4).empty());
  }
}

TEST_CASE("check_counts: constraints that split a form", "[exam][feasibility]") {
  Setup setup;
  SECTION("area minimums add up to more than a form") {
    setup.count(30, 3).select.area = located("2");
    setup.count(31, 2).select.area = located("1");
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "the minimums per area add up to 5, more than the 4 questions of a form");
    CHECK(shortfalls[0].pos.line == 30);  // the first constraint of that kind in the file
  }
  SECTION("competency minimums") {
    setup.count(32, 3).select.competency = located("1.1");
    setup.count(33, 1).select.competency = located("1.2");
    setup.count(34, 1).select.competency = located("2.1");
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "the minimums per competency add up to 5, more than the 4 questions of a form");
  }
  SECTION("type maximums that cover every question add up to less than a form") {
    setup.count(35, 0, 1).select.type = QuestionType::single;
    setup.count(36, 0, 1).select.type = QuestionType::true_false;
    setup.count(37, 0, 1).select.type = QuestionType::multiple;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "the maximums per type add up to 3, fewer than the 4 questions of a form");
    CHECK(shortfalls[0].pos.line == 35);  // the first type constraint in the file
  }
  SECTION("two constraints on one area combine into one range") {
    setup.count(30, 0, 1).select.area = located("1");
    setup.count(31, 3).select.area = located("1");
    auto shortfalls = setup.check(1);
    REQUIRE(!shortfalls.empty());
    CHECK(shortfalls[0].message == "the constraints on area 1 ask for at least 3 and at most 1");
    CHECK(shortfalls[0].pos.line == 31);
  }
  SECTION("maximums that leave some questions uncounted are fine") {
    setup.count(35, 0, 1).select.type = QuestionType::single;
    setup.count(36, 0, 1).select.type = QuestionType::true_false;
    CHECK(setup.check(1).empty());
  }
  SECTION("mixed selectors are no partition") {
    CountConstraint& c = setup.count(38, 3);
    c.select.area = located("1");
    c.select.type = QuestionType::single;
    setup.count(39, 2).select.area = located("2");
    CHECK(setup.check(1).empty());
  }
}

TEST_CASE("check_counts: points and difficulty out of reach", "[exam][feasibility]") {
  Setup setup;
  SECTION("the lowest-scored questions are above the maximum") {
    setup.blueprint.points_max = 3;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "the 4 lowest-scored questions already give 4 points, above the maximum of 3");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.points_pos));
  }
  SECTION("the highest-scored questions are below the minimum") {
    setup.blueprint.points_min = 5.5;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message == "the 4 highest-scored questions give only 5 points, below the minimum of 5.5");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.points_pos));
  }
  SECTION("points exactly reachable") {
    setup.blueprint.points_min = 5;
    setup.blueprint.points_max = 5;
    CHECK(setup.check(1).empty());
  }
  SECTION("a mean difficulty above every form") {
    setup.blueprint.difficulty_mean = 2;
    setup.blueprint.difficulty_tolerance = 0.1;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "a mean difficulty of 2.00 ± 0.1 is out of reach: forms of 4 questions from these banks range from -1.00 "
          "to 0.90");
    CHECK(same_pos(shortfalls[0].pos, setup.blueprint.difficulty_pos));
  }
  SECTION("a mean difficulty below every form") {
    setup.blueprint.difficulty_mean = -1.5;
    setup.blueprint.difficulty_tolerance = 0.25;
    auto shortfalls = setup.check(1);
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].message ==
          "a mean difficulty of -1.50 ± 0.25 is out of reach: forms of 4 questions from these banks range from "
          "-1.00 to 0.90");
  }
  SECTION("the tolerance reaches the range") {
    setup.blueprint.difficulty_mean = -1.5;
    setup.blueprint.difficulty_tolerance = 0.5;
    CHECK(setup.check(1).empty());
  }
  SECTION("without a mean, the pool's mean is the target and always reachable") {
    setup.blueprint.difficulty_tolerance = 0;
    CHECK(setup.check(1).empty());
  }
}

TEST_CASE("check_counts reports every shortfall, in a fixed order", "[exam][feasibility]") {
  Setup setup;
  setup.blueprint.fixed = {located("NOPE")};
  setup.count(50, 5).select.tag = located("x");
  setup.blueprint.points_max = 1;
  auto shortfalls = setup.check(1);
  REQUIRE(shortfalls.size() == 3);
  CHECK(shortfalls[0].message.rfind("fixed question NOPE", 0) == 0);
  CHECK(shortfalls[1].message == "tag x: at least 5 on forms of 4 questions");
  CHECK(shortfalls[2].message.rfind("the 4 lowest-scored questions", 0) == 0);
}

TEST_CASE("check_counts in Vietnamese: E601's numbers stay, the words follow the interface", "[exam][feasibility][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  Setup setup;
  for (const char* id : {"S1", "S2", "S3", "S4", "S5"}) {
    setup.question(id).status = QuestionStatus::retired;
  }
  setup.blueprint.length = 3;
  setup.blueprint.overlap = 1;
  auto shortfalls = setup.check(4);
  REQUIRE(shortfalls.size() == 1);
  CHECK(shortfalls[0].message ==
        "chỉ có 5 câu hỏi đủ điều kiện (đang dùng, thuộc các ngân hàng câu hỏi của khung năng lực fw, ở các trình độ "
        "mà vị trí dbqh tính đến: CB, TC); để lập 4 đề, hai đề dùng chung tối đa 1 câu hỏi, mỗi đề 3 câu hỏi, cần ít "
        "nhất 6 câu hỏi");
  CHECK(shortfalls[0].hint ==
        "hãy soạn thêm câu hỏi ở các trình độ đó, hoặc giảm số đề hay cho phép dùng chung nhiều hơn (overlap)");
}
