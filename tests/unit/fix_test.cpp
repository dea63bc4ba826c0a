#include "lint/fix.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

using hocvu::apply_safe_fixes;

namespace {

// "Việt" with ệ decomposed (e, U+0323, U+0302) and precomposed (U+1EC7).
constexpr std::string_view kVietNfd = "Vie\xCC\xA3\xCC\x82t";
constexpr std::string_view kVietNfc = "Vi\xE1\xBB\x87t";

std::optional<std::string> fixed(std::string_view bytes) {
  return apply_safe_fixes(bytes);
}

}  // namespace

TEST_CASE("apply_safe_fixes removes a byte-order mark", "[fix]") {
  CHECK(fixed("\xEF\xBB\xBFid: Q1\n") == std::string("id: Q1\n"));
  CHECK(fixed("\xEF\xBB\xBF") == std::string(""));
  // U+FEFF later in the text is not a byte-order mark: it is left alone.
  CHECK(fixed("a: 1\nb: \xEF\xBB\xBF\n") == std::nullopt);
}

TEST_CASE("apply_safe_fixes turns CRLF into LF", "[fix]") {
  CHECK(fixed("a: 1\r\nb: 2\r\n") == std::string("a: 1\nb: 2\n"));
  CHECK(fixed("a: 1\r\nb: 2") == std::string("a: 1\nb: 2"));
  CHECK(fixed("a: 1\nb: 2\r\n") == std::string("a: 1\nb: 2\n"));  // mixed endings
  CHECK(fixed("\r\n\r\n") == std::string("\n\n"));
}

TEST_CASE("apply_safe_fixes turns other line breaks into LF", "[fix]") {
  CHECK(fixed("a: x\ry: z\n") == std::string("a: x\ny: z\n"));  // a lone CR (old Mac)
  CHECK(fixed("a\r\r\nb") == std::string("a\n\nb"));
  CHECK(fixed("a: 1\xC2\x85" "b: 2\n") == std::string("a: 1\nb: 2\n"));        // NEL
  CHECK(fixed("a: 1\xE2\x80\xA8" "b: 2\n") == std::string("a: 1\nb: 2\n"));    // LINE SEPARATOR
  CHECK(fixed("a: 1\xE2\x80\xA9" "b: 2\n") == std::string("a: 1\nb: 2\n"));    // PARAGRAPH SEPARATOR
  // A CR before trailing spaces is a line break of its own: the spaces make an empty line.
  CHECK(fixed("key: value\r \n") == std::string("key: value\n\n"));
  // Other characters with those bytes inside are left alone: U+0145 is C5 85, U+2029 needs E2 80.
  CHECK(fixed("\xC5\x85\n") == std::nullopt);
}

TEST_CASE("apply_safe_fixes removes spaces at line ends only", "[fix]") {
  CHECK(fixed("stem: Câu  hỏi   \nanswer: a \n") == std::string("stem: Câu  hỏi\nanswer: a\n"));
  CHECK(fixed("  - id: Q1  \n") == std::string("  - id: Q1\n"));  // indentation stays
  CHECK(fixed("a: 1\n    \nb: 2\n") == std::string("a: 1\n\nb: 2\n"));
  CHECK(fixed("last line   ") == std::string("last line"));
  CHECK(fixed("a: 1  \r\n") == std::string("a: 1\n"));
  CHECK(fixed("a: x\t\n") == std::nullopt);  // tabs are for the tab rule, not this fix
}

TEST_CASE("apply_safe_fixes rewrites text in NFC", "[fix]") {
  std::string nfd = "stem: " + std::string(kVietNfd) + " Nam\n";
  std::string nfc = "stem: " + std::string(kVietNfc) + " Nam\n";
  CHECK(fixed(nfd) == nfc);
  CHECK(fixed(nfc) == std::nullopt);
}

TEST_CASE("apply_safe_fixes does everything at once", "[fix]") {
  std::string input = "\xEF\xBB\xBF" "stem: " + std::string(kVietNfd) + "  \r\nanswer: a\r\n";
  std::string expected = "stem: " + std::string(kVietNfc) + "\nanswer: a\n";
  CHECK(fixed(input) == expected);
}

TEST_CASE("apply_safe_fixes returns nullopt for clean text", "[fix]") {
  CHECK(fixed("") == std::nullopt);
  CHECK(fixed("a: 1\n") == std::nullopt);
  CHECK(fixed("stem: Đại biểu Quốc hội\n  indented: x\n") == std::nullopt);
  CHECK(fixed("no final newline") == std::nullopt);
}

TEST_CASE("apply_safe_fixes leaves NUL bytes and invalid UTF-8 alone", "[fix]") {
  CHECK(fixed(std::string_view("a: 1  \r\n\0", 9)) == std::nullopt);
  CHECK(fixed(std::string_view("\0", 1)) == std::nullopt);
  CHECK(fixed("\xEF\xBB\xBF" "a: \xC0\xAF  \r\n") == std::nullopt);
  CHECK(fixed("a: Vi\xEA\xF2t  \n") == std::nullopt);  // Windows-1258 bytes
}

TEST_CASE("apply_safe_fixes is idempotent", "[fix]") {
  const std::string inputs[] = {
      "\xEF\xBB\xBF" "a: 1  \r\nb: 2\r\n",
      "stem: " + std::string(kVietNfd) + "   \n",
      "  \r\n  \n\r\n",
      "x  \r",
      "a: 1 \r \n",
      "a\xC2\x85  b \xE2\x80\xA8",
  };
  for (const std::string& input : inputs) {
    INFO("input: " << input);
    auto once = fixed(input);
    REQUIRE(once);
    CHECK(fixed(*once) == std::nullopt);
  }
}
