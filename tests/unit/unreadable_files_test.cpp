// What lint says when a file could not be read (src/load/load.cpp, src/lint/linter.cpp), and
// the notes about checks it did not make: a framework linted without its banks.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint_test_support.hpp"

using hocvu::LintOptions;
using hocvu::LintResult;
using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::MemoryFiles;

namespace {

const std::string kQuestion = R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Có thể lọc kết quả tìm kiếm theo thời gian đăng tải.
    answer: true
)";

// A question with a tab before `stem` instead of four spaces (line 16 after bank_yaml's header and kQuestion).
const std::string kTabbed = R"(  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
	stem: Dấu ngoặc kép giúp tìm đúng cụm từ trên Google.
    answer: true
)";

// A blueprint of fw whose counts would all fail with an empty pool.
const std::string kBlueprint = R"(blueprint:
  id: bp
  title: Bài kiểm tra
  framework: fw
  role: dbqh
  level: CB
  forms: 1
  length: 3
  time_limit: 10
  seed: 1
  pass:
    percent: 70
)";

LintOptions with_coverage() {
  LintOptions options;
  options.load.threads = 1;
  return options;
}

}  // namespace

TEST_CASE("lint: a tab used as indentation says the file could not be read, and holds back what follows",
          "[linter][unreadable]") {
  MemoryFiles files = {{kFrameworkPath, kFramework},
                       {"a.yaml", bank_yaml(kQuestion + kTabbed, "a")},
                       {"b.yaml", "bank:\n  id: b\n  framework: fw\n  language: vi\nquestions:\n  - id: Q3\n"
                                  "    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: Câu hỏi "
                                  "ba.\n    answer: true\n    enemies: [Q2]\n"},
                       {"bp.yaml", kBlueprint}};
  LintResult result = lint_memory(files, with_coverage());
  // One finding for the tab (the source check's E006 on that line is replaced), no E302 for the
  // enemy Q2 that a.yaml defines, no E501 or E601.
  CHECK(describe(result.diagnostics) ==
        "a.yaml:16:1: E006 the file could not be read: YAML does not allow tabs for indentation [replace the tabs "
        "with spaces (hocvu lint --fix does not change tabs: how many spaces a tab stands for depends on the "
        "editor)]\n");
  CHECK(result.notes == std::vector<std::string>{
                            "coverage and blueprint checks are skipped, and 1 reference to unknown ids is not listed: "
                            "1 file could not be read (a.yaml); fix it first"});
}

TEST_CASE("lint: with the tab replaced, the checks held back run again", "[linter][unreadable]") {
  std::string spaced = kTabbed;
  spaced.replace(spaced.find('\t'), 1, "    ");
  MemoryFiles files = {{kFrameworkPath, kFramework}, {"a.yaml", bank_yaml(kQuestion + spaced, "a")},
                       {"bp.yaml", kBlueprint}};
  LintResult result = lint_memory(files, with_coverage());
  CHECK(result.notes.empty());
  CHECK_FALSE(hocvu::test::with_rule(result.diagnostics, Rule::coverage).empty());
  CHECK(hocvu::test::with_rule(result.diagnostics, Rule::tab_character).empty());
}

TEST_CASE("lint: a tab that does not stop the parser is the plain tab finding, and nothing is held back",
          "[linter][unreadable]") {
  MemoryFiles files = {{kFrameworkPath, kFramework},
                       {"a.yaml", bank_yaml("  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n"
                                            "    stem: \"Có thể lọc\tkết quả.\"\n    answer: true\n",
                                            "a")}};
  LintResult result = lint_memory(files);
  CHECK(describe(result.diagnostics) == "a.yaml:10:22: E006 tab character [replace it with spaces]\n");
  CHECK(result.notes.empty());
}

TEST_CASE("lint: a framework linted without any of its banks says coverage and blueprint counts were not checked", "[linter]") {
  LintResult alone = lint_memory({{kFrameworkPath, kFramework}}, with_coverage());
  CHECK(alone.diagnostics.empty());
  CHECK(alone.notes == std::vector<std::string>{"coverage and blueprint counts not checked: no bank of framework fw "
                                                "was linted (lint its banks with it, e.g. hocvu lint framework/ "
                                                "question-banks/)"});
  LintResult with_bank = lint_memory({{kFrameworkPath, kFramework}, {"a.yaml", bank_yaml(kQuestion, "a")}},
                                     with_coverage());
  CHECK(with_bank.notes.empty());
  // A blueprint of it: its references are checked, not its counts (no E601 for an empty pool).
  LintResult blueprint = lint_memory({{kFrameworkPath, kFramework}, {"bp.yaml", kBlueprint}}, with_coverage());
  CHECK(blueprint.diagnostics.empty());
  CHECK(blueprint.notes.size() == 1);
}

TEST_CASE("lint: an empty file is reported but hides nothing", "[linter][unreadable]") {
  LintResult result = lint_memory({{kFrameworkPath, kFramework}, {"a.yaml", bank_yaml(kQuestion, "a")}, {"empty.yaml", ""}});
  CHECK(result.notes == std::vector<std::string>{});
  CHECK(hocvu::test::with_rule(result.diagnostics, Rule::empty_file).size() == 1);
}
