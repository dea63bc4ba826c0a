#pragma once
// JSON Canonicalization Scheme (RFC 8785): object members sorted by their names as UTF-16 code
// units, no whitespace, strings escaped as ECMAScript's JSON.stringify does, numbers as
// ECMAScript's Number.prototype.toString. What eddsa-jcs-2022 hashes.
#include <string>

#include <nlohmann/json.hpp>

namespace hocvu {

// Throws FatalError for a number JCS cannot represent (NaN, infinity) or a string that is not
// valid UTF-8 (nlohmann::json holds bytes as given).
std::string canonical_json(const nlohmann::json& value);

}  // namespace hocvu
