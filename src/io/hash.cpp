#include "io/hash.hpp"

#include <sodium.h>

#include "io/error.hpp"

namespace hocvu {

namespace {

// sodium_init() once per process; the static's initialisation is thread-safe (C++11).
void ensure_sodium() {
  static const int status = sodium_init();
  if (status < 0) {
    throw FatalError("could not initialise libsodium");
  }
}

std::string digest_hex(const unsigned char (&digest)[crypto_hash_sha256_BYTES]) {
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  ensure_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return digest_hex(digest);
}

struct Sha256Stream::State {
  crypto_hash_sha256_state sodium;
};

Sha256Stream::Sha256Stream() : state_(std::make_unique<State>()) {
  ensure_sodium();
  crypto_hash_sha256_init(&state_->sodium);
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::update(std::string_view bytes) {
  crypto_hash_sha256_update(&state_->sodium, reinterpret_cast<const unsigned char*>(bytes.data()),
                            bytes.size());
}

std::string Sha256Stream::hex() const {
  crypto_hash_sha256_state copy = state_->sodium;  // final() spends the state; more may follow
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&copy, digest);
  return digest_hex(digest);
}

}  // namespace hocvu
