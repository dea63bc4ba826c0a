#include "text/unicode.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using hocvu::comparison_key;
using hocvu::find_not_nfc;
using hocvu::is_nfc;
using hocvu::Punctuation;
using hocvu::to_nfc;

namespace {

constexpr size_t npos = std::string_view::npos;

// "Việt" with ệ precomposed (U+1EC7) and decomposed (e, U+0323 dot below, U+0302 circumflex).
constexpr std::string_view kVietNfc = "Vi\xE1\xBB\x87t";
constexpr std::string_view kVietNfd = "Vie\xCC\xA3\xCC\x82t";
// The same marks in non-canonical order (circumflex before dot below).
constexpr std::string_view kVietReordered = "Vie\xCC\x82\xCC\xA3t";

std::string str(std::string_view text) {
  return std::string(text);
}

}  // namespace

TEST_CASE("is_nfc tells precomposed Vietnamese from decomposed", "[unicode]") {
  CHECK(is_nfc(""));
  CHECK(is_nfc("stem: plain ASCII"));
  CHECK(is_nfc(kVietNfc));
  CHECK(is_nfc("Đại biểu Quốc hội"));
  CHECK_FALSE(is_nfc(kVietNfd));
  CHECK_FALSE(is_nfc(kVietReordered));
  CHECK_FALSE(is_nfc("e\xCC\x81"));  // e + combining acute
}

TEST_CASE("to_nfc composes Vietnamese letters", "[unicode]") {
  CHECK(to_nfc(kVietNfd) == str(kVietNfc));
  CHECK(to_nfc(kVietReordered) == str(kVietNfc));
  CHECK(to_nfc(kVietNfc) == str(kVietNfc));
  CHECK(to_nfc("") == "");
  CHECK(to_nfc("ASCII stays") == "ASCII stays");
  CHECK(to_nfc("\xE2\x84\xAB") == "\xC3\x85");  // ANGSTROM SIGN becomes Å
  CHECK(to_nfc(str("Quo\xCC\x82\xCC\x81" "c ho\xCC\xA3\xCC\x82i")) == "Quốc hội");
}

TEST_CASE("find_not_nfc points at the first character that changes", "[unicode]") {
  CHECK(find_not_nfc("") == npos);
  CHECK(find_not_nfc(kVietNfc) == npos);
  CHECK(find_not_nfc("Đại biểu Quốc hội") == npos);
  CHECK(find_not_nfc(kVietNfd) == 2);  // the 'e' that carries the marks
  CHECK(find_not_nfc(kVietNfd.substr(2)) == 0);
  CHECK(find_not_nfc("abc\xE2\x84\xAB") == 3);  // ANGSTROM SIGN at the end
  CHECK(find_not_nfc("abce\xCC\x81") == 3);     // e + acute at the end

  // NFC text before the offender: "Đại biểu " is 14 bytes, so 'V' is at 14 and 'e' at 16.
  std::string line = "Đại biểu " + str(kVietNfd) + " Nam";
  REQUIRE(std::string_view("Đại biểu ").size() == 14);
  CHECK(find_not_nfc(line) == 16);

  // Half-composed, as some keyboards type it: ê (U+00EA) then a combining dot below.
  CHECK(find_not_nfc("Vi\xC3\xAA\xCC\xA3t") == 2);
  CHECK(to_nfc("Vi\xC3\xAA\xCC\xA3t") == str(kVietNfc));

  // An NFC "Việt" first, then a decomposed one: the second is reported.
  std::string both = str(kVietNfc) + " - " + str(kVietNfd);
  CHECK(find_not_nfc(both) == 6 + 3 + 2);
}

TEST_CASE("comparison_key folds Vietnamese capitals", "[unicode]") {
  CHECK(comparison_key("ĐẠI BIỂU QUỐC HỘI", Punctuation::keep) == "đại biểu quốc hội");
  CHECK(comparison_key("ƯU TIÊN ƠN", Punctuation::keep) == "ưu tiên ơn");
  CHECK(comparison_key("Đại Biểu", Punctuation::keep) == comparison_key("đại biểu", Punctuation::keep));
}

TEST_CASE("comparison_key makes runs of spacing one space and trims the ends", "[unicode]") {
  CHECK(comparison_key("  Mật   khẩu \t mạnh\n", Punctuation::keep) == "mật khẩu mạnh");
  CHECK(comparison_key("a\xC2\xA0\xC2\xA0" "b", Punctuation::keep) == "a b");  // no-break spaces
  CHECK(comparison_key("   ", Punctuation::keep) == "");
  CHECK(comparison_key("", Punctuation::drop) == "");
}

TEST_CASE("comparison_key is the same for NFD and NFC input", "[unicode]") {
  std::string upper_nfd = "VIE\xCC\xA3\xCC\x82T NAM";
  CHECK(comparison_key(upper_nfd, Punctuation::keep) == "việt nam");
  CHECK(comparison_key(kVietNfd, Punctuation::drop) == comparison_key(kVietNfc, Punctuation::drop));
  CHECK(is_nfc(comparison_key(upper_nfd, Punctuation::keep)));
}

TEST_CASE("comparison_key keeps or drops punctuation", "[unicode]") {
  CHECK(comparison_key("Mật khẩu: an toàn!", Punctuation::keep) == "mật khẩu: an toàn!");
  CHECK(comparison_key("Mật khẩu: an toàn!", Punctuation::drop) == "mật khẩu an toàn");
  // Options compare with punctuation kept: these are different web addresses.
  CHECK(comparison_key("dichvucong.gov.vn", Punctuation::keep) !=
        comparison_key("dichvucong-gov.vn", Punctuation::keep));
  // Stems compare without it.
  CHECK(comparison_key("dichvucong.gov.vn", Punctuation::drop) == "dichvucong gov vn");
  CHECK(comparison_key("dichvucong-gov.vn", Punctuation::drop) == "dichvucong gov vn");
  CHECK(comparison_key("«Ai» , là ai ?", Punctuation::drop) == "ai là ai");
}
