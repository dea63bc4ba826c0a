#include "text/legacy_encoding.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

using hocvu::find_mojibake;
using hocvu::guess_legacy_encoding;
using hocvu::LegacyEncoding;

namespace {

// "Việt Nam, Quốc hội, đại biểu" and "Người học sử dụng máy tính và dữ liệu số", byte for byte from
// the code tables (string literals are split where a hex escape is followed by a hex digit).
constexpr std::string_view kTcvn3 = "Vi\xD6t Nam, Qu\xE8" "c h\xE9i, \xAE\xB9i bi\xD3u";
constexpr std::string_view kTcvn3Long =
    "Ng\xAD\xEAi h\xE4" "c s\xF6 d\xF4ng m\xB8y t\xDDnh v\xB5 d\xF7 li\xD6u s\xE8";
// VNI: base letter, then one byte for circumflex/breve/horn and tone (ệ = e + 0xE4).
constexpr std::string_view kVni = "Vie\xE4t Nam, Quo\xE1" "c ho\xE4i, \xF1" "a\xEFi bie\xE5u";
constexpr std::string_view kVniLong =
    "Ng\xF6\xF4\xF8i ho\xEF" "c s\xF6\xFB du\xEFng ma\xF9y t\xEDnh va\xF8 d\xF6\xF5 "
    "lie\xE4u so\xE1";
constexpr std::string_view kViscii = "Vi\xAEt Nam, Qu\xAF" "c h\xB5i, \xF0\xD5i bi\xACu";
constexpr std::string_view kVisciiLong =
    "Ng\xDF\xB6i h\xF7" "c s\xD8 d\xF8ng m\xE1y t\xEDnh v\xE0 d\xE6 li\xAEu s\xAF";
// Windows-1258: ê + combining dot below (0xF2) for ệ, ô + combining acute (0xEC) for ố.
constexpr std::string_view kCp1258 =
    "Vi\xEA\xF2t Nam, Qu\xF4\xEC" "c h\xF4\xF2i, \xF0" "a\xF2i bi\xEA\xD2u";
constexpr std::string_view kCp1258Long =
    "Ng\xFD\xF5\xCCi ho\xF2" "c s\xFD\xD2 du\xF2ng m\xE1y t\xEDnh v\xE0 d\xFD\xDE "
    "li\xEA\xF2u s\xF4\xEC";

// Deterministic pseudo-random bytes (a linear congruential generator).
std::string random_bytes(size_t size, uint32_t seed, uint8_t lowest) {
  std::string out;
  for (size_t i = 0; i < size; ++i) {
    seed = seed * 1664525u + 1013904223u;
    out += char(lowest + (seed >> 24) % (256 - lowest));
  }
  return out;
}

// What a legacy file looks like after someone opened it as Latin-1 and saved it as UTF-8.
std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    auto b = uint8_t(c);
    if (b < 0x80) {
      out += c;
    } else {
      out += char(0xC0 | (b >> 6));
      out += char(0x80 | (b & 0x3F));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("legacy encodings have display and iconv names", "[legacy_encoding]") {
  CHECK(std::string(hocvu::legacy_encoding_name(LegacyEncoding::tcvn3)) == "TCVN3 (ABC)");
  CHECK(std::string(hocvu::legacy_encoding_name(LegacyEncoding::vni)) == "VNI");
  CHECK(std::string(hocvu::legacy_encoding_name(LegacyEncoding::viscii)) == "VISCII");
  CHECK(std::string(hocvu::legacy_encoding_name(LegacyEncoding::windows1258)) == "Windows-1258");
  CHECK(std::string(hocvu::iconv_name(LegacyEncoding::tcvn3)) == "TCVN5712-1");
  CHECK(hocvu::iconv_name(LegacyEncoding::vni) == nullptr);
  CHECK(std::string(hocvu::iconv_name(LegacyEncoding::viscii)) == "VISCII");
  CHECK(std::string(hocvu::iconv_name(LegacyEncoding::windows1258)) == "CP1258");
}

TEST_CASE("guess_legacy_encoding recognises each encoding", "[legacy_encoding]") {
  CHECK(guess_legacy_encoding(kTcvn3) == LegacyEncoding::tcvn3);
  CHECK(guess_legacy_encoding(kTcvn3Long) == LegacyEncoding::tcvn3);
  CHECK(guess_legacy_encoding(kVni) == LegacyEncoding::vni);
  CHECK(guess_legacy_encoding(kVniLong) == LegacyEncoding::vni);
  CHECK(guess_legacy_encoding(kViscii) == LegacyEncoding::viscii);
  CHECK(guess_legacy_encoding(kVisciiLong) == LegacyEncoding::viscii);
  CHECK(guess_legacy_encoding(kCp1258) == LegacyEncoding::windows1258);
  CHECK(guess_legacy_encoding(kCp1258Long) == LegacyEncoding::windows1258);
}

TEST_CASE("guess_legacy_encoding prefers Windows-1258 to VISCII on a tie", "[legacy_encoding]") {
  // ù á à í sit at the Latin-1 positions in both; Windows-1258 is the more common of the two.
  std::string_view text = "Th\xF9ng r\xE1" "c v\xE0 m\xE1y t\xEDnh";
  CHECK(guess_legacy_encoding(text) == LegacyEncoding::windows1258);
}

TEST_CASE("guess_legacy_encoding reads a whole document", "[legacy_encoding]") {
  std::string document = "stem: ";
  document.append(kTcvn3Long).append("?\n  a: ").append(kTcvn3).append("\n  b: Microsoft Word\n");
  CHECK(guess_legacy_encoding(document) == LegacyEncoding::tcvn3);
  std::string upper = "VI\xD6T NAM";  // a .VnTimeH capitals font reuses the lowercase bytes
  upper.append(", ").append(kTcvn3);
  CHECK(guess_legacy_encoding(upper) == LegacyEncoding::tcvn3);
}

TEST_CASE("guess_legacy_encoding wants enough evidence", "[legacy_encoding]") {
  CHECK_FALSE(guess_legacy_encoding(""));
  CHECK_FALSE(guess_legacy_encoding("Plain ASCII text, nothing to see."));
  CHECK_FALSE(guess_legacy_encoding("Vi\xD6t Nam"));  // one letter is not enough
  // Good VNI words do not excuse a crowd of bytes VNI has no use for (ß ÿ ç Ç).
  std::string noisy(kVniLong);
  for (int i = 0; i < 4; ++i) noisy += " \xDF \xFF \xE7 \xC7";
  CHECK_FALSE(guess_legacy_encoding(noisy));
}

TEST_CASE("guess_legacy_encoding rejects Western and binary bytes", "[legacy_encoding]") {
  SECTION("Latin-1 French") {
    CHECK_FALSE(guess_legacy_encoding("caf\xE9 cr\xE8me"));
    CHECK_FALSE(guess_legacy_encoding(
        "Le caf\xE9 cr\xE8me co\xFBte tr\xE8s cher \xE0 Paris, o\xF9 l'\xE9t\xE9 est chaud."));
  }
  SECTION("Windows-1252 English with typographic punctuation") {
    CHECK_FALSE(guess_legacy_encoding("He said \x93hello\x94 \x97 twice\x85 it\x92s fine."));
  }
  SECTION("random bytes") {
    CHECK_FALSE(guess_legacy_encoding(random_bytes(4096, 1, 0)));
    CHECK_FALSE(guess_legacy_encoding(random_bytes(4096, 2, 0x20)));
    // Short random "words" between spaces, so only the syllable check stands in the way.
    std::string spaced;
    for (uint32_t seed = 3; spaced.size() < 2000; ++seed) {
      spaced += random_bytes(1 + seed % 5, seed, 0x21) + ' ';
    }
    CHECK_FALSE(guess_legacy_encoding(spaced));
    // Twenty random bytes that happen to read as VISCII syllables; text has spaces between words.
    CHECK_FALSE(guess_legacy_encoding("\xC1$c\x84y[Q\\\x99" "5\xEC>1TU\x86T}\xB3M"));
  }
  SECTION("UTF-16LE Vietnamese") {
    std::u16string text = u"Việt Nam, Quốc hội, đại biểu";
    std::string bytes;
    for (char16_t unit : text) bytes += {char(unit & 0xFF), char(unit >> 8)};
    CHECK_FALSE(guess_legacy_encoding(bytes));
  }
  SECTION("binary") {
    std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5C"
                    "\x72\xA8\x66",
                    33);
    CHECK_FALSE(guess_legacy_encoding(png + random_bytes(512, 4, 0)));
  }
}

TEST_CASE("find_mojibake flags VNI read as Windows-1252", "[legacy_encoding]") {
  for (const char* text : {"Vieät Nam", "Quoác hoäi", "ñaïi bieåu"}) {
    INFO(text);
    auto found = find_mojibake(text);
    REQUIRE(found);
    CHECK(found->encoding == LegacyEncoding::vni);
  }
  CHECK(find_mojibake("Vieät Nam").value().offset == 3);          // ä
  CHECK(find_mojibake("© 2024 Vieät Nam").value().offset == 11);  // bytes: © takes two
  auto converted = find_mojibake(latin1_to_utf8(kVniLong));
  REQUIRE(converted);
  CHECK(converted->encoding == LegacyEncoding::vni);
}

TEST_CASE("find_mojibake flags TCVN3 read as Windows-1252", "[legacy_encoding]") {
  for (const char* text : {"ViÖt Nam", "Quèc héi", "§¹i biÓu", "Qu¶n lý d÷ liÖu", "VIÖT NAM"}) {
    INFO(text);
    auto found = find_mojibake(text);
    REQUIRE(found);
    CHECK(found->encoding == LegacyEncoding::tcvn3);
  }
  CHECK(find_mojibake("ViÖt Nam").value().offset == 2);  // Ö
  CHECK(find_mojibake("§¹i biÓu").value().offset == 2);  // ¹, after the two bytes of §
  auto converted = find_mojibake(latin1_to_utf8(kTcvn3Long));
  REQUIRE(converted);
  CHECK(converted->encoding == LegacyEncoding::tcvn3);
}

TEST_CASE("find_mojibake leaves correct Vietnamese alone", "[legacy_encoding]") {
  for (const char* text :
       {"Quốc hội", "Đại biểu", "Bình dân học vụ số", "nghị quyết", "Chuyên sâu",
        "dữ liệu, thông tin", "Tôi là sinh viên", "Cà Mau", "Người học sử dụng máy tính"}) {
    INFO(text);
    CHECK_FALSE(find_mojibake(text));
  }
  // Read as TCVN3 this is "nhúm bổi", also Vietnamese-shaped; but it makes sense as written.
  CHECK_FALSE(find_mojibake("Nhóm bài"));
  // Foreign names in real Vietnamese text: ở and ệ show the text was typed in Unicode.
  CHECK_FALSE(find_mojibake("Loïc và Caïn ở Việt Nam"));
  // NFD: base letters with combining marks.
  CHECK_FALSE(find_mojibake("Quo\u0302\u0301c ho\u0302\u0323i"));
  CHECK_FALSE(find_mojibake("Chuye\u0302n sa\u0302u"));
}

TEST_CASE("find_mojibake leaves English, symbols and Western text alone", "[legacy_encoding]") {
  for (const char* text :
       {"", "Plain English, nothing else.", "“quotes” — and… 25°C © 2024 €5 3×4 ½",
        "5 µm, x·y, N·m, n×m, m², ±5%", "Windows® and Microsoft® Office", "café crème",
        "Il est né à Paris, où l'été est chaud.", "Müller, Zürich, São Paulo, naïve, Ångström",
        "El niño está aquí, mañana, señor, también, país, río", "où", "aún"}) {
    INFO(text);
    CHECK_FALSE(find_mojibake(text));
  }
}
