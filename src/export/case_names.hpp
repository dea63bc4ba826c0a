#pragma once
// What the parts of one CASE export share: how its objects are named (UUIDv5 identifiers, URIs,
// link objects) and its timestamp.
#include <string>
#include <string_view>

#include "export/case_package.hpp"
#include "i18n/language.hpp"

namespace hocvu {

class CaseNames {
 public:
  // `language`: that of the package's fixed labels (item types, the rubric's texts).
  CaseNames(std::string framework_id, const CaseOptions& options, Language language);

  // uuid_v5(hocvu_namespace(), "<framework id>/<kind>/<local>") as text.
  std::string identifier(std::string_view kind, std::string_view local) const;
  std::string uri(const std::string& identifier) const { return options_.uri_prefix + identifier; }
  // A LinkURI (and LinkGenURI): {title, identifier, uri}.
  CaseJson link(std::string_view title, const std::string& identifier) const;
  // identifier, uri and lastChangeDateTime: the fields every CASE object starts with.
  CaseJson object(const std::string& identifier) const;

  const CaseOptions& options() const { return options_; }
  Language language() const { return language_; }

 private:
  std::string framework_id_;
  CaseOptions options_;
  Language language_;
};

// NormalizedString fields (titles, codes) hold no line breaks or tabs: they become spaces.
std::string case_normalized(std::string_view text);
// Text as CASE consumers compare it: NFC.
std::string case_text(std::string_view text);

// The rubric of the framework's levels (case_rubric.cpp).
CaseJson case_levels_rubric(const Framework& framework, const CaseNames& names);

}  // namespace hocvu
