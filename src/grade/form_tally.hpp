#pragma once
// The counts of one form (private to tally*.cpp): the layout made from the form's scoring items,
// and one flat row of counts per distinct total. A row is [attempts, marks..., chosen...]: the
// marks of item j start at 1 + level_offset(j), its options at 1 + mark_width + option_offset(j).
#include <cstdint>
#include <string>
#include <vector>

#include "grade/scoring.hpp"

namespace hocvu {

// What a form's counts mean: the same layout is required to add two tallies.
struct ItemLayout {
  std::string question_id;
  bool dropped = false;
  std::vector<Units> levels;
  uint32_t options = 0;   // at most 32 (the width of the answer masks)
  uint32_t level_offset = 0;
  uint32_t option_offset = 0;
};

bool operator==(const ItemLayout& a, const ItemLayout& b);

// Which bucket holds each total: open addressing, since every graded attempt looks its total
// up (std::unordered_map's division and node walk cost more than the whole lookup here).
class BucketIndex {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;
  uint32_t find(Units total) const;
  // The bucket of `total`; when it has none, `fresh` becomes it and `added` is set.
  uint32_t find_or_add(Units total, uint32_t fresh, bool& added);
  void clear();

 private:
  struct Slot {
    Units total = 0;
    uint32_t bucket = kAbsent;
  };
  size_t slot_of(Units total) const;
  void grow();
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

class FormTally {
 public:
  explicit FormTally(const std::vector<ScoringItem>& items);

  const std::vector<ItemLayout>& layout() const { return layout_; }
  size_t mark_width() const { return mark_width_; }
  size_t option_width() const { return option_width_; }
  size_t row_width() const { return 1 + mark_width_ + option_width_; }

  void add(const std::vector<ItemScore>& scores, Units total, bool passed);
  // Adds `other` (same layout). False, and nothing changed, when a count would overflow.
  bool add_checked(const FormTally& other);

  // Every count back to zero, the layout kept.
  void clear_counts();

  // The row of counts for `total`, created (all zero) when new.
  uint64_t* row_for(Units total);
  size_t bucket_count() const { return totals_.size(); }
  Units bucket_total(size_t bucket) const { return totals_[bucket]; }
  const uint64_t* row(size_t bucket) const { return &counts_[bucket * row_width()]; }
  // Bucket indexes ascending by total.
  std::vector<size_t> sorted_buckets() const;

  uint64_t attempts = 0;
  uint64_t passed = 0;
  std::vector<uint64_t> omitted;  // per item
  std::vector<uint64_t> invalid;  // per item

 private:
  // The add() loop reads only this, one small record per item.
  struct HotItem {
    uint32_t mark_base = 0;    // in the row
    uint32_t level_count = 0;  // 0 for a dropped item: nothing counted
    uint32_t option_base = 0;  // in the row
    uint32_t option_mask = 0;
  };

  std::vector<ItemLayout> layout_;
  std::vector<HotItem> hot_;
  size_t mark_width_ = 0;
  size_t option_width_ = 0;
  BucketIndex bucket_of_total_;
  std::vector<Units> totals_;     // per bucket, in order of creation
  std::vector<uint64_t> counts_;  // bucket_count() rows of row_width()
};

}  // namespace hocvu
