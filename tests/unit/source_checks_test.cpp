#include "load/source_checks.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"
#include "yaml/compose.hpp"

using namespace std::string_literals;
using hocvu::check_mojibake;
using hocvu::check_source;
using hocvu::Diagnostics;
using hocvu::Rule;
using hocvu::test::describe;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// Runs the byte checks on `bytes` as file a.yaml and returns what they report, one line each.
std::string source_findings(const std::string& bytes, bool expect_parsable = true) {
  Diagnostics diagnostics;
  bool parsable = check_source(bytes, "a.yaml", diagnostics);
  CHECK(parsable == expect_parsable);
  return describe(diagnostics);
}

std::string mojibake_findings(const std::string& yaml) {
  Diagnostics diagnostics;
  hocvu::Document document = hocvu::compose_yaml(yaml, "a.yaml", hocvu::ComposeLimits{}, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(document.has_root());
  check_mojibake(document, "a.yaml", diagnostics);
  return describe(diagnostics);
}

const char* kTrailingHint = "hocvu lint --fix removes them";

}  // namespace

TEST_CASE("check_source: a NUL byte is reported where it is and stops the file", "[source_checks]") {
  // "bank:\n" is 6 bytes, "  id: b" 7 more: the NUL is byte 13, line 2 column 8.
  std::string bytes = "bank:\n  id: b\0x\n"s;
  std::string expected =
      "a.yaml:2:8: E004 NUL byte; the file is not read further [a NUL byte means the file is binary or "
      "UTF-16: re-save it as UTF-8 text]\n";
  CHECK(source_findings(bytes, false) == expected);
  // Linted, the file is not parsed, so that is the only finding.
  CHECK(describe(lint_memory({{"a.yaml", bytes}}).diagnostics) == expected);
}

// Found by fuzz_yaml_compose under UBSan: memchr was given the null data of an empty
// string_view. make test-sanitize is where this test can fail.
TEST_CASE("check_source: an empty string_view with no data has nothing to report", "[source_checks]") {
  Diagnostics diagnostics;
  CHECK(check_source(std::string_view(), "a.yaml", diagnostics));
  CHECK(describe(diagnostics) == "(no diagnostics)\n");
}

TEST_CASE("check_source: invalid UTF-8 names the byte and its place", "[source_checks]") {
  CHECK(source_findings("bank:\n  title: ab\xFF\n", false) ==
        "a.yaml:2:12: E002 byte 0xFF does not belong to valid UTF-8; the file is not read further "
        "[save the file as UTF-8 in your editor]\n");
  // Columns count code points: "  title: Việt " is 14 of them, so the overlong C0 80 is at 15.
  CHECK(source_findings("bank:\n  title: Việt \xC0\x80\n", false) ==
        "a.yaml:2:15: E002 byte 0xC0 does not belong to valid UTF-8; the file is not read further "
        "[save the file as UTF-8 in your editor]\n");
}

TEST_CASE("check_source: a TCVN3 file is recognised as legacy Vietnamese", "[source_checks]") {
  // "Việt Nam, Quốc hội, đại biểu" in TCVN3: ệ = D6, ố = E8, ộ = E9, đ = AE, ạ = B9, ể = D3.
  // D6 followed by 't' is the first byte that is not UTF-8: line 2, after "  title: Vi".
  std::string bytes = "bank:\n  title: Vi\xD6t Nam, Qu\xE8" "c h\xE9i, \xAE\xB9i bi\xD3u\n";
  Diagnostics diagnostics;
  CHECK_FALSE(check_source(bytes, "old.yaml", diagnostics));
  CHECK(describe(diagnostics) ==
        "old.yaml:2:12: E003 the file is not UTF-8; it looks like Vietnamese in TCVN3 (ABC) "
        "[convert it: iconv -f TCVN5712-1 -t UTF-8 'old.yaml' > converted.yaml]\n");
}

TEST_CASE("check_source: a byte-order mark is reported and not counted in columns", "[source_checks]") {
  CHECK(source_findings("\xEF\xBB\xBF" "a: 1 \n") ==
        "a.yaml:1:1: W005 the file starts with a byte-order mark [hocvu lint --fix removes it]\n"
        "a.yaml:1:5: W008 trailing spaces [hocvu lint --fix removes them]\n");
  CHECK(source_findings("a: 1\n") == "(no diagnostics)\n");
}

