#pragma once
// W3C Bitstring Status List v1.0: the bits of a status list credential's `encodedList`.
// Bit i is the (i % 8)-th most significant bit of byte i / 8 (index 0 = the most significant bit
// of the first byte); encodedList = multibase base64url ("u") of the GZIP-compressed bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "credential/encoding.hpp"

namespace hocvu {

// The spec's minimum size: 16 KiB of bits (131,072 entries), so a list does not tell how few
// credentials were issued.
constexpr size_t kMinStatusListBytes = 16 * 1024;
// What a decoded list may take: more is refused (a small encodedList may inflate hugely).
constexpr size_t kMaxStatusListBytes = 16 * 1024 * 1024;

// A bitstring of `size` bytes, all zero.
Bytes empty_status_bits(size_t size = kMinStatusListBytes);
bool status_bit(const Bytes& bits, uint64_t index);           // false past the end
void set_status_bit(Bytes& bits, uint64_t index, bool value);  // grows `bits` by whole bytes when needed

// "u" + base64url(gzip(bits)): the same bits give the same text (no timestamp in the header).
std::string encode_status_list(const Bytes& bits);

struct DecodedStatusList {
  std::optional<Bytes> bits;
  std::string error;  // when there are no bits: why, in plain words
};
// Refuses another multibase prefix, bad base64url, a stream that is not GZIP or is cut short,
// and more than kMaxStatusListBytes decompressed. Never throws for bad input.
DecodedStatusList decode_status_list(std::string_view encoded);

}  // namespace hocvu
