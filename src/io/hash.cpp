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

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  ensure_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

}  // namespace hocvu
