// Tests of src/text/words.cpp: words that respect diacritics, whole-word phrases, lengths.
#include <catch2/catch.hpp>

#include <string>

#include "text/words.hpp"

using hocvu::is_capitalised;
using hocvu::lowercase;
using hocvu::text_length;
using hocvu::word_spans;
using hocvu::Words;

TEST_CASE("words are runs of letters, marks and digits, lowercased", "[words]") {
  CHECK(Words("Họ KHÔNG bao giờ gửi mã OTP, phải không?").text() == "họ không bao giờ gửi mã otp phải không");
  CHECK(Words("Windows 11: cập-nhật_an toàn").text() == "windows 11 cập nhật an toàn");
  CHECK(Words("  ... ").empty());
  // Decomposed input (NFD: o + circumflex + grave) is one word, the same as the composed one.
  CHECK(Words("lu\xC3\xB4n").text() == Words("lu" "o\xCC\x82" "n").text());
  CHECK(Words("lu" "o\xCC\x82" "n").size() == 1);
}

TEST_CASE("a phrase matches whole words in a row", "[words]") {
  Words text("Họ không bao giờ gửi mã OTP qua tin nhắn.");
  CHECK(text.contains(Words("không bao giờ")));
  CHECK(text.contains(Words("KHÔNG  BAO\tGIỜ")));
  CHECK_FALSE(text.contains(Words("khôn")));        // a prefix of "không" is not a word of it
  CHECK_FALSE(text.contains(Words("bao giờ gửi thư")));
  CHECK_FALSE(text.contains(Words("không giờ")));   // not in a row
  CHECK_FALSE(Words("luônluôn đúng").contains(Words("luôn")));
  CHECK(Words("luôn luôn đúng").contains(Words("luôn")));
  CHECK_FALSE(Words("lượn").contains(Words("luôn")));  // other diacritics, other word
  CHECK_FALSE(text.contains(Words("")));
  CHECK(Words("It is ALWAYS safe").contains(Words("always")));
  CHECK_FALSE(Words("always-on VPN").contains(Words("always on vpn x")));
}

TEST_CASE("word spans keep the case and give byte offsets", "[words]") {
  std::string text = "Điều nào KHÔNG đúng?";
  auto spans = word_spans(text);
  REQUIRE(spans.size() == 4);
  CHECK(text.substr(spans[2].begin, spans[2].end - spans[2].begin) == "KHÔNG");
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "Điều");
  CHECK(lowercase("KHÔNG Đúng") == "không đúng");
  CHECK(is_capitalised("KHÔNG"));
  CHECK(is_capitalised("NOT"));
  CHECK_FALSE(is_capitalised("Không"));
  CHECK_FALSE(is_capitalised("A"));  // one letter: a letter, not emphasis
  CHECK_FALSE(is_capitalised("11"));
}

TEST_CASE("length is code points, trimmed, of a text taken as NFC", "[words]") {
  CHECK(text_length("  Hà Nội ") == 6);
  // NFD is E009 where it is read; its combining marks are counted as they are.
  CHECK(text_length("Ha\xCC\x80 N\xC3\xB4\xCC\xA3i") == 8);
  CHECK(text_length("") == 0);
  CHECK(text_length("\xE2\x80\x83x\xE2\x80\x83") == 1);  // em spaces around
}
