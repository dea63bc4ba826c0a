#include "credential/data_integrity.hpp"

#include <exception>

#include "credential/jcs.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/hash.hpp"

namespace hocvu {

namespace {

constexpr const char* kProofType = "DataIntegrityProof";
constexpr const char* kCryptosuite = "eddsa-jcs-2022";
// 64 bytes are at most 88 base58 digits; anything much longer is not a signature.
constexpr size_t kMaxProofValueLength = 100;

void append_sha256(Bytes& out, const std::string& text) {
  const std::array<uint8_t, 32> digest = sha256_bytes(text);
  out.insert(out.end(), digest.begin(), digest.end());
}

// eddsa-jcs-2022's hash data: SHA-256 of the canonical proof configuration, then SHA-256 of
// the canonical document (spec section 3.3.4).
Bytes hash_data(const nlohmann::json& proof_config, const nlohmann::json& document) {
  Bytes data;
  append_sha256(data, canonical_json(proof_config));
  append_sha256(data, canonical_json(document));
  return data;
}

nlohmann::json context_list(const nlohmann::json& context) {
  return context.is_array() ? context : nlohmann::json::array({context});
}

// The document's @context starts with every entry of the proof's, in order (spec 3.3.2).
bool context_starts_with(const nlohmann::json& document, const nlohmann::json& proof_context) {
  if (!document.contains("@context")) {
    return false;
  }
  const nlohmann::json have = context_list(document["@context"]);
  const nlohmann::json want = context_list(proof_context);
  if (want.size() > have.size()) {
    return false;
  }
  for (size_t i = 0; i < want.size(); ++i) {
    if (have[i] != want[i]) {
      return false;
    }
  }
  return true;
}

bool is_string_member(const nlohmann::json& object, const char* name, const char* value) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() && it->get_ref<const std::string&>() == value;
}

// The key a verificationMethod names: a did:key, or any URL whose fragment is a Multikey.
std::optional<PublicKey> named_key(const std::string& method) {
  if (auto key = parse_did_key(method)) {
    return key;
  }
  const size_t hash = method.rfind('#');
  return hash == std::string::npos ? std::nullopt : parse_public_key_multibase(method.substr(hash + 1));
}

std::optional<std::array<uint8_t, 64>> signature_of(const nlohmann::json& proof) {
  const auto it = proof.find("proofValue");
  if (it == proof.end() || !it->is_string()) {
    return std::nullopt;
  }
  const auto& text = it->get_ref<const std::string&>();
  if (text.empty() || text.front() != 'z' || text.size() > kMaxProofValueLength) {
    return std::nullopt;
  }
  const auto bytes = multibase_decode(text);
  if (!bytes || bytes->size() != 64) {
    return std::nullopt;
  }
  std::array<uint8_t, 64> signature{};
  std::copy(bytes->begin(), bytes->end(), signature.begin());
  return signature;
}

ProofCheck check_proof(const nlohmann::json& secured, const PublicKey& key) {
  if (!secured.is_object() || !secured.contains("proof") || !secured["proof"].is_object()) {
    return ProofCheck::no_proof;
  }
  nlohmann::json options = secured["proof"];
  if (!is_string_member(options, "type", kProofType) || !is_string_member(options, "cryptosuite", kCryptosuite) ||
      !is_string_member(options, "proofPurpose", "assertionMethod")) {
    return ProofCheck::unsupported;
  }
  const auto signature = signature_of(options);
  const auto method = options.find("verificationMethod");
  if (!signature || method == options.end() || !method->is_string() ||
      (options.contains("@context") && !context_starts_with(secured, options["@context"]))) {
    return ProofCheck::malformed;
  }
  const auto named = named_key(method->get<std::string>());
  if (named && named->bytes != key.bytes) {
    return ProofCheck::other_key;
  }
  options.erase("proofValue");
  nlohmann::json document = secured;
  document.erase("proof");
  return verify_ed25519(key, hash_data(options, document), *signature) ? ProofCheck::valid
                                                                       : ProofCheck::bad_signature;
}

}  // namespace

nlohmann::json add_proof(const nlohmann::json& document, const KeyPair& pair, const ProofOptions& options) {
  if (!document.is_object()) {
    throw FatalError(std::string(ui_text("credential.proof_needs_object")));
  }
  nlohmann::json unsecured = document;
  unsecured.erase("proof");
  nlohmann::json proof = {{"type", kProofType}, {"cryptosuite", kCryptosuite}};
  if (!options.created.empty()) {
    proof["created"] = options.created;
  }
  proof["verificationMethod"] = options.verification_method;
  proof["proofPurpose"] = options.proof_purpose;
  if (unsecured.contains("@context")) {
    proof["@context"] = unsecured["@context"];
  }
  const auto signature = sign_ed25519(pair, hash_data(proof, unsecured));
  proof["proofValue"] = multibase_base58btc(Bytes(signature.begin(), signature.end()));
  unsecured["proof"] = proof;
  return unsecured;
}

namespace {

// The catalogue's texts are whole string literals, so the view's data ends in a NUL.
const char* text_of(std::string_view key) { return ui_text(key).data(); }

}  // namespace

const char* proof_check_text(ProofCheck check) {
  switch (check) {
    case ProofCheck::valid:
      return text_of(message_id("credential.proof.valid"));
    case ProofCheck::no_proof:
      return text_of(message_id("credential.proof.none"));
    case ProofCheck::unsupported:
      return text_of(message_id("credential.proof.unsupported"));
    case ProofCheck::malformed:
      return text_of(message_id("credential.proof.malformed"));
    case ProofCheck::other_key:
      return text_of(message_id("credential.proof.other_key"));
    case ProofCheck::bad_signature:
      return text_of(message_id("credential.proof.bad_signature"));
  }
  return "unknown proof check";
}

ProofCheck verify_proof(const nlohmann::json& secured, const PublicKey& key) {
  try {
    return check_proof(secured, key);
  } catch (const std::exception&) {
    return ProofCheck::malformed;  // not canonicalisable: invalid UTF-8, a non-finite number
  }
}

}  // namespace hocvu
