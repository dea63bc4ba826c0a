#pragma once
// What `hocvu verify` checks in one parsed credential: its eddsa-jcs-2022 proof against the
// issuer's key, that the issuer is that key's did:key, that it is valid on the as-of day, and
// that its Bitstring Status List entries are not set.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "credential/encoding.hpp"
#include "credential/keys.hpp"
#include "text/date.hpp"

namespace hocvu {

struct CredentialProblem {
  std::string reason;   // stable code: altered, other-key, expired, revoked, ... (summary, JSON)
  std::string message;  // plain words
};

// A status list credential that was read: its bits when it could be trusted, or why not.
struct StatusList {
  std::string file;
  std::string purpose;        // credentialSubject.statusPurpose
  std::optional<Bytes> bits;  // empty when the list itself failed its checks
  std::string problem;        // when there are no bits
};
using StatusLists = std::map<std::string, StatusList>;  // by the credential's id

struct CheckContext {
  PublicKey key;
  std::string issuer;  // did_key(key)
  Day as_of = 0;
  const StatusLists* status_lists = nullptr;
};

// Seconds since 1970-01-01T00:00:00Z of an XML Schema dateTime ("2026-12-01T00:00:00Z", with
// optional fraction and offset; none means UTC); nullopt when it is not one.
std::optional<int64_t> parse_date_time(std::string_view text);

// The credential's `id` when it is a string, else empty.
std::string credential_id(const nlohmann::json& credential);
bool is_status_list_credential(const nlohmann::json& credential);

// Every problem of `credential`; empty when it verifies. A failed proof is the only problem
// reported: nothing else in an altered credential can be believed.
std::vector<CredentialProblem> check_credential(const nlohmann::json& credential, const CheckContext& context);

// Checks a BitstringStatusListCredential as a credential (proof, issuer, dates) and decodes its
// list: problems are returned, and the StatusList keeps the bits only when there were none.
std::vector<CredentialProblem> read_status_list(const nlohmann::json& credential, const CheckContext& context,
                                                StatusList& list);

}  // namespace hocvu
