#pragma once
// W3C Data Integrity proofs with the cryptosuite eddsa-jcs-2022 ("Data Integrity EdDSA
// Cryptosuites v1.0", section 3.3): the document without `proof` and the proof options without
// `proofValue` (carrying the document's @context) are each canonicalised with JCS and hashed with
// SHA-256; Ed25519 signs proofHash || documentHash; proofValue = "z" + base58btc(signature).
#include <string>

#include <nlohmann/json.hpp>

#include "credential/keys.hpp"

namespace hocvu {

struct ProofOptions {
  std::string verification_method;  // e.g. did_key_method(key)
  std::string created;              // XML Schema dateTime, e.g. "2026-12-01T00:00:00Z"; empty: left out
  std::string proof_purpose = "assertionMethod";
};

// The document with an embedded `proof` (DataIntegrityProof, eddsa-jcs-2022). Any existing
// `proof` is replaced. Throws FatalError when the document is not an object.
nlohmann::json add_proof(const nlohmann::json& document, const KeyPair& pair, const ProofOptions& options);

enum class ProofCheck {
  valid,
  no_proof,            // no `proof` member, or not an object
  unsupported,         // not DataIntegrityProof / eddsa-jcs-2022, or proofPurpose not assertionMethod
  malformed,           // proofValue missing or not multibase base58btc of 64 bytes; bad @context
  other_key,           // verificationMethod names a key other than the one given
  bad_signature,       // the signature does not match: the document or proof was altered
};
const char* proof_check_text(ProofCheck check);  // plain words in the interface language, for messages

// Checks the proof of `secured` against `key`. Never throws for bad input.
ProofCheck verify_proof(const nlohmann::json& secured, const PublicKey& key);

}  // namespace hocvu
