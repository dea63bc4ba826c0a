#include "export/case_names.hpp"

#include <fmt/format.h>

#include <utility>

#include "credential/uuid.hpp"
#include "text/unicode.hpp"

namespace hocvu {

CaseNames::CaseNames(std::string framework_id, const CaseOptions& options, Language language)
    : framework_id_(std::move(framework_id)), options_(options), language_(language) {}

std::string CaseNames::identifier(std::string_view kind, std::string_view local) const {
  return uuid_text(framework_object_uuid(framework_id_, kind, local));
}

CaseJson CaseNames::link(std::string_view title, const std::string& identifier) const {
  return CaseJson{{"title", case_normalized(title)}, {"identifier", identifier}, {"uri", uri(identifier)}};
}

CaseJson CaseNames::object(const std::string& identifier) const {
  return CaseJson{{"identifier", identifier}, {"uri", uri(identifier)}, {"lastChangeDateTime", options_.timestamp}};
}

std::string case_normalized(std::string_view text) {
  std::string out = case_text(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  size_t first = out.find_first_not_of(' ');
  size_t last = out.find_last_not_of(' ');
  return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

std::string case_text(std::string_view text) {
  return to_nfc(text);
}

}  // namespace hocvu
