// The status list credential and entries (status_credential.hpp).
#include "certify/status_credential.hpp"

#include <fmt/format.h>

namespace hocvu {

std::string date_time_text(Day day) { return format_date(day) + "T00:00:00Z"; }

nlohmann::json status_list_credential(const Bytes& bits, const StatusListSetup& setup) {
  return {
      {"@context", {"https://www.w3.org/ns/credentials/v2"}},
      {"id", setup.url},
      {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
      {"issuer", setup.issuer},
      {"validFrom", date_time_text(setup.valid_from)},
      {"credentialSubject",
       {{"id", setup.url + "#list"},
        {"type", "BitstringStatusList"},
        {"statusPurpose", "revocation"},
        {"encodedList", encode_status_list(bits)}}},
  };
}

nlohmann::json status_list_entry(const std::string& url, size_t index) {
  return {
      {"id", fmt::format("{}#{}", url, index)},
      {"type", "BitstringStatusListEntry"},
      {"statusPurpose", "revocation"},
      {"statusListIndex", std::to_string(index)},
      {"statusListCredential", url},
  };
}

}  // namespace hocvu
