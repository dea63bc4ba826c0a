// Tests of src/credential/encoding.cpp. Expected base58btc values computed by hand with Python's
// big integers; base64url values from Python's base64.urlsafe_b64encode (padding stripped).
#include "credential/encoding.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::Bytes;

namespace {

Bytes bytes_of(const std::string& text) { return Bytes(text.begin(), text.end()); }

}  // namespace

TEST_CASE("base58btc encodes with the Bitcoin alphabet", "[encoding]") {
  CHECK(hocvu::base58btc_encode(bytes_of("Hello World!")) == "2NEpo7TZRRrLZSi2U");
  CHECK(hocvu::base58btc_encode({}).empty());
}

TEST_CASE("base58btc writes each leading zero byte as 1", "[encoding]") {
  CHECK(hocvu::base58btc_encode({0}) == "1");
  CHECK(hocvu::base58btc_encode({0, 0, 1}) == "112");
  CHECK(hocvu::base58btc_decode("112") == Bytes{0, 0, 1});
}

TEST_CASE("base58btc decodes what it encodes", "[encoding]") {
  const Bytes all = [] {
    Bytes b;
    for (int i = 0; i < 256; ++i) b.push_back(static_cast<uint8_t>(255 - i));
    return b;
  }();
  CHECK(hocvu::base58btc_decode(hocvu::base58btc_encode(all)) == all);
  CHECK(hocvu::base58btc_decode("2NEpo7TZRRrLZSi2U") == bytes_of("Hello World!"));
}

TEST_CASE("base58btc refuses characters outside its alphabet", "[encoding]") {
  CHECK_FALSE(hocvu::base58btc_decode("0abc"));   // 0 is not in it
  CHECK_FALSE(hocvu::base58btc_decode("abcl"));   // nor l, O, I
  CHECK_FALSE(hocvu::base58btc_decode("ab c"));
}

TEST_CASE("base64url encodes without padding", "[encoding]") {
  CHECK(hocvu::base64url_encode({}).empty());
  CHECK(hocvu::base64url_encode(bytes_of("f")) == "Zg");
  CHECK(hocvu::base64url_encode(bytes_of("fo")) == "Zm8");
  CHECK(hocvu::base64url_encode(bytes_of("foo")) == "Zm9v");
  CHECK(hocvu::base64url_encode({0xfb, 0xff, 0xfe}) == "-__-");
}

TEST_CASE("base64url decodes with or without padding and refuses + and /", "[encoding]") {
  CHECK(hocvu::base64url_decode("Zm8") == bytes_of("fo"));
  CHECK(hocvu::base64url_decode("Zm8=") == bytes_of("fo"));
  CHECK(hocvu::base64url_decode("-__-") == Bytes{0xfb, 0xff, 0xfe});
  CHECK_FALSE(hocvu::base64url_decode("+//+"));
  CHECK_FALSE(hocvu::base64url_decode("Zm9vY"));  // 5 characters: no whole byte in the last one
}

TEST_CASE("multibase names the encoding with its first letter", "[encoding]") {
  CHECK(hocvu::multibase_base58btc(bytes_of("Hello World!")) == "z2NEpo7TZRRrLZSi2U");
  CHECK(hocvu::multibase_base64url(bytes_of("foo")) == "uZm9v");
  CHECK(hocvu::multibase_decode("z2NEpo7TZRRrLZSi2U") == bytes_of("Hello World!"));
  CHECK(hocvu::multibase_decode("uZm9v") == bytes_of("foo"));
  CHECK_FALSE(hocvu::multibase_decode("mZm9v"));  // base64 with padding: not one hocvu reads
  CHECK_FALSE(hocvu::multibase_decode(""));
}

TEST_CASE("hex_encode writes lowercase pairs", "[encoding]") {
  CHECK(hocvu::hex_encode({0x00, 0xab, 0x0f}) == "00ab0f");
}
