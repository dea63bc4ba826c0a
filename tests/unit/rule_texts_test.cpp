// The texts of the lint rules in the catalogues: every rule's summary and explanation are there in
// every language (the keys are made from the codes, so tests/i18n/check_message_ids.py cannot see
// them: this is their enumeration), each explanation says what the markers of its examples stand
// for, and `hocvu lint --explain` shows the examples unchanged in every language.
#include "diag/rules.hpp"
#include "i18n/interface.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>
#include <vector>

using hocvu::all_rules;
using hocvu::find_message;
using hocvu::InterfaceLanguageScope;
using hocvu::Language;
using hocvu::language_tag;
using hocvu::RuleInfo;

namespace {

std::string summary_key(const RuleInfo& info) { return "rule." + std::string(info.code) + ".summary"; }
std::string explain_key(const RuleInfo& info) { return "rule." + std::string(info.code) + ".explain"; }

// The codes whose summary or explanation `language` lacks, joined by spaces.
std::string codes_missing(Language language, bool (*wanted)(const RuleInfo&)) {
  std::string missing;
  for (const RuleInfo& info : all_rules()) {
    if (wanted(info) && (!find_message(language, summary_key(info)) || !find_message(language, explain_key(info)))) {
      missing += (missing.empty() ? "" : " ") + std::string(info.code);
    }
  }
  return missing;
}

bool any_rule(const RuleInfo&) { return true; }

// The codes translated in rules_vi.cpp: E0xx, E1xx, E2xx, E7xx, E8xx, E9xx and I1xx (and their W codes).
bool rules_vi_part(const RuleInfo& info) {
  char hundreds = info.code[1];
  return info.code[0] == 'I' || hundreds == '0' || hundreds == '1' || hundreds == '2' || hundreds >= '7';
}

// The markers an example writes for what cannot be seen (see the top of src/diag/rules.cpp).
std::set<std::string> markers(const char* example) {
  static const std::regex marker("<(TAB|CR|SP|NUL|BOM|U\\+[0-9A-F]{4,6}|x[0-9A-F]{2})>");
  std::set<std::string> found;
  if (example != nullptr) {
    std::string text = example;
    for (std::sregex_iterator it(text.begin(), text.end(), marker), end; it != end; ++it) {
      found.insert(it->str());
    }
  }
  return found;
}

std::vector<std::string> lines_of(const char* text) {
  std::vector<std::string> lines;
  std::string all = text;
  for (size_t start = 0; start < all.size();) {
    size_t end = all.find('\n', start);
    end = end == std::string::npos ? all.size() : end;
    lines.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

TEST_CASE("every rule has its summary and explanation in English", "[rules][i18n]") {
  CHECK(codes_missing(Language::en, any_rule) == "");
}

TEST_CASE("the rules of rules_vi.cpp have their summary and explanation in Vietnamese", "[rules][i18n]") {
  CHECK(codes_missing(Language::vi, rules_vi_part) == "");
}

TEST_CASE("every rule has its summary and explanation in Vietnamese", "[i18n][rules]") {
  CHECK(codes_missing(Language::vi, any_rule) == "");
}

TEST_CASE("each explanation says what the markers of its examples stand for, in every language", "[rules][i18n]") {
  for (Language language : {Language::en, Language::vi}) {
    for (const RuleInfo& info : all_rules()) {
      auto explanation = find_message(language, explain_key(info));
      if (!explanation) {
        continue;  // the completeness tests above name it
      }
      std::set<std::string> used = markers(info.bad_example);
      used.merge(markers(info.fixed_example));
      for (const auto& marker : used) {
        INFO(language_tag(language) << " " << info.code << " " << marker);
        CHECK(explanation->find(marker) != std::string_view::npos);
      }
    }
  }
}

TEST_CASE("explain_text shows the examples verbatim in every language", "[rules][i18n]") {
  for (Language language : {Language::en, Language::vi}) {
    InterfaceLanguageScope scope(language);
    for (const RuleInfo& info : all_rules()) {
      if (!find_message(language, explain_key(info))) {
        continue;
      }
      std::string text = hocvu::explain_text(info);
      CHECK(text.rfind(hocvu::rule_explanation(info), 0) == 0);
      for (const char* example : {info.bad_example, info.fixed_example}) {
        if (example == nullptr) {
          continue;
        }
        size_t at = 0;
        for (const auto& line : lines_of(example)) {
          INFO(language_tag(language) << " " << info.code << " line: " << line);
          size_t found = text.find(line.empty() ? "\n\n" : "\n    " + line + "\n", at);
          found = found != std::string::npos || line.empty() ? found : text.find("\n    " + line, at);
          REQUIRE(found != std::string::npos);
          at = found + 1;
        }
      }
    }
  }
}

TEST_CASE("rule texts in Vietnamese", "[rules][i18n]") {
  InterfaceLanguageScope scope(Language::vi);
  const RuleInfo& invalid_utf8 = hocvu::rule_info(hocvu::Rule::invalid_utf8);
  CHECK(hocvu::rule_summary(invalid_utf8) == "tệp không phải UTF-8 hợp lệ");
  CHECK(hocvu::severity_text(hocvu::Severity::error) == "lỗi");
  CHECK(hocvu::severity_text(hocvu::Severity::warning) == "cảnh báo");
  CHECK(std::string(hocvu::severity_name(hocvu::Severity::warning)) == "warning");  // json, sarif
  std::string text = hocvu::explain_text(invalid_utf8);
  CHECK(text.find("\n\nVí dụ sai:\n    questions:\n") != std::string::npos);
  CHECK(text.find("\n\nĐã sửa:\n    questions:\n") != std::string::npos);
}

TEST_CASE("the findings beyond a file's limits, in Vietnamese", "[rules][i18n]") {
  InterfaceLanguageScope scope(Language::vi);
  CHECK(hocvu::ui_plural("rule.more_lines", 5) == "còn 5 dòng khác của tệp này có cùng vấn đề");
  CHECK(hocvu::ui_plural("rule.more_questions", 1) == "còn 1 câu hỏi khác của tệp này có cùng vấn đề");
  CHECK(hocvu::ui_format("rule.more_findings", fmt::arg("count", 12)) ==
        "còn 12 phát hiện khác trong tệp này không được liệt kê");
}
