#pragma once
// A framework as a 1EdTech CASE 1.1 package (CFPackage): the CFDocument, one CFItem per area,
// competency and outcome, isChildOf associations up to the document, the item types, and the
// levels as a CFRubric with one criterion per competency. Identifiers are UUIDv5 of
// "<framework id>/<kind>/<id>", so the same framework gives the same identifiers on every export.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "model/model.hpp"
#include "text/date.hpp"

namespace hocvu {

struct CaseOptions {
  // Prefix of every `uri`, the identifier appended: "urn:uuid:" or an http(s) base ending in '/'
  // (case_uri_prefix makes it).
  std::string uri_prefix = "urn:uuid:";
  std::string timestamp;  // every lastChangeDateTime (case_timestamp makes it)
  std::string creator = "hocvu";
};

// Insertion-ordered, so the file reads identifier first and the same input gives the same bytes.
using CaseJson = nlohmann::ordered_json;

CaseJson build_case_package(const Framework& framework, const CaseOptions& options);

// The package as written: two-space indented UTF-8, one final newline.
std::string render_case_package(const CaseJson& package);

// `uri` prefix for --base-url: "urn:uuid:" when empty, else the URL with a '/' after it. Throws
// FatalError unless it is an http(s) URL without spaces, quotes, query or fragment.
std::string case_uri_prefix(std::string_view base_url);

// The lastChangeDateTime of an export, "2026-01-31T00:00:00+00:00": midnight UTC of `as_of`;
// else the second of `source_date_epoch` (the environment variable, may be null); else
// kFixedCaseTimestamp. Throws FatalError when SOURCE_DATE_EPOCH is not a whole number of seconds
// up to the end of year 9999.
std::string case_timestamp(std::optional<Day> as_of, const char* source_date_epoch);
inline constexpr std::string_view kFixedCaseTimestamp = "1970-01-01T00:00:00+00:00";

}  // namespace hocvu
