// Tests of src/exam/build_exam.cpp: chosen questions turned into forms as candidates see them.
#include "exam/build_exam.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "exam_test_support.hpp"

using hocvu::Assembly;
using hocvu::Bank;
using hocvu::Blueprint;
using hocvu::Exam;
using hocvu::Level;
using hocvu::Model;
using hocvu::Pool;
using hocvu::Question;
using hocvu::QuestionOrder;
using hocvu::QuestionType;
using hocvu::test::located;

namespace {

// Framework fw: area 1 (1.1, 1.2), area 2 (2.1), area 3 (3.1); role dbqh at CB. One bank of
// 16 questions whose order in the bank is not the framework's: 4 per competency, starting with
// 3.1. Types cycle single (4 options), multiple (5 options), true_false, numeric; points 1, 2,
// 1, 0.5 in turn; difficulties -1.5 to 0.75 in steps of 0.15.
struct Setup {
  Model model;
  Blueprint blueprint;
  Pool pool;
  Assembly assembly;

  Setup() : blueprint(hocvu::test::make_blueprint(6)) {
    model.frameworks.push_back(hocvu::test::make_framework("fw", {Level{located("CB"), "Cơ bản", -1.0}},
                                                           {{"1", {"1.1", "1.2"}}, {"2", {"2.1"}}, {"3", {"3.1"}}},
                                                           {hocvu::test::make_role("dbqh", "CB")}));

    Bank bank = hocvu::test::make_bank("b1", "fw", {});
    int n = 0;
    for (const char* competency : {"3.1", "1.2", "2.1", "1.1"}) {
      for (int i = 0; i < 4; ++i, ++n) {
        const QuestionType types[] = {QuestionType::single, QuestionType::multiple, QuestionType::true_false,
                                      QuestionType::numeric};
        Question q = hocvu::test::make_question("Q" + std::string(competency) + "-" + std::to_string(i + 1),
                                                competency, "CB", types[n % 4]);
        int options = q.type == QuestionType::single ? 4 : q.type == QuestionType::multiple ? 5 : 0;
        q.has_options = options > 0;
        for (int o = 0; o < options; ++o) {
          std::string key(1, static_cast<char>('a' + o));
          q.options.push_back(hocvu::Option{located(key), located("Phương án " + key)});
        }
        const double points[] = {1, 2, 1, 0.5};
        q.points = points[n % 4];
        q.difficulty = -1.5 + 0.15 * n;
        q.tags = n % 3 == 0 ? std::vector<std::string>{"ai"} : std::vector<std::string>{};
        bank.questions.push_back(q);
      }
    }
    model.banks.push_back(bank);

    blueprint.order = QuestionOrder::by_area;
    blueprint.shuffle_options = true;
    hocvu::test::add_count(blueprint, {}, 1).select.area = located("1");
    hocvu::test::add_count(blueprint, {}, 0, 3).select.type = QuestionType::multiple;
    hocvu::test::add_count(blueprint, {}, 0).select.tag = located("ai");

    pool = hocvu::test::pool_of(model, blueprint);
    // Three forms, their pool indices in no particular order.
    assembly.forms = {{15, 0, 7, 3, 12, 9}, {1, 14, 8, 4, 10, 13}, {2, 6, 11, 5, 0, 15}};
    assembly.report.solver = "GLPK test";
    assembly.report.status = "feasible";
    assembly.report.candidates = 48;
    assembly.report.branch_nodes = 7;
  }

  Exam build(uint64_t seed) const {
    return hocvu::build_exam(blueprint, model.frameworks[0], model.frameworks[0].roles[0], pool, assembly, seed);
  }

