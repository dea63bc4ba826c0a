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
  return CLI::Validator(check_catalogue_tag, "TAG");
}

Language language_of_tag(const std::string& tag) {
  return catalogue_language(tag).value_or(Language::vi);
}

}  // namespace hocvu::cli
