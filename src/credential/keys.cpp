#include "credential/keys.hpp"

#include <sodium.h>

#include <algorithm>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

// Multicodec prefixes of Multikey (varint-encoded): ed25519-pub 0xed, ed25519-priv 0x1300.
constexpr uint8_t kPublicPrefix[2] = {0xed, 0x01};
constexpr uint8_t kSecretPrefix[2] = {0x80, 0x26};
constexpr std::string_view kDidKeyPrefix = "did:key:";

void ensure_sodium() {
  static const bool kReady = sodium_init() >= 0;
  if (!kReady) {
    throw FatalError(std::string(ui_text("credential.sodium_start")));
  }
}

Bytes prefixed(const uint8_t (&prefix)[2], const std::array<uint8_t, 32>& key) {
  Bytes bytes(2 + key.size());
  bytes[0] = prefix[0];
  bytes[1] = prefix[1];
  std::copy(key.begin(), key.end(), bytes.begin() + 2);
  return bytes;
}

// The 32 bytes after `prefix` in a "z" multibase string of exactly 34 bytes.
std::optional<std::array<uint8_t, 32>> unprefixed(std::string_view text, const uint8_t (&prefix)[2]) {
  if (text.size() < 2 || text.size() > 60 || text.front() != 'z') {
    return std::nullopt;  // 34 bytes are at most 47 base58 digits
  }
  const auto bytes = multibase_decode(text);
  if (!bytes || bytes->size() != 34 || (*bytes)[0] != prefix[0] || (*bytes)[1] != prefix[1]) {
    return std::nullopt;
  }
  std::array<uint8_t, 32> key{};
  std::copy(bytes->begin() + 2, bytes->end(), key.begin());
  return key;
}

}  // namespace

KeyPair generate_key_pair() {
  ensure_sodium();
  std::array<uint8_t, 32> seed{};
  randombytes_buf(seed.data(), seed.size());
  KeyPair pair = key_pair_from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  return pair;
}

KeyPair key_pair_from_seed(const std::array<uint8_t, 32>& seed) {
  ensure_sodium();
  KeyPair pair;
  pair.seed = seed;
  unsigned char secret[crypto_sign_SECRETKEYBYTES];
  crypto_sign_seed_keypair(pair.public_key.bytes.data(), secret, seed.data());
  sodium_memzero(secret, sizeof secret);
  return pair;
}

std::string public_key_multibase(const PublicKey& key) {
  return multibase_base58btc(prefixed(kPublicPrefix, key.bytes));
}

std::string secret_key_multibase(const KeyPair& pair) {
  return multibase_base58btc(prefixed(kSecretPrefix, pair.seed));
}

std::optional<PublicKey> parse_public_key_multibase(std::string_view text) {
  const auto bytes = unprefixed(text, kPublicPrefix);
  if (!bytes) {
    return std::nullopt;
  }
  return PublicKey{*bytes};
}

std::optional<KeyPair> parse_secret_key_multibase(std::string_view text) {
  const auto seed = unprefixed(text, kSecretPrefix);
  if (!seed) {
    return std::nullopt;
  }
  return key_pair_from_seed(*seed);
}

std::string did_key(const PublicKey& key) { return std::string(kDidKeyPrefix) + public_key_multibase(key); }

std::string did_key_method(const PublicKey& key) {
  return did_key(key) + "#" + public_key_multibase(key);
}

std::optional<PublicKey> parse_did_key(std::string_view did) {
  if (did.substr(0, kDidKeyPrefix.size()) != kDidKeyPrefix) {
    return std::nullopt;
  }
  did.remove_prefix(kDidKeyPrefix.size());
  const size_t hash = did.find('#');
  const std::string_view identifier = did.substr(0, hash);
  if (hash != std::string_view::npos && did.substr(hash + 1) != identifier) {
    return std::nullopt;  // a did:key's one key is named by its own multibase
  }
  return parse_public_key_multibase(identifier);
}

std::array<uint8_t, 64> sign_ed25519(const KeyPair& pair, const Bytes& message) {
  ensure_sodium();
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
  unsigned char secret[crypto_sign_SECRETKEYBYTES];
  crypto_sign_seed_keypair(public_key, secret, pair.seed.data());
  std::array<uint8_t, 64> signature{};
  crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), secret);
  sodium_memzero(secret, sizeof secret);
  return signature;
}

bool verify_ed25519(const PublicKey& key, const Bytes& message, const std::array<uint8_t, 64>& signature) {
  ensure_sodium();
  return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                     key.bytes.data()) == 0;
}

}  // namespace hocvu
