// Tests of src/load/requirement_checks.cpp: a role's requirements among themselves and against
// its baseline, through lint_files on the tiny framework of lint_test_support.hpp.
#include "load/requirement_checks.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;

namespace {

// kFramework with its one requirement (1.1 at TC, lines 151-152) replaced by `requires`.
std::string with_requires(const std::string& requires_text) {
  std::string framework = kFramework;
  std::string old = "      - competency: \"1.1\"\n        level: TC\n";
  size_t at = framework.find(old);
  REQUIRE(at != std::string::npos);
  return framework.replace(at, old.size(), requires_text);
}

std::string findings(const std::string& framework) {
  return describe(lint_memory({{kFrameworkPath, framework}}).diagnostics);
}

}  // namespace

TEST_CASE("requirement checks: a requirement above the baseline is clean", "[requirement_checks]") {
  CHECK(findings(kFramework) == "(no diagnostics)\n");
}

TEST_CASE("requirement checks: E304 a competency required twice", "[requirement_checks]") {
  auto framework = with_requires(
      "      - competency: \"1.1\"\n        level: TC\n      - competency: \"1.1\"\n        level: TC\n");
  CHECK(findings(framework) ==
        "framework/fw.yaml:40:21: E304 role dbqh requires competency 1.1 twice; the first, at framework/fw.yaml:38, "
        "is the one used [keep one requirement per competency, with the level (or range) meant]\n");
}

TEST_CASE("requirement checks: W305 a requirement at or below the baseline", "[requirement_checks]") {
  auto at_baseline = with_requires("      - competency: \"1.1\"\n        level: CB\n");
  CHECK(findings(at_baseline) ==
        "framework/fw.yaml:39:16: W305 role dbqh requires competency 1.1 at CB, which its baseline CB already "
        "requires [remove the requirement, or raise its level above the baseline]\n");
  std::string below = kFramework;
  below.replace(below.find("baseline: CB"), 12, "baseline: TC");
  below = with_requires("      - competency: \"1.1\"\n        level: CB\n");
  below.replace(below.find("baseline: CB"), 12, "baseline: TC");
  CHECK(findings(below) ==
        "framework/fw.yaml:39:16: W305 role dbqh requires competency 1.1 at CB, below its baseline TC: a "
        "requirement raises the baseline, never lowers it, so 1.1 stays at TC [remove the requirement, or raise its "
        "level above the baseline]\n");
}

TEST_CASE("requirement checks: a range is not reported against the baseline", "[requirement_checks]") {
  auto framework = with_requires("      - competency: \"1.1\"\n        levels: [CB, TC]\n");
  CHECK(findings(framework) == "(no diagnostics)\n");
}

TEST_CASE("requirement checks: E207 a range in the wrong order, or without the level", "[requirement_checks]") {
  auto reversed =
      with_requires("      - competency: \"1.1\"\n        level: TC\n        min_level: TC\n        max_level: CB\n");
  CHECK(findings(reversed) ==
        "framework/fw.yaml:40:20: E207 role dbqh, competency 1.1: min_level TC is above max_level CB [levels go "
        "from lowest to highest in the order the framework lists them]\n");
  auto without = with_requires("      - competency: \"1.1\"\n        level: TC\n        levels: [CB]\n");
  CHECK(findings(without) ==
        "framework/fw.yaml:40:17: E207 role dbqh, competency 1.1: the levels that count leave out the level "
        "required, TC [a range says which question levels count towards the requirement: include its level]\n");
  auto both = with_requires("      - competency: \"1.1\"\n        levels: [TC]\n        min_level: CB\n");
  CHECK(findings(both) ==
        "framework/fw.yaml:39:17: E207 'levels' together with 'min_level' or 'max_level' [give either the list of "
        "levels, or its lowest and highest]\n");
}

TEST_CASE("requirement checks: an unknown level lists the levels defined", "[requirement_checks]") {
  auto framework = with_requires("      - competency: \"1.1\"\n        level: TX\n");
  CHECK(findings(framework) ==
        "framework/fw.yaml:39:16: E302 role dbqh refers to level 'TX', which is not defined [did you mean 'TC'? "
        "(levels defined: CB, TC)]\n");
  auto range = with_requires("      - competency: \"1.1\"\n        min_level: XYZW\n");
  CHECK(findings(range) ==
        "framework/fw.yaml:39:20: E302 role dbqh refers to level 'XYZW', which is not defined [levels defined: "
        "CB, TC]\n");
}
