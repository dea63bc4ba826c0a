// Tests of src/credential/data_integrity.cpp against the W3C eddsa-jcs-2022 test vectors
// (tests/credential/vectors, copied from w3c/vc-di-eddsa), and tampering of every kind.
#include "credential/data_integrity.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "credential/jcs.hpp"

using hocvu::ProofCheck;
using nlohmann::json;

namespace {

std::string vector_text(const std::string& name) {
  std::ifstream in(std::string(HOCVU_SOURCE_DIR) + "/tests/credential/vectors/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

json signed_vector() { return json::parse(vector_text("signedJCS.json")); }

hocvu::KeyPair vector_key_pair() {
  const auto pair = hocvu::parse_secret_key_multibase(json::parse(vector_text("keyPair.json"))["privateKeyMultibase"].get<std::string>());
  REQUIRE(pair);
  return *pair;
}

const hocvu::PublicKey& vector_key() {
  static const hocvu::PublicKey key = vector_key_pair().public_key;
  return key;
}

hocvu::KeyPair other_pair() {
  std::array<uint8_t, 32> seed{};
  seed.fill(7);
  return hocvu::key_pair_from_seed(seed);
}

json small_credential(const std::string& name) {
  return {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
          {"type", {"VerifiableCredential"}},
          {"issuer", "did:example:issuer"},
          {"credentialSubject", {{"name", name}, {"score", 0.75}}}};
}

hocvu::ProofOptions options_for(const hocvu::PublicKey& key) {
  return {hocvu::did_key_method(key), "2026-12-01T00:00:00Z", "assertionMethod"};
}

}  // namespace

TEST_CASE("eddsa-jcs-2022: the W3C vector's proofValue is reproduced exactly", "[data_integrity]") {
  const json expected = signed_vector();
  json unsigned_credential = expected;
  unsigned_credential.erase("proof");
  const hocvu::ProofOptions options{expected["proof"]["verificationMethod"].get<std::string>(),
                                    expected["proof"]["created"].get<std::string>(), "assertionMethod"};
  const json secured = hocvu::add_proof(unsigned_credential, vector_key_pair(), options);
  CHECK(secured["proof"]["proofValue"] ==
        "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4");
  CHECK(secured == expected);
}

TEST_CASE("eddsa-jcs-2022: the W3C vector's canonical document is reproduced byte for byte", "[data_integrity]") {
  json document = signed_vector();
  document.erase("proof");
  CHECK(hocvu::canonical_json(document) == vector_text("canonDocJCS.txt"));
}

TEST_CASE("eddsa-jcs-2022: the W3C vector verifies", "[data_integrity]") {
  CHECK(hocvu::verify_proof(signed_vector(), vector_key()) == ProofCheck::valid);
}

TEST_CASE("eddsa-jcs-2022: a reordered member still verifies (JCS ignores order)", "[data_integrity]") {
  std::string text = vector_text("signedJCS.json");
  const std::string subject = R"("credentialSubject": {
    "id": "did:example:abcdefgh",
    "alumniOf": "The School of Examples"
  })";
  const size_t at = text.find(subject);
  REQUIRE(at != std::string::npos);
  text.replace(at, subject.size(), R"("credentialSubject": {"alumniOf": "The School of Examples", "id": "did:example:abcdefgh"})");
  CHECK(hocvu::verify_proof(json::parse(text), vector_key()) == ProofCheck::valid);
}

TEST_CASE("eddsa-jcs-2022: one character changed anywhere is refused", "[data_integrity]") {
  json changed = signed_vector();
  SECTION("in a credentialSubject value") {
    changed["credentialSubject"]["alumniOf"] = "The School of Exampler";
  }
  SECTION("in the proof's created") {
    changed["proof"]["created"] = "2023-02-24T23:36:39Z";
  }
  SECTION("in the proofValue") {
    std::string value = changed["proof"]["proofValue"];
    value[40] = value[40] == 'a' ? 'b' : 'a';
    changed["proof"]["proofValue"] = value;
  }
  SECTION("in validFrom") {
    changed["validFrom"] = "2023-01-02T00:00:00Z";
  }
  SECTION("a member added") {
    changed["credentialSubject"]["extra"] = true;
  }
  CHECK(hocvu::verify_proof(changed, vector_key()) == ProofCheck::bad_signature);
}

