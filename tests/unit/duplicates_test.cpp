// Tests of src/grade/duplicates.cpp: attempt fingerprints and the set of attempts already seen.
#include "grade/duplicates.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::attempt_fingerprint;
using hocvu::SeenAttempts;

TEST_CASE("attempt_fingerprint: the same for the same attempt, different where the split differs", "[grade]") {
  CHECK(attempt_fingerprint("000123", "2024-05-01") == attempt_fingerprint("000123", "2024-05-01"));
  CHECK(attempt_fingerprint("a", "bc") != attempt_fingerprint("ab", "c"));
  CHECK(attempt_fingerprint("", "x") != attempt_fingerprint("x", ""));
  CHECK(attempt_fingerprint("", "") != attempt_fingerprint("", std::string(1, '\0')));
  CHECK(attempt_fingerprint("000123", "") != attempt_fingerprint("00123", ""));  // leading zeros count
  // Eight bytes and more: words and the tail both count.
  CHECK(attempt_fingerprint("0123456789abcdef", "d") != attempt_fingerprint("0123456789abcdeF", "d"));
  CHECK(attempt_fingerprint("0123456789abcdefX", "d") != attempt_fingerprint("0123456789abcdefY", "d"));
}

TEST_CASE("SeenAttempts: new once, a duplicate after, across every growth of the table", "[grade]") {
  SeenAttempts seen;
  CHECK(seen.size() == 0);
  constexpr int kAttempts = 100000;
  bool all_new = true;
  for (int i = 0; i < kAttempts; ++i) {
    all_new = seen.insert(attempt_fingerprint("C" + std::to_string(i), "2024-05-01")) && all_new;
  }
  CHECK(all_new);
  CHECK(seen.size() == static_cast<size_t>(kAttempts));
  bool all_found = true;
  for (int i = 0; i < kAttempts; ++i) {
    all_found = !seen.insert(attempt_fingerprint("C" + std::to_string(i), "2024-05-01")) && all_found;
  }
  CHECK(all_found);
  CHECK(seen.size() == static_cast<size_t>(kAttempts));
  CHECK(seen.insert(attempt_fingerprint("C0", "2024-05-02")));  // another date: another attempt
  CHECK(seen.size() == static_cast<size_t>(kAttempts) + 1);
}

TEST_CASE("SeenAttempts: a fingerprint of 0 is kept as 1", "[grade]") {
  SeenAttempts seen;
  CHECK(seen.insert(0));
  CHECK_FALSE(seen.insert(0));
  CHECK_FALSE(seen.insert(1));  // the one collision the empty slot costs
  CHECK(seen.insert(2));
  CHECK(seen.insert(UINT64_MAX));
  CHECK_FALSE(seen.insert(UINT64_MAX));
  CHECK(seen.size() == 3);
}
