#include "diag/rules.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>
#include <string_view>

using hocvu::all_rules;
using hocvu::find_rule;
using hocvu::Rule;
using hocvu::rule_info;
using hocvu::RuleInfo;
using hocvu::Severity;

namespace {

// The last enumerator: the table has one entry per enumerator up to this one.
constexpr Rule kLastRule = Rule::import_gift_escape;
constexpr size_t kRuleCount = static_cast<size_t>(kLastRule) + 1;

bool is_code(std::string_view code) {
  return code.size() == 4 && (code[0] == 'E' || code[0] == 'W' || code[0] == 'I') &&
         std::isdigit(static_cast<unsigned char>(code[1])) && std::isdigit(static_cast<unsigned char>(code[2])) &&
         std::isdigit(static_cast<unsigned char>(code[3]));
}

bool is_name(std::string_view name) {
  if (name.empty() || name.front() == '-' || name.back() == '-') {
    return false;
  }
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("the rule table follows the order of the enum", "[rules]") {
  REQUIRE(all_rules().size() == kRuleCount);
  for (size_t i = 0; i < kRuleCount; ++i) {
    auto rule = static_cast<Rule>(i);
    INFO("rule " << i << " (" << all_rules()[i].code << ")");
    CHECK(rule_info(rule).rule == rule);
    CHECK(&rule_info(rule) == &all_rules()[i]);
  }
}

TEST_CASE("rule codes are unique, [EWI]ddd, E for errors and W for warnings, I last", "[rules]") {
  std::set<std::string> codes;
  std::string previous;
  bool import_rules = false;
  for (const RuleInfo& info : all_rules()) {
    std::string code = info.code;
    INFO(code);
    CHECK(is_code(code));
    CHECK(codes.insert(code).second);
    if (code[0] == 'I') {
      // The import rules come after hocvu's own, numbered afresh from I101.
      if (!import_rules) previous.clear();
      import_rules = true;
    } else {
      CHECK_FALSE(import_rules);
      CHECK((code[0] == 'E') == (info.severity == Severity::error));
      CHECK((code[0] == 'W') == (info.severity == Severity::warning));
    }
    // Numbers rise through the table, whatever the letter: E001 < W005 < E006.
    CHECK(code.substr(1) > previous);
    previous = code.substr(1);
  }
  CHECK(import_rules);
  CHECK(codes.size() == kRuleCount);
}

TEST_CASE("rule names are unique kebab-case words and every rule is explained", "[rules]") {
  std::set<std::string> names;
  for (const RuleInfo& info : all_rules()) {
    INFO(info.code << " " << info.name);
    CHECK(is_name(info.name));
    CHECK(names.insert(info.name).second);
    CHECK(hocvu::rule_summary(info).size() > 0);
    CHECK(hocvu::rule_explanation(info).size() > 0);
  }
}

TEST_CASE("known rules have their documented codes", "[rules]") {
  CHECK(std::string(rule_info(Rule::file_too_large).code) == "E001");
  CHECK(std::string(rule_info(Rule::byte_order_mark).code) == "W005");
  CHECK(std::string(rule_info(Rule::yaml_syntax).code) == "E101");
  CHECK(std::string(rule_info(Rule::unknown_document).code) == "E201");
  CHECK(std::string(rule_info(Rule::duplicate_id).code) == "E301");
  CHECK(std::string(rule_info(Rule::answer_not_in_options).code) == "E401");
  CHECK(std::string(rule_info(Rule::answer_not_in_options).name) == "answer-not-in-options");
  CHECK(std::string(rule_info(Rule::near_duplicate_stem).code) == "W406");
  CHECK(std::string(rule_info(Rule::tolerance_too_large).code) == "W409");
  CHECK(std::string(rule_info(Rule::tolerance_too_large).name) == "tolerance-too-large");
  CHECK(std::string(rule_info(Rule::coverage).code) == "E501");
  CHECK(std::string(rule_info(Rule::import_unsupported_type).code) == "I101");
  CHECK(std::string(rule_info(Rule::import_content_lost).code) == "I107");
  CHECK(rule_info(Rule::import_content_lost).severity == Severity::warning);
  CHECK(std::string(rule_info(Rule::import_gift_escape).name) == "unknown-gift-escape");
}

TEST_CASE("find_rule by code, case-insensitively", "[rules]") {
  for (std::string_view code : {"E401", "e401"}) {
    const RuleInfo* info = find_rule(code);
    REQUIRE(info != nullptr);
    CHECK(info->rule == Rule::answer_not_in_options);
  }
  const RuleInfo* warning = find_rule("w406");
  REQUIRE(warning != nullptr);
  CHECK(warning->rule == Rule::near_duplicate_stem);
  for (const RuleInfo& info : all_rules()) {
    INFO(info.code);
    CHECK(find_rule(info.code) == &info);
  }
}

TEST_CASE("find_rule by name", "[rules]") {
  const RuleInfo* info = find_rule("duplicate-key");
  REQUIRE(info != nullptr);
  CHECK(info->rule == Rule::duplicate_key);
  const RuleInfo* upper = find_rule("NOT-NFC");
  REQUIRE(upper != nullptr);
  CHECK(upper->rule == Rule::not_nfc);
  for (const RuleInfo& rule : all_rules()) {
    INFO(rule.name);
    CHECK(find_rule(rule.name) == &rule);
  }
}

TEST_CASE("find_rule returns nullptr for what is not a rule", "[rules]") {
  CHECK(find_rule("") == nullptr);
  CHECK(find_rule("E999") == nullptr);
  CHECK(find_rule("E40") == nullptr);
  CHECK(find_rule("E4011") == nullptr);
  CHECK(find_rule("duplicate") == nullptr);
  CHECK(find_rule("duplicate_key") == nullptr);
  CHECK(find_rule("401") == nullptr);
}

TEST_CASE("severity_name", "[rules]") {
  CHECK(std::string(hocvu::severity_name(Severity::error)) == "error");
  CHECK(std::string(hocvu::severity_name(Severity::warning)) == "warning");
}

TEST_CASE("explain_text: the explanation, then the examples indented under Bad: and Fixed:", "[rules]") {
  RuleInfo made{Rule::yaml_syntax, "E999", "made-up", Severity::error, "a:\n\n  b: <TAB>\n", "a: 1\n"};
  // Blank lines stay empty (no trailing spaces); markers are shown as written.
  CHECK(hocvu::with_examples("Why.\nFix: this.", made) ==
        "Why.\nFix: this.\n\nBad:\n    a:\n\n      b: <TAB>\n\nFixed:\n    a: 1");
  made.bad_example = nullptr;
  made.fixed_example = nullptr;
  CHECK(hocvu::with_examples("Why.\nFix: this.", made) == "Why.\nFix: this.");
}

TEST_CASE("explain_text of a rule with examples, and of one without", "[rules]") {
  CHECK(hocvu::explain_text(rule_info(Rule::too_few_options)) ==
        "A choice with one option is no choice.\n"
        "Fix: add options, or change the type (true_false, numeric or short_text).\n"
        "\n"
        "Bad:\n"
        "    questions:\n"
        "      - id: Q1\n"
        "        competency: \"1.1\"\n"
        "        level: CB\n"
        "        type: single\n"
        "        stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?\n"
        "        options:\n"
        "          a: dichvucong.gov.vn\n"
        "        answer: a\n"
        "\n"
        "Fixed:\n"
        "    questions:\n"
        "      - id: Q1\n"
        "        competency: \"1.1\"\n"
        "        level: CB\n"
        "        type: single\n"
        "        stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?\n"
        "        options:\n"
        "          a: dichvucong.gov.vn\n"
        "          b: dichvucong.com.vn\n"
        "        answer: a");
  CHECK(hocvu::explain_text(rule_info(Rule::file_too_large)) == hocvu::rule_explanation(rule_info(Rule::file_too_large)));
}
