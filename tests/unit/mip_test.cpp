// Tests of src/exam/mip.cpp: the small mixed-integer programs exam assembly hands to GLPK.
#include "exam/mip.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using hocvu::MipModel;
using Status = hocvu::MipModel::Status;

namespace {

constexpr double kInf = MipModel::kNoBound;

// Solved to proven optimality: no gap, no node budget.
MipModel::Result solve_exactly(const MipModel& mip) {
  return mip.solve(MipModel::Limits{});
}

}  // namespace

TEST_CASE("MipModel: a 0/1 knapsack is solved to optimality", "[mip]") {
  // Maximise 5a + 4b + 3c (minimise the negation) with weights 2a + 3b + c <= 4.
  // a + c (weight 3, value 8) beats b + c (weight 4, value 7); a + b weighs 5.
  MipModel mip;
  int a = mip.add_column(true, 0, 1, -5);
  int b = mip.add_column(true, 0, 1, -4);
  int c = mip.add_column(true, 0, 1, -3);
  CHECK(a == 0);
  CHECK(b == 1);
  CHECK(c == 2);
  mip.add_row({{a, 2}, {b, 3}, {c, 1}}, -kInf, 4);
  auto result = solve_exactly(mip);
  REQUIRE(result.status == Status::optimal);
  REQUIRE(result.values.size() == 3);
  CHECK(result.values[a] == Approx(1));
  CHECK(result.values[b] == Approx(0));
  CHECK(result.values[c] == Approx(1));
}

TEST_CASE("MipModel: choose exactly k of n, cheapest first", "[mip]") {
  // The shape of an assembly program: pick 3 of 6 with costs 6, 1, 5, 2, 4, 3.
  MipModel mip;
  std::vector<double> costs{6, 1, 5, 2, 4, 3};
  std::vector<std::pair<int, double>> all;
  for (double cost : costs) {
    all.emplace_back(mip.add_column(true, 0, 1, cost), 1.0);
  }
  mip.add_row(all, 3, 3);
  auto result = solve_exactly(mip);
  REQUIRE(result.status == Status::optimal);
  std::vector<double> expected{0, 1, 0, 1, 0, 1};
  for (size_t i = 0; i < costs.size(); ++i) {
    CHECK(result.values[i] == Approx(expected[i]).margin(1e-9));
  }
}

TEST_CASE("MipModel: continuous columns and two-sided rows", "[mip]") {
  // min 0.4 x + y with x binary, y >= 0 continuous, 1.5 <= x + y <= 10: x = 1, y = 0.5 (cost
  // 0.9) beats x = 0, y = 1.5 (cost 1.5).
  MipModel mip;
  int x = mip.add_column(true, 0, 1, 0.4);
  int y = mip.add_column(false, 0, kInf, 1.0);
  mip.add_row({{x, 1}, {y, 1}}, 1.5, 10);
  auto result = solve_exactly(mip);
  REQUIRE(result.status == Status::optimal);
  CHECK(result.values[x] == Approx(1));
  CHECK(result.values[y] == Approx(0.5));
}

TEST_CASE("MipModel: a free continuous column follows an absolute value", "[mip]") {
  // d >= |s|, with s = 2a - 3b for binaries a + b = 1: the cheapest d is 2 (a = 1).
  MipModel mip;
  int a = mip.add_column(true, 0, 1, 0);
  int b = mip.add_column(true, 0, 1, 0);
  int d = mip.add_column(false, -kInf, kInf, 1);
  mip.add_row({{a, 1}, {b, 1}}, 1, 1);
  mip.add_row({{a, 2}, {b, -3}, {d, -1}}, -kInf, 0);  // s - d <= 0
  mip.add_row({{a, 2}, {b, -3}, {d, 1}}, 0, kInf);    // s + d >= 0
  auto result = solve_exactly(mip);
  REQUIRE(result.status == Status::optimal);
  CHECK(result.values[a] == Approx(1));
  CHECK(result.values[b] == Approx(0));
  CHECK(result.values[d] == Approx(2));
}

