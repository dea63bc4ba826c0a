// Tests of src/exam/pool.cpp: which questions a blueprint may draw from, and the selectors of
// count constraints.
#include "blueprint/pool.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "exam_test_support.hpp"
#include "lint_test_support.hpp"

using hocvu::Blueprint;
using hocvu::CountSelector;
using hocvu::Framework;
using hocvu::Level;
using hocvu::Model;
using hocvu::Pool;
using hocvu::PoolItem;
using hocvu::Question;
using hocvu::QuestionStatus;
using hocvu::QuestionType;
using hocvu::test::located;
using hocvu::test::make_bank;
using hocvu::test::make_question;
using hocvu::test::pool_of;

namespace {

// small_framework, with a third level NC that has no default difficulty.
Framework make_framework(const std::string& id = "fw") {
  Framework framework = hocvu::test::small_framework(id);
  framework.levels.push_back(Level{located("NC"), "Nâng cao", std::nullopt});
  return framework;
}

Blueprint make_blueprint() {
  return hocvu::test::make_blueprint(2);
}

std::vector<std::string> ids(const Pool& pool) {
  std::vector<std::string> out;
  for (const auto& item : pool.items) {
    out.push_back(item.question->id.value);
  }
  return out;
}

}  // namespace

TEST_CASE("build_pool keeps active questions at the level the role requires", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework(), make_framework("other")};
  std::vector<Question> questions;
  questions.push_back(make_question("ok-1.1", "1.1", "CB"));
  questions.push_back(make_question("draft", "1.1", "CB"));
  questions.back().status = QuestionStatus::draft;
  questions.push_back(make_question("retired", "1.1", "CB"));
  questions.back().status = QuestionStatus::retired;
  questions.push_back(make_question("tc-for-1.1", "1.1", "TC"));   // role wants CB for 1.1
  questions.push_back(make_question("cb-for-1.2", "1.2", "CB"));   // role wants TC for 1.2
  questions.push_back(make_question("ok-1.2", "1.2", "TC"));
  questions.push_back(make_question("no-type", "2.1", "CB"));
  questions.back().type.reset();
  questions.push_back(make_question("unknown-competency", "9.9", "CB"));
  questions.push_back(make_question("ok-2.1", "2.1", "CB", QuestionType::numeric));
  model.banks.push_back(make_bank("b1", "fw", std::move(questions)));
  model.banks.push_back(make_bank("b2", "other", {make_question("other-framework", "1.1", "CB")}));
  model.banks.push_back(make_bank("b3", "fw", {make_question("second-bank", "2.1", "CB")}));

  Blueprint blueprint = make_blueprint();
  Pool pool = pool_of(model, blueprint);
  CHECK(ids(pool) == std::vector<std::string>{"ok-1.1", "ok-1.2", "ok-2.1", "second-bank"});

  SECTION("places: area and competency, and their positions in the framework") {
    const PoolItem& first = pool.items[0];
    CHECK(first.area->id.value == "1");
    CHECK(first.competency->id.value == "1.1");
    CHECK(first.area_index == 0);
    CHECK(first.competency_index == 0);
    const PoolItem& second = pool.items[1];
    CHECK(second.area->id.value == "1");
    CHECK(second.competency->id.value == "1.2");
    CHECK(second.area_index == 0);
    CHECK(second.competency_index == 1);
    const PoolItem& third = pool.items[2];
    CHECK(third.area->id.value == "2");
    CHECK(third.competency->id.value == "2.1");
    CHECK(third.area_index == 1);
    CHECK(third.competency_index == 2);
    // The pointers lead into the framework itself.
    CHECK(first.area == &model.frameworks[0].areas[0]);
    CHECK(third.competency == &model.frameworks[0].areas[1].competencies[0]);
    CHECK(first.question == &model.banks[0].questions[0]);
  }
  SECTION("nothing to link") {
    CHECK(pool.enemies.empty());
    CHECK(pool.fixed.empty());
    CHECK(pool.missing_fixed.empty());
  }
}

TEST_CASE("build_pool: a role without a baseline draws only from its requirements", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework()};
  model.frameworks[0].roles[0].baseline.reset();
  model.banks.push_back(make_bank("b1", "fw",
                                  {make_question("q1", "1.1", "CB"), make_question("q2", "1.2", "TC"),
                                   make_question("q3", "2.1", "CB")}));
  Pool pool = pool_of(model, make_blueprint());
  CHECK(ids(pool) == std::vector<std::string>{"q2"});
}

