#pragma once
// BCP 47 language tags (RFC 5646): whether a tag is well-formed, and its primary language, so
// that a bank in Vietnamese ("vi", "vi-VN") can be matched with a framework in Vietnamese.
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

// Why `tag` is not a language tag hocvu accepts, or nullopt when it is one. The syntax of
// RFC 5646 section 2.1 (language, extlang, script, region, variants, extensions, private use),
// with the language subtag limited to the 2 or 3 letters of ISO 639: the 4 to 8 letter form is
// reserved or unregistered, and in practice means a name ("english") was written for a code.
// The two grandfathered tags of that syntax's form (i-klingon...) are not accepted. Case is
// free, as in BCP 47.
std::optional<std::string> language_tag_problem(std::string_view tag);

// The primary language subtag in lowercase ("vi" for "VI-vn"); empty when the tag is not
// well-formed.
std::string primary_language(std::string_view tag);

// The code for a language written as its name ("english" → "en", "tiếng việt" → "vi") for the
// few languages hocvu's users write, or empty.
std::string language_code_for_name(std::string_view name);

}  // namespace hocvu