TEST_CASE("MipModel: a binary column with lower bound 1 is forced in", "[mip]") {
  // As fixed questions are: costly, yet on the form.
  MipModel mip;
  int forced = mip.add_column(true, 1, 1, 100);
  int cheap = mip.add_column(true, 0, 1, 1);
  int cheaper = mip.add_column(true, 0, 1, 0.5);
  mip.add_row({{forced, 1}, {cheap, 1}, {cheaper, 1}}, 2, 2);
  auto result = solve_exactly(mip);
  REQUIRE(result.status == Status::optimal);
  CHECK(result.values[forced] == Approx(1));
  CHECK(result.values[cheap] == Approx(0));
  CHECK(result.values[cheaper] == Approx(1));
}

TEST_CASE("MipModel: infeasible programs say so and give no values", "[mip]") {
  SECTION("the LP relaxation is already infeasible") {
    MipModel mip;
    int a = mip.add_column(true, 0, 1, 1);
    int b = mip.add_column(true, 0, 1, 1);
    mip.add_row({{a, 1}, {b, 1}}, 3, kInf);  // two binaries cannot reach 3
    auto result = solve_exactly(mip);
    CHECK(result.status == Status::infeasible);
    CHECK(result.values.empty());
  }
  SECTION("only the integer program is infeasible") {
    // a + b = 1 and a - b = 0: a = b = 0.5 satisfies the relaxation, no 0/1 pair does.
    MipModel mip;
    int a = mip.add_column(true, 0, 1, 1);
    int b = mip.add_column(true, 0, 1, 1);
    mip.add_row({{a, 1}, {b, 1}}, 1, 1);
    mip.add_row({{a, 1}, {b, -1}}, 0, 0);
    auto result = solve_exactly(mip);
    CHECK(result.status == Status::infeasible);
    CHECK(result.values.empty());
  }
  SECTION("enemies that must both be chosen") {
    MipModel mip;
    int a = mip.add_column(true, 0, 1, 0);
    int b = mip.add_column(true, 0, 1, 0);
    int c = mip.add_column(true, 0, 1, 0);
    mip.add_row({{a, 1}, {b, 1}, {c, 1}}, 3, 3);
    mip.add_row({{a, 1}, {b, 1}}, -kInf, 1);
    auto result = mip.solve(MipModel::Limits{0.5, true, 20000});  // the settings assembly uses
    CHECK(result.status == Status::infeasible);
  }
}

TEST_CASE("MipModel: stopping at the first solution gives a feasible one", "[mip]") {
  // 12 binaries, choose 5, with a side row: whatever the search stops at must satisfy both rows.
  MipModel mip;
  std::vector<std::pair<int, double>> all, side;
  for (int i = 0; i < 12; ++i) {
    int column = mip.add_column(true, 0, 1, (i * 7) % 5 + 0.1 * i);
    all.emplace_back(column, 1.0);
    if (i % 3 == 0) {
      side.emplace_back(column, 1.0);
    }
  }
  mip.add_row(all, 5, 5);
  mip.add_row(side, 2, 3);
  auto result = mip.solve(MipModel::Limits{0.5, true, 20000});
  REQUIRE((result.status == Status::optimal || result.status == Status::feasible));
  REQUIRE(result.values.size() == 12);
  double chosen = 0, on_side = 0;
  for (int i = 0; i < 12; ++i) {
    double value = result.values[i];
    CHECK((value == Approx(0).margin(1e-9) || value == Approx(1)));
    chosen += value;
    on_side += i % 3 == 0 ? value : 0;
  }
  CHECK(chosen == Approx(5));
  CHECK(on_side >= 2 - 1e-9);
  CHECK(on_side <= 3 + 1e-9);

  // Solving twice gives the same answer: the search has no time limit.
  auto again = mip.solve(MipModel::Limits{0.5, true, 20000});
  CHECK(again.values == result.values);
  CHECK(again.branch_nodes == result.branch_nodes);
}

TEST_CASE("MipModel: names", "[mip]") {
  CHECK(MipModel::solver_name().rfind("GLPK ", 0) == 0);
  CHECK(MipModel::solver_name().size() > 5);
  CHECK(std::string(hocvu::status_name(Status::optimal)) == "optimal");
  CHECK(std::string(hocvu::status_name(Status::feasible)) == "feasible");
  CHECK(std::string(hocvu::status_name(Status::infeasible)) == "infeasible");
  CHECK(std::string(hocvu::status_name(Status::failed)) == "failed");
}
