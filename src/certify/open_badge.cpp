// The OpenBadgeCredential of one covered person (open_badge.hpp says where each field is).
#include "certify/open_badge.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include "certify/status_credential.hpp"
#include "credential/encoding.hpp"
#include "credential/uuid.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/hash.hpp"

namespace hocvu {

const char* const kOpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

namespace {

std::string urn_of(std::string_view name) { return urn_uuid(uuid_v5(hocvu_namespace(), name)); }

const Level* find_level(const Framework& framework, const std::string& id) {
  for (const Level& level : framework.levels) {
    if (level.id.value == id) return &level;
  }
  return nullptr;
}

const Competency* find_competency(const Framework& framework, const std::string& id) {
  for (const Area& area : framework.areas) {
    for (const Competency& competency : area.competencies) {
      if (competency.id.value == id) return &competency;
    }
  }
  return nullptr;
}

// 05/02/2026 in Vietnamese, as the credentials have always said; 2026-02-05 otherwise.
std::string date_for_people(Language language, Day day) {
  if (language != Language::vi) return format_date(day);
  CivilDate date = civil_from_day(day);
  return fmt::format("{:02}/{:02}/{}", date.day, date.month, date.year);
}

// A competency as a CASE item of the framework (CFItem).
nlohmann::json competency_alignment(const Framework& framework, const std::string& id) {
  const Competency* competency = find_competency(framework, id);
  return {{"type", {"Alignment"}},
          {"targetType", "CFItem"},
          {"targetCode", id},
          {"targetName", competency != nullptr ? competency->title : id},
          {"targetUrl", competency_urn(framework, id)},
          {"targetFramework", framework.title}};
}

nlohmann::json framework_alignment(const Framework& framework, Language language) {
  return {{"type", {"Alignment"}},
          {"targetCode", framework.id.value},
          {"targetName", framework.title},
          {"targetDescription", format_message(language, "badge.framework_description", fmt::arg("title", framework.title),
                                               fmt::arg("version", framework.version))},
          {"targetUrl", framework_urn(framework)},
          {"targetFramework", framework.title}};
}

std::string score_description_id(const std::string& achievement) { return urn_of("score " + achievement); }
std::string mastery_description_id(const std::string& achievement) { return urn_of("mastery " + achievement); }

struct Names {
  std::string level;  // "Cơ bản"
  std::string role;   // "Đại biểu Quốc hội"
};

std::string criteria_narrative(const Framework& framework, const Names& names, std::optional<uint32_t> validity,
                               Language language) {
  auto role = fmt::arg("role", names.role);
  auto level = fmt::arg("level", names.level);
  auto title = fmt::arg("framework", framework.title);
  auto version = fmt::arg("version", framework.version);
  if (!validity) return format_message(language, "badge.criteria", role, level, title, version);
  return format_message(language, "badge.criteria_valid_days", role, level, title, version, fmt::arg("days", *validity));
}

nlohmann::json achievement_json(const CoveredPerson& person, const BadgeSetup& setup, const Names& names) {
  const Framework& framework = *setup.framework;
  Language language = badge_language(framework);
  std::string id = achievement_id(framework, person.role_id, person.pass.level);
  return {
      {"id", id},
      {"type", {"Achievement"}},
      {"achievementType", "Certificate"},
      {"name", format_message(language, "badge.name", fmt::arg("level", names.level), fmt::arg("role", names.role))},
      {"description", format_message(language, "badge.description", fmt::arg("level", names.level),
                                     fmt::arg("framework", framework.title), fmt::arg("version", framework.version),
                                     fmt::arg("role", names.role))},
      {"criteria", {{"narrative", criteria_narrative(framework, names, setup.validity_days, language)}}},
      {"humanCode", fmt::format("{}/{}/{}", framework.id.value, person.role_id, person.pass.level)},
      {"inLanguage", language_tag(language)},
      {"alignment", {framework_alignment(framework, language)}},
      {"resultDescription",
       {{{"id", score_description_id(id)},
         {"type", {"ResultDescription"}},
         {"name", std::string(message(language, "badge.score_name"))},
         {"resultType", "Percent"},
         {"valueMin", "0"},
         {"valueMax", "100"}},
        {{"id", mastery_description_id(id)},
         {"type", {"ResultDescription"}},
         {"name", std::string(message(language, "badge.mastery_name"))},
         {"resultType", "Status"}}}},
  };
}

nlohmann::json results_json(const CoveredPerson& person, const Framework& framework, const std::string& achievement) {
  nlohmann::json results = nlohmann::json::array();
  results.push_back({{"type", {"Result"}},
                     {"resultDescription", score_description_id(achievement)},
                     {"value", fmt::format("{:.2f}", person.pass.percent)}});
  for (const std::string& competency : person.pass.mastered) {
    results.push_back({{"type", {"Result"}},
                       {"resultDescription", mastery_description_id(achievement)},
                       {"status", "Completed"},
                       {"alignment", {competency_alignment(framework, competency)}}});
  }
  return results;
}

nlohmann::json identifiers_json(const CoveredPerson& person, const BadgeSetup& setup) {
  nlohmann::json identifiers = nlohmann::json::array();
  identifiers.push_back(
      {{"type", "IdentityObject"}, {"identityHash", person.id}, {"identityType", "sourcedId"}, {"hashed", false}});
  if (!person.national_id.empty()) {
    std::string salt = identity_salt(setup.salt_key, person.id);
    identifiers.push_back({{"type", "IdentityObject"},
                           {"identityHash", identity_hash(person.national_id, salt)},
                           {"identityType", "nationalIdentityNumber"},
                           {"hashed", true},
                           {"salt", salt}});
  }
  return identifiers;
}

}  // namespace

Language badge_language(const Framework& framework) {
  if (framework.language.value.empty()) return Language::vi;
  return catalogue_language(framework.language.value).value_or(Language::en);
}

std::string achievement_id(const Framework& framework, const std::string& role, const std::string& level) {
  return urn_of(fmt::format("achievement {} {} {}", framework.id.value, role, level));
}

// The framework and its competencies are named as hocvu export case names them, so an alignment's
// targetUrl is the CASE document's or item's identifier.
std::string framework_urn(const Framework& framework) {
  return urn_uuid(framework_object_uuid(framework.id.value, "document", framework.id.value));
}

std::string competency_urn(const Framework& framework, const std::string& competency) {
  return urn_uuid(framework_object_uuid(framework.id.value, "competency", competency));
}

std::string credential_id(const std::string& issuer_did, const std::string& person_id,
                          const std::string& achievement, unsigned generation) {
  std::string name = fmt::format("{} {} {}", issuer_did, person_id, achievement);
  if (generation > 1) name += fmt::format(" {}", generation);
  return urn_of(name);
}

std::string default_status_url(const std::string& issuer_did) { return urn_of("status-list " + issuer_did); }

std::string identity_salt(const std::array<uint8_t, 32>& salt_key, const std::string& person_id) {
  if (sodium_init() < 0) throw FatalError(std::string(ui_text("certify.sodium_failed")));
  std::string message = "hocvu identity salt " + person_id;
  std::array<uint8_t, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         salt_key.data());
  return hex_encode(Bytes(mac.begin(), mac.begin() + 16));
}

