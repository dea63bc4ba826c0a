// Tests of src/lint/alignment_checks.cpp: questions aligned with the framework's outcomes
// (W309, W310, W311) and exhibits no active question uses (W308), linted from memory.
#include <catch2/catch.hpp>

#include <string>

#include "example_framework.hpp"
#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::MemoryFiles;

namespace {

const std::string kFrameworkPath = "framework/fw.yaml";

// kExampleFramework (competency 1.1, outcomes 1.1-CB-1 and 1.1-TC-1) with 1.1-TC-1 assessed
// by `assessed_by` when given.
std::string framework(const std::string& assessed_by = "") {
  std::string text = hocvu::test::kExampleFramework;
  if (!assessed_by.empty()) {
    std::string skill = "            kind: skill\n";
    text.insert(text.find(skill) + skill.size(), "            assessed_by: " + assessed_by + "\n");
  }
  return text;
}

std::string question(const std::string& id, const std::string& level, const std::string& extra) {
  return "  - id: " + id + "\n    competency: \"1.1\"\n    level: " + level + "\n" + extra +
         "    type: true_false\n    stem: Câu " + id + "\n    answer: true\n";
}

std::string bank(const std::string& body) {
  return "bank: {id: b, framework: fw, language: vi}\n" + body;
}

// Only the alignment findings (the rules under test), one line each.
std::string alignment(const MemoryFiles& files) {
  hocvu::Diagnostics kept;
  hocvu::LintOptions options = hocvu::test::no_coverage_options();
  options.alignment = true;
  for (const auto& d : hocvu::test::lint_memory(files, options).diagnostics) {
    if (d.rule == Rule::unused_exhibit || d.rule == Rule::question_without_outcome ||
        d.rule == Rule::outcome_without_questions || d.rule == Rule::outcome_not_by_exam) {
      kept.push_back(d);
    }
  }
  return describe(kept);
}

}  // namespace

TEST_CASE("alignment: questions without outcomes, one finding per bank", "[lint][alignment]") {
  std::string body = "questions:\n" + question("Q1", "CB", "") + question("Q2", "CB", "    outcome: 1.1-CB-1\n") +
                     question("Q3", "TC", "") + question("Q4", "TC", "    status: draft\n");
  CHECK(alignment({{kFrameworkPath, framework()}, {"b.yaml", bank(body)}}) ==
        "b.yaml:1:12: W309 2 of the 3 active questions of bank b name no outcome: Q1, Q3 [add 'outcome:' to each, "
        "naming the outcome of its competency and level that it tests]\n"
        "framework/fw.yaml:15:13: W310 competency 1.1: 1 outcome assessed by exam has no active question: 1.1-TC-1 "
        "[write questions that name them (outcome: <id>), or set 'assessed_by: observation' or 'portfolio' on those "
        "an exam cannot show]\n");
  SECTION("all of them, and more than ten listed") {
    std::string many = "questions:\n";
    for (int i = 1; i <= 12; ++i) {
      many += question("Q" + std::to_string(i), "CB", "");
    }
    std::string found = alignment({{kFrameworkPath, framework("observation")}, {"b.yaml", bank(many)}});
    CHECK(found.substr(0, found.find('\n')) ==
          "b.yaml:1:12: W309 the 12 active questions of bank b name no outcome: Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, "
          "Q10 and 2 more [add 'outcome:' to each, naming the outcome of its competency and level that it tests]");
  }
}

TEST_CASE("alignment: outcomes assessed otherwise need no questions, and questions should not name them",
          "[lint][alignment]") {
  std::string body = "questions:\n" + question("Q1", "CB", "    outcome: 1.1-CB-1\n") +
                     question("Q2", "TC", "    outcome: 1.1-TC-1\n");
  CHECK(alignment({{kFrameworkPath, framework()}, {"b.yaml", bank(body)}}) == "(no diagnostics)\n");
  CHECK(alignment({{kFrameworkPath, framework("portfolio")}, {"b.yaml", bank(body)}}) ==
        "b.yaml:13:14: W311 question Q2 names outcome 1.1-TC-1, which the framework assesses by portfolio, not by "
        "exam [name the outcome the question tests, or set that outcome's 'assessed_by: exam']\n");
  std::string cb_only = "questions:\n" + question("Q1", "CB", "    outcome: 1.1-CB-1\n");
  CHECK(alignment({{kFrameworkPath, framework("observation")}, {"b.yaml", bank(cb_only)}}) == "(no diagnostics)\n");
}

TEST_CASE("alignment: a framework linted without banks says nothing of its outcomes", "[lint][alignment]") {
  CHECK(alignment({{kFrameworkPath, framework()}}) == "(no diagnostics)\n");
}

TEST_CASE("alignment: an exhibit no active question uses", "[lint][alignment]") {
  std::string exhibits = "exhibits:\n  - {id: EX-1, title: A, text: x}\n  - {id: EX-2, title: B, text: y}\n";
  std::string body = exhibits + "questions:\n" + question("Q1", "CB", "    outcome: 1.1-CB-1\n    exhibit: EX-1\n") +
                     question("Q2", "TC", "    outcome: 1.1-TC-1\n    exhibit: EX-2\n    status: retired\n");
  CHECK(alignment({{kFrameworkPath, framework("observation")}, {"b.yaml", bank(body)}}) ==
        "b.yaml:4:10: W308 no active question uses exhibit EX-2 [name it in the questions about it (exhibit: EX-2), or "
        "remove it]\n");
}