TEST_CASE("build_pool: difficulty is the question's, or its level's default", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework()};
  model.frameworks[0].roles[0].requirements.push_back(hocvu::Requirement{located("2.1"), located("NC"), {}, {}});
  std::vector<Question> questions;
  questions.push_back(make_question("own", "1.1", "CB"));
  questions.back().difficulty = 1.25;
  questions.push_back(make_question("cb-default", "1.1", "CB"));
  questions.push_back(make_question("tc-default", "1.2", "TC"));
  questions.push_back(make_question("own-zero", "1.2", "TC"));
  questions.back().difficulty = 0.0;
  questions.push_back(make_question("nc-has-no-default", "2.1", "NC"));
  model.banks.push_back(make_bank("b1", "fw", std::move(questions)));

  Pool pool = pool_of(model, make_blueprint());
  REQUIRE(pool.items.size() == 5);
  CHECK(pool.items[0].difficulty == 1.25);
  CHECK(pool.items[1].difficulty == -1.0);
  CHECK(pool.items[2].difficulty == 0.5);
  CHECK(pool.items[3].difficulty == 0.0);
  CHECK(pool.items[4].difficulty == 0.0);
  CHECK(pool.default_target == Approx((1.25 - 1.0 + 0.5 + 0.0 + 0.0) / 5));
}

TEST_CASE("build_pool: an empty pool has target 0", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework()};
  Pool pool = pool_of(model, make_blueprint());
  CHECK(pool.items.empty());
  CHECK(pool.default_target == 0);
}

TEST_CASE("build_pool links enemies as index pairs, each once", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework()};
  std::vector<Question> questions;
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    questions.push_back(make_question(id, "1.1", "CB"));
  }
  questions[0].enemies = {located("b"), located("c")};     // a-b, a-c
  questions[1].enemies = {located("a")};                   // b-a again: the same pair
  questions[2].enemies = {located("c"), located("gone")};  // itself, and a question not in the pool
  questions[3].enemies = {located("draft")};               // an ineligible question
  questions[4].enemies = {located("b"), located("b")};     // e-b twice
  questions.push_back(make_question("draft", "1.1", "CB"));
  questions.back().status = QuestionStatus::draft;
  questions.back().enemies = {located("d")};
  model.banks.push_back(make_bank("b1", "fw", std::move(questions)));

  Pool pool = pool_of(model, make_blueprint());
  REQUIRE(pool.items.size() == 5);
  using Pair = std::pair<uint32_t, uint32_t>;
  CHECK(pool.enemies == std::vector<Pair>{{0, 1}, {0, 2}, {1, 4}});
}

TEST_CASE("build_pool links fixed questions and lists the missing ones", "[exam][pool]") {
  Model model;
  model.frameworks = {make_framework()};
  std::vector<Question> questions;
  questions.push_back(make_question("q1", "1.1", "CB"));
  questions.push_back(make_question("q2", "1.1", "CB"));
  questions.push_back(make_question("q3", "1.2", "TC"));
  questions.push_back(make_question("retired", "1.1", "CB"));
  questions.back().status = QuestionStatus::retired;
  questions.push_back(make_question("wrong-level", "1.2", "CB"));
  model.banks.push_back(make_bank("b1", "fw", std::move(questions)));

  Blueprint blueprint = make_blueprint();
  blueprint.fixed = {located("q3"), located("nowhere"), located("q1"), located("q3"), located("retired"),
                     located("wrong-level")};
  Pool pool = pool_of(model, blueprint);
  CHECK(pool.fixed == std::vector<uint32_t>{2, 0});  // in blueprint order, each once
  CHECK(pool.missing_fixed == std::vector<std::string>{"nowhere", "retired", "wrong-level"});
}