TEST_CASE("check_source: a tab is reported at its column", "[source_checks]") {
  CHECK(source_findings("a: 1\nb:\tx\n") == "a.yaml:2:3: E006 tab character [replace it with spaces]\n");
  // After Vietnamese letters the column still counts characters; one finding per line.
  CHECK(source_findings("tên:\tx\t\n") == "a.yaml:1:5: E006 tab character [replace it with spaces]\n");
}

TEST_CASE("check_source: CRLF line endings are reported once, at the first one", "[source_checks]") {
  CHECK(source_findings("a: 1\r\nb: 2\r\n") ==
        "a.yaml:1:5: W007 the file has Windows (CRLF) line endings [hocvu lint --fix converts them to LF]\n");
  // The CR is not a trailing space, but a space before it is.
  CHECK(source_findings("a: 1\r\nb: 2 \r\n") ==
        "a.yaml:1:5: W007 the file has Windows (CRLF) line endings [hocvu lint --fix converts them to LF]\n"
        "a.yaml:2:5: W008 trailing spaces [hocvu lint --fix removes them]\n");
}

TEST_CASE("check_source: trailing spaces are reported where they start", "[source_checks]") {
  // "b: Việt" is 7 characters; a line of spaces only starts them at column 1.
  CHECK(source_findings("a: 1\nb: Việt  \n   \n") ==
        "a.yaml:2:8: W008 trailing spaces [hocvu lint --fix removes them]\n"
        "a.yaml:3:1: W008 trailing spaces [hocvu lint --fix removes them]\n");
}

TEST_CASE("check_source: trailing spaces in a block scalar are text, which --fix leaves", "[source_checks]") {
  CHECK(source_findings("a: |\n  x  \nb: y \n") ==
        "a.yaml:2:4: W008 trailing spaces in a block scalar ('|' or '>'), where they are text "
        "[delete them if they are not meant to be there; hocvu lint --fix leaves them]\n"
        "a.yaml:3:5: W008 trailing spaces [hocvu lint --fix removes them]\n");
  // Spaces after the header are not text; a folded scalar's are.
  CHECK(source_findings("a: > \n  x \n") ==
        "a.yaml:1:5: W008 trailing spaces [hocvu lint --fix removes them]\n"
        "a.yaml:2:4: W008 trailing spaces in a block scalar ('|' or '>'), where they are text "
        "[delete them if they are not meant to be there; hocvu lint --fix leaves them]\n");
  // With CRLF line ends, and a block scalar far before the first trailing space.
  CHECK(source_findings("a: |\r\n  x\r\n  y \r\nb: z\r\n") ==
        "a.yaml:1:5: W007 the file has Windows (CRLF) line endings [hocvu lint --fix converts them to LF]\n"
        "a.yaml:3:4: W008 trailing spaces in a block scalar ('|' or '>'), where they are text "
        "[delete them if they are not meant to be there; hocvu lint --fix leaves them]\n");
}

TEST_CASE("check_source: an unusual line break stops the file; --fix mends only a lone CR", "[source_checks]") {
  const std::string message =
      "E011 a line break other than LF or CRLF (CR alone, U+0085, U+2028 or U+2029); the file is not read further ";
  CHECK(source_findings("a: 1\rb: 2\n", false) == "a.yaml:1:5: " + message + "[hocvu lint --fix turns it into LF]\n");
  const std::string by_hand = "[replace it with a line break or a space, as the text needs (hocvu lint --fix cannot "
                              "tell which)]\n";
  CHECK(source_findings("a: \"x\xE2\x80\xA8y\"\n", false) == "a.yaml:1:6: " + message + by_hand);
  CHECK(source_findings("a: x\xE2\x80\xA9\n", false) == "a.yaml:1:5: " + message + by_hand);
  CHECK(source_findings("a: Vi\xC2\x85t\n", false) == "a.yaml:1:6: " + message + by_hand);
}

TEST_CASE("check_source: a decomposed (NFD) letter is reported at its column", "[source_checks]") {
  // "ệ" written as e + U+0323 + U+0302; "b: Mật khẩu Vi" is 14 characters, so the e is column 15.
  CHECK(source_findings("a: 1\nb: Mật khẩu Vie\xCC\xA3\xCC\x82t\n") ==
        "a.yaml:2:15: E009 text is not in Unicode NFC (letters are stored decomposed) "
        "[hocvu lint --fix rewrites the file in NFC]\n");
  CHECK(source_findings("a: 1\nb: Mật khẩu Việt\n") == "(no diagnostics)\n");
}

