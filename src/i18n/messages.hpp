#pragma once
// Every string a candidate or a reader of hocvu's documents sees (papers, Moodle XML and GIFT
// additions, analysis.html, later the report) comes from one catalogue per language:
// messages_vi.cpp and messages_en.cpp. Keys are dotted names ("paper.time_limit"); texts may hold
// fmt named fields ("{minutes} phút"), the same fields in every language (a unit test checks both
// catalogues have the same keys and fields).
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/language.hpp"

namespace hocvu {

struct MessageEntry {
  std::string_view key;
  std::string_view text;
};

// The text of `key`; a key missing from the catalogue is a programming error: it throws std::logic_error (tests render every document in both languages).
std::string_view message(Language language, std::string_view key);

// The text of `key`, or nullopt when the catalogue has no such key (for keys made from data,
// such as "analysis.reject.<code>").
std::optional<std::string_view> find_message(Language language, std::string_view key);

// message() with its named fields filled: format_message(lang, "paper.minutes", fmt::arg("minutes", 45)).
template <typename... Args>
std::string format_message(Language language, std::string_view key, Args&&... args) {
  return fmt::format(fmt::runtime(message(language, key)), std::forward<Args>(args)...);
}

// A decimal number as the language writes it, rounded to `decimals` places, trailing zeros
// dropped: "1,5" / "1.5", "2". Every writer of numbers for people goes through it.
std::string format_decimal(Language language, double value, int decimals = 4);

// Every entry of a language's catalogue, sorted by key (for tests and translators).
const std::vector<MessageEntry>& catalogue_entries(Language language);

}  // namespace hocvu
