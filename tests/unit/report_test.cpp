// Tests of src/lint/report_text.cpp and src/lint/report_machine.cpp (declared in lint/report.hpp).
#include "lint/report.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "hocvu/version.hpp"
#include "lint_test_support.hpp"

using hocvu::Diagnostic;
using hocvu::Diagnostics;
using hocvu::Location;
using hocvu::ReportSummary;
using hocvu::Rule;
using hocvu::TextStyle;
using hocvu::test::diagnostics_of;
using Json = nlohmann::json;

namespace {

const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

Diagnostic e401() {
  return Diagnostic{Rule::answer_not_in_options, Location{"bank/b.yaml", 14, 13},
                    "answer 'c' of question Q1 is not one of its options (a, b)",
                    "use one of the option keys, or add the missing option"};
}

Diagnostic e001() {
  return Diagnostic{Rule::file_too_large, Location{"big.yaml", 0, 0},
                    "the file is 20000000 bytes, over the limit of 16777216 bytes; it is not read",
                    "split it into smaller files, or raise --max-file-size"};
}

Diagnostic w008(const std::string& file, uint32_t line, uint32_t column) {
  return Diagnostic{Rule::trailing_space, Location{file, line, column}, "trailing spaces", "hocvu lint --fix removes them"};
}

// Serves source lines from a map keyed by (file, line); counts the lookups.
struct Lines {
  std::map<std::pair<std::string, uint32_t>, std::string> lines;
  int calls = 0;

  hocvu::SourceLineLookup lookup() {
    return [this](const std::string& file, uint32_t line) -> std::optional<std::string> {
      ++calls;
      auto found = lines.find({file, line});
      if (found == lines.end()) {
        return std::nullopt;
      }
      return found->second;
    };
  }
};

std::string text_report(const Diagnostics& diagnostics, Lines& lines, bool color = false) {
  return hocvu::format_text_report(diagnostics, lines.lookup(), TextStyle{color});
}

std::string spaces(size_t count) {
  return std::string(count, ' ');
}

}  // namespace

TEST_CASE("format_text_report: location, label, source line, caret and hint", "[report]") {
  Lines lines;
  lines.lines[{"bank/b.yaml", 14}] = "    answer: c";
  CHECK(text_report(diagnostics_of({e401()}), lines) ==
        "bank/b.yaml:14:13: error[E401]: answer 'c' of question Q1 is not one of its options (a, b)\n"
        "14 |     answer: c\n"
        "   | " + spaces(12) + "^\n"
        "  = hint: use one of the option keys, or add the missing option\n");
  CHECK(lines.calls == 1);
}

TEST_CASE("format_text_report: the caret counts characters, not bytes", "[report]") {
  Lines lines;
  // "    stem: Mật " is 14 characters (16 bytes): "khẩu" starts at column 15.
  lines.lines[{"bank.yaml", 10}] = "    stem: Mật khẩu nào mạnh?";
  Diagnostic d{Rule::not_nfc, Location{"bank.yaml", 10, 15}, "text is not in Unicode NFC", ""};
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "bank.yaml:10:15: error[E009]: text is not in Unicode NFC\n"
        "10 |     stem: Mật khẩu nào mạnh?\n"
        "   | " + spaces(14) + "^\n");
}

TEST_CASE("format_text_report: a tab before the caret is kept, so the caret lines up", "[report]") {
  Lines lines;
  lines.lines[{"a.yaml", 7}] = "\tx: 1";
  lines.lines[{"a.yaml", 8}] = "tên:\tgiá trị";
  Diagnostic first{Rule::yaml_syntax, Location{"a.yaml", 7, 2}, "YAML syntax error", ""};
  Diagnostic second{Rule::yaml_syntax, Location{"a.yaml", 8, 6}, "YAML syntax error", ""};
  CHECK(text_report(diagnostics_of({first, second}), lines) ==
        "a.yaml:7:2: error[E101]: YAML syntax error\n"
        "7 | \tx: 1\n"
        "  | \t^\n"
        "a.yaml:8:6: error[E101]: YAML syntax error\n"
        "8 | tên:\tgiá trị\n"
        "  |     \t^\n");
}

TEST_CASE("format_text_report: a whole-file finding has no source line", "[report]") {
  Lines lines;
  lines.lines[{"big.yaml", 0}] = "never shown";
  CHECK(text_report(diagnostics_of({e001()}), lines) ==
        "big.yaml: error[E001]: the file is 20000000 bytes, over the limit of 16777216 bytes; it is not read\n"
        "  = hint: split it into smaller files, or raise --max-file-size\n");
  CHECK(lines.calls == 0);
}

