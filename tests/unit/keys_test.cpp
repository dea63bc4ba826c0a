// Tests of src/credential/keys.cpp: RFC 8032 section 7.1 test vectors, and the Multikey pair of
// the W3C eddsa-jcs-2022 test vectors (tests/credential/vectors/keyPair.json).
#include "credential/keys.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::Bytes;

namespace {

const char kVectorPublic[] = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
const char kVectorSecret[] = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

template <size_t N>
std::array<uint8_t, N> from_hex(const std::string& hex) {
  REQUIRE(hex.size() == 2 * N);
  std::array<uint8_t, N> bytes{};
  for (size_t i = 0; i < N; ++i) {
    bytes[i] = static_cast<uint8_t>(std::stoul(hex.substr(2 * i, 2), nullptr, 16));
  }
  return bytes;
}

std::string hex_of(const std::array<uint8_t, 64>& bytes) { return hocvu::hex_encode(Bytes(bytes.begin(), bytes.end())); }

}  // namespace

TEST_CASE("Ed25519: RFC 8032 test 1 (empty message)", "[keys]") {
  const auto pair = hocvu::key_pair_from_seed(
      from_hex<32>("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
  CHECK(pair.public_key.bytes ==
        from_hex<32>("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
  const auto signature = hocvu::sign_ed25519(pair, {});
  CHECK(hex_of(signature) ==
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  CHECK(hocvu::verify_ed25519(pair.public_key, {}, signature));
}

TEST_CASE("Ed25519: RFC 8032 test 2 (one byte), and a changed byte fails", "[keys]") {
  const auto pair = hocvu::key_pair_from_seed(
      from_hex<32>("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
  const auto signature = hocvu::sign_ed25519(pair, {0x72});
  CHECK(hex_of(signature) ==
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
  CHECK(hocvu::verify_ed25519(pair.public_key, {0x72}, signature));
  CHECK_FALSE(hocvu::verify_ed25519(pair.public_key, {0x73}, signature));
  auto damaged = signature;
  damaged[10] ^= 1;
  CHECK_FALSE(hocvu::verify_ed25519(pair.public_key, {0x72}, damaged));
}

TEST_CASE("Multikey: the W3C vector's secret key gives its public key", "[keys]") {
  const auto pair = hocvu::parse_secret_key_multibase(kVectorSecret);
  REQUIRE(pair);
  CHECK(hocvu::public_key_multibase(pair->public_key) == kVectorPublic);
  CHECK(hocvu::secret_key_multibase(*pair) == kVectorSecret);
  const auto key = hocvu::parse_public_key_multibase(kVectorPublic);
  REQUIRE(key);
  CHECK(key->bytes == pair->public_key.bytes);
}

TEST_CASE("Multikey: a public key is not a secret key and wrong text is refused", "[keys]") {
  CHECK_FALSE(hocvu::parse_secret_key_multibase(kVectorPublic));
  CHECK_FALSE(hocvu::parse_public_key_multibase(kVectorSecret));
  CHECK_FALSE(hocvu::parse_public_key_multibase(""));
  CHECK_FALSE(hocvu::parse_public_key_multibase("z"));
  CHECK_FALSE(hocvu::parse_public_key_multibase(std::string(kVectorPublic) + "1"));  // 35 bytes
  CHECK_FALSE(hocvu::parse_public_key_multibase(std::string(kVectorPublic).substr(1)));  // no z
  CHECK_FALSE(hocvu::parse_public_key_multibase(std::string(kVectorPublic, 47) + "0"));
  CHECK_FALSE(hocvu::parse_public_key_multibase(std::string(5000, 'z')));
}

TEST_CASE("did:key names the Multikey, with the key as its fragment", "[keys]") {
  const auto key = *hocvu::parse_public_key_multibase(kVectorPublic);
  CHECK(hocvu::did_key(key) == std::string("did:key:") + kVectorPublic);
  CHECK(hocvu::did_key_method(key) == std::string("did:key:") + kVectorPublic + "#" + kVectorPublic);
  CHECK(hocvu::parse_did_key(hocvu::did_key(key))->bytes == key.bytes);
  CHECK(hocvu::parse_did_key(hocvu::did_key_method(key))->bytes == key.bytes);
  CHECK_FALSE(hocvu::parse_did_key(std::string("did:web:") + kVectorPublic));
  CHECK_FALSE(hocvu::parse_did_key(std::string("did:key:") + kVectorPublic + "#key-1"));
}

TEST_CASE("generated key pairs differ and sign", "[keys]") {
  const auto a = hocvu::generate_key_pair();
  const auto b = hocvu::generate_key_pair();
  CHECK(a.seed != b.seed);
  CHECK(hocvu::key_pair_from_seed(a.seed).public_key.bytes == a.public_key.bytes);
  const Bytes message = {1, 2, 3};
  CHECK(hocvu::verify_ed25519(a.public_key, message, hocvu::sign_ed25519(a, message)));
  CHECK_FALSE(hocvu::verify_ed25519(b.public_key, message, hocvu::sign_ed25519(a, message)));
}
