// Tests of src/text/language_tag.cpp, and of the checks that use it: E208 when a framework or
// bank is read, E306 across files (src/load/reference_checks.cpp).
#include "text/language_tag.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"

using hocvu::language_code_for_name;
using hocvu::language_tag_problem;
using hocvu::primary_language;
using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// A bank of fw whose header has `header_lines` (language, translation_of) after its framework.
std::string bank(const std::string& header_lines) {
  return "bank:\n  id: b1\n  framework: fw\n" + header_lines +
         "questions:\n  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n"
         "    stem: Câu hỏi một.\n    answer: true\n";
}

std::string language_findings(const std::string& framework, const std::string& bank_text) {
  auto result = lint_memory({{kFrameworkPath, framework}, {"b.yaml", bank_text}});
  hocvu::Diagnostics found = with_rule(result.diagnostics, Rule::invalid_language);
  for (const auto& d : with_rule(result.diagnostics, Rule::language_mismatch)) found.push_back(d);
  return describe(found);
}

std::string framework_in(const std::string& language) {
  std::string text = kFramework;
  text.replace(text.find("language: vi"), 12, "language: " + language);
  return text;
}

}  // namespace

TEST_CASE("language_tag_problem: well-formed BCP 47 tags pass", "[language]") {
  for (const char* tag : {"vi", "en", "vi-VN", "en-GB", "EN-gb", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901",
                          "es-419", "zh-yue-HK", "en-US-u-ca-gregory", "en-a-bbb-x-a-ccc", "x-hocvu", "fil"}) {
    INFO(tag);
    CHECK_FALSE(language_tag_problem(tag));
  }
}

TEST_CASE("language_tag_problem: names and malformed tags fail, with the reason", "[language]") {
  CHECK(*language_tag_problem("english") ==
        "'english' is not a language code: a language is written as its 2 or 3 letter ISO 639 code");
  CHECK(*language_tag_problem("") == "it is empty");
  const std::string parts = "a tag is parts of 1 to 8 ASCII letters or digits joined by hyphens, such as 'vi' or 'vi-VN'";
  for (const char* tag : {"vi_VN", "vi-", "-vi", "vi--VN", "Tiếng Việt", "en GB", "vi-abcdefghi"}) {
    INFO(tag);
    CHECK(language_tag_problem(tag) == parts);
  }
  CHECK(*language_tag_problem("e") == "the language 'e' is not 2 or 3 letters (an ISO 639 code)");
  CHECK(*language_tag_problem("v1") == "the language 'v1' is not 2 or 3 letters (an ISO 639 code)");
  CHECK(*language_tag_problem("en-GB-GB") ==
        "'GB' is not a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 letters or digits), or "
        "is not in that order");
  CHECK(*language_tag_problem("vi-VN-Latn") ==
        "'Latn' is not a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 letters or digits), "
        "or is not in that order");
  CHECK(*language_tag_problem("de-1901-1901") == "the variant '1901' appears twice");
  CHECK(*language_tag_problem("en-u") == "the extension 'u' has nothing after it");
  CHECK(*language_tag_problem("en-u-ca-u-nu") == "the extension 'u' appears twice");
}

TEST_CASE("primary_language: lowercase, empty when malformed", "[language]") {
  CHECK(primary_language("vi") == "vi");
  CHECK(primary_language("VI-vn") == "vi");
  CHECK(primary_language("zh-Hant-TW") == "zh");
  CHECK(primary_language("english").empty());
  CHECK(language_code_for_name("English") == "en");
  CHECK(language_code_for_name("Tiếng Việt") == "vi");
  CHECK(language_code_for_name("klingon").empty());
}

TEST_CASE("E208: a framework's or bank's language that is not a tag", "[language]") {
  CHECK(language_findings(kFramework, bank("  language: english\n")) ==
        "b.yaml:4:13: E208 'english' for 'language' of bank b1 is not a BCP 47 language tag: 'english' is not a "
        "language code: a language is written as its 2 or 3 letter ISO 639 code [write 'en']\n");
  CHECK(language_findings(framework_in("vi_VN"), bank("  language: vi\n")) ==
        "framework/fw.yaml:5:13: E208 'vi_VN' for 'language' of framework fw is not a BCP 47 language tag: a tag is "
        "parts of 1 to 8 ASCII letters or digits joined by hyphens, such as 'vi' or 'vi-VN' [write the language's "
        "code, optionally with a region: 'vi', 'vi-VN', 'en', 'en-GB' (language in lowercase, region in "
        "capitals)]\n");
  CHECK(language_findings(kFramework, bank("  language: vi-VN\n")) == "(no diagnostics)\n");
}

TEST_CASE("E306: a bank in another language than its framework's, unless a translation", "[language]") {
  CHECK(language_findings(framework_in("en"), bank("  language: fr\n")) ==
        "b.yaml:4:13: E306 bank b1 is in 'fr', but its framework fw is in 'en' [correct the language, or, if the "
        "bank is a translation, say so with translation_of: en]\n");
  // The primary language decides: vi-VN belongs to vi, en-GB to en-US.
  CHECK(language_findings(kFramework, bank("  language: vi-VN\n")) == "(no diagnostics)\n");
  CHECK(language_findings(framework_in("en-US"), bank("  language: en-GB\n")) == "(no diagnostics)\n");
  // A declared translation from the framework's language.
  CHECK(language_findings(kFramework, bank("  language: en\n  translation_of: vi\n")) == "(no diagnostics)\n");
  CHECK(language_findings(kFramework, bank("  language: en\n  translation_of: fr\n")) ==
        "b.yaml:5:19: E306 bank b1 is a translation from 'fr', but framework fw is in 'vi' [translation_of names "
        "the framework's language: translation_of: vi]\n");
  CHECK(language_findings(kFramework, bank("  language: en\n  translation_of: french\n")) ==
        "b.yaml:5:19: E208 'french' for 'translation_of' of bank b1 is not a BCP 47 language tag: 'french' is not a "
        "language code: a language is written as its 2 or 3 letter ISO 639 code [write 'fr']\n");
}
