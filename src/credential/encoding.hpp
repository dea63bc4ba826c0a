#pragma once
// Byte encodings of the W3C credential specifications: base58btc (Bitcoin alphabet), base64url
// without padding, and multibase (a one-letter prefix naming the encoding: 'z' base58btc,
// 'u' base64url).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

using Bytes = std::vector<uint8_t>;

std::string base58btc_encode(const Bytes& bytes);
// Empty when `text` holds a character outside the alphabet.
std::optional<Bytes> base58btc_decode(std::string_view text);

std::string base64url_encode(const Bytes& bytes);  // no padding
std::optional<Bytes> base64url_decode(std::string_view text);  // padding tolerated

// "z" + base58btc, "u" + base64url.
std::string multibase_base58btc(const Bytes& bytes);
std::string multibase_base64url(const Bytes& bytes);
// Decodes either prefix; empty for another prefix or a bad character.
std::optional<Bytes> multibase_decode(std::string_view text);

std::string hex_encode(const Bytes& bytes);  // lowercase

}  // namespace hocvu
