#include "credential/encoding.hpp"

#include <array>

namespace hocvu {

namespace {

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr int kNotInAlphabet = -1;

// Digit value of every byte in `alphabet`, kNotInAlphabet for the others.
template <size_t N>
std::array<int, 256> digit_table(const char (&alphabet)[N]) {
  std::array<int, 256> table{};
  table.fill(kNotInAlphabet);
  for (size_t i = 0; i + 1 < N; ++i) {
    table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
  }
  return table;
}

// Multiplies the big-endian number in `digits` (base `base`) by `factor` and adds `carry`.
void multiply_add(std::vector<uint32_t>& digits, uint32_t base, uint32_t factor, uint32_t carry) {
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    carry += *it * factor;
    *it = carry % base;
    carry /= base;
  }
  while (carry > 0) {
    digits.insert(digits.begin(), carry % base);
    carry /= base;
  }
}

}  // namespace

std::string base58btc_encode(const Bytes& bytes) {
  size_t zeros = 0;
  while (zeros < bytes.size() && bytes[zeros] == 0) {
    ++zeros;
  }
  std::vector<uint32_t> digits;  // base 58, most significant first
  for (size_t i = zeros; i < bytes.size(); ++i) {
    multiply_add(digits, 58, 256, bytes[i]);
  }
  std::string text(zeros, '1');  // each leading zero byte is a leading '1'
  for (uint32_t digit : digits) {
    text += kBase58Alphabet[digit];
  }
  return text;
}

std::optional<Bytes> base58btc_decode(std::string_view text) {
  static const auto kDigits = digit_table(kBase58Alphabet);
  size_t ones = 0;
  while (ones < text.size() && text[ones] == '1') {
    ++ones;
  }
  std::vector<uint32_t> values;  // base 256, most significant first
  for (size_t i = ones; i < text.size(); ++i) {
    const int digit = kDigits[static_cast<unsigned char>(text[i])];
    if (digit == kNotInAlphabet) {
      return std::nullopt;
    }
    multiply_add(values, 256, 58, static_cast<uint32_t>(digit));
  }
  Bytes bytes(ones, 0);
  for (uint32_t value : values) {
    bytes.push_back(static_cast<uint8_t>(value));
  }
  return bytes;
}

std::string base64url_encode(const Bytes& bytes) {
  std::string text;
  text.reserve((bytes.size() * 4 + 2) / 3);
  uint32_t bits = 0;
  int count = 0;  // bits held in `bits`
  for (uint8_t byte : bytes) {
    bits = (bits << 8) | byte;
    count += 8;
    while (count >= 6) {
      count -= 6;
      text += kBase64UrlAlphabet[(bits >> count) & 0x3F];
    }
  }
  if (count > 0) {
    text += kBase64UrlAlphabet[(bits << (6 - count)) & 0x3F];
  }
  return text;
}

std::optional<Bytes> base64url_decode(std::string_view text) {
  static const auto kDigits = digit_table(kBase64UrlAlphabet);
  while (!text.empty() && text.back() == '=') {
    text.remove_suffix(1);
  }
  if (text.size() % 4 == 1) {
    return std::nullopt;  // no whole byte fits in 6 bits
  }
  Bytes bytes;
  bytes.reserve(text.size() * 3 / 4);
  uint32_t bits = 0;
  int count = 0;
  for (char c : text) {
    const int digit = kDigits[static_cast<unsigned char>(c)];
    if (digit == kNotInAlphabet) {
      return std::nullopt;
    }
    bits = ((bits << 6) | static_cast<uint32_t>(digit)) & 0xFFFFFF;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push_back(static_cast<uint8_t>(bits >> count));
    }
  }
  return bytes;
}

std::string multibase_base58btc(const Bytes& bytes) { return "z" + base58btc_encode(bytes); }

std::string multibase_base64url(const Bytes& bytes) { return "u" + base64url_encode(bytes); }

std::optional<Bytes> multibase_decode(std::string_view text) {
  if (text.empty()) {
    return std::nullopt;
  }
  const std::string_view rest = text.substr(1);
  switch (text.front()) {
    case 'z':
      return base58btc_decode(rest);
    case 'u':
      return base64url_decode(rest);
    default:
      return std::nullopt;
  }
}

std::string hex_encode(const Bytes& bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(bytes.size() * 2);
  for (uint8_t byte : bytes) {
    text += kHex[byte >> 4];
    text += kHex[byte & 0xF];
  }
  return text;
}

}  // namespace hocvu