TEST_CASE("format_text_report: no source line when the lookup has none, no hint line when empty", "[report]") {
  Lines lines;
  Diagnostic d{Rule::trailing_space, Location{"gone.yaml", 3, 5}, "trailing spaces", ""};
  CHECK(text_report(diagnostics_of({d}), lines) == "gone.yaml:3:5: warning[W008]: trailing spaces\n");
  CHECK(lines.calls == 1);
}

TEST_CASE("format_text_report: a long line is shown in a window around the caret", "[report]") {
  Lines lines;
  // 3,000 characters; the finding is at the X, column 2001. The window starts 60 characters
  // before it and holds 120.
  lines.lines[{"long.yaml", 2}] = std::string(2000, 'a') + "X" + std::string(999, 'b');
  Diagnostic d{Rule::long_line, Location{"long.yaml", 2, 2001}, "line is 3000 bytes long (the limit is 2000)", ""};
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "long.yaml:2:2001: warning[W010]: line is 3000 bytes long (the limit is 2000)\n"
        "2 | ..." + std::string(60, 'a') + "X" + std::string(59, 'b') + "...\n"
        "  | " + spaces(63) + "^\n");
  // A line that fits is shown whole.
  lines.lines[{"long.yaml", 3}] = std::string(100, 'c');
  Diagnostic fits{Rule::long_line, Location{"long.yaml", 3, 100}, "m", ""};
  CHECK(text_report(diagnostics_of({fits}), lines) ==
        "long.yaml:3:100: warning[W010]: m\n"
        "3 | " + std::string(100, 'c') + "\n"
        "  | " + spaces(99) + "^\n");
}

TEST_CASE("format_text_report: invalid bytes and control characters are shown as U+FFFD", "[report]") {
  Lines lines;
  lines.lines[{"a.yaml", 2}] = "  title: ab\xFF";
  Diagnostic d{Rule::invalid_utf8, Location{"a.yaml", 2, 12}, "byte 0xFF", ""};
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "a.yaml:2:12: error[E002]: byte 0xFF\n"
        "2 |   title: ab" + std::string(kReplacement) + "\n"
        "  | " + spaces(11) + "^\n");
}

// A YAML key "\e]0;x\a" is quoted in an unknown-key message: the terminal must not get it.
TEST_CASE("format_text_report: control characters in a message or hint are shown as U+FFFD", "[report]") {
  Lines lines;
  Diagnostic d{Rule::unknown_key, Location{"a.yaml", 0, 0}, "unknown key '\033]0;x\a' in bank", "did you mean\n'id'?"};
  std::string r(kReplacement);
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "a.yaml: error[E204]: unknown key '" + r + "]0;x" + r + "' in bank\n"
        "  = hint: did you mean" + r + "'id'?\n");
}

TEST_CASE("format_text_report: colour codes only when asked for", "[report]") {
  Lines lines;
  lines.lines[{"bank/b.yaml", 14}] = "    answer: c";
  Diagnostics diagnostics = diagnostics_of({e401(), w008("a.yaml", 1, 5)});
  std::string plain = text_report(diagnostics, lines, false);
  CHECK(plain.find('\033') == std::string::npos);
  CHECK(text_report(diagnostics, lines, true) ==
        "\033[1mbank/b.yaml:14:13\033[0m: \033[1;31merror[E401]\033[0m: "
        "\033[1manswer 'c' of question Q1 is not one of its options (a, b)\033[0m\n"
        "\033[1;36m14\033[0m \033[1;36m|\033[0m     answer: c\n"
        "   \033[1;36m|\033[0m " + spaces(12) + "\033[1;32m^\033[0m\n"
        "  \033[1;36m= hint:\033[0m use one of the option keys, or add the missing option\n"
        "\033[1ma.yaml:1:5\033[0m: \033[1;35mwarning[W008]\033[0m: \033[1mtrailing spaces\033[0m\n"
        "  \033[1;36m= hint:\033[0m hocvu lint --fix removes them\n");
}

