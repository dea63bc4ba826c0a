// Tests of src/exam/assemble.cpp: parallel forms chosen by one mixed-integer program per form.
#include "exam/assemble.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "blueprint/feasibility.hpp"
#include "exam_test_support.hpp"

using hocvu::Assembly;
using hocvu::Bank;
using hocvu::Blueprint;
using hocvu::CountConstraint;
using hocvu::Level;
using hocvu::Model;
using hocvu::Pool;
using hocvu::Pos;
using hocvu::Question;
using hocvu::QuestionType;
using hocvu::test::joined;
using hocvu::test::located;

namespace {

const QuestionType kTypes[] = {QuestionType::single,     QuestionType::single,  QuestionType::multiple,
                               QuestionType::true_false, QuestionType::numeric, QuestionType::short_text};

// Framework fw with areas 1 (1.1, 1.2), 2 (2.1, 2.2) and 3 (3.1); role dbqh at CB, TC for 3.1.
// One bank of 12 questions per competency (60), at the level the role requires, with types
// cycling through single, single, multiple, true_false, numeric, short_text; every fifth worth
// 2 points; difficulties spread over [-1, 1]; every third tagged "ai"; a few enemy pairs.
struct Setup {
  Model model;
  Blueprint blueprint;
  Pool pool;

  explicit Setup(int per_competency = 12) : blueprint(hocvu::test::make_blueprint(8)) {
    model.frameworks.push_back(hocvu::test::make_framework(
        "fw", {Level{located("CB"), "Cơ bản", -0.5}, Level{located("TC"), "Trung cấp", 0.5}},
        {{"1", {"1.1", "1.2"}}, {"2", {"2.1", "2.2"}}, {"3", {"3.1"}}},
        {hocvu::test::make_role("dbqh", "CB", {{"3.1", "TC"}})}));

    Bank bank = hocvu::test::make_bank("b1", "fw", {});
    int n = 0;
    for (const char* competency : {"1.1", "1.2", "2.1", "2.2", "3.1"}) {
      for (int i = 0; i < per_competency; ++i, ++n) {
        Question q = hocvu::test::make_question("Q" + std::string(competency) + "-" + std::to_string(i + 1), competency,
                                                std::string(competency) == "3.1" ? "TC" : "CB", kTypes[n % 6]);
        q.points = n % 5 == 4 ? 2 : 1;
        if (n % 7 != 3) {  // the rest keep their level's default
          q.difficulty = ((n * 37) % 21 - 10) / 10.0;
        }
        if (n % 3 == 0) {
          q.tags = {"ai"};
        }
        if (n % 11 == 1 && i > 0) {
          q.enemies = {bank.questions.back().id};
        }
        bank.questions.push_back(q);
      }
    }
    model.banks.push_back(bank);

    blueprint.forms = 4;
    blueprint.seed = 2026;
  }

  // The blueprint of most tests: every kind of constraint.
  void full_blueprint() {
    count(1, 2, 4).select.area = located("1");
    count(2, 2, 4).select.area = located("2");
    count(3, 1, 3).select.area = located("3");
    count(4, 1, 2).select.type = QuestionType::multiple;
    count(5, 0, 5).select.type = QuestionType::single;
    count(6, 1).select.competency = located("3.1");
    count(7, 1, 3).select.tag = located("ai");
    count(8, 0, 2).select.level = located("TC");
    blueprint.points_min = 8;
    blueprint.points_max = 10;
    blueprint.difficulty_tolerance = 0.2;
    blueprint.overlap = 2;
    blueprint.exposure = 0.5;
  }

  CountConstraint& count(uint32_t line, uint32_t min, uint32_t max = UINT32_MAX) {
    return hocvu::test::add_count(blueprint, Pos{2, line, 7}, min, max);
  }

