#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using hocvu::count_code_points;
using hocvu::find_invalid_utf8;
using hocvu::is_ascii;
using hocvu::line_column_at;
using hocvu::line_containing;

namespace {

constexpr size_t npos = std::string_view::npos;

}  // namespace

TEST_CASE("find_invalid_utf8 accepts valid sequences of every length", "[utf8]") {
  CHECK(find_invalid_utf8("") == npos);
  CHECK(find_invalid_utf8("plain ASCII text: id, stem, answer") == npos);
  CHECK(find_invalid_utf8("Khung kiến thức, kỹ năng số cho Quốc hội") == npos);
  CHECK(find_invalid_utf8("\xC2\x80") == npos);          // U+0080, smallest two-byte
  CHECK(find_invalid_utf8("\xDF\xBF") == npos);          // U+07FF, largest two-byte
  CHECK(find_invalid_utf8("\xE0\xA0\x80") == npos);      // U+0800, smallest three-byte
  CHECK(find_invalid_utf8("\xED\x9F\xBF") == npos);      // U+D7FF, just below the surrogates
  CHECK(find_invalid_utf8("\xEE\x80\x80") == npos);      // U+E000, just above the surrogates
  CHECK(find_invalid_utf8("\xEF\xBF\xBF") == npos);      // U+FFFF
  CHECK(find_invalid_utf8("\xF0\x90\x80\x80") == npos);  // U+10000, smallest four-byte
  CHECK(find_invalid_utf8("\xF0\x9F\x98\x80") == npos);  // U+1F600
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == npos);  // U+10FFFF, the last code point
}

TEST_CASE("find_invalid_utf8 rejects overlong forms", "[utf8]") {
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);              // '/' in two bytes
  CHECK(find_invalid_utf8("\xC1\xBF") == 0);                // U+007F in two bytes
  CHECK(find_invalid_utf8("x\xE0\x80\xAF") == 1);           // '/' in three bytes
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0);            // U+07FF in three bytes
  CHECK(find_invalid_utf8("xyz\xF0\x8F\xBF\xBF") == 3);     // U+FFFF in four bytes
}

TEST_CASE("find_invalid_utf8 rejects surrogates and code points above U+10FFFF", "[utf8]") {
  CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1);   // U+D800
  CHECK(find_invalid_utf8("\xED\xBF\xBF") == 0);    // U+DFFF
  CHECK(find_invalid_utf8("ab\xF4\x90\x80\x80") == 2);  // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);
  CHECK(find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0);  // five-byte form
  CHECK(find_invalid_utf8("\xFF") == 0);
  CHECK(find_invalid_utf8("\xFE") == 0);
}

TEST_CASE("find_invalid_utf8 rejects truncated sequences and stray continuation bytes", "[utf8]") {
  CHECK(find_invalid_utf8("\xC3") == 0);
  CHECK(find_invalid_utf8("Vi\xE1\xBB") == 2);          // ệ missing its last byte at the end
  CHECK(find_invalid_utf8("abc\xF0\x9F\x98") == 3);     // emoji missing its last byte
  CHECK(find_invalid_utf8("\xE1\xBB" "A tail") == 0);   // continuation replaced by ASCII
  CHECK(find_invalid_utf8("a\x80" "b") == 1);
  CHECK(find_invalid_utf8("\xC3\xA9\xBF") == 2);         // é then a stray continuation
  CHECK(find_invalid_utf8("\x80\x80") == 0);             // the first of several is reported
}

TEST_CASE("find_invalid_utf8 finds a bad byte at every place around the eight-byte fast path", "[utf8]") {
  for (size_t place = 0; place < 18; ++place) {
    std::string text(24, 'a');
    text[place] = '\x80';
    INFO("stray continuation byte at " << place);
    CHECK(find_invalid_utf8(text) == place);

    std::string truncated(24, 'a');
    truncated[place] = '\xE1';  // a three-byte lead followed by ASCII
    INFO("truncated lead byte at " << place);
    CHECK(find_invalid_utf8(truncated) == place);
  }
  std::string last(16, 'a');
  last[15] = '\xC3';
  CHECK(find_invalid_utf8(last) == 15);
}

TEST_CASE("find_invalid_utf8 accepts multi-byte characters at every place around the fast path", "[utf8]") {
  for (size_t place = 0; place < 10; ++place) {
    std::string text = std::string(place, 'a') + "ệ" + std::string(12, 'b');
    INFO("ệ at " << place);
    CHECK(find_invalid_utf8(text) == npos);
  }
}

