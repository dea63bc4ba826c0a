#include "i18n/messages.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hocvu {

// Defined in messages_vi.cpp and messages_en.cpp, in any order; sorted here once.
extern const std::vector<MessageEntry> kMessagesVi;
extern const std::vector<MessageEntry> kMessagesEn;

namespace {

std::vector<MessageEntry> sorted(std::vector<MessageEntry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const MessageEntry& a, const MessageEntry& b) { return a.key < b.key; });
  return entries;
}

}  // namespace

std::optional<Language> catalogue_language(std::string_view tag) {
  std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  auto equals = [&](std::string_view name) {
    return primary.size() == name.size() &&
           std::equal(primary.begin(), primary.end(), name.begin(),
                      [](char a, char b) { return (a | 0x20) == b; });
  };
  if (equals("vi")) {
    return Language::vi;
  }
  if (equals("en")) {
    return Language::en;
  }
  return std::nullopt;
}

const char* language_tag(Language language) {
  return language == Language::vi ? "vi" : "en";
}

const std::vector<MessageEntry>& catalogue_entries(Language language) {
  static const std::vector<MessageEntry> vi = sorted(kMessagesVi);
  static const std::vector<MessageEntry> en = sorted(kMessagesEn);
  return language == Language::vi ? vi : en;
}

std::optional<std::string_view> find_message(Language language, std::string_view key) {
  const auto& entries = catalogue_entries(language);
  auto found = std::lower_bound(entries.begin(), entries.end(), key,
                                [](const MessageEntry& entry, std::string_view k) { return entry.key < k; });
  if (found == entries.end() || found->key != key) {
    return std::nullopt;
  }
  return found->text;
}

std::string_view message(Language language, std::string_view key) {
  if (auto text = find_message(language, key)) {
    return *text;
  }
  throw std::logic_error("message '" + std::string(key) + "' is missing from the '" + language_tag(language) +
                         "' catalogue");
}

std::string format_decimal(Language language, double value) {
  std::string text = fmt::format("{:.4f}", value);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') {
    text.pop_back();
  }
  if (text == "-0") {
    text = "0";
  }
  if (language == Language::vi) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

}  // namespace hocvu