TEST_CASE("printable_line: invalid UTF-8 and control characters become U+FFFD", "[report]") {
  std::string r = kReplacement;
  CHECK(hocvu::printable_line("Việt Nam") == "Việt Nam");
  CHECK(hocvu::printable_line("a\tb") == "a\tb");
  CHECK(hocvu::printable_line("ab\xFF" "c") == "ab" + r + "c");
  CHECK(hocvu::printable_line("a\x01" "b\x7F") == "a" + r + "b" + r);
  CHECK(hocvu::printable_line("x\r") == "x" + r);
  CHECK(hocvu::printable_line("\x1B[31mred") == r + "[31mred");
  // Each bad byte is replaced on its own: a lone continuation byte, then a cut-off sequence.
  CHECK(hocvu::printable_line("\x80Vi\xE1\xBB") == r + "Vi" + r + r);
  CHECK(hocvu::printable_line("") == "");
}

TEST_CASE("format_json_report: parses, with the documented fields", "[report]") {
  Diagnostics diagnostics = diagnostics_of({e401(), w008("a.yaml", 1, 5)});
  diagnostics[1].hint = "";
  Json report = Json::parse(hocvu::format_json_report(diagnostics, ReportSummary{3, 7}));
  CHECK(report["tool"] == "hocvu lint");
  CHECK(report["version"] == hocvu::kVersion);
  CHECK(report["files"] == 3);
  CHECK(report["questions"] == 7);
  CHECK(report["errors"] == 1);
  CHECK(report["warnings"] == 1);
  REQUIRE(report["diagnostics"].size() == 2);
  const Json& first = report["diagnostics"][0];
  CHECK(first == Json{{"file", "bank/b.yaml"},
                      {"line", 14},
                      {"column", 13},
                      {"severity", "error"},
                      {"code", "E401"},
                      {"rule", "answer-not-in-options"},
                      {"message", "answer 'c' of question Q1 is not one of its options (a, b)"},
                      {"hint", "use one of the option keys, or add the missing option"}});
  const Json& second = report["diagnostics"][1];
  CHECK(second["severity"] == "warning");
  CHECK(second["code"] == "W008");
  CHECK(second["rule"] == "trailing-space");
  CHECK(second["hint"] == "");

  Json empty = Json::parse(hocvu::format_json_report(Diagnostics{}, ReportSummary{0, 0}));
  CHECK(empty["diagnostics"] == Json::array());
  CHECK(empty["errors"] == 0);
}

TEST_CASE("format_json_report: Vietnamese text stays readable UTF-8", "[report]") {
  Diagnostic d = w008("ngân hàng/câu hỏi.yaml", 2, 3);
  std::string text = hocvu::format_json_report(diagnostics_of({d}), ReportSummary{1, 0});
  CHECK(text.find("ngân hàng/câu hỏi.yaml") != std::string::npos);
  CHECK(Json::parse(text)["diagnostics"][0]["file"] == "ngân hàng/câu hỏi.yaml");
}

TEST_CASE("format_json_report and format_sarif_report: invalid UTF-8 in a path or message still gives JSON",
          "[report]") {
  Diagnostic d{Rule::invalid_utf8, Location{"bad\xFF.yaml", 1, 1}, "byte \xFF", ""};
  Json report = Json::parse(hocvu::format_json_report(diagnostics_of({d}), ReportSummary{1, 0}));
  CHECK(report["diagnostics"][0]["file"] == "bad" + std::string(kReplacement) + ".yaml");
  CHECK(report["diagnostics"][0]["message"] == "byte " + std::string(kReplacement));
  Json sarif = Json::parse(hocvu::format_sarif_report(diagnostics_of({d})));
  const Json& result = sarif["runs"][0]["results"][0];
  CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad%FF.yaml");
  CHECK(result["message"]["text"] == "byte " + std::string(kReplacement));
}

TEST_CASE("all_rules: the table is in the order of the Rule enum", "[report]") {
  // SARIF's ruleIndex and rule_info() both rely on it.
  const auto& rules = hocvu::all_rules();
  REQUIRE(rules.size() == static_cast<size_t>(Rule::blueprint_unsatisfiable) + 1);
  for (size_t i = 0; i < rules.size(); ++i) {
    CHECK(static_cast<size_t>(rules[i].rule) == i);
  }
}