TEST_CASE("build_pool from YAML read through lint_files", "[exam][pool]") {
  // The tiny framework of lint_test_support.hpp: role dbqh, baseline CB, 1.1 at TC.
  const std::string questions =
      "  - id: Q1.1-TC-01\n"
      "    competency: \"1.1\"\n"
      "    level: TC\n"
      "    type: true_false\n"
      "    stem: Có nên kiểm tra nguồn của thông tin không?\n"
      "    answer: true\n"
      "    difficulty: 0.3\n"
      "    tags: [nguon]\n"
      "    enemies: [Q1.2-CB-01]\n"
      "  - id: Q1.1-CB-01\n"
      "    competency: \"1.1\"\n"
      "    level: CB\n"
      "    type: true_false\n"
      "    stem: Mọi trang web đều đáng tin cậy phải không?\n"
      "    answer: false\n"
      "  - id: Q1.2-CB-01\n"
      "    competency: \"1.2\"\n"
      "    level: CB\n"
      "    type: single\n"
      "    stem: Dấu hiệu nào cho thấy một tin có thể là tin giả?\n"
      "    options:\n"
      "      a: Không rõ nguồn\n"
      "      b: Có nguồn chính thức\n"
      "    answer: a\n"
      "    points: 2\n"
      "  - id: Q1.2-CB-02\n"
      "    competency: \"1.2\"\n"
      "    level: CB\n"
      "    type: true_false\n"
      "    status: draft\n"
      "    stem: Tin giả luôn có lỗi chính tả phải không?\n"
      "    answer: false\n";
  const std::string blueprint_yaml =
      "blueprint:\n"
      "  id: bp\n"
      "  title: Đề thử\n"
      "  framework: fw\n"
      "  role: dbqh\n"
      "  level: CB\n"
      "  forms: 1\n"
      "  length: 2\n"
      "  time_limit: 30\n"
      "  pass:\n"
      "    percent: 50\n"
      "constraints:\n"
      "  fixed: [Q1.2-CB-01]\n";
  hocvu::test::MemoryFiles files{{hocvu::test::kFrameworkPath, hocvu::test::kFramework},
                                 {"question-banks/b1.yaml", hocvu::test::bank_yaml(questions)},
                                 {"framework/blueprints/bp.yaml", blueprint_yaml}};
  hocvu::LintResult result = hocvu::test::lint_memory(files);
  INFO(hocvu::test::describe(result.diagnostics));
  const Model& model = result.model;
  REQUIRE(model.frameworks.size() == 1);
  REQUIRE(model.blueprints.size() == 1);
  Pool pool = hocvu::build_pool(model, model.blueprints[0], model.frameworks[0], model.frameworks[0].roles[0]);
  CHECK(ids(pool) == std::vector<std::string>{"Q1.1-TC-01", "Q1.2-CB-01"});
  REQUIRE(pool.items.size() == 2);
  CHECK(pool.items[0].difficulty == Approx(0.3));
  CHECK(pool.items[1].difficulty == 0.0);  // CB has no default difficulty in this framework
  CHECK(pool.items[1].question->points == 2);
  CHECK(pool.enemies == std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}});
  CHECK(pool.fixed == std::vector<uint32_t>{1});
  CHECK(pool.missing_fixed.empty());
  CHECK(pool.default_target == Approx(0.15));
}

TEST_CASE("matches: every field given must match", "[exam][pool]") {
  Framework framework = make_framework();
  Question q = make_question("q", "1.2", "TC", QuestionType::multiple);
  q.tags = {"ai", "bao-mat"};
  PoolItem item;
  item.question = &q;
  item.area = &framework.areas[0];
  item.competency = &framework.areas[0].competencies[1];

  CountSelector select;
  CHECK(hocvu::matches(select, item));  // nothing asked, everything matches

  auto with = [](auto field, auto value) {
    CountSelector s;
    s.*field = value;
    return s;
  };
  CHECK(hocvu::matches(with(&CountSelector::area, located("1")), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::area, located("2")), item));
  CHECK(hocvu::matches(with(&CountSelector::competency, located("1.2")), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::competency, located("1.1")), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::competency, located("1")), item));
  CHECK(hocvu::matches(with(&CountSelector::level, located("TC")), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::level, located("CB")), item));
  CHECK(hocvu::matches(with(&CountSelector::type, QuestionType::multiple), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::type, QuestionType::single), item));
  CHECK(hocvu::matches(with(&CountSelector::tag, located("ai")), item));
  CHECK(hocvu::matches(with(&CountSelector::tag, located("bao-mat")), item));
  CHECK_FALSE(hocvu::matches(with(&CountSelector::tag, located("a")), item));

  select.area = located("1");
  select.competency = located("1.2");
  select.level = located("TC");
  select.type = QuestionType::multiple;
  select.tag = located("ai");
  CHECK(hocvu::matches(select, item));
  select.tag = located("tra-cuu");
  CHECK_FALSE(hocvu::matches(select, item));

  SECTION("a question without a type matches no type selector") {
    q.type.reset();
    CHECK_FALSE(hocvu::matches(with(&CountSelector::type, QuestionType::single), item));
    CHECK(hocvu::matches(with(&CountSelector::area, located("1")), item));
  }
}

TEST_CASE("describe names the selector's fields in a fixed order", "[exam][pool]") {
  CountSelector competency_level;
  competency_level.competency = located("6.2");
  competency_level.level = located("TC");
  CHECK(hocvu::describe(competency_level) == "competency 6.2, level TC");

  CountSelector area;
  area.area = located("1");
  CHECK(hocvu::describe(area) == "area 1");

  CountSelector type;
  type.type = QuestionType::multiple;
  CHECK(hocvu::describe(type) == "type multiple");
  type.type = QuestionType::true_false;
  CHECK(hocvu::describe(type) == "type true_false");

  CountSelector tag;
  tag.tag = located("ai");
  CHECK(hocvu::describe(tag) == "tag ai");

  CountSelector all;
  all.tag = located("ai");
  all.type = QuestionType::short_text;
  all.level = located("CB");
  all.competency = located("1.1");
  all.area = located("1");
  CHECK(hocvu::describe(all) == "area 1, competency 1.1, level CB, type short_text, tag ai");

  CHECK(hocvu::describe(CountSelector{}).empty());
}
