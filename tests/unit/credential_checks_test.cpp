// Tests of src/verify/credential_checks.cpp: dates, issuer, validity on the as-of day, status.
#include "verify/credential_checks.hpp"

#include <catch2/catch.hpp>

#include "credential/data_integrity.hpp"
#include "credential/status_list.hpp"
#include "i18n/interface.hpp"

using nlohmann::json;

namespace {

hocvu::KeyPair issuer_pair() {
  std::array<uint8_t, 32> seed{};
  seed.fill(9);
  return hocvu::key_pair_from_seed(seed);
}

const char kList[] = "https://example.org/status/1";

json signed_with(json credential) {
  const auto pair = issuer_pair();
  return hocvu::add_proof(credential, pair, {hocvu::did_key_method(pair.public_key), "", "assertionMethod"});
}

json credential(const std::string& valid_until = "2027-01-01T00:00:00Z") {
  return {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
          {"id", "urn:uuid:1"},
          {"type", {"VerifiableCredential"}},
          {"issuer", {{"id", hocvu::did_key(issuer_pair().public_key)}}},
          {"validFrom", "2026-12-01T00:00:00Z"},
          {"validUntil", valid_until},
          {"credentialSubject", {{"name", "An"}}},
          {"credentialStatus", {{"type", "BitstringStatusListEntry"}, {"statusPurpose", "revocation"},
                                {"statusListIndex", "5"}, {"statusListCredential", kList}}}};
}

struct Fixture {
  hocvu::StatusLists lists;
  hocvu::CheckContext context;
  Fixture() {
    hocvu::Bytes bits = hocvu::empty_status_bits(2);
    hocvu::set_status_bit(bits, 3, true);
    lists[kList] = hocvu::StatusList{"status.json", "revocation", bits, ""};
    context.key = issuer_pair().public_key;
    context.issuer = hocvu::did_key(context.key);
    context.as_of = hocvu::day_from_civil(2026, 12, 15);
    context.status_lists = &lists;
  }
  std::vector<std::string> reasons(const json& c) const {
    std::vector<std::string> out;
    for (const auto& problem : hocvu::check_credential(c, context)) out.push_back(problem.reason);
    return out;
  }
};

using Reasons = std::vector<std::string>;

}  // namespace

TEST_CASE("date-times: UTC, offsets, fractions; not dates refused", "[credential_checks]") {
  CHECK(hocvu::parse_date_time("1970-01-01T00:00:00Z") == 0);
  CHECK(hocvu::parse_date_time("1970-01-02T00:00:00") == 86400);
  CHECK(hocvu::parse_date_time("1970-01-01T07:00:00+07:00") == 0);
  CHECK(hocvu::parse_date_time("1970-01-01T00:00:00.999-01:30") == 5400);
  CHECK_FALSE(hocvu::parse_date_time("2026-12-01"));
  CHECK_FALSE(hocvu::parse_date_time("2026-02-30T00:00:00Z"));
  CHECK_FALSE(hocvu::parse_date_time("2026-12-01T24:00:00Z"));
  CHECK_FALSE(hocvu::parse_date_time("2026-12-01T00:00:00.Z"));
  CHECK_FALSE(hocvu::parse_date_time("2026-12-01T00:00:00+7"));
  CHECK_FALSE(hocvu::parse_date_time("2026-12-01T0a:00:00Z"));
}

TEST_CASE("credential checks: a good credential has no problem", "[credential_checks]") {
  Fixture f;
  CHECK(f.reasons(signed_with(credential())).empty());
}

TEST_CASE("credential checks: valid on some moment of the as-of day", "[credential_checks]") {
  Fixture f;
  CHECK(f.reasons(signed_with(credential("2026-12-15T00:00:01Z"))).empty());
  CHECK(f.reasons(signed_with(credential("2026-12-15T00:00:00Z"))) == Reasons{"expired"});
  CHECK(f.reasons(signed_with(credential("2026-12-15T06:00:00+07:00"))) == Reasons{"expired"});
  CHECK(f.reasons(signed_with(credential("soon"))) == Reasons{"bad-date"});
  json early = credential();
  early["validFrom"] = "2026-12-15T23:59:59Z";
  CHECK(f.reasons(signed_with(early)).empty());
  early["validFrom"] = "2026-12-16T00:00:00Z";
  CHECK(f.reasons(signed_with(early)) == Reasons{"not-yet-valid"});
}

