// certify's status list credential and entries (the bits and their encoding are
// credential/status_list's, tested in status_list_test.cpp).
#include <catch2/catch.hpp>

#include "certify/status_credential.hpp"

using namespace hocvu;

TEST_CASE("status credential: the list credential and an entry pointing into it", "[certify]") {
  nlohmann::json list =
      status_list_credential(empty_status_bits(), {"https://x.vn/status/1", "did:key:z6Mk", day_from_civil(2026, 11, 30)});
  CHECK(list["@context"] == nlohmann::json::array({"https://www.w3.org/ns/credentials/v2"}));
  CHECK(list["id"] == "https://x.vn/status/1");
  CHECK(list["type"] == nlohmann::json::array({"VerifiableCredential", "BitstringStatusListCredential"}));
  CHECK(list["issuer"] == "did:key:z6Mk");
  CHECK(list["validFrom"] == "2026-11-30T00:00:00Z");
  CHECK(list["credentialSubject"]["id"] == "https://x.vn/status/1#list");
  CHECK(list["credentialSubject"]["type"] == "BitstringStatusList");
  CHECK(list["credentialSubject"]["statusPurpose"] == "revocation");
  DecodedStatusList decoded = decode_status_list(list["credentialSubject"]["encodedList"].get<std::string>());
  REQUIRE(decoded.bits);
  CHECK(decoded.bits->size() == 16384);  // 131,072 bits, the minimum
  nlohmann::json entry = status_list_entry("https://x.vn/status/1", 94567);
  CHECK(entry == nlohmann::json{{"id", "https://x.vn/status/1#94567"},
                                {"type", "BitstringStatusListEntry"},
                                {"statusPurpose", "revocation"},
                                {"statusListIndex", "94567"},
                                {"statusListCredential", "https://x.vn/status/1"}});
}
