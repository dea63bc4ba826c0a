#pragma once
// The status list as certify publishes it: a BitstringStatusListCredential (VC 2.0) holding
// the bits of credential/status_list.hpp (statusPurpose "revocation": a set bit means revoked),
// and the entry each credential carries.
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "credential/status_list.hpp"
#include "text/date.hpp"

namespace hocvu {

struct StatusListSetup {
  std::string url;     // the status list credential's id, what each entry's statusListCredential names
  std::string issuer;  // the issuer's did
  Day valid_from = 0;  // the as-of date (00:00:00Z)
};

// The unsigned BitstringStatusListCredential; `bits` at least kMinStatusListBytes long.
nlohmann::json status_list_credential(const Bytes& bits, const StatusListSetup& setup);
// A credential's credentialStatus entry pointing into the list at `index`.
nlohmann::json status_list_entry(const std::string& url, size_t index);

// "2026-11-30T00:00:00Z".
std::string date_time_text(Day day);

}  // namespace hocvu