  size_t index_of(const Question* question) const {
    for (size_t i = 0; i < pool.items.size(); ++i) {
      if (pool.items[i].question == question) {
        return i;
      }
    }
    FAIL("the question is not in the pool");
    return 0;
  }
};

// Per form: the pool indices in paper order.
std::vector<std::vector<size_t>> paper_orders(const Setup& setup, const Exam& exam) {
  std::vector<std::vector<size_t>> out;
  for (const auto& form : exam.forms) {
    std::vector<size_t> order;
    for (const auto& item : form.items) {
      order.push_back(setup.index_of(item.question));
    }
    out.push_back(order);
  }
  return out;
}

std::vector<std::vector<std::vector<size_t>>> option_orders(const Exam& exam) {
  std::vector<std::vector<std::vector<size_t>>> out;
  for (const auto& form : exam.forms) {
    out.emplace_back();
    for (const auto& item : form.items) {
      out.back().push_back(item.option_order);
    }
  }
  return out;
}

std::vector<size_t> identity(size_t n) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  return order;
}

}  // namespace

TEST_CASE("form_code numbers forms from 101", "[exam][build_exam]") {
  CHECK(hocvu::form_code(0) == "101");
  CHECK(hocvu::form_code(1) == "102");
  CHECK(hocvu::form_code(9) == "110");
  CHECK(hocvu::form_code(99) == "200");
}

TEST_CASE("build_exam: forms, codes and what the exam records", "[exam][build_exam]") {
  Setup setup;
  REQUIRE(setup.pool.items.size() == 16);
  Exam exam = setup.build(2026);
  CHECK(exam.blueprint == &setup.blueprint);
  CHECK(exam.framework == &setup.model.frameworks[0]);
  CHECK(exam.role == &setup.model.frameworks[0].roles[0]);
  CHECK(exam.seed == 2026);
  CHECK(exam.solver.solver == "GLPK test");
  CHECK(exam.solver.status == "feasible");
  CHECK(exam.solver.candidates == 48);
  CHECK(exam.solver.branch_nodes == 7);
  CHECK(exam.inputs.empty());
  REQUIRE(exam.forms.size() == 3);
  CHECK(exam.forms[0].id == "101");
  CHECK(exam.forms[1].id == "102");
  CHECK(exam.forms[2].id == "103");

  SECTION("each form holds exactly the questions assembly chose") {
    auto orders = paper_orders(setup, exam);
    for (size_t f = 0; f < 3; ++f) {
      std::vector<size_t> chosen(setup.assembly.forms[f].begin(), setup.assembly.forms[f].end());
      std::vector<size_t> placed = orders[f];
      std::sort(chosen.begin(), chosen.end());
      std::sort(placed.begin(), placed.end());
      CHECK(placed == chosen);
    }
  }
  SECTION("items carry their place and the difficulty used for assembly") {
    for (const auto& form : exam.forms) {
      for (const auto& item : form.items) {
        const auto& pooled = setup.pool.items[setup.index_of(item.question)];
        CHECK(item.area == pooled.area);
        CHECK(item.competency == pooled.competency);
        CHECK(item.difficulty == pooled.difficulty);
      }
    }
  }
}

TEST_CASE("build_exam: by_area puts the questions in framework order", "[exam][build_exam]") {
  Setup setup;
  for (uint64_t seed : {1u, 2u, 2026u}) {
    Exam exam = setup.build(seed);
    for (const auto& form : exam.forms) {
      INFO("seed " << seed << ", form " << form.id);
      for (size_t i = 1; i < form.items.size(); ++i) {
        const auto& before = setup.pool.items[setup.index_of(form.items[i - 1].question)];
        const auto& after = setup.pool.items[setup.index_of(form.items[i].question)];
        CHECK(before.area_index <= after.area_index);
        CHECK(before.competency_index <= after.competency_index);
      }
    }
  }
  SECTION("the first form: 1.1, 1.2, 2.1, then 3.1") {
    Exam exam = setup.build(2026);
    std::vector<std::string> competencies;
    for (const auto& item : exam.forms[0].items) {
      competencies.push_back(item.competency->id.value);
    }
    // Form 1 is pool items 15, 0, 7, 3, 12, 9: 1.1, 3.1, 1.2, 3.1, 1.1, 2.1.
    CHECK(competencies == std::vector<std::string>{"1.1", "1.1", "1.2", "2.1", "3.1", "3.1"});
  }
}