  // Builds the pool (after the model and blueprint are final) and assembles.
  Assembly assemble(uint32_t forms, uint64_t seed) {
    pool = hocvu::test::pool_of(model, blueprint);
    return hocvu::assemble_forms(blueprint, pool, forms, seed);
  }
};

std::set<uint32_t> as_set(const std::vector<uint32_t>& form) {
  return std::set<uint32_t>(form.begin(), form.end());
}

std::vector<std::set<uint32_t>> as_sets(const Assembly& assembly) {
  std::vector<std::set<uint32_t>> out;
  for (const auto& form : assembly.forms) {
    out.push_back(as_set(form));
  }
  return out;
}

// Checks every constraint of the blueprint on every form, and across forms.
void check_constraints(const Setup& setup, const Assembly& assembly, uint32_t forms) {
  const Blueprint& blueprint = setup.blueprint;
  const Pool& pool = setup.pool;
  REQUIRE(assembly.forms.size() == forms);
  double target = blueprint.difficulty_mean.value_or(pool.default_target);
  std::map<uint32_t, uint32_t> uses;
  for (size_t f = 0; f < assembly.forms.size(); ++f) {
    const auto& form = assembly.forms[f];
    INFO("form " << f + 1);
    CHECK(form.size() == blueprint.length);
    CHECK(as_set(form).size() == form.size());  // no question twice
    double points = 0, difficulty = 0;
    for (uint32_t item : form) {
      REQUIRE(item < pool.items.size());
      points += pool.items[item].question->points;
      difficulty += pool.items[item].difficulty;
      ++uses[item];
    }
    for (const auto& count : blueprint.counts) {
      INFO("count " << hocvu::describe(count.select));
      auto n = std::count_if(form.begin(), form.end(),
                             [&](uint32_t item) { return hocvu::matches(count.select, pool.items[item]); });
      CHECK(static_cast<uint32_t>(n) >= count.min);
      CHECK(static_cast<uint32_t>(n) <= count.max);
    }
    if (blueprint.points_min) {
      CHECK(points >= *blueprint.points_min - 1e-9);
    }
    if (blueprint.points_max) {
      CHECK(points <= *blueprint.points_max + 1e-9);
    }
    if (blueprint.difficulty_tolerance) {
      CHECK(std::fabs(difficulty / form.size() - target) <= *blueprint.difficulty_tolerance + 1e-9);
    }
    for (auto [a, b] : pool.enemies) {
      CHECK_FALSE((as_set(form).count(a) > 0 && as_set(form).count(b) > 0));
    }
    for (uint32_t fixed : pool.fixed) {
      CHECK(as_set(form).count(fixed) == 1);
    }
  }
  if (blueprint.overlap) {
    auto sets = as_sets(assembly);
    for (size_t i = 0; i < sets.size(); ++i) {
      for (size_t j = i + 1; j < sets.size(); ++j) {
        std::vector<uint32_t> shared;
        std::set_intersection(sets[i].begin(), sets[i].end(), sets[j].begin(), sets[j].end(),
                              std::back_inserter(shared));
        INFO("forms " << i + 1 << " and " << j + 1);
        CHECK(shared.size() <= *blueprint.overlap);
      }
    }
  }
  uint32_t most = hocvu::max_uses(blueprint, forms);
  for (auto [item, n] : uses) {
    bool fixed = std::count(pool.fixed.begin(), pool.fixed.end(), item) > 0;
    if (!fixed) {
      INFO("question " << pool.items[item].question->id.value);
      CHECK(n <= most);
    }
  }
}

}  // namespace

TEST_CASE("assemble_forms: every constraint holds on every form", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  Assembly assembly = setup.assemble(4, 2026);
  INFO(joined(assembly.problems));
  REQUIRE(assembly.problems.empty());
  REQUIRE(setup.pool.items.size() == 60);
  REQUIRE_FALSE(setup.pool.enemies.empty());
  check_constraints(setup, assembly, 4);

  SECTION("the solver report") {
    CHECK(assembly.report.solver.rfind("GLPK ", 0) == 0);
    CHECK((assembly.report.status == "optimal" || assembly.report.status == "feasible"));
    CHECK(assembly.report.candidates >= 4 * 8);
  }
}

