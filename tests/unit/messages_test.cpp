// Tests of src/i18n: the two catalogues agree (keys and named fields), every text formats, and
// numbers and language tags are read and written as each language does. A translator adding a
// language adds its catalogue to kLanguages below; the first test then says what is missing.
#include "i18n/messages.hpp"

#include <catch2/catch.hpp>
#include <fmt/args.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string>

using hocvu::catalogue_entries;
using hocvu::catalogue_language;
using hocvu::find_message;
using hocvu::format_decimal;
using hocvu::format_message;
using hocvu::Language;
using hocvu::language_tag;
using hocvu::message;

namespace {

constexpr Language kLanguages[] = {Language::vi, Language::en};

// The named fields of a text ("{minutes} phút" -> {minutes}); "{{" and "}}" are literal braces.
// A field that is not a plain name ("{}", "{0}", "{x:>3}" is kept whole) shows up as itself, so a
// positional field in one language and a named one in the other is a difference too.
std::set<std::string> named_fields(std::string_view text) {
  std::set<std::string> fields;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
      ++i;
    } else if (text[i] == '{') {
      size_t close = text.find('}', i);
      fields.insert(std::string(text.substr(i + 1, close == std::string_view::npos ? close : close - i - 1)));
      i = close == std::string_view::npos ? text.size() : close;
    }
  }
  return fields;
}

std::map<std::string, std::string> texts_by_key(Language language) {
  std::map<std::string, std::string> texts;
  for (const auto& entry : catalogue_entries(language)) {
    texts.emplace(entry.key, entry.text);
  }
  return texts;
}

}  // namespace

TEST_CASE("every catalogue has the keys of the others, with the same named fields", "[i18n]") {
  auto reference = texts_by_key(Language::en);
  for (Language language : kLanguages) {
    INFO("catalogue " << language_tag(language));
    auto texts = texts_by_key(language);
    for (const auto& [key, text] : reference) {
      INFO("key " << key);
      auto found = texts.find(key);
      CHECK(found != texts.end());
      if (found != texts.end()) {
        CHECK(named_fields(found->second) == named_fields(text));
      }
    }
    for (const auto& [key, text] : texts) {
      INFO("key " << key << " is only in this catalogue");
      CHECK(reference.count(key) == 1);
    }
  }
}

TEST_CASE("no key or text is empty, no key is there twice, every key has a section", "[i18n]") {
  for (Language language : kLanguages) {
    const auto& entries = catalogue_entries(language);
    REQUIRE_FALSE(entries.empty());
    for (size_t i = 0; i < entries.size(); ++i) {
      INFO(language_tag(language) << " key '" << entries[i].key << "'");
      CHECK_FALSE(entries[i].key.empty());
      CHECK_FALSE(entries[i].text.empty());
      CHECK(entries[i].key.find('.') != std::string_view::npos);  // "lms.unit": section.name
      if (i > 0) {
        CHECK(entries[i - 1].key < entries[i].key);  // sorted, so no key twice
      }
    }
  }
}

TEST_CASE("every text formats with its named fields filled", "[i18n]") {
  for (Language language : kLanguages) {
    for (const auto& entry : catalogue_entries(language)) {
      INFO(language_tag(language) << " key '" << entry.key << "': " << entry.text);
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      std::set<std::string> fields = named_fields(entry.text);
      for (const auto& field : fields) {
        args.push_back(fmt::arg(field.c_str(), "x"));
      }
      CHECK_NOTHROW(fmt::vformat(entry.text, args));
    }
  }
}

TEST_CASE("message finds a text, and a missing key is a programming error", "[i18n]") {
  CHECK(message(Language::vi, "number.points") == "{points} điểm");
  CHECK(format_message(Language::en, "number.points", fmt::arg("points", "1.5")) == "1.5 points");
  CHECK(format_message(Language::vi, "lms.unit", fmt::arg("unit", "GB")) == "(đơn vị: GB)");
  CHECK_FALSE(find_message(Language::en, "no.such.key"));
  CHECK_THROWS_AS(message(Language::en, "no.such.key"), std::logic_error);
  CHECK_THROWS_WITH(message(Language::vi, "no.such.key"), "message 'no.such.key' is missing from the 'vi' catalogue");
}

TEST_CASE("format_decimal writes the language's decimal mark, without trailing zeros", "[i18n]") {
  CHECK(format_decimal(Language::vi, 1.5) == "1,5");
  CHECK(format_decimal(Language::en, 1.5) == "1.5");
  CHECK(format_decimal(Language::vi, 2) == "2");
  CHECK(format_decimal(Language::en, 2.0) == "2");
  CHECK(format_decimal(Language::vi, -0.0) == "0");
  CHECK(format_decimal(Language::en, -0.0) == "0");
  CHECK(format_decimal(Language::en, -0.00001) == "0");  // rounds to zero: no "-0"
  CHECK(format_decimal(Language::vi, 0.25) == "0,25");
  // Rounded to the places asked for; a whole number keeps its zeros.
  CHECK(format_decimal(Language::vi, 29.666666, 2) == "29,67");
  CHECK(format_decimal(Language::en, 100, 0) == "100");
  CHECK(format_decimal(Language::en, 1200.5, 0) == "1200");
  CHECK(format_decimal(Language::en, 10) == "10");        // a whole number's zeros stay
  CHECK(format_decimal(Language::en, 1200) == "1200");
  CHECK(format_decimal(Language::vi, -2.75) == "-2,75");
  CHECK(format_decimal(Language::en, 1.0 / 3.0) == "0.3333");
}

TEST_CASE("catalogue_language reads a tag's primary language, in any case", "[i18n]") {
  CHECK(catalogue_language("vi") == Language::vi);
  CHECK(catalogue_language("vi-VN") == Language::vi);
  CHECK(catalogue_language("EN") == Language::en);
  CHECK(catalogue_language("en-GB") == Language::en);
  CHECK(catalogue_language("en_US") == Language::en);
  CHECK_FALSE(catalogue_language("fr"));
  CHECK_FALSE(catalogue_language("fr-VN"));
  CHECK_FALSE(catalogue_language(""));
  CHECK_FALSE(catalogue_language("eng"));  // three letters: another subtag, not "en"
  CHECK_FALSE(catalogue_language("v"));
  CHECK(std::string(language_tag(Language::vi)) == "vi");
  CHECK(std::string(language_tag(Language::en)) == "en");
}