TEST_CASE("eddsa-jcs-2022: another key than the one named is refused", "[data_integrity]") {
  CHECK(hocvu::verify_proof(signed_vector(), other_pair().public_key) == ProofCheck::other_key);
}

TEST_CASE("eddsa-jcs-2022: signed by another key while naming ours is a bad signature", "[data_integrity]") {
  json forged = hocvu::add_proof(small_credential("An"), other_pair(), options_for(vector_key()));
  CHECK(hocvu::verify_proof(forged, vector_key()) == ProofCheck::bad_signature);
}

TEST_CASE("eddsa-jcs-2022: a proof copied onto another person's record is refused", "[data_integrity]") {
  const auto pair = vector_key_pair();
  const json an = hocvu::add_proof(small_credential("An"), pair, options_for(pair.public_key));
  json binh = hocvu::add_proof(small_credential("Bình"), pair, options_for(pair.public_key));
  CHECK(hocvu::verify_proof(an, pair.public_key) == ProofCheck::valid);
  CHECK(hocvu::verify_proof(binh, pair.public_key) == ProofCheck::valid);
  binh["proof"] = an["proof"];
  CHECK(hocvu::verify_proof(binh, pair.public_key) == ProofCheck::bad_signature);
}

TEST_CASE("eddsa-jcs-2022: add_proof puts the document's @context in the proof and replaces a proof", "[data_integrity]") {
  const auto pair = vector_key_pair();
  json first = hocvu::add_proof(small_credential("An"), pair, options_for(pair.public_key));
  CHECK(first["proof"]["@context"] == small_credential("An")["@context"]);
  CHECK(first["proof"]["type"] == "DataIntegrityProof");
  CHECK(first["proof"]["cryptosuite"] == "eddsa-jcs-2022");
  CHECK(first["proof"]["created"] == "2026-12-01T00:00:00Z");
  const json again = hocvu::add_proof(first, pair, options_for(pair.public_key));
  CHECK(again == first);  // deterministic, and the old proof is not signed into the new one
  hocvu::ProofOptions no_date = options_for(pair.public_key);
  no_date.created.clear();
  const json undated = hocvu::add_proof(small_credential("An"), pair, no_date);
  CHECK_FALSE(undated["proof"].contains("created"));
  CHECK(hocvu::verify_proof(undated, pair.public_key) == ProofCheck::valid);
}

TEST_CASE("eddsa-jcs-2022: proofs that cannot be checked say why", "[data_integrity]") {
  json secured = signed_vector();
  SECTION("no proof") {
    secured.erase("proof");
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::no_proof);
    CHECK(hocvu::verify_proof(json::array(), vector_key()) == ProofCheck::no_proof);
    secured["proof"] = json::array();
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::no_proof);
  }
  SECTION("another cryptosuite or purpose") {
    secured["proof"]["cryptosuite"] = "eddsa-rdfc-2022";
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::unsupported);
    secured = signed_vector();
    secured["proof"]["proofPurpose"] = "authentication";
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::unsupported);
  }
  SECTION("a proofValue that is not 64 bytes of base58btc") {
    secured["proof"]["proofValue"] = "z3yMtsJ5";
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
    secured["proof"]["proofValue"] = "u" + hocvu::base64url_encode(hocvu::Bytes(64, 1));
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
    secured["proof"]["proofValue"] = std::string(100000, 'z');
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
    secured["proof"]["proofValue"] = 12;
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
  }
  SECTION("a document @context that does not start with the proof's") {
    secured["@context"] = {"https://www.w3.org/ns/credentials/v2"};
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
  }
  SECTION("a context appended after signing") {
    secured["@context"].push_back("https://example.org/extra");
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::bad_signature);
  }
  SECTION("a value JCS cannot write") {
    secured["credentialSubject"]["bad"] = std::string("\xff");
    CHECK(hocvu::verify_proof(secured, vector_key()) == ProofCheck::malformed);
  }
}
