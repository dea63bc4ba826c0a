// Tests of src/credential/key_files.cpp: what keygen writes, modes, refusals.
#include "credential/key_files.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "io/error.hpp"
#include "io/file.hpp"
#include "scratch_folder.hpp"

using hocvu::FatalError;

namespace {

unsigned mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777u;
}

hocvu::KeyPair fixed_pair() {
  std::array<uint8_t, 32> seed{};
  seed.fill(3);
  return hocvu::key_pair_from_seed(seed);
}

}  // namespace

TEST_CASE("key files: the public path replaces the extension", "[key_files]") {
  CHECK(hocvu::public_key_path_for("issuer.key") == "issuer.pub.json");
  CHECK(hocvu::public_key_path_for("keys/2026/issuer.key") == "keys/2026/issuer.pub.json");
  CHECK(hocvu::public_key_path_for("keys.d/issuer") == "keys.d/issuer.pub.json");
}

TEST_CASE("key files: written with mode 0600 for the secret and read back", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  const auto pair = fixed_pair();
  const std::string secret = folder.path("issuer.key");
  hocvu::write_key_files(pair, secret);
  CHECK(mode_of(secret) == 0600u);
  const auto read = hocvu::read_secret_key_file(secret);
  CHECK(read.seed == pair.seed);
  CHECK(read.public_key.bytes == pair.public_key.bytes);
  CHECK(hocvu::read_public_key_file(folder.path("issuer.pub.json")).bytes == pair.public_key.bytes);
  const auto secret_json = nlohmann::json::parse(hocvu::read_file(secret));
  CHECK(secret_json["type"] == "Multikey");
  CHECK(secret_json["controller"] == hocvu::did_key(pair.public_key));
  CHECK(secret_json["secretKeyMultibase"] == hocvu::secret_key_multibase(pair));
}

TEST_CASE("key files: the public document is a DID document with a Multikey", "[key_files]") {
  const auto key = fixed_pair().public_key;
  const std::string did = hocvu::did_key(key);
  const std::string method = hocvu::did_key_method(key);
  const std::string multibase = hocvu::public_key_multibase(key);
  CHECK(hocvu::public_key_document(key) ==
        "{\n  \"@context\": [\n    \"https://www.w3.org/ns/did/v1\",\n    \"https://w3id.org/security/multikey/v1\"\n  ],\n"
        "  \"id\": \"" + did + "\",\n  \"verificationMethod\": [\n    {\n      \"id\": \"" + method +
        "\",\n      \"type\": \"Multikey\",\n      \"controller\": \"" + did +
        "\",\n      \"publicKeyMultibase\": \"" + multibase + "\"\n    }\n  ],\n"
        "  \"assertionMethod\": [\n    \"" + method + "\"\n  ],\n  \"authentication\": [\n    \"" + method +
        "\"\n  ],\n  \"publicKeyMultibase\": \"" + multibase + "\"\n}\n");
}

TEST_CASE("key files: never overwritten", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  SECTION("the secret exists") {
    folder.add("issuer.key", "old");
    CHECK_THROWS_WITH(hocvu::write_key_files(fixed_pair(), folder.path("issuer.key")),
                      Catch::Contains("already exists"));
    CHECK(hocvu::read_file(folder.path("issuer.key")) == "old");
  }
  SECTION("the public file exists") {
    folder.add("issuer.pub.json", "old");
    CHECK_THROWS_AS(hocvu::write_key_files(fixed_pair(), folder.path("issuer.key")), FatalError);
    CHECK(folder.entries() == std::vector<std::string>{"issuer.pub.json"});
  }
}

TEST_CASE("key files: a secret key others can read is refused with the fix", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  const std::string secret = folder.path("issuer.key");
  hocvu::write_key_files(fixed_pair(), secret);
  REQUIRE(chmod(secret.c_str(), 0644) == 0);
  CHECK_THROWS_WITH(hocvu::read_secret_key_file(secret),
                    secret + ": the secret key is readable by others (mode 0644); run: chmod 600 " + secret);
  REQUIRE(chmod(secret.c_str(), 0620) == 0);
  CHECK_THROWS_WITH(hocvu::read_secret_key_file(secret), Catch::Contains("writable by others (mode 0620)"));
  REQUIRE(chmod(secret.c_str(), 0400) == 0);
  CHECK_NOTHROW(hocvu::read_secret_key_file(secret));
}

TEST_CASE("key files: what is not a key file is refused", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  const std::string secret = folder.add("bad.key", "{\"type\": \"Multikey\"}");
  REQUIRE(chmod(secret.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(hocvu::read_secret_key_file(secret), Catch::Contains("not a hocvu secret key file"));
  CHECK_THROWS_WITH(hocvu::read_secret_key_file(folder.path("missing.key")), Catch::Contains("cannot open"));
  CHECK_THROWS_WITH(hocvu::read_public_key_file(folder.add("x.json", "[1]")), Catch::Contains("not a key file"));
  CHECK_THROWS_WITH(hocvu::read_public_key_file(folder.add("y.json", "{}")), Catch::Contains("no public key"));
  hocvu::write_key_files(fixed_pair(), folder.path("issuer.key"));
  CHECK_THROWS_WITH(hocvu::read_public_key_file(folder.path("issuer.key")),
                    Catch::Contains("this is a secret key file; give the public one"));
}

TEST_CASE("key files: a secret key whose stated public half differs is refused", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  const auto pair = fixed_pair();
  std::array<uint8_t, 32> seed{};
  const auto other = hocvu::key_pair_from_seed(seed);
  nlohmann::json doc = {{"type", "Multikey"},
                        {"publicKeyMultibase", hocvu::public_key_multibase(other.public_key)},
                        {"secretKeyMultibase", hocvu::secret_key_multibase(pair)}};
  const std::string path = folder.add("mixed.key", doc.dump());
  REQUIRE(chmod(path.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(hocvu::read_secret_key_file(path), Catch::Contains("not the public half"));
}

TEST_CASE("key files: a bare Multikey or a DID document is a public key file", "[key_files]") {
  hocvu::test::ScratchFolder folder;
  const auto key = fixed_pair().public_key;
  const std::string multibase = hocvu::public_key_multibase(key);
  const auto bare = folder.add("bare.json", "{\"type\": \"Multikey\", \"publicKeyMultibase\": \"" + multibase + "\"}");
  CHECK(hocvu::read_public_key_file(bare).bytes == key.bytes);
  const auto did_only = folder.add("did.json", "{\"id\": \"" + hocvu::did_key(key) + "\"}");
  CHECK(hocvu::read_public_key_file(did_only).bytes == key.bytes);
  const auto two = folder.add("two.json", "{\"id\": \"" + hocvu::did_key(hocvu::key_pair_from_seed({}).public_key) +
                                              "\", \"publicKeyMultibase\": \"" + multibase + "\"}");
  CHECK_THROWS_WITH(hocvu::read_public_key_file(two), Catch::Contains("two different public keys"));
}
