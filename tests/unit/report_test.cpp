// Tests of src/lint/report_text.cpp and src/lint/report_machine.cpp (declared in lint/report.hpp).
#include "lint/report.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "hocvu/version.hpp"
#include "i18n/interface.hpp"
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

TEST_CASE("format_text_report: invalid bytes and control characters in the source line are escaped", "[report]") {
  Lines lines;
  lines.lines[{"a.yaml", 2}] = "  title: ab\xFF";
  Diagnostic d{Rule::invalid_utf8, Location{"a.yaml", 2, 12}, "byte 0xFF", ""};
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "a.yaml:2:12: error[E002]: byte 0xFF\n"
        "2 |   title: ab\\xff\n"
        "  | " + spaces(11) + "^\n");
}

TEST_CASE("format_text_report: the caret stays under its character after escaped ones", "[report]") {
  Lines lines;
  // Columns 1-3 are ESC, a lone CR and U+202E; the finding is at the x, column 4. Shown as
  // "\x1b\r\u202e" (4 + 2 + 6 characters), so the caret is 12 spaces in.
  lines.lines[{"a.yaml", 3}] = "\x1b\r\xE2\x80\xAEx: 1";
  Diagnostic d{Rule::unusual_line_break, Location{"a.yaml", 3, 4}, "m", ""};
  CHECK(text_report(diagnostics_of({d}), lines) ==
        "a.yaml:3:4: error[E011]: m\n"
        "3 | \\x1b\\r\\u202ex: 1\n"
        "  | " + spaces(12) + "^\n");
  // A caret on the escaped character itself points at its backslash.
  Diagnostic on{Rule::unusual_line_break, Location{"a.yaml", 3, 2}, "m", ""};
  CHECK(text_report(diagnostics_of({on}), lines) ==
        "a.yaml:3:2: error[E011]: m\n"
        "3 | \\x1b\\r\\u202ex: 1\n"
        "  | " + spaces(4) + "^\n");
}

