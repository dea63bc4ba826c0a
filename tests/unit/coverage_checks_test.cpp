// Tests of src/lint/coverage_checks.cpp (check_coverage), through lint_files.
#include <catch2/catch.hpp>

#include <string>

#include "lint/model_checks.hpp"
#include "lint_test_support.hpp"

using hocvu::Diagnostics;
using hocvu::LintOptions;
using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// The tiny framework with a second role, cv, that has a baseline and no requirement
// (lines 40-42; its baseline value is at line 42 column 15).
const std::string kFrameworkWithCv = kFramework + "  - id: cv\n    name: Chuyên viên\n    baseline: CB\n";

const char* kHint = " [write more questions, activate drafts, or change the requirement]";

// `count` true_false questions of `competency` at `level`, with ids from `prefix`.
std::string questions(const std::string& prefix, int count, const std::string& competency, const std::string& level,
                      const std::string& status = "active") {
  std::string text;
  for (int i = 1; i <= count; ++i) {
    std::string id = prefix + std::to_string(i);
    text += "  - id: " + id + "\n    competency: \"" + competency + "\"\n    level: " + level +
            "\n    type: true_false\n    stem: Câu hỏi " + id + " về kỹ năng số.\n    answer: true\n    status: " +
            status + "\n";
  }
  return text;
}

Diagnostics coverage(const std::string& framework, const std::string& bank_questions, size_t min_questions) {
  LintOptions options;
  options.min_questions = min_questions;
  return with_rule(
      lint_memory({{kFrameworkPath, framework}, {"bank.yaml", bank_yaml(bank_questions)}}, options).diagnostics,
      Rule::coverage);
}

}  // namespace

TEST_CASE("check_coverage: baseline gaps are grouped into one finding per role", "[coverage_checks]") {
  // One active question, 1.1 at CB. Role cv needs both competencies at CB; role dbqh needs 1.2 at
  // CB (1.1 is raised to TC by its requirement) and 1.1 at TC.
  CHECK(describe(coverage(kFrameworkWithCv, questions("A", 1, "1.1", "CB"), 4)) ==
        std::string("framework/fw.yaml:36:15: E501 role dbqh requires every competency at level CB, but 1 has fewer "
                    "than 4 active questions there (count in brackets): 1.2 (0)") +
            kHint + "\n" +
            "framework/fw.yaml:38:21: E501 role dbqh requires competency 1.1 at level TC, but the banks have 0 "
            "active questions there (minimum 4)" +
            kHint + "\n" +
            "framework/fw.yaml:42:15: E501 role cv requires every competency at level CB, but 2 have fewer than 4 "
            "active questions there (count in brackets): 1.1 (1), 1.2 (0)" +
            kHint + "\n");
}

TEST_CASE("check_coverage: one gap and a minimum of one are worded in the singular", "[coverage_checks]") {
  Diagnostics found = coverage(kFramework, questions("A", 1, "1.1", "TC"), 1);
  CHECK(describe(found) ==
        std::string("framework/fw.yaml:36:15: E501 role dbqh requires every competency at level CB, but 1 has fewer "
                    "than 1 active question there (count in brackets): 1.2 (0)") +
            kHint + "\n");
}

TEST_CASE("check_coverage: an explicit requirement gap", "[coverage_checks]") {
  // The baseline is met (four of 1.2 at CB); the requirement 1.1 at TC has three.
  Diagnostics found = coverage(kFramework, questions("A", 4, "1.2", "CB") + questions("B", 3, "1.1", "TC"), 4);
  CHECK(describe(found) == std::string("framework/fw.yaml:38:21: E501 role dbqh requires competency 1.1 at level TC, "
                                       "but the banks have 3 active questions there (minimum 4)") +
                               kHint + "\n");
  // A fourth one meets it.
  CHECK(coverage(kFramework, questions("A", 4, "1.2", "CB") + questions("B", 4, "1.1", "TC"), 4).empty());
}

TEST_CASE("check_coverage: draft and retired questions are not counted", "[coverage_checks]") {
  // With a minimum of 2: 1.2 at CB has one active, two drafts, two retired; 1.1 at TC one
  // active, one draft, one retired; 1.1 at CB none.
  std::string bank = questions("A", 1, "1.2", "CB") + questions("B", 2, "1.2", "CB", "draft") +
                     questions("C", 2, "1.2", "CB", "retired") + questions("D", 1, "1.1", "TC") +
                     questions("E", 1, "1.1", "TC", "draft") + questions("F", 1, "1.1", "TC", "retired");
  CHECK(describe(coverage(kFrameworkWithCv, bank, 2)) ==
        std::string("framework/fw.yaml:36:15: E501 role dbqh requires every competency at level CB, but 1 has fewer "
                    "than 2 active questions there (count in brackets): 1.2 (1)") +
            kHint + "\n" +
            "framework/fw.yaml:38:21: E501 role dbqh requires competency 1.1 at level TC, but the banks have 1 "
            "active question there (minimum 2)" +
            kHint + "\n" +
            "framework/fw.yaml:42:15: E501 role cv requires every competency at level CB, but 2 have fewer than 2 "
            "active questions there (count in brackets): 1.1 (0), 1.2 (1)" +
            kHint + "\n");
}

TEST_CASE("check_coverage: a minimum of 0 turns the check off", "[coverage_checks]") {
  CHECK(coverage(kFrameworkWithCv, questions("A", 1, "1.1", "CB"), 4).size() == 3);
  CHECK(coverage(kFrameworkWithCv, questions("A", 1, "1.1", "CB"), 0).empty());
}

TEST_CASE("check_coverage: a framework linted without banks gives no coverage finding", "[coverage_checks]") {
  LintOptions options;  // the default minimum, 4
  REQUIRE(options.min_questions == 4);
  CHECK(describe(lint_memory({{kFrameworkPath, kFrameworkWithCv}}, options).diagnostics) == "(no diagnostics)\n");
  // The same framework with a bank of one question has gaps.
  CHECK_FALSE(coverage(kFrameworkWithCv, questions("A", 1, "1.1", "CB"), 4).empty());
}
