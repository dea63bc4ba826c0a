// Tests of src/blueprint/requirements.cpp: the level each competency is required at, the levels
// whose questions count, and the count constraints coverage adds.
#include "blueprint/requirements.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "exam_test_support.hpp"

using hocvu::Blueprint;
using hocvu::CompetencyTarget;
using hocvu::CountConstraint;
using hocvu::Framework;
using hocvu::Level;
using hocvu::LevelRange;
using hocvu::Requirement;
using hocvu::Role;
using hocvu::test::located;

namespace {

// Levels CB < TC < NC; area 1 with 1.1 and 1.2, area 2 with 2.1.
Framework three_levels(Role role) {
  return hocvu::test::make_framework(
      "fw", {Level{located("CB"), "", -1.0}, Level{located("TC"), "", 0.0}, Level{located("NC"), "", 1.0}},
      {{"1", {"1.1", "1.2"}}, {"2", {"2.1"}}}, {std::move(role)});
}

std::vector<std::string> levels_of(const std::vector<CompetencyTarget>& targets, const std::string& competency) {
  for (const auto& target : targets) {
    if (target.competency->id.value == competency) {
      return target.eligible;
    }
  }
  return {"(no such competency)"};
}

const CompetencyTarget& target_of(const std::vector<CompetencyTarget>& targets, const std::string& competency) {
  for (const auto& target : targets) {
    if (target.competency->id.value == competency) {
      return target;
    }
  }
  FAIL("no target for " << competency);
  return targets.front();
}

Blueprint blueprint_at(const std::string& level, uint32_t length = 10) {
  Blueprint blueprint = hocvu::test::make_blueprint(length);
  blueprint.level = located(level);
  return blueprint;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("each competency is required at the baseline raised by its requirement, questions at that level only",
          "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("dbqh", "CB", {{"1.2", "TC"}}));
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("CB"));
  REQUIRE(targets.size() == 3);
  CHECK(target_of(targets, "1.1").level == "CB");
  CHECK_FALSE(target_of(targets, "1.1").required);
  CHECK(target_of(targets, "1.2").level == "TC");
  CHECK(target_of(targets, "1.2").required);
  CHECK(levels_of(targets, "1.2") == Strings{"TC"});
  CHECK(target_of(targets, "2.1").area_index == 1);
  CHECK(target_of(targets, "2.1").competency_index == 2);
}

TEST_CASE("a requirement below the baseline does not lower it", "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("r", "TC", {{"1.1", "CB"}}));
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("TC"));
  CHECK(target_of(targets, "1.1").level == "TC");
  CHECK_FALSE(target_of(targets, "1.1").required);
}

TEST_CASE("a competency required twice takes its first requirement", "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("r", "CB", {{"1.1", "NC"}, {"1.1", "TC"}}));
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("CB"));
  CHECK(target_of(targets, "1.1").level == "NC");
}

TEST_CASE("the blueprint's level raises every competency", "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("r", "CB", {{"1.2", "NC"}}));
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("TC"));
  CHECK(target_of(targets, "1.1").level == "TC");
  CHECK(target_of(targets, "1.2").level == "NC");
  CHECK(target_of(targets, "1.2").required);
}

TEST_CASE("a role without a baseline requires only what it names", "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("r", "", {{"1.2", "TC"}}));
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("CB"));
  CHECK(target_of(targets, "1.1").level.empty());
  CHECK(target_of(targets, "1.1").eligible.empty());
  CHECK(target_of(targets, "1.2").level == "TC");
  CHECK(target_of(targets, "1.2").required);
  auto raised = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("NC"));
  CHECK(target_of(raised, "1.1").level.empty());
  CHECK(target_of(raised, "1.2").level == "NC");
}