TEST_CASE("format_text_report: control characters in file names, messages and hints are escaped", "[report]") {
  Lines lines;
  lines.lines[{"b\x1b[2J\r.yaml", 5}] = "  - id: x";
  // An id that would clear the screen and then print a line of its own.
  Diagnostic d{Rule::malformed_id, Location{"b\x1b[2J\r.yaml", 5, 9},
               "'Q\x1b[2J\rhocvu: no problems in 1 file\n' is not a valid id", "not \xE2\x80\xAEthis\x7f"};
  std::string report = text_report(diagnostics_of({d}), lines);
  CHECK(report ==
        "b\\x1b[2J\\r.yaml:5:9: error[E206]: 'Q\\x1b[2J\\rhocvu: no problems in 1 file\\n' is not a valid id\n"
        "5 |   - id: x\n"
        "  |         ^\n"
        "  = hint: not \\u202ethis\\x7f\n");
  CHECK(report.find('\x1b') == std::string::npos);
  CHECK(report.find('\r') == std::string::npos);
  // Colour codes are the only escape sequences when colour is asked for.
  std::string coloured = text_report(diagnostics_of({d}), lines, true);
  CHECK(coloured.find("\x1b[2J") == std::string::npos);
  CHECK(coloured.find("\\x1b[2J") != std::string::npos);
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

TEST_CASE("format_json_report: parses, with the documented fields", "[report]") {
  Diagnostic w008_without_hint = w008("a.yaml", 1, 5);
  w008_without_hint.hint = "";
  Diagnostics diagnostics = diagnostics_of({e401(), w008_without_hint});
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
  REQUIRE(rules.size() == static_cast<size_t>(Rule::import_gift_escape) + 1);
  for (size_t i = 0; i < rules.size(); ++i) {
    CHECK(static_cast<size_t>(rules[i].rule) == i);
  }
}

TEST_CASE("format_json_report and format_sarif_report: DEL, C1, line separators and bidi controls as \\u",
          "[report]") {
  // nlohmann writes C0 controls as \u001b but these raw; the values read back are unchanged.
  std::string id = "Q\x1b\x7f\xC2\x9B\xE2\x80\xA8\xE2\x80\xAE";
  Diagnostic d{Rule::malformed_id, Location{"b\xE2\x80\xAE.yaml", 1, 1}, id, ""};
  std::string json = hocvu::format_json_report(diagnostics_of({d}), ReportSummary{1, 0});
  CHECK(json.find("\"message\": \"Q\\u001b\\u007f\\u009b\\u2028\\u202e\"") != std::string::npos);
  CHECK(json.find("\"file\": \"b\\u202e.yaml\"") != std::string::npos);
  Json report = Json::parse(json);
  CHECK(report["diagnostics"][0]["message"] == id);
  CHECK(report["diagnostics"][0]["file"] == "b\xE2\x80\xAE.yaml");
  std::string sarif = hocvu::format_sarif_report(diagnostics_of({d}));
  CHECK(sarif.find("\"text\": \"Q\\u001b\\u007f\\u009b\\u2028\\u202e\"") != std::string::npos);
  CHECK(Json::parse(sarif)["runs"][0]["results"][0]["message"]["text"] == id);
  CHECK(Json::parse(sarif)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "b%E2%80%AE.yaml");
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
    CHECK(rules[i]["shortDescription"]["text"] == hocvu::rule_summary(all[i]));
    CHECK(rules[i]["fullDescription"]["text"] == hocvu::explain_text(all[i]));
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
  Diagnostic message{Rule::answer_not_in_options, Location{"bank/b.yaml", 14, 13}, "100% sure: a, b", ""};
  Diagnostic property = w008("dir:x/a,b 100%.yaml", 3, 0);
  CHECK(hocvu::format_github_report(diagnostics_of({message, property, e001()})) ==
        "::error file=bank/b.yaml,line=14,col=13,title=E401 answer-not-in-options::100%25 sure: a, b\n"
        "::warning file=dir%3Ax/a%2Cb 100%25.yaml,line=3,col=1,title=W008 trailing-space::trailing spaces "
        "(hint: hocvu lint --fix removes them)\n"
        "::error file=big.yaml,title=E001 file-too-large::the file is 20000000 bytes, over the limit of 16777216 "
        "bytes; it is not read (hint: split it into smaller files, or raise --max-file-size)\n");
  CHECK(hocvu::format_github_report(Diagnostics{}) == "");
}

TEST_CASE("format_github_report: control characters are shown escaped, never passed to the log", "[report]") {
  // CR and LF would end the command and start a forged one; ESC would paint the log.
  Diagnostic d{Rule::malformed_id, Location{"b\x1b[31m\r\n.yaml", 2, 9},
               "'Q\r\n::error::forged\x1b[2J' 100%", "\xE2\x80\xAEhint"};
  std::string github = hocvu::format_github_report(diagnostics_of({d}));
  CHECK(github ==
        "::error file=b\\x1b[31m\\r\\n.yaml,line=2,col=9,title=E206 malformed-id::'Q\\r\\n::error::forged\\x1b[2J' "
        "100%25 (hint: \\u202ehint)\n");
  CHECK(std::count(github.begin(), github.end(), '\n') == 1);
  CHECK(github.find('\x1b') == std::string::npos);
  CHECK(github.find('\r') == std::string::npos);
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

TEST_CASE("the reports in Vietnamese: severity words and hints translated, machine fields not", "[report][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  Lines lines;
  lines.lines[{"bank/b.yaml", 14}] = "    answer: c";
  Diagnostics diagnostics = diagnostics_of({e401(), w008("a.yaml", 0, 0)});
  CHECK(text_report(diagnostics, lines) ==
        "bank/b.yaml:14:13: lỗi[E401]: answer 'c' of question Q1 is not one of its options (a, b)\n"
        "14 |     answer: c\n"
        "   | " + spaces(12) + "^\n"
        "  = gợi ý: use one of the option keys, or add the missing option\n"
        "a.yaml: cảnh báo[W008]: trailing spaces\n"
        "  = gợi ý: hocvu lint --fix removes them\n");
  CHECK(hocvu::summary_line(diagnostics, ReportSummary{2, 5}) == "1 lỗi và 1 cảnh báo trong 2 tệp");
  CHECK(hocvu::summary_line(Diagnostics{}, ReportSummary{1, 5}) == "không có vấn đề nào trong 1 tệp");
  Json json = Json::parse(hocvu::format_json_report(diagnostics, ReportSummary{2, 5}));
  CHECK(json["diagnostics"][0]["severity"] == "error");
  Json sarif = Json::parse(hocvu::format_sarif_report(diagnostics));
  CHECK(sarif["runs"][0]["results"][0]["level"] == "error");
  CHECK(sarif["runs"][0]["results"][0]["message"]["text"] ==
        "answer 'c' of question Q1 is not one of its options (a, b) (gợi ý: use one of the option keys, or add the "
        "missing option)");
  CHECK(hocvu::format_github_report(diagnostics_of({w008("a.yaml", 3, 1)})) ==
        "::warning file=a.yaml,line=3,col=1,title=W008 trailing-space::trailing spaces (gợi ý: hocvu lint --fix "
        "removes them)\n");
}
