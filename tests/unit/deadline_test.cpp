// Tests of src/exam/deadline.hpp and of how the solver and the assembler honour a deadline: a
// passed deadline stops them, a cut solve is reported as out of time and never as an answer,
// and a deadline that does not pass changes nothing.
#include "exam/deadline.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "exam/assemble.hpp"
#include "exam/mip.hpp"
#include "exam_test_support.hpp"

using hocvu::Assembly;
using hocvu::Deadline;
using hocvu::MipModel;
using Clock = hocvu::Deadline::Clock;
using Status = hocvu::MipModel::Status;
using namespace std::chrono_literals;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// `cliques` groups of `size` questions in which every two are enemies (one row each), and a
// form must hold `length` of them: impossible when length > cliques, but the linear
// relaxation (every x = 0.5) does not show it, so branch and bound grinds node after node.
MipModel enemy_cliques(int cliques, int size, int length) {
  MipModel mip;
  std::vector<std::pair<int, double>> all;
  for (int c = 0; c < cliques; ++c) {
    std::vector<int> members;
    for (int i = 0; i < size; ++i) {
      members.push_back(mip.add_column(true, 0, 1, 1.0 + 0.01 * (c * size + i)));
      all.emplace_back(members.back(), 1.0);
    }
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        mip.add_row({{members[i], 1.0}, {members[j], 1.0}}, -MipModel::kNoBound, 1);
      }
    }
  }
  mip.add_row(all, length, length);
  return mip;
}

// Pick 3 of 6 with costs 6, 1, 5, 2, 4, 3: columns 1, 3 and 5.
MipModel three_of_six() {
  MipModel mip;
  std::vector<std::pair<int, double>> all;
  for (double cost : {6, 1, 5, 2, 4, 3}) {
    all.emplace_back(mip.add_column(true, 0, 1, cost), 1.0);
  }
  mip.add_row(all, 3, 3);
  return mip;
}

}  // namespace

// --- Deadline ---------------------------------------------------------------------------------

TEST_CASE("Deadline: never, unless set", "[deadline]") {
  Deadline never;
  CHECK_FALSE(never.is_set());
  CHECK_FALSE(never.passed());
  CHECK(never.milliseconds_left(1234) == 1234);
  CHECK_FALSE(never.share(0.5).is_set());
}

TEST_CASE("Deadline: after a number of seconds from a start", "[deadline]") {
  auto start = Clock::now();
  Deadline soon = Deadline::after(3600, start);
  REQUIRE(soon.is_set());
  CHECK(soon.when() - start == std::chrono::hours(1));
  CHECK_FALSE(soon.passed());
  int64_t left = soon.milliseconds_left(INT64_MAX);
  CHECK(left <= 3'600'000);
  CHECK(left > 3'590'000);
  CHECK(soon.milliseconds_left(5000) == 5000);  // capped
  CHECK(Deadline::after(1.5, start).when() - start == std::chrono::milliseconds(1500));
}

TEST_CASE("Deadline: one in the past has passed and has no time left", "[deadline]") {
  Deadline past = Deadline::at(Clock::now() - 1s);
  CHECK(past.passed());
  CHECK(past.milliseconds_left(INT64_MAX) == 0);
  CHECK(Deadline::after(-5).passed());  // a negative wait is no wait
  CHECK(Deadline::after(0).passed());
  CHECK(past.share(0.5).passed());
}

TEST_CASE("Deadline: a wait the clock cannot hold is never", "[deadline]") {
  CHECK_FALSE(Deadline::after(1e300).is_set());
  CHECK_FALSE(Deadline::after(std::numeric_limits<double>::infinity()).is_set());
  CHECK_FALSE(Deadline::after(std::nan("")).is_set());
  CHECK(Deadline::after(3e9).is_set());  // 95 years still fits
}

TEST_CASE("Deadline: a share of the time left", "[deadline]") {
  Deadline hour = Deadline::after(3600);
  Deadline half = hour.share(0.5);
  REQUIRE(half.is_set());
  int64_t left = half.milliseconds_left(INT64_MAX);
  CHECK(left <= 1'800'000);
  CHECK(left > 1'790'000);
  CHECK(hour.share(1.0).when() <= hour.when());
}

// --- MipModel ---------------------------------------------------------------------------------

TEST_CASE("MipModel: a passed deadline gives out_of_time without solving", "[deadline][mip]") {
  MipModel mip = three_of_six();
  MipModel::Limits limits;
  limits.deadline = Deadline::at(Clock::now() - 1ms);
  auto result = mip.solve(limits);
  CHECK(result.status == Status::out_of_time);
  CHECK(result.values.empty());
  CHECK(result.branch_nodes == 0);
  CHECK(std::string(hocvu::status_name(result.status)) == "out of time");
}

TEST_CASE("MipModel: a deadline that does not pass changes nothing", "[deadline][mip]") {
  MipModel mip = three_of_six();
  auto plain = mip.solve(MipModel::Limits{});
  MipModel::Limits limits;
  limits.deadline = Deadline::after(600);
  auto timed = mip.solve(limits);
  REQUIRE(plain.status == Status::optimal);
  CHECK(timed.status == plain.status);
  CHECK(timed.values == plain.values);
  CHECK(timed.branch_nodes == plain.branch_nodes);
}