TEST_CASE("assemble_forms: overlap is respected across many forms", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  setup.blueprint.overlap = 1;
  setup.blueprint.exposure.reset();
  Assembly assembly = setup.assemble(6, 7);
  INFO(joined(assembly.problems));
  REQUIRE(assembly.problems.empty());
  check_constraints(setup, assembly, 6);
}

TEST_CASE("assemble_forms: exposure spreads the questions", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  setup.blueprint.overlap.reset();
  setup.blueprint.exposure = 0.25;  // each question on 1 of 4 forms: 32 different questions
  Assembly assembly = setup.assemble(4, 99);
  INFO(joined(assembly.problems));
  REQUIRE(assembly.problems.empty());
  check_constraints(setup, assembly, 4);
  std::set<uint32_t> all;
  for (const auto& form : assembly.forms) {
    all.insert(form.begin(), form.end());
  }
  CHECK(all.size() == 32);
}

TEST_CASE("assemble_forms: fixed questions are on every form", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  setup.blueprint.fixed = {located("Q1.1-1"), located("Q3.1-2")};
  Assembly assembly = setup.assemble(4, 5);
  INFO(joined(assembly.problems));
  REQUIRE(assembly.problems.empty());
  REQUIRE(setup.pool.fixed.size() == 2);
  check_constraints(setup, assembly, 4);
}

TEST_CASE("assemble_forms: an explicit mean difficulty is met", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  setup.blueprint.difficulty_mean = 0.3;
  setup.blueprint.difficulty_tolerance = 0.05;
  Assembly assembly = setup.assemble(3, 11);
  INFO(joined(assembly.problems));
  REQUIRE(assembly.problems.empty());
  check_constraints(setup, assembly, 3);
}

TEST_CASE("assemble_forms is deterministic in its seed", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  Assembly first = setup.assemble(4, 2026);
  Assembly again = setup.assemble(4, 2026);
  REQUIRE(first.problems.empty());
  CHECK(as_sets(first) == as_sets(again));
  CHECK(first.report.candidates == again.report.candidates);
  CHECK(first.report.branch_nodes == again.report.branch_nodes);

  Assembly other = setup.assemble(4, 2027);
  REQUIRE(other.problems.empty());
  check_constraints(setup, other, 4);
  CHECK(as_sets(first) != as_sets(other));
  // Not merely the same forms in another order.
  auto a = as_sets(first), b = as_sets(other);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  CHECK(a != b);
}

TEST_CASE("assemble_forms: a single form, and no constraints but the length", "[exam][assemble]") {
  Setup setup;
  Assembly assembly = setup.assemble(1, 1);
  REQUIRE(assembly.problems.empty());
  check_constraints(setup, assembly, 1);
}

TEST_CASE("report_shortfalls: what counting finds is an E601 at the constraint, before any solving", "[exam][assemble]") {
  Setup setup;
  setup.full_blueprint();
  setup.blueprint.id.value = "bp";
  setup.model.files = {"bp.yaml"};
  setup.blueprint.counts[5].min = 7;  // competency 3.1: at least 7 on each of 4 forms
  setup.blueprint.counts[5].pos = Pos{0, 12, 5};
  setup.pool = hocvu::build_pool(setup.model, setup.blueprint, setup.model.frameworks[0],
                                 setup.model.frameworks[0].roles[0]);
  hocvu::Diagnostics found;
  hocvu::report_shortfalls(setup.blueprint, setup.pool, 4, hocvu::ModelReporter(setup.model, found));
  // By overlap 7 + 5 + 3 + 1 = 16 questions, by exposure 4 * 7 / 2 = 14: 16.
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == hocvu::Rule::blueprint_unsatisfiable);
  CHECK(found[0].where.file == "bp.yaml");
  CHECK(found[0].where.line == 12);
  CHECK(found[0].where.column == 5);
  CHECK(found[0].message ==
        "blueprint bp: competency 3.1: 4 forms with at most 2 questions shared between two forms and each question "
        "on at most 2 forms of at least 7 questions need at least 16 questions; the banks have 12 active");
}