TEST_CASE("check_source: a line over 2000 characters is reported at column 2001", "[source_checks]") {
  CHECK(source_findings("a: " + std::string(1997, 'x') + "\n") == "(no diagnostics)\n");  // 2000 characters
  CHECK(source_findings("a: " + std::string(2097, 'x') + "\n") ==
        "a.yaml:1:2001: W010 line is 2100 characters long (the limit is 2000) "
        "[break the text over several lines with a folded block scalar ('>')]\n");
}

TEST_CASE("check_source: the long-line limit counts characters, not bytes", "[source_checks]") {
  auto line_of = [](int letters) {
    std::string line = "a: ";
    for (int i = 0; i < letters; ++i) {
      line += "ệ";  // three bytes, one character
    }
    return line + "\n";
  };
  Diagnostics short_line;
  check_source(line_of(1000), "a.yaml", short_line);  // 3,003 bytes but 1,003 characters
  CHECK(short_line.empty());
  Diagnostics long_line;
  check_source(line_of(2000), "a.yaml", long_line);  // 2,003 characters
  REQUIRE(long_line.size() == 1);
  CHECK(long_line[0].rule == Rule::long_line);
  CHECK(long_line[0].message == "line is 2003 characters long (the limit is 2000)");
  CHECK(long_line[0].where.column == 2001);
}

TEST_CASE("check_source: findings of one rule are capped at ten, then counted", "[source_checks]") {
  std::string fifteen;
  for (int i = 0; i < 15; ++i) {
    fifteen += "k: v \n";
  }
  Diagnostics diagnostics;
  check_source(fifteen, "a.yaml", diagnostics);
  REQUIRE(diagnostics.size() == 11);
  for (uint32_t i = 0; i < 10; ++i) {
    CHECK(describe(diagnostics[i]) ==
          "a.yaml:" + std::to_string(i + 1) + ":5: W008 trailing spaces [" + kTrailingHint + "]");
  }
  CHECK(describe(diagnostics[10]) == "a.yaml:0:0: W008 5 more lines of this file have the same problem");

  std::string ten;
  for (int i = 0; i < 10; ++i) {
    ten += "k: v \n";
  }
  diagnostics = Diagnostics();
  check_source(ten, "a.yaml", diagnostics);
  CHECK(diagnostics.size() == 10);
}

TEST_CASE("check_source: the cap summary is grammatical for one more line", "[source_checks]") {
  std::string eleven;
  for (int i = 0; i < 11; ++i) {
    eleven += "k: v \n";
  }
  Diagnostics diagnostics;
  check_source(eleven, "a.yaml", diagnostics);
  REQUIRE(diagnostics.size() == 11);
  CHECK(diagnostics[10].message == "1 more line of this file has the same problem");
}

TEST_CASE("check_mojibake: legacy Vietnamese pasted as Unicode is reported at the scalar", "[source_checks]") {
  // VNI "Việt" is "Vie" + 0xE4, which Windows-1252 shows as 'ä'.
  CHECK(mojibake_findings("bank:\n  title: Vieät Nam\n") ==
        "a.yaml:2:10: E003 this text looks like Vietnamese typed in VNI and pasted as Unicode "
        "[convert it with Unikey's converter (Công cụ chuyển mã) to Unicode, then check it]\n");
  // TCVN3 "Việt" is "Vi" + 0xD6, shown as 'Ö'; a quoted scalar is found at its quote.
  CHECK(mojibake_findings("bank:\n  title: \"ViÖt Nam\"\n") ==
        "a.yaml:2:10: E003 this text looks like Vietnamese typed in TCVN3 (ABC) and pasted as Unicode "
        "[convert it with Unikey's converter (Công cụ chuyển mã) to Unicode, then check it]\n");
  CHECK(mojibake_findings("bank:\n  title: Việt Nam\n") == "(no diagnostics)\n");
}

TEST_CASE("lint_files: a mojibake scalar in a bank is reported as E003", "[source_checks]") {
  // The whole stem is VNI pasted as Windows-1252 ("Việt Nam là thành viên ASEAN."), on line 10.
  std::string bank = hocvu::test::bank_yaml(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Vieät Nam laø thaønh vieân ASEAN.
    answer: true
)");
  auto result = lint_memory({{hocvu::test::kFrameworkPath, hocvu::test::kFramework}, {"bank.yaml", bank}});
  INFO(describe(result.diagnostics));
  CHECK(describe(with_rule(result.diagnostics, Rule::legacy_encoding)) ==
        "bank.yaml:10:11: E003 this text looks like Vietnamese typed in VNI and pasted as Unicode "
        "[convert it with Unikey's converter (Công cụ chuyển mã) to Unicode, then check it]\n");
}
