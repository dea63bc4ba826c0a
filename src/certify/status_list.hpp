#pragma once
// W3C Bitstring Status List v1.0: one bit per issued credential (statusPurpose "revocation": a
// set bit means revoked). Index 0 is the most significant bit of the first byte. The list is
// published as encodedList = "u" + base64url(GZIP(bits)), at least 131,072 bits (16 KiB, the
// specification's minimum, so that one credential's index tells little about its holder).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "credential/encoding.hpp"
#include "text/date.hpp"

namespace hocvu {

constexpr size_t kMinimumStatusBits = 131072;
// A decoded list larger than this is refused (a hostile status.json must not exhaust memory).
constexpr size_t kMaximumStatusBytes = size_t{16} << 20;

class StatusBits {
 public:
  // All bits clear; at least kMinimumStatusBits, rounded up to whole bytes.
  explicit StatusBits(size_t bits = kMinimumStatusBits);
  // Empty when `bytes` is shorter than the minimum.
  static std::optional<StatusBits> from_bytes(Bytes bytes);

  size_t size() const { return bytes_.size() * 8; }
  // Grows the list (in whole bytes) so that `index` is in it.
  void reserve_index(size_t index);
  bool get(size_t index) const;  // false beyond the end
  void set(size_t index, bool value);
  const Bytes& bytes() const { return bytes_; }

 private:
  Bytes bytes_;
};

// GZIP (RFC 1952) with zlib, the same bytes on every run and machine: no file name, modification
// time 0, operating system 255 (unknown), best compression.
Bytes gzip_bytes(const Bytes& bytes);
// Empty when `gzip` is not one complete GZIP member or inflates to more than `limit` bytes.
std::optional<Bytes> gunzip_bytes(const Bytes& gzip, size_t limit);

std::string encode_status_list(const StatusBits& bits);
// Empty, with the reason in `why`, when `encoded` is not "u" + base64url of a GZIP of at least
// the minimum size.
std::optional<StatusBits> decode_status_list(std::string_view encoded, std::string& why);

struct StatusListSetup {
  std::string url;     // the status list credential's id, what each entry's statusListCredential names
  std::string issuer;  // the issuer's did
  Day valid_from = 0;  // the as-of date (00:00:00Z)
};

// The unsigned BitstringStatusListCredential (VC 2.0).
nlohmann::json status_list_credential(const StatusBits& bits, const StatusListSetup& setup);
// A credential's credentialStatus entry pointing into the list at `index`.
nlohmann::json status_list_entry(const std::string& url, size_t index);

// "2026-11-30T00:00:00Z".
std::string date_time_text(Day day);

}  // namespace hocvu
