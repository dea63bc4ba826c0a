#include "language_option.hpp"

#include <fmt/format.h>

#include "text/language_tag.hpp"

namespace hocvu::cli {

namespace {

// CLI11 prefixes the option's name: "--lang: hocvu has no message catalogue for 'fr'; ...".
std::string check_catalogue_tag(const std::string& tag) {
  if (auto problem = language_tag_problem(tag)) {
    return fmt::format("'{}' is not a BCP 47 language tag: {}; give vi or en", tag, *problem);
  }
  if (!catalogue_language(tag)) {
    return fmt::format("hocvu has no message catalogue for '{}'; give vi or en (a region may follow: en-GB)", tag);
  }
  return "";
}

}  // namespace

CLI::Validator catalogue_tag() {
  // The set in braces is what completions offer (completions.cpp reads CLI11 sets from the type).
  return CLI::Validator(check_catalogue_tag, "{vi,en}[-REGION]");
}

Language language_of_tag(const std::string& tag) {
  return catalogue_language(tag).value_or(Language::vi);
}

}  // namespace hocvu::cli
