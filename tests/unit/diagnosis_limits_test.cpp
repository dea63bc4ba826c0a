// Tests of the bounds on explaining why a form cannot be built (src/exam/assemble.cpp): the
// explanation leaves out one constraint family at a time and solves again, each on the whole
// pool. When those programs are too hard to settle within the node budget, or within the
// share of the time left that the explanation gets, it says so instead of naming a culprit.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "exam/assemble.hpp"
#include "exam/deadline.hpp"
#include "exam_test_support.hpp"

using hocvu::Assembly;
using hocvu::Deadline;
using hocvu::LocatedText;

namespace {

using hocvu::test::located;

// Single-choice questions of 1 point in `cliques` groups of `size`, every two of a group
// enemies, and four multiple-choice questions of 2 points. Forms of 10 with at most 10 points
// and at least one multiple-choice question: impossible, as the linear relaxation shows at
// once (10 questions of 10 points leave no room for a 2-point one). Counting sees nothing.
// Leaving out the points or the count leaves a program that is impossible too (at most one
// question per group, plus four), but that only branch and bound can show, node by node.
struct Cliques {
  hocvu::Model model;
  hocvu::Blueprint blueprint;
  hocvu::Pool pool;

  Cliques(int cliques, int size) {
    model.frameworks.push_back(hocvu::test::make_framework("fw", {hocvu::Level{located("CB"), "Cơ bản", 0.0}},
                                                           {{"1", {"1.1"}}}, {hocvu::test::make_role("r", "CB")}));
    hocvu::Bank bank;
    bank.id = located("b");
    bank.framework = located("fw");
    auto add = [&](const std::string& id, hocvu::QuestionType type, double points) {
      hocvu::Question q;
      q.id = located(id);
      q.competency = located("1.1");
      q.level = located("CB");
      q.type = type;
      q.points = points;
      bank.questions.push_back(q);
      return &bank.questions.back();
    };
    for (int c = 0; c < cliques; ++c) {
      for (int i = 0; i < size; ++i) {
        auto* q = add("S" + std::to_string(c) + "-" + std::to_string(i), hocvu::QuestionType::single, 1);
        for (int j = 0; j < i; ++j) {
          q->enemies.push_back(located("S" + std::to_string(c) + "-" + std::to_string(j)));
        }
      }
    }
    for (int i = 0; i < 4; ++i) {
      add("M" + std::to_string(i), hocvu::QuestionType::multiple, 2);
    }
    model.banks.push_back(bank);
    blueprint.id = located("bp");
    blueprint.framework = located("fw");
    blueprint.role = located("r");
    blueprint.level = located("CB");
    blueprint.length = 10;
    blueprint.points_max = 10;
    hocvu::CountConstraint multiple{};
    multiple.min = 1;
    multiple.select.type = hocvu::QuestionType::multiple;
    blueprint.counts.push_back(multiple);
  }

  Assembly assemble(const Deadline& deadline) {
    pool = hocvu::build_pool(model, blueprint, model.frameworks[0], model.frameworks[0].roles[0]);
    return hocvu::assemble_forms(blueprint, pool, 1, 5, nullptr, deadline);
  }
};

double seconds_since(Deadline::Clock::time_point start) {
  return std::chrono::duration<double>(Deadline::Clock::now() - start).count();
}

}  // namespace

TEST_CASE("assemble_forms: an explanation the node limits cannot settle names no culprit", "[exam][diagnosis]") {
  Cliques setup(5, 10);
  Assembly assembly = setup.assemble(Deadline());
  CHECK_FALSE(assembly.out_of_time);
  CHECK(assembly.forms.empty());
  CHECK(assembly.report.status == "infeasible");
  REQUIRE(assembly.problems.size() == 1);
  CHECK(assembly.problems[0] ==
        "form 1 cannot be built; leaving out one constraint at a time did not show which one is in its way "
        "within the search limits (2000 branch-and-bound nodes a program, 10000 in all), so none is named");
}

TEST_CASE("assemble_forms: the explanation gets half the time left, then says it ran out", "[exam][diagnosis]") {
  // The first form fails at once; leaving out the points constraint gives a program that
  // takes many seconds to settle. The run keeps its verdict (the blueprint cannot be met) and
  // ends within the time it was given.
  Cliques setup(5, 40);
  auto start = Deadline::Clock::now();
  Assembly assembly = setup.assemble(Deadline::after(1.0));
  double seconds = seconds_since(start);
  CHECK_FALSE(assembly.out_of_time);
  CHECK(assembly.report.status == "infeasible");
  REQUIRE(assembly.problems.size() == 1);
  CHECK(assembly.problems[0] ==
        "form 1 cannot be built; finding the constraint in its way took longer than the time left for it (half "
        "of what remained of the time limit), so none is named");
  CHECK(seconds < 10);  // about half a second; fails on a hang, not on a slow machine
}
