#pragma once
// Hashes: SHA-256 of content for the manifest and the response files (OpenSSL underneath), and a fast 64-bit mixer
// for seeded randomness and fingerprints.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace hocvu {

// SHA-256 of `bytes` as 64 lowercase hex digits. Throws FatalError when OpenSSL cannot compute it.
std::string sha256_hex(std::string_view bytes);
// The same digest as 32 bytes (what signatures hash).
std::array<uint8_t, 32> sha256_bytes(std::string_view bytes);

// SHA-256 of bytes given in pieces, for inputs too large to hold (response files).
class Sha256Stream {
 public:
  Sha256Stream();  // throws FatalError when OpenSSL cannot start
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;

  void update(std::string_view bytes);
  // The hash of every byte given so far, as 64 lowercase hex digits; more bytes may follow.
  std::string hex() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// splitmix64: a well-spread 64-bit value for every input, the same on every platform.
inline uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace hocvu
