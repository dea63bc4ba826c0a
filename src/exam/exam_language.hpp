#pragma once
// Which language an exam's own texts (the papers' headings and instructions, the LMS files'
// additions) are in: --lang, else the blueprint's `language`, else the framework's.
#include <string>

#include "i18n/language.hpp"
#include "model/model.hpp"

namespace hocvu {

struct LanguageChoice {
  Language language = Language::vi;  // the catalogue used
  std::string tag;                   // the tag chosen, as written ("vi", "en-GB", "fr")
  std::string from;  // "--lang", "the blueprint's language", "the framework's language" (in the interface language)
  // False when `tag` has no catalogue (fr): hocvu's own texts are then in English, and the
  // person should be told.
  bool has_catalogue = true;
};

// `requested` is --lang (empty when not given; the command line accepts only tags with a
// catalogue). `framework` may be null (then a blueprint without `language` gets vi).
LanguageChoice choose_language(const std::string& requested, const Blueprint& blueprint, const Framework* framework);

}  // namespace hocvu
