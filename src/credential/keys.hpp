#pragma once
// Ed25519 keys (libsodium) and how the W3C specifications write them: a Multikey
// (publicKeyMultibase "z" + base58btc(0xed 0x01 + 32 bytes); the secret seed as
// "z" + base58btc(0x80 0x26 + 32 bytes)) and a did:key (did:key:<publicKeyMultibase>).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "credential/encoding.hpp"

namespace hocvu {

struct PublicKey {
  std::array<uint8_t, 32> bytes{};
};

struct KeyPair {
  std::array<uint8_t, 32> seed{};    // the secret: libsodium derives the signing key from it
  PublicKey public_key;
};

// A new random key pair (libsodium's generator).
KeyPair generate_key_pair();
KeyPair key_pair_from_seed(const std::array<uint8_t, 32>& seed);

std::string public_key_multibase(const PublicKey& key);   // "z6Mk..."
std::string secret_key_multibase(const KeyPair& pair);    // "z3u2..."
// Empty when the text is not a base58btc Ed25519 Multikey (wrong prefix, length or alphabet).
std::optional<PublicKey> parse_public_key_multibase(std::string_view text);
std::optional<KeyPair> parse_secret_key_multibase(std::string_view text);

std::string did_key(const PublicKey& key);                 // "did:key:z6Mk..."
std::string did_key_method(const PublicKey& key);          // "did:key:z6Mk...#z6Mk..." (verificationMethod)
// The public key a did:key (with or without the #fragment) names; empty when it names none.
std::optional<PublicKey> parse_did_key(std::string_view did);

std::array<uint8_t, 64> sign_ed25519(const KeyPair& pair, const Bytes& message);
bool verify_ed25519(const PublicKey& key, const Bytes& message, const std::array<uint8_t, 64>& signature);

}  // namespace hocvu
