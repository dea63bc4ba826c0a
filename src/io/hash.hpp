#pragma once
// Hashes: SHA-256 of content for the manifest (libsodium underneath), and a fast 64-bit mixer
// for seeded randomness and fingerprints.
#include <cstdint>
#include <string>
#include <string_view>

namespace hocvu {

// SHA-256 of `bytes` as 64 lowercase hex digits. Throws FatalError when libsodium cannot start.
std::string sha256_hex(std::string_view bytes);

// splitmix64: a well-spread 64-bit value for every input, the same on every platform.
inline uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace hocvu
