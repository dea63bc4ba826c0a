#pragma once
// One covered person's Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0), before signing.
//
// Where things are (OB 3.0 names where OB has them):
//   id                         urn:uuid, UUIDv5 of "<issuer did> <person id> <achievement id>"
//   issuer                     Profile {id: did:key, name}
//   validFrom / validUntil     the pass's date / the end of its validity (targets.yaml), 00:00:00Z
//   credentialSubject
//     identifier               IdentityObjects: the person id (sourcedId, plain) and, when the
//                              roster has one, the national id (nationalIdentityNumber, hashed:
//                              "sha256$" + SHA-256(national id + salt), salted per person)
//     name, role               the person's name and the role's name
//     unit                     {id, name}: hocvu's extension (OB has no place for an employer)
//     achievement              the level certified for the role: one definition shared by everyone
//                              certified alike (its id is UUIDv5 of "<framework> <role> <level>"),
//                              aligned to the framework; humanCode "<framework>/<role>/<level>"
//     activityEndDate          the exam's date
//     result                   the exam's percent, and one Result per competency mastered on it
//                              (aligned to the competency as a CASE CFItem)
//   evidence                   the exam (its id: a blueprint id)
//   credentialStatus           BitstringStatusListEntry (revocation) at the person's index
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "credential/keys.hpp"
#include "i18n/language.hpp"
#include "model/model.hpp"
#include "report/coverage.hpp"

namespace hocvu {

extern const char* const kOpenBadgesContext;  // the OB 3.0 JSON-LD context (3.0.3)

struct BadgeSetup {
  std::string issuer_did;
  std::string issuer_name;
  std::string status_url;
  const Framework* framework = nullptr;
  std::optional<uint32_t> validity_days;
  std::array<uint8_t, 32> salt_key{};  // the issuer's secret seed: salts only its holder can make
};

// Stable identifiers (urn:uuid, UUIDv5 in hocvu's namespace).
std::string achievement_id(const Framework& framework, const std::string& role, const std::string& level);
std::string framework_urn(const Framework& framework);
std::string competency_urn(const Framework& framework, const std::string& competency);
// `generation` 1 is the first credential of a person and achievement; a later one (after the
// first was revoked: revocation is final) gets generation 2, 3, ...
std::string credential_id(const std::string& issuer_did, const std::string& person_id,
                          const std::string& achievement, unsigned generation);
std::string default_status_url(const std::string& issuer_did);

// HMAC-SHA-256 of the person id under `salt_key`, first 16 bytes as hex: the same on every run,
// and no one without the secret key can make it (to test guesses of national ids).
std::string identity_salt(const std::array<uint8_t, 32>& salt_key, const std::string& person_id);
// "sha256$" + hex(SHA-256(identity + salt)), as OB 3.0's IdentityHash.
std::string identity_hash(const std::string& identity, const std::string& salt);

// The language of the credential's texts (achievement name, description, criteria, evidence):
// the framework's, as the person holding it reads it; Vietnamese when the framework names none (as
// hocvu wrote before it had catalogues), English for a language hocvu has no catalogue for.
Language badge_language(const Framework& framework);

nlohmann::json open_badge_credential(const CoveredPerson& person, const BadgeSetup& setup, const std::string& id,
                                     size_t status_index);

}  // namespace hocvu
