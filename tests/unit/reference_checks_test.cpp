// Tests of src/lint/reference_checks.cpp (check_references), through lint_files.
#include <catch2/catch.hpp>

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

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

// A valid true_false question of competency 1.1 at level CB (six lines).
std::string question(const std::string& id, const std::string& stem) {
  return "  - id: " + id + "\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: " + stem +
         "\n    answer: true\n";
}

std::string duplicate_ids(const hocvu::test::MemoryFiles& files) {
  return describe(with_rule(lint_memory(files).diagnostics, Rule::duplicate_id));
}

const char* kNewId = " [give one of them a new id]\n";

}  // namespace

TEST_CASE("check_references: the tiny framework and a bank of it are clean", "[reference_checks]") {
  auto result = lint_memory({{kFrameworkPath, kFramework},
                             {"bank.yaml", bank_yaml(question("Q1", "Trình duyệt là phần mềm."))}});
  CHECK(describe(result.diagnostics) == "(no diagnostics)\n");
}

TEST_CASE("check_references: E301 duplicate framework ids", "[reference_checks]") {
  auto result = lint_memory({{"framework/a.yaml", kFramework}, {"framework/b.yaml", kFramework}});
  CHECK(describe(result.diagnostics) ==
        std::string("framework/b.yaml:2:7: E301 framework id 'fw' is already used at framework/a.yaml:2") + kNewId);
}

TEST_CASE("check_references: E301 duplicate level ids", "[reference_checks]") {
  std::string framework = replace_once(kFramework, "  - id: TC\n", "  - id: CB\n");
  CHECK(duplicate_ids({{kFrameworkPath, framework}}) ==
        std::string("framework/fw.yaml:9:9: E301 level id 'CB' is already used at framework/fw.yaml:7") + kNewId);
}

TEST_CASE("check_references: E301 duplicate competency ids", "[reference_checks]") {
  std::string framework = replace_once(kFramework, "- id: \"1.2\"", "- id: \"1.1\"");
  CHECK(duplicate_ids({{kFrameworkPath, framework}}) ==
        std::string("framework/fw.yaml:26:13: E301 competency id '1.1' is already used at framework/fw.yaml:15") +
            kNewId);
}

TEST_CASE("check_references: E301 duplicate outcome ids", "[reference_checks]") {
  std::string framework = replace_once(kFramework, "id: 1.2-CB-1", "id: 1.1-CB-1");
  CHECK(duplicate_ids({{kFrameworkPath, framework}}) ==
        std::string("framework/fw.yaml:29:17: E301 outcome id '1.1-CB-1' is already used at framework/fw.yaml:18") +
            kNewId);
}

TEST_CASE("check_references: E301 duplicate role ids", "[reference_checks]") {
  std::string framework = kFramework + "  - id: dbqh\n    name: Cán bộ\n";  // lines 40-41
  CHECK(duplicate_ids({{kFrameworkPath, framework}}) ==
        std::string("framework/fw.yaml:40:9: E301 role id 'dbqh' is already used at framework/fw.yaml:34") + kNewId);
}

TEST_CASE("check_references: E301 duplicate area ids", "[reference_checks]") {
  // A second area "1" at line 33, before roles.
  std::string framework = replace_once(kFramework, "roles:\n",
                                       "  - id: \"1\"\n    title: Giao tiếp và hợp tác\n    competencies:\n"
                                       "      - id: \"2.1\"\n        title: Tương tác qua công nghệ số\nroles:\n");
  CHECK(duplicate_ids({{kFrameworkPath, framework}}) ==
        std::string("framework/fw.yaml:33:9: E301 area id '1' is already used at framework/fw.yaml:12") + kNewId);
}

TEST_CASE("check_references: E301 duplicate bank ids", "[reference_checks]") {
  CHECK(duplicate_ids({{kFrameworkPath, kFramework},
                       {"bank/a.yaml", bank_yaml(question("Q1", "Trình duyệt là phần mềm."), "b1")},
                       {"bank/b.yaml", bank_yaml(question("Q2", "Tường lửa chặn truy cập trái phép."), "b1")}}) ==
        std::string("bank/b.yaml:2:7: E301 bank id 'b1' is already used at bank/a.yaml:2") + kNewId);
}

TEST_CASE("check_references: E301 duplicate question ids across banks", "[reference_checks]") {
  CHECK(duplicate_ids({{kFrameworkPath, kFramework},
                       {"bank/a.yaml", bank_yaml(question("Q1", "Trình duyệt là phần mềm."), "b1")},
                       {"bank/b.yaml", bank_yaml(question("Q1", "Tường lửa chặn truy cập trái phép."), "b2")}}) ==
        std::string("bank/b.yaml:6:9: E301 question id 'Q1' is already used at bank/a.yaml:6") + kNewId);
}