TEST_CASE("a requirement's range says which question levels count", "[blueprint][requirements]") {
  Role role = hocvu::test::make_role("r", "CB", {{"1.1", "TC"}, {"1.2", "NC"}, {"2.1", ""}});
  role.requirements[0].eligible.min_level = located("CB");     // CB..TC
  role.requirements[1].eligible.max_level = located("NC");     // NC..NC
  role.requirements[2].eligible.levels = {located("TC"), located("CB")};  // as listed, in order; level TC
  Framework framework = three_levels(role);
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint_at("CB"));
  CHECK(levels_of(targets, "1.1") == Strings{"CB", "TC"});
  CHECK(levels_of(targets, "1.2") == Strings{"NC"});
  CHECK(levels_of(targets, "2.1") == Strings{"CB", "TC"});
  CHECK(target_of(targets, "2.1").level == "TC");
}

TEST_CASE("a blueprint's range keeps its levels, never above what a competency allows", "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("dbqh", "CB", {{"1.2", "TC"}}));
  Blueprint blueprint = blueprint_at("CB");
  blueprint.eligible.levels = {located("CB"), located("TC"), located("NC")};
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint);
  CHECK(levels_of(targets, "1.1") == Strings{"CB"});
  CHECK(levels_of(targets, "1.2") == Strings{"CB", "TC"});

  blueprint.eligible = LevelRange{};
  blueprint.eligible.max_level = located("CB");
  targets = hocvu::competency_targets(framework, framework.roles[0], blueprint);
  CHECK(levels_of(targets, "1.2") == Strings{"CB"});  // TC is left out: W603 says so
}

TEST_CASE("range_levels resolves lists and ends in the framework's order", "[model][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("r", "CB"));
  LevelRange range;
  CHECK(hocvu::range_levels(framework, range, 0, 2) == Strings{"CB", "TC", "NC"});
  range.min_level = located("TC");
  CHECK(hocvu::range_levels(framework, range, 0, 2) == Strings{"TC", "NC"});
  range.max_level = located("CB");
  CHECK(hocvu::range_levels(framework, range, 0, 2).empty());  // min above max: E207 says so
  range = LevelRange{};
  range.levels = {located("NC"), located("XX"), located("CB"), located("NC")};
  CHECK(hocvu::range_levels(framework, range, 0, 2) == Strings{"CB", "NC"});
  CHECK(hocvu::level_rank(framework, "NC") == 2);
  CHECK(hocvu::level_rank(framework, "XX") == -1);
}

TEST_CASE("coverage adds required_min at the required level and each_min per competency",
          "[blueprint][requirements]") {
  Framework framework = three_levels(hocvu::test::make_role("dbqh", "CB", {{"1.2", "TC"}}));
  Blueprint blueprint = blueprint_at("CB", 4);
  auto targets = hocvu::competency_targets(framework, framework.roles[0], blueprint);
  // 1.1 once, 1.2 twice (at TC), 2.1 once: 4 questions.
  CHECK(hocvu::coverage_questions(blueprint.coverage, targets) == 4);
  CHECK(hocvu::each_min_fits(blueprint, targets));
  auto added = hocvu::coverage_constraints(blueprint, framework.roles[0], targets);
  REQUIRE(added.size() == 4);
  CHECK(hocvu::describe(added[0]) == "competency 1.1 (coverage: each competency)");
  CHECK(hocvu::describe(added[1]) == "competency 1.2, level TC (coverage: role dbqh requires it)");
  CHECK(added[1].min == 2);
  CHECK(hocvu::describe(added[2]) == "competency 1.2 (coverage: each competency)");
  CHECK(added[2].min == 1);

  blueprint.length = 3;  // too short for each_min with the requirement: only the requirement stays
  CHECK_FALSE(hocvu::each_min_fits(blueprint, targets));
  added = hocvu::coverage_constraints(blueprint, framework.roles[0], targets);
  REQUIRE(added.size() == 1);
  CHECK(added[0].select.level->value == "TC");

  blueprint.coverage.required_min = 0;
  blueprint.coverage.each_min = 0;
  CHECK(hocvu::coverage_constraints(blueprint, framework.roles[0], targets).empty());
  CHECK(hocvu::with_coverage(blueprint, framework.roles[0], targets).counts.empty());
}
