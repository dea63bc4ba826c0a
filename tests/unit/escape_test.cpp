#include "text/escape.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::EscapeNotation;
using hocvu::escape_unprintable;
using hocvu::is_unprintable;

TEST_CASE("escape_unprintable keeps printable text, Vietnamese, tab and backslash as they are", "[escape]") {
  CHECK(escape_unprintable("") == "");
  CHECK(escape_unprintable("question-banks/ngân hàng.yaml") == "question-banks/ngân hàng.yaml");
  CHECK(escape_unprintable("a\tb") == "a\tb");
  CHECK(escape_unprintable("C:\\x1b") == "C:\\x1b");  // a written backslash stays one backslash
  CHECK(escape_unprintable("\xF0\x9F\x98\x80 \xE2\x80\x8D") == "\xF0\x9F\x98\x80 \xE2\x80\x8D");  // emoji, ZWJ
}

TEST_CASE("escape_unprintable writes C0 controls and DEL in C notation", "[escape]") {
  CHECK(escape_unprintable("Q1\x1b[2J") == "Q1\\x1b[2J");
  CHECK(escape_unprintable("a\rb\nc") == "a\\rb\\nc");
  CHECK(escape_unprintable(std::string("\0\x01\x1f\x7f", 4)) == "\\x00\\x01\\x1f\\x7f");
  CHECK(escape_unprintable(" ~") == " ~");  // U+0020 and U+007E are the printable ends
}

TEST_CASE("escape_unprintable writes C1 controls, line separators and bidi controls as \\u", "[escape]") {
  CHECK(escape_unprintable("\xC2\x80\xC2\x85\xC2\x9B\xC2\x9F") == "\\u0080\\u0085\\u009b\\u009f");
  CHECK(escape_unprintable("\xC2\xA0") == "\xC2\xA0");  // U+00A0, just after C1, is printable
  CHECK(escape_unprintable("a\xE2\x80\xA8" "b\xE2\x80\xA9") == "a\\u2028b\\u2029");
  // "abc.yaml" shown backwards after U+202E: a file name could pass for another.
  CHECK(escape_unprintable("x\xE2\x80\xAE" "lmay.cba") == "x\\u202elmay.cba");
  CHECK(escape_unprintable("\xD8\x9C\xE2\x80\x8E\xE2\x80\x8F\xE2\x80\xAA\xE2\x81\xA6\xE2\x81\xA9") ==
        "\\u061c\\u200e\\u200f\\u202a\\u2066\\u2069");
  CHECK(escape_unprintable("\xE2\x80\xA9\xE2\x80\xAF\xE2\x81\xA5") == "\\u2029\xE2\x80\xAF\xE2\x81\xA5");  // neighbours kept
}

TEST_CASE("escape_unprintable writes each byte that is not UTF-8 as \\x", "[escape]") {
  CHECK(escape_unprintable("ab\xFF" "c") == "ab\\xffc");
  CHECK(escape_unprintable("\x80Vi\xE1\xBB") == "\\x80Vi\\xe1\\xbb");  // stray continuation, cut-off sequence
  CHECK(escape_unprintable("\xC0\xAF") == "\\xc0\\xaf");              // overlong '/'
  CHECK(escape_unprintable("\xED\xA0\x80") == "\\xed\\xa0\\x80");      // surrogate
}

TEST_CASE("escape_unprintable in JSON notation: \\u escapes that decode to the same text", "[escape]") {
  EscapeNotation json = EscapeNotation::json;
  CHECK(escape_unprintable("{\"id\": \"Q\x7f\xC2\x85\xE2\x80\xAE\"}", json) == "{\"id\": \"Q\\u007f\\u0085\\u202e\"}");
  CHECK(escape_unprintable("a\x1b\x01", json) == "a\\u001b\\u0001");
  CHECK(escape_unprintable("{\n  \"a\": 1\r\n}", json) == "{\n  \"a\": 1\r\n}");  // layout kept
  CHECK(escape_unprintable("b\xFF", json) == "b\\ufffd");
  CHECK(escape_unprintable("ngân\t\\", json) == "ngân\t\\");
}

TEST_CASE("is_unprintable: the ranges and their ends", "[escape]") {
  for (uint32_t c : {0x00u, 0x08u, 0x0Au, 0x0Du, 0x1Bu, 0x1Fu, 0x7Fu, 0x80u, 0x9Fu, 0x2028u, 0x2029u, 0x061Cu,
                     0x200Eu, 0x200Fu, 0x202Au, 0x202Eu, 0x2066u, 0x2069u}) {
    CAPTURE(c);
    CHECK(is_unprintable(c));
  }
  for (uint32_t c : {0x09u, 0x20u, 0x7Eu, 0xA0u, 0x061Bu, 0x200Du, 0x2027u, 0x202Fu, 0x2065u, 0x206Au, 0xFEFFu,
                     0x1EC7u}) {
    CAPTURE(c);
    CHECK_FALSE(is_unprintable(c));
  }
}
