// The bitstring status list: bit order, size, deterministic GZIP, encoding and decoding.
#include <catch2/catch.hpp>

#include "certify/status_list.hpp"

using namespace hocvu;

TEST_CASE("status list: index 0 is the most significant bit of the first byte", "[certify]") {
  StatusBits bits;
  CHECK(bits.size() == 131072);  // the minimum, 16 KiB
  bits.set(0, true);
  bits.set(9, true);
  bits.set(131071, true);
  CHECK(bits.bytes()[0] == 0x80);
  CHECK(bits.bytes()[1] == 0x40);
  CHECK(bits.bytes()[16383] == 0x01);
  CHECK((bits.get(0) && bits.get(9) && !bits.get(1) && !bits.get(8) && bits.get(131071)));
  CHECK(!bits.get(10'000'000));  // beyond the end: not revoked
  bits.set(9, false);
  CHECK(bits.bytes()[1] == 0x00);
}

TEST_CASE("status list: sizes are whole bytes, never below the minimum", "[certify]") {
  CHECK(StatusBits(10).size() == 131072);
  CHECK(StatusBits(131073).size() == 131080);
  StatusBits bits;
  bits.reserve_index(200000);
  CHECK(bits.size() == 200008);
  bits.set(300000, true);  // set grows the list too
  CHECK((bits.size() == 300008 && bits.get(300000)));
  CHECK(!StatusBits::from_bytes(Bytes(16383, 0)));
  CHECK(StatusBits::from_bytes(Bytes(16384, 0))->size() == 131072);
}

TEST_CASE("status list: GZIP is the same bytes every time, with a fixed header", "[certify]") {
  Bytes data(16384, 0);
  data[5] = 0x21;
  Bytes first = gzip_bytes(data);
  CHECK(first == gzip_bytes(data));
  REQUIRE(first.size() > 18);
  // ID1 ID2 CM=deflate FLG=0, MTIME 0, XFL 2 (best compression), OS 255 (unknown).
  Bytes header(first.begin(), first.begin() + 10);
  CHECK(header == Bytes{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff});
  CHECK(gunzip_bytes(first, 16384) == data);
  CHECK(!gunzip_bytes(first, 16383));  // over the limit
  CHECK(!gunzip_bytes(Bytes(first.begin(), first.end() - 4), 1 << 20));  // cut short
  CHECK(!gunzip_bytes(Bytes{1, 2, 3}, 1 << 20));
  CHECK(!gunzip_bytes(Bytes{}, 1 << 20));
}

TEST_CASE("status list: encodedList is u + base64url(GZIP(bits)), and reads back", "[certify]") {
  // The empty minimum list, as Python's gzip.decompress(base64.urlsafe_b64decode(...)) reads it.
  CHECK(encode_status_list(StatusBits()) == "uH4sIAAAAAAAC_-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
  StatusBits bits;
  bits.set(42, true);
  std::string why;
  std::optional<StatusBits> back = decode_status_list(encode_status_list(bits), why);
  REQUIRE(back);
  CHECK((back->get(42) && !back->get(41) && back->size() == 131072));
  CHECK(!decode_status_list("H4sI", why));
  CHECK(why == "encodedList does not start with 'u' (multibase base64url)");
  CHECK(!decode_status_list("u***", why));
  CHECK(why == "encodedList is not base64url");
  CHECK(!decode_status_list("uAAAA", why));
  CHECK(why == "encodedList is not GZIP data of at most 16 MiB");
  CHECK(!decode_status_list(multibase_base64url(gzip_bytes(Bytes(100, 0))), why));
  CHECK(why == "the list is shorter than the minimum of 131072 bits");
}

TEST_CASE("status list: the credential and an entry pointing into it", "[certify]") {
  nlohmann::json list = status_list_credential(StatusBits(), {"https://x.vn/status/1", "did:key:z6Mk", day_from_civil(2026, 11, 30)});
  CHECK(list["@context"] == nlohmann::json::array({"https://www.w3.org/ns/credentials/v2"}));
  CHECK(list["id"] == "https://x.vn/status/1");
  CHECK(list["type"] == nlohmann::json::array({"VerifiableCredential", "BitstringStatusListCredential"}));
  CHECK(list["issuer"] == "did:key:z6Mk");
  CHECK(list["validFrom"] == "2026-11-30T00:00:00Z");
  CHECK(list["credentialSubject"]["id"] == "https://x.vn/status/1#list");
  CHECK(list["credentialSubject"]["type"] == "BitstringStatusList");
  CHECK(list["credentialSubject"]["statusPurpose"] == "revocation");
  nlohmann::json entry = status_list_entry("https://x.vn/status/1", 94567);
  CHECK(entry == nlohmann::json{{"id", "https://x.vn/status/1#94567"},
                                {"type", "BitstringStatusListEntry"},
                                {"statusPurpose", "revocation"},
                                {"statusListIndex", "94567"},
                                {"statusListCredential", "https://x.vn/status/1"}});
}
