#include "grade/duplicates.hpp"

#include <cstring>

#include "io/hash.hpp"

namespace hocvu {

namespace {

uint64_t hash_bytes(std::string_view bytes, uint64_t seed) {
  uint64_t hash = mix64(seed ^ bytes.size());
  size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + at, 8);
    hash = mix64(hash ^ word);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
  return mix64(hash ^ tail ^ ((bytes.size() - at) << 56));
}

}  // namespace

uint64_t attempt_fingerprint(std::string_view candidate_id, std::string_view date) {
  return hash_bytes(date, hash_bytes(candidate_id, 0x686f637675ULL));
}

size_t SeenAttempts::first_slot(uint64_t fingerprint) const {
  return mix64(fingerprint == 0 ? 1 : fingerprint) & (slots_.size() - 1);
}

void SeenAttempts::prefetch(uint64_t fingerprint) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[first_slot(fingerprint)]);
}

bool SeenAttempts::insert(uint64_t fingerprint) {
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();
  size_t mask = slots_.size() - 1;
  if (fingerprint == 0) fingerprint = 1;
  for (size_t slot = first_slot(fingerprint);; slot = (slot + 1) & mask) {
    if (slots_[slot] == fingerprint) return false;
    if (slots_[slot] == 0) {
      slots_[slot] = fingerprint;
      ++size_;
      return true;
    }
  }
}

void SeenAttempts::grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  size_ = 0;
  for (uint64_t fingerprint : old) {
    if (fingerprint != 0) insert(fingerprint);
  }
}

}  // namespace hocvu
