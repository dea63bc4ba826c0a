// Tests of src/exam/exam_language.cpp (which catalogue an exam's own texts come from) and of the
// blueprint's optional `language`, read as a BCP 47 tag like a bank's (E208).
#include "exam/exam_language.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "exam_test_support.hpp"
#include "lint_test_support.hpp"

using hocvu::Blueprint;
using hocvu::choose_language;
using hocvu::Framework;
using hocvu::Language;
using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::located;
using hocvu::test::with_rule;

namespace {

Framework framework_in(const std::string& tag) {
  Framework framework;
  framework.language = located(tag);
  return framework;
}

Blueprint blueprint_in(const std::string& tag) {
  Blueprint blueprint;
  if (!tag.empty()) {
    blueprint.language = located(tag);
  }
  return blueprint;
}

const std::string kBlueprintPath = "framework/blueprints/kiem-tra.yaml";

std::string blueprint_with(const std::string& language_line) {
  return "blueprint:\n  id: kiem-tra\n  title: Kiểm tra\n  framework: fw\n  role: dbqh\n  level: CB\n" + language_line +
         "  forms: 1\n  length: 3\n  time_limit: 10\n  pass:\n    percent: 50\n";
}

}  // namespace

TEST_CASE("the exam's language: --lang, else the blueprint's, else the framework's", "[exam][i18n]") {
  Framework vi = framework_in("vi");
  auto chosen = choose_language("", blueprint_in(""), &vi);
  CHECK(chosen.language == Language::vi);
  CHECK(chosen.tag == "vi");
  CHECK(std::string(chosen.from) == "the framework's language");
  CHECK(chosen.has_catalogue);

  chosen = choose_language("", blueprint_in("en-GB"), &vi);
  CHECK(chosen.language == Language::en);
  CHECK(chosen.tag == "en-GB");
  CHECK(std::string(chosen.from) == "the blueprint's language");

  chosen = choose_language("vi-VN", blueprint_in("en"), &vi);
  CHECK(chosen.language == Language::vi);
  CHECK(chosen.tag == "vi-VN");
  CHECK(std::string(chosen.from) == "--lang");

  Framework en = framework_in("en");
  CHECK(choose_language("", blueprint_in(""), &en).language == Language::en);
  CHECK(choose_language("", blueprint_in(""), nullptr).language == Language::vi);
}

TEST_CASE("a language without a catalogue gives English texts, and says so", "[exam][i18n]") {
  Framework vi = framework_in("vi");
  auto chosen = choose_language("", blueprint_in("fr"), &vi);
  CHECK(chosen.language == Language::en);
  CHECK_FALSE(chosen.has_catalogue);
  CHECK(chosen.tag == "fr");
  Framework fr = framework_in("fr-CA");
  chosen = choose_language("", blueprint_in(""), &fr);
  CHECK(chosen.language == Language::en);
  CHECK_FALSE(chosen.has_catalogue);
  CHECK(std::string(chosen.from) == "the framework's language");
  CHECK(choose_language("en", blueprint_in(""), &fr).has_catalogue);  // --lang settles it
}

TEST_CASE("a blueprint's language is read as a BCP 47 tag (E208)", "[exam][i18n][blueprint]") {
  auto result = lint_memory({{kFrameworkPath, kFramework}, {kBlueprintPath, blueprint_with("  language: en-GB\n")}});
  REQUIRE(result.model.blueprints.size() == 1);
  REQUIRE(result.model.blueprints[0].language);
  CHECK(result.model.blueprints[0].language->value == "en-GB");
  CHECK(result.model.blueprints[0].language->pos.line == 7);
  CHECK(with_rule(result.diagnostics, Rule::invalid_language).empty());

  result = lint_memory({{kFrameworkPath, kFramework}, {kBlueprintPath, blueprint_with("")}});
  REQUIRE(result.model.blueprints.size() == 1);
  CHECK_FALSE(result.model.blueprints[0].language);

  result = lint_memory({{kFrameworkPath, kFramework}, {kBlueprintPath, blueprint_with("  language: English\n")}});
  CHECK(describe(with_rule(result.diagnostics, Rule::invalid_language)) ==
        "framework/blueprints/kiem-tra.yaml:7:13: E208 'English' for 'language' of blueprint kiem-tra is not a BCP 47 "
        "language tag: 'English' is not a language code: a language is written as its 2 or 3 letter ISO 639 code "
        "[write 'en']\n");
}
