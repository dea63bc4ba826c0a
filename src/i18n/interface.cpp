#include "i18n/interface.hpp"

#include <atomic>
#include <cstring>

namespace hocvu {

namespace {

// Set once by the executable before threads start; atomic so that the loading stage's threads
// may read it while a test changes it between runs.
std::atomic<Language> g_interface_language{Language::en};

}  // namespace

Language interface_language() { return g_interface_language.load(std::memory_order_relaxed); }

void set_interface_language(Language language) { g_interface_language.store(language, std::memory_order_relaxed); }

std::optional<Language> locale_language(const char* lc_all, const char* lc_messages, const char* lang) {
  for (const char* value : {lc_all, lc_messages, lang}) {
    if (value == nullptr || *value == '\0') {
      continue;
    }
    std::string_view locale = value;
    if (locale == "C" || locale == "POSIX" || locale.substr(0, 2) == "C.") {
      return std::nullopt;
    }
    // "vi_VN.UTF-8@euro" -> "vi_VN": catalogue_language reads the language before '_' or '-'.
    return catalogue_language(locale.substr(0, locale.find_first_of(".@")));
  }
  return std::nullopt;
}

}  // namespace hocvu
