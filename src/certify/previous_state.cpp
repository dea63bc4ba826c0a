// Reading the folder of an earlier certify run (previous_state.hpp).
#include "certify/previous_state.hpp"

#include <fmt/format.h>

#include <fstream>
#include <unordered_set>

#include "credential/data_integrity.hpp"
#include "credential/jcs.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "load/parallel_for.hpp"

namespace hocvu {

namespace {

constexpr uint64_t kMaxStatusFile = uint64_t{64} << 20;

[[noreturn]] void refuse(const std::string& where, std::string_view what) {
  throw FatalError(ui_format("certify.previous.refused", fmt::arg("where", where), fmt::arg("what", what)));
}

// The member `key` of an object, or null (a reference into `object`: no copies of large parts).
const nlohmann::json& member(const nlohmann::json& object, const char* key) {
  static const nlohmann::json missing;
  if (!object.is_object()) return missing;
  auto found = object.find(key);
  return found != object.end() ? *found : missing;
}

const std::string* text_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get_ptr<const std::string*>() : nullptr;
}

std::optional<Day> date_of(const std::string* text) {
  if (text == nullptr || text->size() < 10) return std::nullopt;
  return parse_iso_date(std::string_view(*text).substr(0, 10));
}

std::optional<size_t> index_of(const std::string* text) {
  if (text == nullptr || text->empty() || text->size() > 9) return std::nullopt;
  size_t value = 0;
  for (char c : *text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  return value;
}

std::string sourced_id(const nlohmann::json& subject) {
  const nlohmann::json& identifiers = member(subject, "identifier");
  if (!identifiers.is_array()) return "";
  for (const auto& identifier : identifiers) {
    const std::string* type = text_at(identifier, "identityType");
    const std::string* value = text_at(identifier, "identityHash");
    if (type != nullptr && *type == "sourcedId" && value != nullptr) return *value;
  }
  return "";
}

// "qh-kns/dbqh/CB" -> role and level.
void role_and_level(const std::string* human_code, PreviousCredential& credential) {
  if (human_code == nullptr) return;
  size_t last = human_code->rfind('/');
  size_t first = human_code->find('/');
  if (first == std::string::npos || last == first) return;
  credential.role = human_code->substr(first + 1, last - first - 1);
  credential.level = human_code->substr(last + 1);
}

// The fields of one credential line; empty `id` when it is not a credential hocvu wrote.
PreviousCredential fields_of(const nlohmann::json& json) {
  PreviousCredential credential;
  const nlohmann::json& subject = member(json, "credentialSubject");
  const nlohmann::json& status = member(json, "credentialStatus");
  const nlohmann::json& achievement = member(subject, "achievement");
  std::optional<Day> from = date_of(text_at(json, "validFrom"));
  std::optional<size_t> index = index_of(text_at(status, "statusListIndex"));
  const std::string* id = text_at(json, "id");
  const std::string* achievement_id = text_at(achievement, "id");
  if (id == nullptr || !from || !index || achievement_id == nullptr || !subject.is_object()) return credential;
  credential.id = *id;
  credential.achievement = *achievement_id;
  credential.person = sourced_id(subject);
  credential.date = *from;
  credential.index = *index;
  if (text_at(json, "validUntil") != nullptr) credential.valid_until = date_of(text_at(json, "validUntil"));
  if (const std::string* unit = text_at(member(subject, "unit"), "id")) credential.unit = *unit;
  role_and_level(text_at(achievement, "humanCode"), credential);
  const nlohmann::json& evidence = member(json, "evidence");
  if (evidence.is_array() && !evidence.empty()) {
    if (const std::string* exam = text_at(evidence.front(), "name")) credential.exam = *exam;
  }
  return credential;
}

nlohmann::json parse_json(const std::string& text, const std::string& where) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) refuse(where, ui_text("certify.previous.not_object"));
  return json;
}

void check_proof(const nlohmann::json& json, const PublicKey& key, const std::string& where) {
  ProofCheck check = verify_proof(json, key);
  if (check != ProofCheck::valid) refuse(where, proof_check_text(check));
}

