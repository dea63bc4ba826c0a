#include "verify/credential_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "credential/data_integrity.hpp"
#include "credential/status_list.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::json;
constexpr int64_t kSecondsPerDay = 86400;

bool is_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int two_digits(std::string_view text, size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); }

// "+07:00" / "-05:30" / "Z" / "" as seconds east of UTC; nullopt when malformed.
std::optional<int64_t> zone_offset(std::string_view zone) {
  if (zone.empty() || zone == "Z") {
    return 0;
  }
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
      !is_digits(zone.substr(1, 2)) || !is_digits(zone.substr(4, 2))) {
    return std::nullopt;
  }
  const int hours = two_digits(zone, 1);
  const int minutes = two_digits(zone, 4);
  if (hours > 14 || minutes > 59) {
    return std::nullopt;
  }
  const int64_t seconds = hours * 3600 + minutes * 60;
  return zone[0] == '+' ? seconds : -seconds;
}

std::string string_member(const Json& object, const char* name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool has_type(const Json& object, const char* type) {
  const auto it = object.find("type");
  if (it == object.end()) {
    return false;
  }
  if (it->is_string()) {
    return *it == type;
  }
  return it->is_array() && std::find(it->begin(), it->end(), Json(type)) != it->end();
}

std::optional<CredentialProblem> proof_problem(const Json& credential, const PublicKey& key) {
  const ProofCheck check = verify_proof(credential, key);
  static const std::map<ProofCheck, const char*> kReasons = {
      {ProofCheck::no_proof, "no-proof"},       {ProofCheck::unsupported, "unsupported-proof"},
      {ProofCheck::malformed, "malformed-proof"}, {ProofCheck::other_key, "other-key"},
      {ProofCheck::bad_signature, "altered"}};
  if (check == ProofCheck::valid) {
    return std::nullopt;
  }
  return CredentialProblem{kReasons.at(check), proof_check_text(check)};
}

std::optional<CredentialProblem> issuer_problem(const Json& credential, const std::string& issuer) {
  const auto it = credential.find("issuer");
  std::string named;
  if (it != credential.end()) {
    named = it->is_object() ? string_member(*it, "id") : it->is_string() ? it->get<std::string>() : "";
  }
  if (named == issuer) {
    return std::nullopt;
  }
  return CredentialProblem{"wrong-issuer", named.empty() ? std::string(ui_text("verify.no_issuer"))
                                                         : ui_format("verify.wrong_issuer", fmt::arg("issuer", named),
                                                                     fmt::arg("key_issuer", issuer))};
}

// Valid at some moment of the as-of day (UTC): validFrom before the day ends, validUntil after it starts.
void add_validity_problems(const Json& credential, Day as_of, std::vector<CredentialProblem>& problems) {
  const int64_t day_start = int64_t{as_of} * kSecondsPerDay;
  for (const char* name : {"validFrom", "validUntil"}) {
    if (!credential.contains(name)) {
      continue;
    }
    const std::string text = string_member(credential, name);
    const auto moment = parse_date_time(text);
    if (!moment) {
      problems.push_back({"bad-date", ui_format("verify.bad_date", fmt::arg("member", name))});
    } else if (std::string_view(name) == "validFrom" && *moment >= day_start + kSecondsPerDay) {
      problems.push_back({"not-yet-valid", ui_format("verify.not_yet_valid", fmt::arg("as_of", format_date(as_of)), fmt::arg("valid_from", text))});
    } else if (std::string_view(name) == "validUntil" && *moment <= day_start) {
      problems.push_back({"expired", ui_format("verify.expired", fmt::arg("as_of", format_date(as_of)), fmt::arg("valid_until", text))});
    }
  }
}

std::optional<uint64_t> status_index(const Json& entry) {
  const std::string text = string_member(entry, "statusListIndex");
  if (!is_digits(text) || text.size() > 15) {
    return std::nullopt;
  }
  return std::stoull(text);
}

std::optional<CredentialProblem> status_problem(const Json& entry, const StatusLists& lists) {
  const std::string url = string_member(entry, "statusListCredential");
  const std::string purpose = string_member(entry, "statusPurpose");
  const auto index = status_index(entry);
  if (!entry.is_object() || !has_type(entry, "BitstringStatusListEntry") || url.empty() || purpose.empty() || !index) {
    return CredentialProblem{"bad-status-entry", std::string(ui_text("verify.bad_status_entry"))};
  }
  const auto found = lists.find(url);
  if (found == lists.end()) {
    return CredentialProblem{"status-list-missing", ui_format("verify.status_list_missing", fmt::arg("url", url))};
  }
  const StatusList& list = found->second;
  if (!list.bits) {
    return CredentialProblem{"status-list-invalid", ui_format("verify.status_list_invalid", fmt::arg("url", url),
                                                              fmt::arg("file", list.file), fmt::arg("problem", list.problem))};
  }
  if (list.purpose != purpose) {
    return CredentialProblem{"bad-status-entry", ui_format("verify.status_purpose_differs", fmt::arg("purpose", purpose),
                                                           fmt::arg("list_purpose", list.purpose))};
  }
  if (*index >= list.bits->size() * 8) {
    return CredentialProblem{"bad-status-entry", ui_format("verify.status_index_past_end", fmt::arg("index", *index),
                                                           fmt::arg("entries", list.bits->size() * 8))};
  }
  if (!status_bit(*list.bits, *index) || (purpose != "revocation" && purpose != "suspension")) {
    return std::nullopt;
  }
  return CredentialProblem{purpose == "revocation" ? "revoked" : "suspended",
                           ui_format(purpose == "revocation" ? message_id("verify.revoked") : message_id("verify.suspended"),
                                     fmt::arg("url", url), fmt::arg("index", *index))};
}

void add_status_problems(const Json& credential, const StatusLists& lists, std::vector<CredentialProblem>& problems) {
  const auto it = credential.find("credentialStatus");
  if (it == credential.end()) {
    return;
  }
  const Json entries = it->is_array() ? *it : Json::array({*it});
  for (const auto& entry : entries) {
    if (auto problem = status_problem(entry, lists)) {
      problems.push_back(std::move(*problem));
    }
  }
}

// The issuer and the dates, once the proof holds: what every credential, status lists included, must pass.
std::vector<CredentialProblem> content_problems(const Json& credential, const CheckContext& context) {
  std::vector<CredentialProblem> problems;
  if (auto problem = issuer_problem(credential, context.issuer)) {
    problems.push_back(std::move(*problem));
  }
  add_validity_problems(credential, context.as_of, problems);
  return problems;
}

}  // namespace