TEST_CASE("count_code_points counts characters, not bytes", "[utf8]") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("stem") == 4);
  CHECK(count_code_points("Việt Nam") == 8);  // 10 bytes
  CHECK(count_code_points("Đại biểu Quốc hội") == 17);
  CHECK(count_code_points("\xF0\x9F\x98\x80") == 1);
  CHECK(count_code_points("Vie\xCC\xA3\xCC\x82t") == 6);  // NFD: e, dot below, circumflex
}

TEST_CASE("is_ascii", "[utf8]") {
  CHECK(is_ascii(""));
  CHECK(is_ascii("id: Q1.1-CB-01\n"));
  CHECK_FALSE(is_ascii("câu"));
  CHECK_FALSE(is_ascii("\x7F\x80"));
}

TEST_CASE("line_column_at counts columns in code points", "[utf8]") {
  // "tên: Việt\nx: ệ": line 1 is 12 bytes (9 code points), then '\n' at offset 12.
  std::string_view text = "tên: Việt\nx: ệ";
  auto at = [&](size_t offset) {
    auto place = line_column_at(text, offset);
    return std::make_pair(place.line, place.column);
  };
  CHECK(at(0) == std::make_pair(1u, 1u));
  CHECK(at(4) == std::make_pair(1u, 4u));    // ':' after "tên"
  CHECK(at(6) == std::make_pair(1u, 6u));    // 'V'
  CHECK(at(11) == std::make_pair(1u, 9u));   // 't' after "Việ"
  CHECK(at(12) == std::make_pair(1u, 10u));  // the '\n' itself
  CHECK(at(13) == std::make_pair(2u, 1u));   // 'x'
  CHECK(at(16) == std::make_pair(2u, 4u));   // 'ệ'
  CHECK(at(19) == std::make_pair(2u, 5u));   // the end
  CHECK(at(1000) == std::make_pair(2u, 5u));  // past the end: the end
  auto empty = line_column_at("", 0);
  CHECK(empty.line == 1);
  CHECK(empty.column == 1);
}

TEST_CASE("line_containing returns the line without its ending", "[utf8]") {
  std::string_view text = "first\nsecond\nthird";
  CHECK(line_containing(text, 0) == "first");
  CHECK(line_containing(text, 3) == "first");
  CHECK(line_containing(text, 5) == "first");    // the '\n' belongs to the line it ends
  CHECK(line_containing(text, 6) == "second");   // just after '\n'
  CHECK(line_containing(text, 12) == "second");
  CHECK(line_containing(text, 13) == "third");
  CHECK(line_containing(text, 17) == "third");   // last byte
  CHECK(line_containing(text, 18) == "third");   // the end
  CHECK(line_containing(text, 500) == "third");  // past the end
  CHECK(line_containing("", 0) == "");
  CHECK(line_containing("a\nb\n", 4) == "");     // after the final '\n': an empty last line
  CHECK(line_containing("\n\n", 1) == "");
}

TEST_CASE("line_containing drops the '\\r' of CRLF endings", "[utf8]") {
  std::string_view text = "ab\r\ncd\r\n";
  CHECK(line_containing(text, 0) == "ab");
  CHECK(line_containing(text, 2) == "ab");  // the '\r'
  CHECK(line_containing(text, 3) == "ab");  // the '\n'
  CHECK(line_containing(text, 4) == "cd");
  CHECK(line_containing(text, 8) == "");
  CHECK(line_containing("a\rb", 0) == "a\rb");  // a lone '\r' is not a line ending
}

TEST_CASE("unusual_line_break_length: the breaks YAML honours and line tools do not", "[utf8]") {
  CHECK(hocvu::unusual_line_break_length("\rabc") == 1);
  CHECK(hocvu::unusual_line_break_length("\r\nabc") == 0);  // CRLF is usual
  CHECK(hocvu::unusual_line_break_length("\n") == 0);
  CHECK(hocvu::unusual_line_break_length("\xC2\x85x") == 2);          // NEL
  CHECK(hocvu::unusual_line_break_length("\xE2\x80\xA8x") == 3);      // LINE SEPARATOR
  CHECK(hocvu::unusual_line_break_length("\xE2\x80\xA9") == 3);       // PARAGRAPH SEPARATOR
  CHECK(hocvu::unusual_line_break_length("\xE2\x80\x94") == 0);       // an em dash starts the same way
  CHECK(hocvu::unusual_line_break_length("\xC2\xA0") == 0);           // NO-BREAK SPACE
  CHECK(hocvu::unusual_line_break_length("") == 0);
}

TEST_CASE("is_blank: spaces, tabs, CR and LF only", "[utf8]") {
  CHECK(hocvu::is_blank(""));
  CHECK(hocvu::is_blank(" \t\r\n"));
  CHECK_FALSE(hocvu::is_blank(" a "));
  CHECK_FALSE(hocvu::is_blank("\xC2\xA0"));  // a no-break space is text, not layout
}
