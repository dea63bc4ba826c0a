// Tests of src/io/hash.cpp.
#include "io/hash.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using hocvu::sha256_hex;

TEST_CASE("sha256 of the empty string", "[hash]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256 of abc", "[hash]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256 of the two-block FIPS 180-2 vector", "[hash]") {
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256 hashes bytes, NUL included", "[hash]") {
  CHECK(sha256_hex(std::string("a\0b", 3)) != sha256_hex("ab"));
}

TEST_CASE("sha256 can be called from many threads at once", "[hash]") {
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] { results[i] = sha256_hex("abc"); });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  for (const auto& result : results) {
    CHECK(result == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}

TEST_CASE("sha256 in pieces equals sha256 of the whole", "[hash]") {
  hocvu::Sha256Stream stream;
  CHECK(stream.hex() == sha256_hex(""));
  stream.update("abcdbcdecdefdefgefghfghighij");
  stream.update("");
  CHECK(stream.hex() == sha256_hex("abcdbcdecdefdefgefghfghighij"));
  stream.update("hijkijkljklmklmnlmnomnopnopq");
  CHECK(stream.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
