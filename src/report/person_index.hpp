#pragma once
// Person ids to their index, for a million-person roster looked up three million times: open
// addressing over a power-of-two table of indexes (8 bytes a person, one probe sequence, no node
// per id), where std::unordered_map cost a heap node and a cache miss per id. The ids stay where
// they are; the index only refers to them through `id_of`.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace hocvu {

class PersonIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // `id_of(i)` is the id of entry i; `expected` sizes the table (it grows past it if needed).
  PersonIndex(std::function<std::string_view(uint32_t)> id_of, size_t expected);

  // The entry with `id`, or kMissing.
  uint32_t find(std::string_view id) const;
  // Adds entry `index` under its id unless that id is there: returns the entry already there,
  // or kMissing when added.
  uint32_t insert(uint32_t index);

 private:
  void grow();
  uint64_t hash_of(std::string_view id) const;

  // Each slot: the entry in the high 32 bits, 32 bits of the id's hash in the low ones, so that
  // most mismatches are seen without reading the id.
  static constexpr uint64_t kEmpty = UINT64_MAX;
  std::function<std::string_view(uint32_t)> id_of_;
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

}  // namespace hocvu