TEST_CASE("MipModel: the deadline cuts a long search", "[deadline][mip]") {
  // Without a node limit this search would run for hours; only the deadline ends it. The
  // bound fails on a hang, not on a slow machine.
  MipModel mip = enemy_cliques(6, 14, 8);
  MipModel::Limits limits;
  limits.deadline = Deadline::after(0.3);
  auto start = Clock::now();
  auto result = mip.solve(limits);
  double seconds = seconds_since(start);
  CHECK(result.status == Status::out_of_time);
  CHECK(result.values.empty());
  CHECK(seconds >= 0.29);
  CHECK(seconds < 10);
}

TEST_CASE("MipModel: the node limit still decides when the deadline is far", "[deadline][mip]") {
  MipModel mip = enemy_cliques(6, 14, 8);
  MipModel::Limits limits;
  limits.max_nodes = 50;
  auto plain = mip.solve(limits);
  limits.deadline = Deadline::after(600);
  auto timed = mip.solve(limits);
  CHECK(plain.status == Status::failed);
  CHECK(plain.gave_up);
  CHECK(timed.status == Status::failed);
  CHECK(timed.gave_up);
  CHECK(timed.branch_nodes == plain.branch_nodes);
}

// --- assemble_forms ---------------------------------------------------------------------------

namespace {

using hocvu::test::located;

// Framework fw (one area, one competency, level CB), role r at CB, and `count` single-choice
// questions Q1, Q2, ... with difficulties spread over [-1, 1]. Forms of 5, overlap 2.
struct Setup {
  hocvu::Model model;
  hocvu::Blueprint blueprint;
  hocvu::Pool pool;

  explicit Setup(int count = 40) {
    model.frameworks.push_back(hocvu::test::make_framework("fw", {hocvu::Level{located("CB"), "Cơ bản", 0.0}},
                                                           {{"1", {"1.1"}}}, {hocvu::test::make_role("r", "CB")}));
    hocvu::Bank bank;
    bank.id = located("b");
    bank.framework = located("fw");
    for (int i = 0; i < count; ++i) {
      hocvu::Question q;
      q.id = located("Q" + std::to_string(i + 1));
      q.competency = located("1.1");
      q.level = located("CB");
      q.type = hocvu::QuestionType::single;
      q.difficulty = -1.0 + 2.0 * i / (count - 1);
      bank.questions.push_back(q);
    }
    model.banks.push_back(bank);
    blueprint.id = located("bp");
    blueprint.framework = located("fw");
    blueprint.role = located("r");
    blueprint.level = located("CB");
    blueprint.length = 5;
    blueprint.overlap = 2;
  }

  Assembly assemble(uint32_t forms, const hocvu::AssemblyProgress& progress, const Deadline& deadline) {
    pool = hocvu::build_pool(model, blueprint, model.frameworks[0], model.frameworks[0].roles[0]);
    return hocvu::assemble_forms(blueprint, pool, forms, 7, progress, deadline);
  }
};

}  // namespace

TEST_CASE("assemble_forms: a passed deadline stops before the first form", "[deadline][assemble]") {
  Setup setup;
  Assembly assembly = setup.assemble(4, nullptr, Deadline::at(Clock::now() - 1ms));
  CHECK(assembly.out_of_time);
  CHECK(assembly.forms.empty());
  CHECK(assembly.report.status == "out of time");
  REQUIRE(assembly.problems.size() == 1);
  CHECK(assembly.problems[0] == "while building form 1 of 4");
}

TEST_CASE("assemble_forms: a deadline that passes between forms stops there", "[deadline][assemble]") {
  Setup setup;
  Deadline deadline = Deadline::after(0.05);
  // The first form takes the time: the deadline has passed when it is done.
  auto slow = [&](uint32_t, uint32_t) {
    std::this_thread::sleep_until(deadline.when() + 1ms);
    return true;
  };
  Assembly assembly = setup.assemble(4, slow, deadline);
  CHECK(assembly.out_of_time);
  CHECK(assembly.forms.empty());
  CHECK(assembly.report.status == "stopped");
  REQUIRE(assembly.problems.size() == 1);
  CHECK(assembly.problems[0] == "assembly was stopped after 1 of 4 forms");
}

TEST_CASE("assemble_forms: the last form is kept even when the deadline passes after it", "[deadline][assemble]") {
  // Only a cut solve makes the run fail; a deadline that passes once all is done does not.
  Setup setup;
  Deadline deadline = Deadline::after(0.05);
  auto slow = [&](uint32_t, uint32_t) {
    std::this_thread::sleep_until(deadline.when() + 1ms);
    return true;
  };
  Assembly assembly = setup.assemble(1, slow, deadline);
  CHECK_FALSE(assembly.out_of_time);
  CHECK(assembly.problems.empty());
  CHECK(assembly.forms.size() == 1);
}

TEST_CASE("assemble_forms: a deadline that does not pass gives the same forms", "[deadline][assemble]") {
  Setup setup;
  Assembly plain = setup.assemble(6, nullptr, Deadline());
  Setup again;
  Assembly timed = again.assemble(6, nullptr, Deadline::after(600));
  REQUIRE(plain.problems.empty());
  REQUIRE(timed.problems.empty());
  CHECK_FALSE(timed.out_of_time);
  CHECK(timed.forms == plain.forms);
  CHECK(timed.report.branch_nodes == plain.report.branch_nodes);
}

TEST_CASE("assemble_forms: a caller that stops is not out of time", "[deadline][assemble]") {
  Setup setup;
  Assembly assembly = setup.assemble(3, [](uint32_t, uint32_t) { return false; }, Deadline::after(600));
  CHECK_FALSE(assembly.out_of_time);
  CHECK(assembly.forms.empty());
  REQUIRE(assembly.problems.size() == 1);
  CHECK(assembly.problems[0] == "assembly was stopped after 1 of 3 forms");
}
