#pragma once
// The attempts already graded in a run, by a 64-bit fingerprint of candidate id and date, to find
// duplicate attempts. The one structure of grading that grows with the number of candidates:
// about 10 to 20 bytes an attempt (--duplicates allow turns it off). Two different attempts share
// a fingerprint with probability about n^2 / 2^65: about 1 in 2 million for 4 million attempts.
#include <cstdint>
#include <string_view>
#include <vector>

namespace hocvu {

uint64_t attempt_fingerprint(std::string_view candidate_id, std::string_view date);

class SeenAttempts {
 public:
  // True when `fingerprint` is new (and now seen); false for a duplicate.
  bool insert(uint64_t fingerprint);
  // Starts loading the slot where inserting `fingerprint` looks first: the table is far larger
  // than the caches, so inserting a batch goes faster with the next ones prefetched.
  void prefetch(uint64_t fingerprint) const;
  size_t size() const { return size_; }

 private:
  void grow();
  size_t first_slot(uint64_t fingerprint) const;
  std::vector<uint64_t> slots_;  // 0: empty (a fingerprint of 0 is stored as 1)
  size_t size_ = 0;
};

}  // namespace hocvu