TEST_CASE("credential checks: an altered credential reports only that", "[credential_checks]") {
  Fixture f;
  json altered = signed_with(credential("2020-01-01T00:00:00Z"));
  altered["credentialSubject"]["name"] = "Ân";
  CHECK(f.reasons(altered) == Reasons{"altered"});
}

TEST_CASE("credential checks: a bad signature is told in Vietnamese", "[credential_checks][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  Fixture f;
  json altered = signed_with(credential("2020-01-01T00:00:00Z"));
  altered["credentialSubject"]["name"] = "Ân";
  const auto problems = hocvu::check_credential(altered, f.context);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().message ==
        "chữ ký số không khớp: chứng nhận hoặc bằng chứng của nó đã bị sửa đổi hoặc giả mạo");
  json expired = signed_with(credential("2026-01-01T00:00:00Z"));
  CHECK(hocvu::check_credential(expired, f.context).front().message ==
        "đã hết hạn vào ngày 2026-12-15: validUntil là 2026-01-01T00:00:00Z");
}

TEST_CASE("credential checks: the issuer must be the key's did:key", "[credential_checks]") {
  Fixture f;
  json other = credential();
  other["issuer"] = "did:web:example.org";
  CHECK(f.reasons(signed_with(other)) == Reasons{"wrong-issuer"});
  other["issuer"] = f.context.issuer;  // a plain string is fine
  CHECK(f.reasons(signed_with(other)).empty());
}

TEST_CASE("credential checks: the status entry against the list", "[credential_checks]") {
  Fixture f;
  json c = credential();
  c["credentialStatus"]["statusListIndex"] = "3";
  CHECK(f.reasons(signed_with(c)) == Reasons{"revoked"});
  c["credentialStatus"]["statusListIndex"] = "16";
  CHECK(f.reasons(signed_with(c)) == Reasons{"bad-status-entry"});
  c["credentialStatus"]["statusListIndex"] = 3;
  CHECK(f.reasons(signed_with(c)) == Reasons{"bad-status-entry"});
  c["credentialStatus"]["statusListIndex"] = "3";
  c["credentialStatus"]["statusPurpose"] = "suspension";
  CHECK(f.reasons(signed_with(c)) == Reasons{"bad-status-entry"});
  c["credentialStatus"]["statusPurpose"] = "revocation";
  c["credentialStatus"]["statusListCredential"] = "https://example.org/status/2";
  CHECK(f.reasons(signed_with(c)) == Reasons{"status-list-missing"});
  f.lists[kList].bits.reset();
  f.lists[kList].problem = "the signature does not match";
  CHECK(f.reasons(signed_with(credential())) == Reasons{"status-list-invalid"});
}

TEST_CASE("credential checks: a status list credential is read and checked", "[credential_checks]") {
  Fixture f;
  hocvu::Bytes bits = hocvu::empty_status_bits();
  hocvu::set_status_bit(bits, 5, true);
  json list = {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
               {"id", kList},
               {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
               {"issuer", f.context.issuer},
               {"credentialSubject", {{"type", "BitstringStatusList"}, {"statusPurpose", "revocation"},
                                      {"encodedList", hocvu::encode_status_list(bits)}}}};
  CHECK(hocvu::is_status_list_credential(list));
  hocvu::StatusList read;
  CHECK(hocvu::read_status_list(signed_with(list), f.context, read).empty());
  REQUIRE(read.bits);
  CHECK(hocvu::status_bit(*read.bits, 5));
  CHECK(read.purpose == "revocation");
  list["credentialSubject"]["encodedList"] = "uAAAA";
  hocvu::StatusList broken;
  const auto problems = hocvu::read_status_list(signed_with(list), f.context, broken);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].reason == "bad-status-list");
  CHECK_FALSE(broken.bits);
  json altered = signed_with(list);
  altered["credentialSubject"]["encodedList"] = hocvu::encode_status_list(hocvu::empty_status_bits());
  hocvu::StatusList forged;
  CHECK(hocvu::read_status_list(altered, f.context, forged).front().reason == "altered");
  CHECK_FALSE(forged.bits);
}
