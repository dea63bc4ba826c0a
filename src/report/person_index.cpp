#include "report/person_index.hpp"

#include "io/hash.hpp"

namespace hocvu {

namespace {

size_t table_size_for(size_t expected) {
  size_t size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}

}  // namespace

PersonIndex::PersonIndex(std::function<std::string_view(uint32_t)> id_of, size_t expected)
    : id_of_(std::move(id_of)), slots_(table_size_for(expected), kEmpty) {}

uint64_t PersonIndex::hash_of(std::string_view id) const { return mix64(std::hash<std::string_view>{}(id)); }

uint32_t PersonIndex::find(std::string_view id) const {
  uint64_t hash = hash_of(id);
  uint64_t mask = slots_.size() - 1;
  for (uint64_t slot = hash & mask;; slot = (slot + 1) & mask) {
    uint64_t entry = slots_[slot];
    if (entry == kEmpty) return kMissing;
    auto index = static_cast<uint32_t>(entry >> 32);
    if (static_cast<uint32_t>(entry) == static_cast<uint32_t>(hash >> 32) && id_of_(index) == id) return index;
  }
}

uint32_t PersonIndex::insert(uint32_t index) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  std::string_view id = id_of_(index);
  uint64_t hash = hash_of(id);
  uint64_t mask = slots_.size() - 1;
  uint64_t slot = hash & mask;
  for (; slots_[slot] != kEmpty; slot = (slot + 1) & mask) {
    auto other = static_cast<uint32_t>(slots_[slot] >> 32);
    if (static_cast<uint32_t>(slots_[slot]) == static_cast<uint32_t>(hash >> 32) && id_of_(other) == id) return other;
  }
  slots_[slot] = (uint64_t{index} << 32) | (hash >> 32);
  ++size_;
  return kMissing;
}

void PersonIndex::grow() {
  std::vector<uint64_t> old(slots_.size() * 2, kEmpty);
  old.swap(slots_);
  size_ = 0;
  for (uint64_t entry : old) {
    if (entry != kEmpty) insert(static_cast<uint32_t>(entry >> 32));
  }
}

}  // namespace hocvu
