#pragma once
// The language of hocvu's own messages: diagnostics, hints, summaries, progress, errors and help.
// The executable chooses it once, before any work starts (--lang, else the locale, else English);
// library code that writes a message for the person at the keyboard takes its text from the
// catalogue through ui_text / ui_format / ui_plural, never from a string literal. Documents for
// other readers (papers, analysis.html, reports) take their own language and use messages.hpp.
// Rule codes, option names and machine formats (JSON keys, SARIF structure, CSV headers) never
// change with the language.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "i18n/messages.hpp"

namespace hocvu {

// English until set_interface_language is called: unit tests see the English texts.
Language interface_language();
void set_interface_language(Language language);

// The language a POSIX locale asks for: LC_ALL, else LC_MESSAGES, else LANG, the first that is
// set and not empty decides ("vi_VN.UTF-8" -> vi, "en_US.UTF-8" -> en). nullopt for "C",
// "POSIX" and languages hocvu has no catalogue for: the caller falls back to English.
std::optional<Language> locale_language(const char* lc_all, const char* lc_messages, const char* lang);

// The text of `key` in the interface language (a missing key throws std::logic_error; the tests
// check that every key the code names is in every catalogue).
inline std::string_view ui_text(std::string_view key) { return message(interface_language(), key); }

// ui_text with named fields filled: ui_format("load.too_deep", fmt::arg("depth", 64)).
template <typename... Args>
std::string ui_format(std::string_view key, Args&&... args) {
  return format_message(interface_language(), key, std::forward<Args>(args)...);
}

// For a text that depends on a count: formats `<key>_one` when count is 1, else `<key>_other`,
// with the count as the field {count}. Both keys must exist in every catalogue (in Vietnamese
// they are usually the same text).
template <typename... Args>
std::string ui_plural(std::string_view key, size_t count, Args&&... args) {
  std::string chosen = std::string(key) + (count == 1 ? "_one" : "_other");
  return format_message(interface_language(), chosen, fmt::arg("count", count), std::forward<Args>(args)...);
}

// A key kept in a table and looked up later: marks the literal so that the message-id check
// (tests/i18n/check_message_ids.py) sees it. Returns the key unchanged.
constexpr std::string_view message_id(std::string_view key) { return key; }

// Sets the interface language for the life of a scope (tests that check the Vietnamese texts).
class InterfaceLanguageScope {
 public:
  explicit InterfaceLanguageScope(Language language) : previous_(interface_language()) {
    set_interface_language(language);
  }
  ~InterfaceLanguageScope() { set_interface_language(previous_); }
  InterfaceLanguageScope(const InterfaceLanguageScope&) = delete;
  InterfaceLanguageScope& operator=(const InterfaceLanguageScope&) = delete;

 private:
  Language previous_;
};

}  // namespace hocvu
