#pragma once
// A seeded random source that gives the same numbers on every platform (the standard
// distributions do not), for shuffles and tie-breaks that must be reproducible.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "io/hash.hpp"

namespace hocvu {

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  Random(uint64_t seed, uint64_t stream) : state_(seed ^ (stream * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)) {}

  uint64_t next() {  // splitmix64: mix64 adds the increment itself
    uint64_t z = mix64(state_);
    state_ += 0x9E3779B97F4A7C15ULL;
    return z;
  }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, bound), without modulo bias; 0 when bound is 0.
  uint64_t below(uint64_t bound) {
    if (bound <= 1) {
      return 0;
    }
    uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t value;
    do {
      value = next();
    } while (value >= limit);
    return value % bound;
  }
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[below(i)]);
    }
  }

 private:
  uint64_t state_;
};

}  // namespace hocvu
