#pragma once
// --lang of every command: a BCP 47 tag of a language hocvu has a message catalogue for
// (i18n/language.hpp): vi, en, or one of them with a region (vi-VN, en-GB).
#include <CLI/CLI.hpp>

#include <string>

#include "i18n/language.hpp"

namespace hocvu::cli {

CLI::Validator catalogue_tag();

// The catalogue of a tag the validator accepted.
Language language_of_tag(const std::string& tag);

// --lang for a command whose only texts are its messages. main.cpp reads the tag before the
// command line is parsed (help texts are in it too); the option is here to be accepted and checked.
void add_message_language_option(CLI::App& command);

}  // namespace hocvu::cli
