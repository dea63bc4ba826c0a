#pragma once
// Content hashes for the manifest (libsodium underneath).
#include <string>
#include <string_view>

namespace hocvu {

// SHA-256 of `bytes` as 64 lowercase hex digits. Throws FatalError when libsodium cannot start.
std::string sha256_hex(std::string_view bytes);

}  // namespace hocvu
