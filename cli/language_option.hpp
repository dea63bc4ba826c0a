#pragma once
// --lang of exam, grade and merge: a BCP 47 tag of a language hocvu has a message catalogue for
// (i18n/language.hpp): vi, en, or one of them with a region (vi-VN, en-GB).
#include <CLI/CLI.hpp>

#include <string>

#include "i18n/language.hpp"

namespace hocvu::cli {

CLI::Validator catalogue_tag();

// The catalogue of a tag the validator accepted.
Language language_of_tag(const std::string& tag);

}  // namespace hocvu::cli