TEST_CASE("build_exam: the seed orders questions within a competency", "[exam][build_exam]") {
  Setup setup;
  // Form 1 has two 1.1 questions (pool 12 and 15) and two 3.1 questions (0 and 3): some seed
  // puts each pair both ways round.
  std::set<std::vector<size_t>> seen;
  for (uint64_t seed = 0; seed < 32; ++seed) {
    seen.insert(paper_orders(setup, setup.build(seed))[0]);
  }
  CHECK(seen.size() > 1);
}

TEST_CASE("build_exam: shuffled order is a seeded permutation", "[exam][build_exam]") {
  Setup setup;
  setup.blueprint.order = QuestionOrder::shuffled;
  bool any_out_of_area_order = false;
  for (uint64_t seed = 0; seed < 16; ++seed) {
    Exam exam = setup.build(seed);
    auto orders = paper_orders(setup, exam);
    for (size_t f = 0; f < orders.size(); ++f) {
      std::vector<size_t> chosen(setup.assembly.forms[f].begin(), setup.assembly.forms[f].end());
      std::vector<size_t> placed = orders[f];
      std::sort(chosen.begin(), chosen.end());
      std::sort(placed.begin(), placed.end());
      CHECK(placed == chosen);
      for (size_t i = 1; i < orders[f].size(); ++i) {
        any_out_of_area_order |=
            setup.pool.items[orders[f][i - 1]].area_index > setup.pool.items[orders[f][i]].area_index;
      }
    }
  }
  CHECK(any_out_of_area_order);
}

TEST_CASE("build_exam: option_order is a permutation of the options", "[exam][build_exam]") {
  Setup setup;
  bool any_shuffled = false;
  for (uint64_t seed : {1u, 7u, 2026u}) {
    Exam exam = setup.build(seed);
    for (const auto& form : exam.forms) {
      for (const auto& item : form.items) {
        size_t n = item.question->options.size();
        REQUIRE(item.option_order.size() == n);
        std::vector<size_t> sorted = item.option_order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == identity(n));
        any_shuffled |= item.option_order != identity(n);
        if (n == 0) {
          CHECK((item.question->type == QuestionType::true_false || item.question->type == QuestionType::numeric));
        }
      }
    }
  }
  CHECK(any_shuffled);
}

TEST_CASE("build_exam: option_order is the identity when shuffle_options is false", "[exam][build_exam]") {
  Setup setup;
  setup.blueprint.shuffle_options = false;
  for (uint64_t seed : {1u, 7u, 2026u}) {
    Exam exam = setup.build(seed);
    for (const auto& form : exam.forms) {
      for (const auto& item : form.items) {
        CHECK(item.option_order == identity(item.question->options.size()));
      }
    }
  }
}

TEST_CASE("build_exam is deterministic in its seed", "[exam][build_exam]") {
  Setup setup;
  setup.blueprint.order = QuestionOrder::shuffled;
  Exam a = setup.build(5);
  Exam b = setup.build(5);
  CHECK(paper_orders(setup, a) == paper_orders(setup, b));
  CHECK(option_orders(a) == option_orders(b));
  Exam c = setup.build(6);
  CHECK((paper_orders(setup, a) != paper_orders(setup, c) || option_orders(a) != option_orders(c)));

  SECTION("the order of the assembly's indices does not matter") {
    Setup reversed;
    reversed.blueprint.order = QuestionOrder::shuffled;
    for (auto& form : reversed.assembly.forms) {
      std::reverse(form.begin(), form.end());
    }
    Exam d = reversed.build(5);
    CHECK(paper_orders(reversed, d) == paper_orders(setup, a));
    CHECK(option_orders(d) == option_orders(a));
  }
}

TEST_CASE("build_exam: no forms from an empty assembly", "[exam][build_exam]") {
  Setup setup;
  setup.assembly.forms.clear();
  Exam exam = setup.build(1);
  CHECK(exam.forms.empty());
  CHECK(exam.solver.solver == "GLPK test");
}
