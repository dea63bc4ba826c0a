// Tests of src/load/report_references.cpp (ids and references of units.yaml and targets.yaml),
// and of lint's check that the exams of targets are blueprints (src/lint/target_checks.cpp),
// through lint_files.
#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::MemoryFiles;
using hocvu::test::with_rule;

namespace {

// The tiny framework's role is dbqh, its levels CB and TC. Line 8 is the first unit's roles.
const std::string kUnitsPath = "reports/units.yaml";
const std::string kUnits = R"(units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: QH
      name: Các Ủy ban
      kind: group
      roles: [dbqh]
      children:
        - id: QH-HDDT
          name: Hội đồng Dân tộc
        - id: QH-UBPLTP
          name: Ủy ban Pháp luật và Tư pháp
)";

// Lines: 4 framework, 5 units, 11 first role, 13 first certification.
const std::string kTargetsPath = "reports/targets.yaml";
const std::string kTargets = R"(targets:
  id: muc-tieu
  title: Mục tiêu
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: dbqh, level: CB}
  certifications:
    - {exam: kiem-tra, role: dbqh, level: CB}
)";

const std::string kBlueprintPath = "framework/blueprints/kiem-tra.yaml";
const std::string kBlueprint = R"(blueprint:
  id: kiem-tra
  title: Kiểm tra
  framework: fw
  role: dbqh
  level: CB
  forms: 1
  length: 3
  time_limit: 10
  pass:
    percent: 50
)";

// A bank with the questions coverage puts on a form (1.1 at TC twice, 1.2 once), so that the
// blueprint can be met.
const std::string kBank = hocvu::test::bank_yaml(
    "  - {id: Q1, competency: \"1.1\", level: TC, type: true_false, stem: Trình duyệt là phần mềm., answer: true}\n"
    "  - {id: Q3, competency: \"1.1\", level: TC, type: true_false, stem: Có thể lọc theo ngày đăng., answer: true}\n"
    "  - {id: Q2, competency: \"1.2\", level: CB, type: true_false, stem: Tin giả cần kiểm chứng., answer: true}\n");

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

MemoryFiles files(const std::string& units = kUnits, const std::string& targets = kTargets) {
  return {{kFrameworkPath, kFramework}, {"question-banks/b1.yaml", kBank}, {kBlueprintPath, kBlueprint},
          {kUnitsPath, units}, {kTargetsPath, targets}};
}

std::string lint(const MemoryFiles& memory) {
  return describe(lint_memory(memory).diagnostics);
}

}  // namespace

TEST_CASE("report references: the framework, a blueprint, units and targets lint clean", "[report_references]") {
  auto result = lint_memory(files());
  CHECK(describe(result.diagnostics) == "(no diagnostics)\n");
  REQUIRE(result.model.unit_trees.size() == 1);
  REQUIRE(result.model.targets.size() == 1);
  CHECK(result.model.unit_trees[0].units.size() == 3);
}

TEST_CASE("report references: E301 a unit id twice in a tree, a tree id twice", "[report_references]") {
  std::string units = replace_once(kUnits, "id: QH-UBPLTP", "id: QH-HDDT");
  CHECK(lint(files(units)) ==
        "reports/units.yaml:12:15: E301 unit id 'QH-HDDT' is already used at reports/units.yaml:10 [give one of them "
        "a new id]\n");

  MemoryFiles two = files();
  two["reports/units-2.yaml"] = kUnits;  // the same ids in another tree are that tree's own
  CHECK(lint(two) ==
        "reports/units.yaml:2:7: E301 unit tree id 'don-vi' is already used at reports/units-2.yaml:2 [give one of "
        "them a new id]\n");

  MemoryFiles twice = files();
  twice["reports/targets-2.yaml"] = kTargets;
  CHECK(describe(with_rule(lint_memory(twice).diagnostics, Rule::duplicate_id)) ==
        "reports/targets.yaml:2:7: E301 targets id 'muc-tieu' is already used at reports/targets-2.yaml:2 [give one "
        "of them a new id]\n");
}

TEST_CASE("report references: E302 a unit role that no framework defines", "[report_references]") {
  std::string units = replace_once(kUnits, "roles: [dbqh]", "roles: [dbqhh, ccvc-qh]");
  CHECK(lint(files(units)) ==
        "reports/units.yaml:8:15: E302 unit QH refers to role 'dbqhh', which is not defined [did you mean 'dbqh'?]\n"
        "reports/units.yaml:8:22: E302 unit QH refers to role 'ccvc-qh', which is not defined\n");

  SECTION("with no framework linted, unit roles are not checked") {
    MemoryFiles alone{{kUnitsPath, units}};
    CHECK(lint(alone) == "(no diagnostics)\n");
  }
}

