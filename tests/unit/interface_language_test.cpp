// Tests of src/i18n/interface: which language the locale asks for, and the interface texts.
#include "i18n/interface.hpp"

#include <catch2/catch.hpp>

using hocvu::interface_language;
using hocvu::InterfaceLanguageScope;
using hocvu::Language;
using hocvu::locale_language;

TEST_CASE("the locale chooses the interface language: LC_ALL, then LC_MESSAGES, then LANG", "[i18n]") {
  CHECK(locale_language(nullptr, nullptr, "vi_VN.UTF-8") == Language::vi);
  CHECK(locale_language(nullptr, nullptr, "vi") == Language::vi);
  CHECK(locale_language(nullptr, nullptr, "vi_VN@tcvn") == Language::vi);
  CHECK(locale_language(nullptr, nullptr, "en_GB.UTF-8") == Language::en);
  CHECK(locale_language("en_US.UTF-8", "vi_VN.UTF-8", "vi_VN.UTF-8") == Language::en);
  CHECK(locale_language("", "vi_VN.UTF-8", "en_US.UTF-8") == Language::vi);
  CHECK(locale_language(nullptr, "", "vi_VN.UTF-8") == Language::vi);
  // No catalogue, or no language at all: the caller falls back to English.
  CHECK_FALSE(locale_language(nullptr, nullptr, "fr_FR.UTF-8"));
  CHECK_FALSE(locale_language(nullptr, nullptr, "C.UTF-8"));
  CHECK_FALSE(locale_language("C", nullptr, "vi_VN.UTF-8"));
  CHECK_FALSE(locale_language("POSIX", nullptr, nullptr));
  CHECK_FALSE(locale_language(nullptr, nullptr, nullptr));
}

TEST_CASE("the interface language is English until set, and a scope restores it", "[i18n]") {
  CHECK(interface_language() == Language::en);
  {
    InterfaceLanguageScope vietnamese(Language::vi);
    CHECK(interface_language() == Language::vi);
  }
  CHECK(interface_language() == Language::en);
}