TEST_CASE("check_references: E302 unknown references with 'did you mean'", "[reference_checks]") {
  std::string questions = R"(  - id: Q1
    competency: "1.22"
    level: CB
    type: true_false
    stem: Trình duyệt là phần mềm.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CBB
    type: true_false
    stem: Tường lửa chặn truy cập trái phép.
    answer: true
  - id: Q3
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-2
    type: true_false
    stem: Mọi trang web đều an toàn.
    answer: false
  - id: Q4
    competency: "1.1"
    level: CB
    type: true_false
    stem: Sao lưu dữ liệu giúp phòng mất mát.
    answer: true
    enemies: [Q22]
  - id: Q5
    competency: "9.9.9"
    level: CB
    type: true_false
    stem: Máy in là thiết bị đầu vào.
    answer: false
)";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:7:17: E302 question Q1 refers to competency '1.22', which is not defined [did you mean '1.2'?]\n"
        "bank.yaml:14:12: E302 question Q2 refers to level 'CBB', which is not defined [did you mean 'CB'? "
        "(levels defined: CB, TC)]\n"
        "bank.yaml:21:14: E302 question Q3 refers to outcome '1.1-CB-2', which is not defined "
        "[did you mean '1.1-CB-1'?]\n"
        "bank.yaml:31:15: E302 enemy of question Q4 refers to question 'Q22', which is not defined "
        "[did you mean 'Q2'?]\n"
        "bank.yaml:33:17: E302 question Q5 refers to competency '9.9.9', which is not defined\n");
}

TEST_CASE("check_references: E302 unknown references inside the framework", "[reference_checks]") {
  std::string framework = replace_once(kFramework, "      - competency: \"1.1\"\n        level: TC\n",
                                       "      - competency: \"1.11\"\n        level: TCC\n");
  framework = replace_once(framework, "baseline: CB", "baseline: CX");
  framework = replace_once(framework, "level: TC\n            kind: skill", "level: TX\n            kind: skill");
  CHECK(describe(lint_memory({{kFrameworkPath, framework}}).diagnostics) ==
        "framework/fw.yaml:23:20: E302 outcome 1.1-TC-1 refers to level 'TX', which is not defined "
        "[did you mean 'TC'? (levels defined: CB, TC)]\n"
        "framework/fw.yaml:36:15: E302 role dbqh refers to level 'CX', which is not defined [did you mean 'CB'? "
        "(levels defined: CB, TC)]\n"
        "framework/fw.yaml:38:21: E302 role dbqh refers to competency '1.11', which is not defined "
        "[did you mean '1.1'?]\n"
        "framework/fw.yaml:39:16: E302 role dbqh refers to level 'TCC', which is not defined "
        "[did you mean 'TC'? (levels defined: CB, TC)]\n");
}

TEST_CASE("check_references: a bank whose framework is not linted", "[reference_checks]") {
  // Only the bank's framework is reported (line 3 "  framework: fw", column 14), with how to
  // lint both; its questions are not checked against a framework that is not there.
  auto result = lint_memory({{"bank.yaml", bank_yaml(question("Q1", "Trình duyệt là phần mềm."))}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:3:14: E302 bank b1 refers to framework 'fw', which is not defined "
        "[lint the bank together with the framework that defines it, e.g. hocvu lint framework/ bank.yaml]\n");

  // With a framework linted, a misspelt framework id gets a suggestion instead.
  std::string bank = replace_once(bank_yaml(question("Q1", "Trình duyệt là phần mềm.")), "framework: fw",
                                  "framework: fx");
  CHECK(describe(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank}}).diagnostics) ==
        "bank.yaml:3:14: E302 bank b1 refers to framework 'fx', which is not defined [did you mean 'fw'?]\n");
}

TEST_CASE("check_references: a bank whose framework is not linted, beside another framework",
          "[reference_checks]") {
  std::string other = replace_once(kFramework, "  id: fw\n", "  id: khung-khac\n");
  auto result = lint_memory({{"framework/other.yaml", other},
                             {"bank.yaml", bank_yaml(question("Q1", "Trình duyệt là phần mềm."))}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:3:14: E302 bank b1 refers to framework 'fw', which is not defined "
        "[lint the bank together with the framework that defines it, e.g. hocvu lint framework/ bank.yaml]\n");
}

TEST_CASE("check_references: E303 an outcome of another competency or level", "[reference_checks]") {
  std::string questions = R"(  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.2-CB-1
    type: true_false
    stem: Trình duyệt là phần mềm.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    outcome: 1.1-TC-1
    type: true_false
    stem: Tường lửa chặn truy cập trái phép.
    answer: true
)";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  CHECK(describe(result.diagnostics) ==
        "bank.yaml:9:14: E303 outcome 1.2-CB-1 belongs to competency 1.2, but question Q1 is about competency 1.1 "
        "[pick an outcome of the question's own competency]\n"
        "bank.yaml:16:14: E303 outcome 1.1-TC-1 is at level TC, but question Q2 is at level CB "
        "[pick an outcome at the question's level, or correct the level]\n");
}

TEST_CASE("check_references: exhibits, E301 across banks and E302 with the nearest id", "[reference_checks]") {
  std::string a = "bank: {id: a, framework: fw, language: vi}\nexhibits:\n  - {id: EX-1, title: A, text: x}\n"
                  "questions:\n  - {id: Q1, exhibit: EX-1, competency: \"1.1\", level: CB, type: true_false, "
                  "stem: Câu một, answer: true}\n  - {id: Q2, exhibit: EX-2, competency: \"1.1\", level: CB, "
                  "type: true_false, stem: Câu hai, answer: true}\n";
  std::string b = "bank: {id: b, framework: fw, language: vi}\nexhibits:\n  - {id: EX-1, title: B, text: y}\n"
                  "questions: []\n";
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"a.yaml", a}, {"b.yaml", b}});
  CHECK(describe(result.diagnostics) ==
        "a.yaml:6:23: E302 question Q2 refers to exhibit 'EX-2', which is not defined [did you mean 'EX-1'?]\n"
        "b.yaml:3:10: E301 exhibit id 'EX-1' is already used at a.yaml:3 [give one of them a new id]\n");
}
