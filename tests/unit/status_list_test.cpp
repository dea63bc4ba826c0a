// Tests of src/credential/status_list.cpp: bit order, round trip, and refusals.
#include "credential/status_list.hpp"

#include <zlib.h>

#include <catch2/catch.hpp>

using hocvu::Bytes;

TEST_CASE("status list: index 0 is the most significant bit of the first byte", "[status_list]") {
  Bytes bits = hocvu::empty_status_bits(2);
  hocvu::set_status_bit(bits, 0, true);
  hocvu::set_status_bit(bits, 9, true);
  CHECK(bits == Bytes{0x80, 0x40});
  CHECK(hocvu::status_bit(bits, 0));
  CHECK_FALSE(hocvu::status_bit(bits, 1));
  CHECK(hocvu::status_bit(bits, 9));
  CHECK_FALSE(hocvu::status_bit(bits, 16));  // past the end
  hocvu::set_status_bit(bits, 0, false);
  CHECK(bits == Bytes{0x00, 0x40});
  hocvu::set_status_bit(bits, 23, true);
  CHECK(bits == Bytes{0x00, 0x40, 0x01});
}

TEST_CASE("status list: encoded as u + base64url of GZIP, decoded back", "[status_list]") {
  Bytes bits = hocvu::empty_status_bits();
  CHECK(bits.size() == 16384);
  hocvu::set_status_bit(bits, 131071, true);
  const std::string encoded = hocvu::encode_status_list(bits);
  CHECK(encoded.substr(0, 4) == "uH4s");  // 1f 8b 08: the GZIP magic and deflate
  CHECK(encoded == hocvu::encode_status_list(bits));
  const auto decoded = hocvu::decode_status_list(encoded);
  REQUIRE(decoded.bits);
  CHECK(*decoded.bits == bits);
}

TEST_CASE("status list: what cannot be decoded says why", "[status_list]") {
  CHECK(hocvu::decode_status_list("zabc").error.find("must start with 'u'") != std::string::npos);
  CHECK(hocvu::decode_status_list("u!!!").error == "encodedList is not valid base64url");
  CHECK(hocvu::decode_status_list("uAAAA").error.find("not one complete GZIP stream") != std::string::npos);
  std::string cut = hocvu::encode_status_list(hocvu::empty_status_bits());
  cut.resize(cut.size() - 6);
  CHECK_FALSE(hocvu::decode_status_list(cut).bits);
}

TEST_CASE("status list: more than 16 MiB decompressed is refused", "[status_list]") {
  const Bytes huge(hocvu::kMaxStatusListBytes + 1, 0);
  const auto decoded = hocvu::decode_status_list(hocvu::encode_status_list(huge));
  CHECK_FALSE(decoded.bits);
  CHECK(decoded.error.find("more than 16 MiB") != std::string::npos);
  CHECK(hocvu::decode_status_list(hocvu::encode_status_list(Bytes(hocvu::kMaxStatusListBytes, 0))).bits);
}