void read_status(PreviousState& state, const PublicKey& key) {
  std::string path = state.folder + "/status.json";
  FileBytes bytes = read_regular_file(path, kMaxStatusFile);
  if (bytes.too_large) refuse(path, ui_text("certify.previous.status_too_large"));
  nlohmann::json json = parse_json(bytes.bytes, path);
  check_proof(json, key, path);
  const std::string* url = text_at(json, "id");
  std::optional<Day> as_of = date_of(text_at(json, "validFrom"));
  const std::string* encoded = text_at(member(json, "credentialSubject"), "encodedList");
  if (url == nullptr || !as_of || encoded == nullptr) refuse(path, ui_text("certify.previous.not_status_list"));
  DecodedStatusList decoded = decode_status_list(*encoded);
  if (!decoded.bits) refuse(path, decoded.error);
  if (decoded.bits->size() < kMinStatusListBytes) refuse(path, ui_text("certify.previous.status_list_short"));
  state.status_url = *url;
  state.as_of = *as_of;
  state.bits = std::move(*decoded.bits);
}

}  // namespace

std::string content_digest(nlohmann::json credential) {
  if (credential.is_object()) credential.erase("proof");
  return sha256_hex(canonical_json(credential));
}

namespace {

// One line of the earlier credentials.jsonl, checked on its own (in parallel with the others):
// its proof, its fields, its digest; or why it is refused.
struct CheckedLine {
  std::string text;
  uint64_t line = 0, offset = 0;
  PreviousCredential credential;
  std::string refusal;  // empty: usable
};

void check_line(CheckedLine& checked, const PublicKey& key) {
  nlohmann::json json = nlohmann::json::parse(checked.text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    checked.refusal = ui_text("certify.previous.not_object");
    return;
  }
  ProofCheck check = verify_proof(json, key);
  if (check != ProofCheck::valid) {
    checked.refusal = proof_check_text(check);
    return;
  }
  checked.credential = fields_of(json);
  if (checked.credential.id.empty() || checked.credential.person.empty()) {
    checked.refusal = ui_text("certify.previous.not_hocvu_credential");
    return;
  }
  checked.credential.digest = content_digest(std::move(json));
  checked.credential.line = checked.line;
  checked.credential.offset = checked.offset;
  checked.credential.length = checked.text.size();
}

// The checks across lines, in file order, so the first bad line is the one named.
class LineCollector {
 public:
  explicit LineCollector(PreviousState& state) : state_(state) {}
  void add(CheckedLine& checked) {
    std::string where = fmt::format("{}:{}", state_.credentials_path, checked.line);
    if (!checked.refusal.empty()) refuse(where, checked.refusal);
    PreviousCredential& credential = checked.credential;
    if (!ids_.insert(credential.id).second) refuse(where, ui_format("certify.previous.duplicate_id", fmt::arg("id", credential.id)));
    if (!indexes_.insert(credential.index).second) {
      refuse(where, ui_format("certify.previous.duplicate_index", fmt::arg("index", credential.index)));
    }
    if (credential.index >= state_.bits.size() * 8) refuse(where, ui_text("certify.previous.index_beyond"));
    credential.revoked = status_bit(state_.bits, credential.index);
    state_.credentials.push_back(std::move(credential));
  }

 private:
  PreviousState& state_;
  std::unordered_set<std::string> ids_;
  std::unordered_set<size_t> indexes_;
};

}  // namespace

PreviousState read_previous_state(const std::string& folder, const PublicKey& key) {
  constexpr size_t kChunk = 4096;
  PreviousState state;
  state.folder = folder;
  state.credentials_path = folder + "/credentials.jsonl";
  read_status(state, key);
  check_regular_file(state.credentials_path);
  std::ifstream in(state.credentials_path, std::ios::binary);
  if (!in) throw FatalError(ui_format("certify.previous.cannot_read", fmt::arg("path", state.credentials_path)));
  LineCollector collector(state);
  std::vector<CheckedLine> chunk;
  auto check_chunk = [&] {
    parallel_for(chunk.size(), thread_count(0), [&](size_t i) { check_line(chunk[i], key); });
    for (CheckedLine& checked : chunk) collector.add(checked);
    chunk.clear();
  };
  std::string text;
  uint64_t offset = 0, line = 0;
  while (std::getline(in, text)) {
    ++line;
    uint64_t start = offset;
    offset += text.size() + 1;
    if (text.empty()) continue;
    chunk.push_back(CheckedLine{std::move(text), line, start, {}, {}});
    if (chunk.size() == kChunk) check_chunk();
  }
  check_chunk();
  return state;
}

}  // namespace hocvu