std::string identity_hash(const std::string& identity, const std::string& salt) {
  return "sha256$" + sha256_hex(identity + salt);
}

nlohmann::json open_badge_credential(const CoveredPerson& person, const BadgeSetup& setup, const std::string& id,
                                     size_t status_index) {
  const Framework& framework = *setup.framework;
  Language language = badge_language(framework);
  const Level* level = find_level(framework, person.pass.level);
  Names names{level != nullptr ? level->name : person.pass.level,
              person.role_name.empty() ? person.role_id : person.role_name};
  nlohmann::json achievement = achievement_json(person, setup, names);
  std::string achievement_key = achievement["id"];
  nlohmann::json credential = {
      {"@context", {"https://www.w3.org/ns/credentials/v2", kOpenBadgesContext}},
      {"id", id},
      {"type", {"VerifiableCredential", "OpenBadgeCredential"}},
      {"name", achievement["name"]},
      {"issuer", {{"id", setup.issuer_did}, {"type", {"Profile"}}, {"name", setup.issuer_name}}},
      {"validFrom", date_time_text(person.pass.date)},
      {"credentialSubject",
       {{"type", {"AchievementSubject"}},
        {"identifier", identifiers_json(person, setup)},
        {"name", person.name},
        {"role", names.role},
        {"unit", {{"id", person.unit_id}, {"name", person.unit_name}}},
        {"achievement", std::move(achievement)},
        {"activityEndDate", date_time_text(person.pass.date)},
        {"result", results_json(person, framework, achievement_key)}}},
      {"evidence",
       {{{"type", {"Evidence"}},
         {"name", person.pass.exam},
         {"genre", std::string(message(language, "badge.evidence_genre"))},
         {"description", format_message(language, "badge.evidence_description", fmt::arg("exam", person.pass.exam),
                                        fmt::arg("date", date_for_people(language, person.pass.date)))}}}},
      {"credentialStatus", status_list_entry(setup.status_url, status_index)},
  };
  if (person.valid_until) credential["validUntil"] = date_time_text(*person.valid_until);
  return credential;
}

}  // namespace hocvu