TEST_CASE("format_sarif_report: SARIF 2.1.0 with every rule, ruleIndex and regions", "[report]") {
  Diagnostics diagnostics = diagnostics_of({e401(), w008("ngân hàng/câu hỏi 1.yaml", 3, 0), e001()});
  Json sarif = Json::parse(hocvu::format_sarif_report(diagnostics));
  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(sarif["runs"].size() == 1);
  const Json& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "hocvu");
  CHECK(run["tool"]["driver"]["version"] == hocvu::kVersion);

  const Json& rules = run["tool"]["driver"]["rules"];
  const auto& all = hocvu::all_rules();
  REQUIRE(rules.size() == all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    CHECK(rules[i]["id"] == all[i].code);
    CHECK(rules[i]["name"] == all[i].name);
    CHECK(rules[i]["shortDescription"]["text"] == all[i].summary);
    CHECK(rules[i]["defaultConfiguration"]["level"] == hocvu::severity_name(all[i].severity));
  }

  const Json& results = run["results"];
  REQUIRE(results.size() == 3);
  for (const Json& result : results) {
    CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
  }
  CHECK(results[0]["ruleId"] == "E401");
  CHECK(rules[results[0]["ruleIndex"].get<size_t>()]["id"] == "E401");
  CHECK(results[0]["level"] == "error");
  CHECK(results[0]["message"]["text"] ==
        "answer 'c' of question Q1 is not one of its options (a, b) (hint: use one of the option keys, or add the "
        "missing option)");
  const Json& location = results[0]["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "bank/b.yaml");
  CHECK(location["region"] == Json{{"startLine", 14}, {"startColumn", 13}});

  // Spaces and Vietnamese letters are percent-encoded byte by byte; column 0 is shown as 1.
  const Json& encoded = results[1]["locations"][0]["physicalLocation"];
  CHECK(encoded["artifactLocation"]["uri"] == "ng%C3%A2n%20h%C3%A0ng/c%C3%A2u%20h%E1%BB%8Fi%201.yaml");
  CHECK(encoded["region"] == Json{{"startLine", 3}, {"startColumn", 1}});
  CHECK(results[1]["level"] == "warning");

  // A whole-file finding has no region.
  const Json& whole = results[2]["locations"][0]["physicalLocation"];
  CHECK(whole["artifactLocation"]["uri"] == "big.yaml");
  CHECK_FALSE(whole.contains("region"));
}

TEST_CASE("format_github_report: workflow commands with escaped data and properties", "[report]") {
  Diagnostic message{Rule::answer_not_in_options, Location{"bank/b.yaml", 14, 13}, "100% sure\r\nnext: a, b", ""};
  Diagnostic property = w008("dir:x/a,b 100%.yaml", 3, 0);
  CHECK(hocvu::format_github_report(diagnostics_of({message, property, e001()})) ==
        "::error file=bank/b.yaml,line=14,col=13,title=E401 answer-not-in-options::100%25 sure%0D%0Anext: a, b\n"
        "::warning file=dir%3Ax/a%2Cb 100%25.yaml,line=3,col=1,title=W008 trailing-space::trailing spaces "
        "(hint: hocvu lint --fix removes them)\n"
        "::error file=big.yaml,title=E001 file-too-large::the file is 20000000 bytes, over the limit of 16777216 "
        "bytes; it is not read (hint: split it into smaller files, or raise --max-file-size)\n");
  CHECK(hocvu::format_github_report(Diagnostics{}) == "");
}

TEST_CASE("summary_line: counts in words", "[report]") {
  CHECK(hocvu::summary_line(Diagnostics{}, ReportSummary{1, 0}) == "no problems in 1 file");
  CHECK(hocvu::summary_line(Diagnostics{}, ReportSummary{7, 30}) == "no problems in 7 files");
  CHECK(hocvu::summary_line(diagnostics_of({e401(), w008("a.yaml", 1, 1)}), ReportSummary{1, 0}) ==
        "1 error and 1 warning in 1 file");
  CHECK(hocvu::summary_line(diagnostics_of({e401(), e401(), e001(), w008("a.yaml", 1, 1)}), ReportSummary{7, 0}) ==
        "3 errors and 1 warning in 7 files");
  CHECK(hocvu::summary_line(diagnostics_of({w008("a.yaml", 1, 1), w008("a.yaml", 2, 1)}), ReportSummary{2, 0}) ==
        "0 errors and 2 warnings in 2 files");
}

TEST_CASE("parse_report_format: the four formats by name", "[report]") {
  CHECK(hocvu::parse_report_format("text") == hocvu::ReportFormat::text);
  CHECK(hocvu::parse_report_format("json") == hocvu::ReportFormat::json);
  CHECK(hocvu::parse_report_format("sarif") == hocvu::ReportFormat::sarif);
  CHECK(hocvu::parse_report_format("github") == hocvu::ReportFormat::github);
  CHECK_FALSE(hocvu::parse_report_format("xml").has_value());
  CHECK_FALSE(hocvu::parse_report_format("JSON").has_value());
}
