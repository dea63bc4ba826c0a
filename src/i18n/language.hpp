#pragma once
// The languages hocvu has a message catalogue for, and how one is chosen from a BCP 47 tag.
#include <optional>
#include <string_view>

namespace hocvu {

enum class Language { vi, en };

// The catalogue language for a tag's primary subtag ("vi", "vi-VN" -> vi; "en-GB" -> en), or
// nullopt when hocvu has no catalogue for it.
std::optional<Language> catalogue_language(std::string_view tag);

// "vi", "en": for `lang` attributes and messages.
const char* language_tag(Language language);

}  // namespace hocvu