TEST_CASE("assemble_forms: an infeasible form names the constraint to blame", "[exam][assemble]") {
  Setup setup;
  SECTION("enemies") {
    // The only two multiple-choice questions of 3.1 (Q3.1-3 and Q3.1-9), and a form needs both.
    auto need_both = [](Setup& s) {
      CountConstraint& both = s.count(1, 2);
      both.select.competency = located("3.1");
      both.select.type = QuestionType::multiple;
    };
    Setup unlinked;
    need_both(unlinked);
    Assembly built = unlinked.assemble(1, 3);
    CHECK(built.problems.empty());  // possible while they are not enemies
    for (auto& q : setup.model.banks[0].questions) {
      if (q.id.value == "Q3.1-9") {
        q.enemies.push_back(located("Q3.1-3"));
      }
    }
    need_both(setup);
    Assembly assembly = setup.assemble(1, 3);
    REQUIRE(assembly.problems.size() == 1);
    CHECK(assembly.problems[0] ==
          "form 1 cannot be built; it could be without the enemies of its "
          "questions");
    CHECK(assembly.forms.empty());
    CHECK(assembly.report.status == "infeasible");
  }
  SECTION("the points constraint against a count") {
    // Every multiple-choice question is worth 2 points; forms of 8 with at most 8 points need
    // 1-point questions only, yet must hold a multiple-choice question.
    for (auto& q : setup.model.banks[0].questions) {
      q.points = q.type == QuestionType::multiple ? 2 : 1;
    }
    setup.count(1, 1).select.type = QuestionType::multiple;
    setup.blueprint.points_max = 8;
    Assembly assembly = setup.assemble(2, 3);
    REQUIRE(assembly.problems.size() == 1);
    CHECK(assembly.problems[0] ==
          "form 1 cannot be built; it could be without the points constraint");
  }
  SECTION("the overlap with earlier forms") {
    // Two groups of three questions, each needing two per form: the second form must reuse
    // one of each group, two shared questions, where the overlap allows one.
    for (auto& q : setup.model.banks[0].questions) {
      q.tags.clear();
    }
    for (const char* id : {"Q1.1-4", "Q1.1-5", "Q1.1-6"}) {
      for (auto& q : setup.model.banks[0].questions) {
        if (q.id.value == id) q.tags = {"nhom-a"};
      }
    }
    for (const char* id : {"Q2.1-1", "Q2.1-2", "Q2.1-3"}) {
      for (auto& q : setup.model.banks[0].questions) {
        if (q.id.value == id) q.tags = {"nhom-b"};
      }
    }
    setup.count(1, 2).select.tag = located("nhom-a");
    setup.count(2, 2).select.tag = located("nhom-b");
    setup.blueprint.overlap = 1;
    Assembly assembly = setup.assemble(2, 3);
    REQUIRE(assembly.problems.size() == 1);
    CHECK(assembly.problems[0] ==
          "form 2 cannot be built together with the forms before it; it could be without 'overlap: 1' (the "
          "earlier forms already use the questions it needs)");
    CHECK(assembly.forms.empty());
  }
  SECTION("a count constraint against the difficulty") {
    // The 3.1 questions are the hardest: forms that must hold six of them cannot stay easy.
    for (auto& q : setup.model.banks[0].questions) {
      q.difficulty = q.competency.value == "3.1" ? 2.0 : -1.0;
    }
    setup.count(1, 6).select.competency = located("3.1");
    setup.blueprint.difficulty_mean = -0.5;
    setup.blueprint.difficulty_tolerance = 0.3;
    Assembly assembly = setup.assemble(1, 3);
    REQUIRE(assembly.problems.size() == 1);
    CHECK(assembly.problems[0] ==
          "form 1 cannot be built; it could be without the difficulty "
          "constraint");
  }
}
