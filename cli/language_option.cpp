#include "language_option.hpp"

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "text/language_tag.hpp"

namespace hocvu::cli {

namespace {

// CLI11 prefixes the option's name: "--lang: hocvu has no message catalogue for 'fr'; ...".
std::string check_catalogue_tag(const std::string& tag) {
  if (auto problem = language_tag_problem(tag)) {
    return ui_format("cli.lang.not_a_tag", fmt::arg("tag", tag), fmt::arg("problem", *problem));
  }
  if (!catalogue_language(tag)) {
    return ui_format("cli.lang.no_catalogue", fmt::arg("tag", tag));
  }
  return "";
}

}  // namespace

CLI::Validator catalogue_tag() {
  // The set in braces is what completions offer (completions.cpp reads CLI11 sets from the type).
  return CLI::Validator(check_catalogue_tag, "{vi,en}[-REGION]");
}

void add_message_language_option(CLI::App& command) {
  command.add_option_function<std::string>("--lang", [](const std::string&) {}, std::string(ui_text("cli.option.lang_messages")))
      ->check(catalogue_tag());
}

Language language_of_tag(const std::string& tag) {
  return catalogue_language(tag).value_or(Language::vi);
}

}  // namespace hocvu::cli
