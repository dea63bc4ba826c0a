// Tests of two hostile-input findings in the reference checks (src/lint/reference_checks.cpp,
// through lint_files): a question repeated by a YAML alias is reported where the alias is
// written, and "did you mean" suggestions stop at the run's budget, so a bank with thousands
// of unknown references lints in linear time.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <string>

#include "lint/model_checks.hpp"
#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// A valid true_false question of competency 1.1 at level CB (six lines).
std::string question(const std::string& id, const std::string& stem, const std::string& extra = "") {
  return "  - id: " + id + "\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: " + stem +
         "\n    answer: true\n" + extra;
}

}  // namespace

TEST_CASE("check_references: a question repeated by an alias is reported at the alias", "[reference_checks]") {
  // The anchor is at line 6, the id at line 7; the alias at line 19, after a second question.
  std::string questions = R"(  - &q1
    id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Trình duyệt là phần mềm.
    answer: true
)" + question("Q2", "Tường lửa chặn truy cập trái phép.") + "  - *q1\n";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  // Only E301, at the alias: the repeated stem is the same text, not a second E405.
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:19:5: E301 question id 'Q1' is already used at bank.yaml:7: this alias repeats that question "
        "[remove the alias, or write the question out with an id of its own]\n");
}

TEST_CASE("check_references: an alias of a question written on one line", "[reference_checks]") {
  // A flow mapping anchored at line 6 and repeated at line 7.
  std::string questions =
      "  - &q1 {id: Q1, competency: \"1.1\", level: CB, type: true_false, stem: Trình duyệt là phần mềm, "
      "answer: true}\n  - *q1\n";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:7:5: E301 question id 'Q1' is already used at bank.yaml:6: this alias repeats that question "
        "[remove the alias, or write the question out with an id of its own]\n");
}

TEST_CASE("check_references: an id repeated by a scalar alias is a plain duplicate", "[reference_checks]") {
  // The second question is written out; only its id is an alias (line 12, column 11).
  std::string questions = R"(  - id: &x Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Trình duyệt là phần mềm.
    answer: true
  - id: *x
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tường lửa chặn truy cập trái phép.
    answer: true
)";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:12:9: E301 question id 'Q1' is already used at bank.yaml:6 [give one of them a new id]\n");
}

TEST_CASE("check_references: suggestions stop at the run's budget", "[reference_checks]") {
  // 3,000 questions whose 30-character ids share a prefix and end in 12 seeded letters, each
  // naming as its enemy an unknown id one letter away from its own (and more than 10 from
  // the others). Each suggestion compares the reference with every id; all of them would
  // cost 3,000 x 3,000 edit distances. The budget gives the first ones a suggestion, then none.
  constexpr int kQuestions = 3000;
  auto id = [](int i) {
    std::string text = "Q-" + std::string(16, 'x');
    uint64_t state = 2026 + static_cast<uint64_t>(i);
    for (int k = 0; k < 12; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += static_cast<char>('a' + (state >> 33) % 26);
    }
    return text;
  };
  std::string questions;
  for (int i = 0; i < kQuestions; ++i) {
    std::string unknown = id(i);
    unknown[2] = 'y';
    questions += question(id(i), "Câu hỏi số " + std::to_string(i) + " về an toàn thông tin.",
                          "    enemies: [" + unknown + "]\n");
  }
  auto started = std::chrono::steady_clock::now();
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  auto unknown = with_rule(result.diagnostics, Rule::unknown_reference);
  REQUIRE(unknown.size() == 1000);  // the per-file limit of findings
  std::string first = id(0);
  CHECK(unknown[0].message == "enemy of question " + first + " refers to question 'Q-y" + first.substr(3) +
                                  "', which is not defined");
  CHECK(unknown[0].hint == "did you mean '" + first + "'?");
  size_t with_hint = 0;
  while (with_hint < unknown.size() && !unknown[with_hint].hint.empty()) {
    ++with_hint;
  }
  INFO(with_hint << " references have a suggestion");
  CHECK(with_hint > 20);  // the budget is spent on suggestions,
  CHECK(with_hint < 1000);  // then runs out,
  for (size_t i = with_hint; i < unknown.size(); ++i) {
    CHECK(unknown[i].hint.empty());  // and stays out
  }
  CHECK(seconds < 60);  // fails on quadratic work (minutes), not on a slow machine
}
