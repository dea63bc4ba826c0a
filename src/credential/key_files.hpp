#pragma once
// The issuer's key files written by `hocvu keygen` and read by certify and verify.
//
// issuer.key (mode 0600): JSON {"type": "Multikey", "controller": did, "id": did#key,
//   "publicKeyMultibase": ..., "secretKeyMultibase": ...}.
// issuer.pub.json: the public half, a Multikey and a DID document a registry can publish:
//   {"@context": [...], "id": did, "verificationMethod": [Multikey], "assertionMethod": [id],
//    "authentication": [id], "publicKeyMultibase": ...}.
#include <string>

#include "credential/keys.hpp"

namespace hocvu {

// "issuer.key" -> "issuer.pub.json" (the extension replaced; beside it).
std::string public_key_path_for(const std::string& secret_path);

// Writes both files. Throws FatalError when either exists (never overwritten) or cannot be written.
// The secret file is created with mode 0600 before any byte is written.
void write_key_files(const KeyPair& pair, const std::string& secret_path);

// Throws FatalError, with how to fix it, when the file is missing, readable or writable by group
// or others (chmod 600), or not a key file.
KeyPair read_secret_key_file(const std::string& path);
// Accepts issuer.pub.json as written by keygen, a bare Multikey document, or a DID document.
PublicKey read_public_key_file(const std::string& path);

// The DID document and Multikey JSON of issuer.pub.json, as text (two-space indent, final newline).
std::string public_key_document(const PublicKey& key);

}  // namespace hocvu