std::optional<int64_t> parse_date_time(std::string_view text) {
  if (text.size() < 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  const auto day = parse_iso_date(text.substr(0, 10));
  const std::string_view hh = text.substr(11, 2), mm = text.substr(14, 2), ss = text.substr(17, 2);
  if (!day || !is_digits(hh) || !is_digits(mm) || !is_digits(ss)) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(19);
  if (!rest.empty() && rest.front() == '.') {
    const size_t digits = rest.find_first_not_of("0123456789", 1);
    if (digits == 1) {
      return std::nullopt;
    }
    rest.remove_prefix(digits == std::string_view::npos ? rest.size() : digits);
  }
  const auto offset = zone_offset(rest);
  const int hours = two_digits(hh, 0), minutes = two_digits(mm, 0), seconds = two_digits(ss, 0);
  if (!offset || hours > 23 || minutes > 59 || seconds > 60) {
    return std::nullopt;
  }
  return int64_t{*day} * kSecondsPerDay + hours * 3600 + minutes * 60 + seconds - *offset;
}

std::string credential_id(const Json& credential) { return string_member(credential, "id"); }

bool is_status_list_credential(const Json& credential) {
  return credential.is_object() && has_type(credential, "BitstringStatusListCredential");
}

std::vector<CredentialProblem> check_credential(const Json& credential, const CheckContext& context) {
  if (auto problem = proof_problem(credential, context.key)) {
    return {std::move(*problem)};
  }
  auto problems = content_problems(credential, context);
  add_status_problems(credential, *context.status_lists, problems);
  return problems;
}

std::vector<CredentialProblem> read_status_list(const Json& credential, const CheckContext& context, StatusList& list) {
  if (auto problem = proof_problem(credential, context.key)) {
    list.problem = problem->message;
    return {std::move(*problem)};
  }
  auto problems = content_problems(credential, context);
  const auto subject = credential.find("credentialSubject");
  list.purpose = subject != credential.end() && subject->is_object() ? string_member(*subject, "statusPurpose") : "";
  if (subject == credential.end() || !subject->is_object() || !has_type(*subject, "BitstringStatusList") ||
      list.purpose.empty()) {
    problems.push_back({"bad-status-list", std::string(ui_text("verify.bad_status_list"))});
  } else {
    auto decoded = decode_status_list(string_member(*subject, "encodedList"));
    if (decoded.bits) {
      list.bits = std::move(decoded.bits);
    } else {
      problems.push_back({"bad-status-list", decoded.error});
    }
  }
  if (!problems.empty()) {
    list.bits.reset();
    list.problem = problems.front().message;
  }
  return problems;
}

}  // namespace hocvu
