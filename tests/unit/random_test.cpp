// Tests of src/exam/random.hpp: the seeded random source behind every shuffle and tie-break of
// exam assembly, which must give the same numbers on every platform.
// random.hpp uses size_t without including <cstddef> (it is not self-contained); until it does,
// include that first.
#include <cstddef>

#include "exam/random.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>
#include <vector>

using hocvu::Random;

namespace {

std::vector<uint64_t> draws(Random random, size_t count) {
  std::vector<uint64_t> out;
  for (size_t i = 0; i < count; ++i) {
    out.push_back(random.next());
  }
  return out;
}

}  // namespace

TEST_CASE("Random is splitmix64: known values pin the sequence on every platform", "[random]") {
  // The reference splitmix64 (Vigna) started from state 0 and from state 1234567.
  Random zero(0);
  CHECK(zero.next() == 0xE220A8397B1DCDAFULL);
  CHECK(zero.next() == 0x6E789E6AA1B965F4ULL);
  CHECK(zero.next() == 0x06C45D188009454FULL);
  Random other(1234567);
  CHECK(other.next() == 6457827717110365317ULL);
  CHECK(other.next() == 3203168211198807973ULL);
}

TEST_CASE("Random: the same seed gives the same numbers, another seed others", "[random]") {
  CHECK(draws(Random(42), 100) == draws(Random(42), 100));
  CHECK(draws(Random(42), 100) != draws(Random(43), 100));
}

TEST_CASE("Random: streams of one seed are reproducible and differ from each other", "[random]") {
  CHECK(draws(Random(7, 3), 50) == draws(Random(7, 3), 50));
  CHECK(draws(Random(7, 3), 50) != draws(Random(7, 4), 50));
  CHECK(draws(Random(7, 0), 50) != draws(Random(7), 50));  // stream 0 is not the plain seed
  CHECK(draws(Random(7, 1u << 20), 50) != draws(Random(7, 0), 50));
}

TEST_CASE("Random::unit lies between 0 (included) and 1 (excluded), spread over the range", "[random]") {
  Random random(2026);
  double low = 1, high = 0, sum = 0;
  const int n = 10000;
  for (int i = 0; i < n; ++i) {
    double value = random.unit();
    low = std::min(low, value);
    high = std::max(high, value);
    sum += value;
  }
  CHECK(low >= 0.0);
  CHECK(high < 1.0);
  CHECK(low < 0.01);
  CHECK(high > 0.99);
  CHECK(sum / n == Approx(0.5).margin(0.02));
}

TEST_CASE("Random::below stays below its bound and reaches every value", "[random]") {
  Random random(99);
  for (uint64_t bound : {1ULL, 2ULL, 3ULL, 6ULL, 7ULL, 10ULL, 64ULL, 1000ULL}) {
    INFO("bound " << bound);
    std::set<uint64_t> seen;
    for (int i = 0; i < 20000; ++i) {
      seen.insert(random.below(bound));
    }
    CHECK(*seen.rbegin() < bound);
    CHECK(seen.size() == bound);  // every value, 20 or more draws each on average
  }
  SECTION("bound 1 always gives 0") {
    Random one(5);
    uint64_t total = 0;
    for (int i = 0; i < 100; ++i) {
      total += one.below(1);
    }
    CHECK(total == 0);
  }
  SECTION("huge bounds") {
    Random big(5);
    const uint64_t bound = UINT64_MAX - 1;  // (2^64 - 1) % bound == 1: almost nothing rejected
    const uint64_t half = (UINT64_MAX / 2) + 2;  // about half the draws are rejected
    uint64_t largest = 0, largest_half = 0;
    for (int i = 0; i < 1000; ++i) {
      largest = std::max(largest, big.below(bound));
      largest_half = std::max(largest_half, big.below(half));
    }
    CHECK(largest < bound);
    CHECK(largest > bound / 2);
    CHECK(largest_half < half);
    CHECK(largest_half > half / 2);
  }
}

TEST_CASE("Random::below is not skewed towards small values", "[random]") {
  Random random(31337);
  std::vector<int> counts(3, 0);
  const int n = 30000;
  for (int i = 0; i < n; ++i) {
    ++counts[random.below(3)];
  }
  for (int count : counts) {
    CHECK(count == Approx(n / 3).epsilon(0.05));
  }
}

TEST_CASE("Random::shuffle permutes, reproducibly", "[random]") {
  std::vector<int> original(50);
  std::iota(original.begin(), original.end(), 0);

  std::vector<int> a = original;
  Random first(11);
  first.shuffle(a);
  std::vector<int> b = original;
  Random second(11);
  second.shuffle(b);
  CHECK(a == b);
  CHECK(a != original);
  std::vector<int> sorted = a;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == original);

  std::vector<int> c = original;
  Random third(12);
  third.shuffle(c);
  CHECK(c != a);

  std::vector<int> empty;
  std::vector<int> single{7};
  Random fourth(1);
  fourth.shuffle(empty);
  fourth.shuffle(single);
  CHECK(empty.empty());
  CHECK(single == std::vector<int>{7});
}
