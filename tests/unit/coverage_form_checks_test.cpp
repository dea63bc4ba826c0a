// Tests of src/blueprint/coverage_checks.cpp: coverage that no form can hold (E602), forms that
// may leave out a requirement or a competency (W603), a certified level that is not the role's
// baseline (W604). Built in memory; positions are not the point here, the messages are.
#include "blueprint/coverage_checks.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "exam_test_support.hpp"
#include "lint_test_support.hpp"

using hocvu::Blueprint;
using hocvu::Diagnostics;
using hocvu::Model;
using hocvu::ModelReporter;
using hocvu::Pool;
using hocvu::test::located;

namespace {

// small_framework: area 1 with 1.1 and 1.2, area 2 with 2.1; role dbqh at CB, 1.2 at TC.
struct Setup {
  Model model;
  Blueprint blueprint = hocvu::test::make_blueprint(4);
  Setup() {
    model.files = {"bp.yaml"};
    model.frameworks = {hocvu::test::small_framework()};
  }
  std::string limits() {
    Diagnostics diagnostics;
    Pool pool = hocvu::test::pool_of(model, blueprint);
    auto covered = hocvu::with_coverage(blueprint, model.frameworks[0].roles[0], pool.targets);
    hocvu::report_coverage_limits(covered, pool, ModelReporter(model, diagnostics));
    return hocvu::test::describe(diagnostics);
  }
  std::string gaps() {
    Diagnostics diagnostics;
    Pool pool = hocvu::test::pool_of(model, blueprint);
    hocvu::report_coverage_gaps(blueprint, model.frameworks[0], model.frameworks[0].roles[0], pool,
                                ModelReporter(model, diagnostics));
    return hocvu::test::describe(diagnostics);
  }
};

}  // namespace

TEST_CASE("coverage checks: a blueprint coverage fits says nothing", "[blueprint][coverage]") {
  Setup setup;  // 1.1 once, 1.2 twice at TC, 2.1 once: 4 questions, forms of 4
  CHECK(setup.limits() == "(no diagnostics)\n");
  CHECK(setup.gaps() == "(no diagnostics)\n");
}

TEST_CASE("coverage checks: E602 forms shorter than the requirements' minimums", "[blueprint][coverage]") {
  Setup setup;
  setup.blueprint.length = 1;
  CHECK(setup.limits() ==
        "bp.yaml:0:0: E602 blueprint bp: coverage needs 2 questions on every form (1 requirement of role dbqh, 2 "
        "each); forms have 1 [lengthen the forms, or lower coverage.required_min]\n");
}

TEST_CASE("coverage checks: E602 an area's maximum below what coverage puts there", "[blueprint][coverage]") {
  Setup setup;
  hocvu::test::add_count(setup.blueprint, {}, 0, 2).select.area = located("1");
  CHECK(setup.limits() ==
        "bp.yaml:0:0: E602 blueprint bp: area 1 allows at most 2, but coverage puts 3 there on every form (2 "
        "competencies at least 1 each, 1 requirement of role dbqh at least 2 each at the level required) [raise "
        "this maximum (and the form length if needed), or lower coverage's minimums]\n");
  setup.blueprint.counts.back().max = 3;
  CHECK(setup.limits() == "(no diagnostics)\n");
}

TEST_CASE("coverage checks: W603 each_min that the forms cannot hold, and required_min below 2",
          "[blueprint][coverage]") {
  Setup setup;
  setup.blueprint.length = 3;
  CHECK(setup.gaps() ==
        "bp.yaml:0:0: W603 blueprint bp: forms of 3 cannot hold every competency 1 time with the requirements' "
        "minimums (4 needed), so coverage.each_min is not applied and a form may leave competencies out [lengthen "
        "the forms, or set coverage.each_min: 0 to say so]\n");
  setup.blueprint.coverage.each_min = 0;  // said on purpose: nothing to warn about
  CHECK(setup.gaps() == "(no diagnostics)\n");
  setup.blueprint.coverage.required_min = 1;
  CHECK(setup.gaps() ==
        "bp.yaml:0:0: W603 blueprint bp: coverage.required_min is 1, so a form may hold fewer than 2 questions of "
        "competency 1.2 at TC, which role dbqh requires; grading reports mastery from 2 [set "
        "coverage.required_min to 2 or more]\n");
}

TEST_CASE("coverage checks: W603 a requirement at a level the blueprint leaves out", "[blueprint][coverage]") {
  Setup setup;
  setup.blueprint.eligible.max_level = located("CB");
  CHECK(setup.gaps() ==
        "bp.yaml:0:0: W603 blueprint bp: role dbqh requires competency 1.2 at TC, a level the blueprint's levels "
        "leave out, so no form measures the requirement [include TC in the blueprint's levels]\n");
}

TEST_CASE("coverage checks: W604 a certified level above or below the role's baseline", "[blueprint][coverage]") {
  Setup setup;
  setup.blueprint.level = located("TC");
  CHECK(setup.gaps() ==
        "bp.yaml:0:0: W604 blueprint bp certifies level TC, above the baseline CB of role dbqh: every competency is "
        "tested at TC at least [if the role needs TC everywhere, raise its baseline; else certify CB]\n");
  setup.model.frameworks[0].roles[0].baseline = located("TC");
  setup.blueprint.level = located("CB");
  CHECK(setup.gaps() ==
        "bp.yaml:0:0: W604 blueprint bp certifies level CB, below the baseline TC of role dbqh: the questions follow "
        "the role (TC), so the certificate would claim less than the exam tests [certify TC, the role's "
        "baseline]\n");
}