TEST_CASE("report references: E302 the framework and units tree of targets", "[report_references]") {
  std::string targets = replace_once(replace_once(kTargets, "framework: fw", "framework: qh-kns"), "units: don-vi",
                                     "units: donvi");
  CHECK(lint(files(kUnits, targets)) ==
        "reports/targets.yaml:4:14: E302 targets muc-tieu refers to framework 'qh-kns', which is not defined [lint "
        "the targets together with their framework, e.g. hocvu lint framework/ reports/targets.yaml]\n"
        "reports/targets.yaml:5:10: E302 targets muc-tieu refers to unit tree 'donvi', which is not defined [did you "
        "mean 'don-vi'?]\n");

  SECTION("without units.yaml, the hint says to lint them together") {
    MemoryFiles memory = files();
    memory.erase(kUnitsPath);
    CHECK(lint(memory) ==
          "reports/targets.yaml:5:10: E302 targets muc-tieu refers to unit tree 'don-vi', which is not defined [lint "
          "the targets together with their units.yaml, e.g. hocvu lint framework/ reports/]\n");
  }
}

TEST_CASE("report references: E302 roles and levels of the targets' framework", "[report_references]") {
  std::string targets = replace_once(
      replace_once(kTargets, "{role: dbqh, level: CB}\n", "{role: dbqh, level: CB}\n    - {role: cb, level: NC}\n"),
      "{exam: kiem-tra, role: dbqh, level: CB}", "{exam: kiem-tra, role: dbqh, level: cb}");
  CHECK(lint(files(kUnits, targets)) ==
        "reports/targets.yaml:12:14: E302 targets muc-tieu refers to role 'cb', which is not defined\n"
        "reports/targets.yaml:12:25: E302 targets muc-tieu refers to level 'NC', which is not defined [did you mean "
        "'TC'?]\n"
        "reports/targets.yaml:14:43: E302 targets muc-tieu refers to level 'cb', which is not defined\n");
}

TEST_CASE("report references: E902 a role's target level and its certifications", "[report_references]") {
  SECTION("no certification for the role") {
    std::string targets = replace_once(kTargets, "- {role: dbqh, level: CB}\n", "- {role: dbqh, level: CB}\n    - {role: "
                                       "cb, level: CB}\n");
    std::string framework = kFramework + "  - id: cb\n    name: Cán bộ\n    baseline: CB\n";
    MemoryFiles memory = files(kUnits, targets);
    memory[kFrameworkPath] = framework;
    CHECK(lint(memory) ==
          "reports/targets.yaml:12:14: E902 role cb must be certified at level CB, but no certification names it "
          "[add a certification: {exam: BLUEPRINT, role: cb, level: CB}, or correct the level]\n");
  }
  SECTION("the role's only exam certifies a lower level") {
    std::string targets = replace_once(kTargets, "{role: dbqh, level: CB}", "{role: dbqh, level: TC}");
    CHECK(lint(files(kUnits, targets)) ==
          "reports/targets.yaml:11:14: E902 role dbqh must be certified at level TC, but its exams certify it below "
          "that (kiem-tra at CB) [add a certification: {exam: BLUEPRINT, role: dbqh, level: TC}, or correct the "
          "level]\n");
  }
  SECTION("an exam at a higher level than the target certifies the role") {
    std::string targets = replace_once(kTargets, "{exam: kiem-tra, role: dbqh, level: CB}",
                                       "{exam: kiem-tra, role: dbqh, level: TC}");
    CHECK(lint(files(kUnits, targets)) == "(no diagnostics)\n");
  }
  SECTION("a certified role with no target level, reported once") {
    std::string framework = kFramework + "  - id: cb\n    name: Cán bộ\n    baseline: CB\n";
    std::string targets = kTargets + "    - {exam: kiem-tra, role: cb, level: CB}\n"
                                     "    - {exam: kiem-tra-2, role: cb, level: CB}\n";
    MemoryFiles memory = files(kUnits, targets);
    memory[kFrameworkPath] = framework;
    auto result = lint_memory(memory);
    CHECK(describe(with_rule(result.diagnostics, Rule::role_target_mismatch)) ==
          "reports/targets.yaml:14:30: E902 exam kiem-tra certifies role cb, which has no target level under 'roles' "
          "[add {role: cb, level: LEVEL} to 'roles', or remove the certification]\n");
  }
}

TEST_CASE("target exams: E302 an exam that is not a blueprint", "[report_references][target_checks]") {
  std::string targets = replace_once(kTargets, "{exam: kiem-tra,", "{exam: kiem-traa,");
  CHECK(lint(files(kUnits, targets)) ==
        "reports/targets.yaml:13:14: E302 targets muc-tieu refers to exam 'kiem-traa', which is not the id of a "
        "blueprint [did you mean 'kiem-tra'?]\n");

  SECTION("without the blueprints, the hint says to lint them together") {
    MemoryFiles memory = files();
    memory.erase(kBlueprintPath);
    CHECK(lint(memory) ==
          "reports/targets.yaml:13:14: E302 targets muc-tieu refers to exam 'kiem-tra', which is not the id of a "
          "blueprint [lint the targets together with the blueprints, e.g. hocvu lint]\n");
  }
}
