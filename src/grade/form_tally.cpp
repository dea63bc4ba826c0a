#include "grade/form_tally.hpp"

#include <algorithm>
#include <limits>

#include "io/hash.hpp"

namespace hocvu {

namespace {

constexpr uint32_t kMaxOptions = 32;  // the answer masks are 32 bits wide

uint32_t option_mask(uint32_t options) {
  return options >= kMaxOptions ? ~0u : (1u << options) - 1u;
}

bool add_overflows(uint64_t a, uint64_t b) {
  return a > std::numeric_limits<uint64_t>::max() - b;
}

}  // namespace

size_t BucketIndex::slot_of(Units total) const {
  return mix64(static_cast<uint64_t>(total)) & (slots_.size() - 1);
}

uint32_t BucketIndex::find(Units total) const {
  if (slots_.empty()) return kAbsent;
  for (size_t slot = slot_of(total);; slot = (slot + 1) & (slots_.size() - 1)) {
    if (slots_[slot].bucket == kAbsent || slots_[slot].total == total) return slots_[slot].bucket;
  }
}

uint32_t BucketIndex::find_or_add(Units total, uint32_t fresh, bool& added) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  for (size_t slot = slot_of(total);; slot = (slot + 1) & (slots_.size() - 1)) {
    Slot& at = slots_[slot];
    if (at.bucket == kAbsent) {
      at = Slot{total, fresh};
      ++size_;
      added = true;
      return fresh;
    }
    if (at.total == total) {
      added = false;
      return at.bucket;
    }
  }
}

void BucketIndex::clear() {
  slots_.clear();
  size_ = 0;
}

void BucketIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.bucket == kAbsent) continue;
    size_t at = slot_of(slot.total);
    while (slots_[at].bucket != kAbsent) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = slot;
  }
}

bool operator==(const ItemLayout& a, const ItemLayout& b) {
  return a.question_id == b.question_id && a.dropped == b.dropped && a.levels == b.levels &&
         a.options == b.options;
}

FormTally::FormTally(const std::vector<ScoringItem>& items)
    : omitted(items.size(), 0), invalid(items.size(), 0) {
  for (const ScoringItem& item : items) {
    ItemLayout layout;
    layout.question_id = item.item != nullptr ? item.item->question_id : std::string();
    layout.dropped = item.dropped;
    layout.levels = item.levels;
    layout.options = std::min(item.options, kMaxOptions);
    layout.level_offset = static_cast<uint32_t>(mark_width_);
    layout.option_offset = static_cast<uint32_t>(option_width_);
    // A dropped item is not counted: it takes no room in the rows.
    if (!item.dropped) {
      mark_width_ += layout.levels.size();
      option_width_ += layout.options;
    }
    layout_.push_back(std::move(layout));
  }
  for (const ItemLayout& layout : layout_) {
    HotItem hot;
    hot.mark_base = 1 + layout.level_offset;
    hot.level_count = layout.dropped ? 0 : static_cast<uint32_t>(layout.levels.size());
    hot.option_base = static_cast<uint32_t>(1 + mark_width_ + layout.option_offset);
    hot.option_mask = layout.dropped ? 0 : option_mask(layout.options);
    hot_.push_back(hot);
  }
}

void FormTally::clear_counts() {
  attempts = 0;
  passed = 0;
  std::fill(omitted.begin(), omitted.end(), 0);
  std::fill(invalid.begin(), invalid.end(), 0);
  bucket_of_total_.clear();
  totals_.clear();
  counts_.clear();
}

uint64_t* FormTally::row_for(Units total) {
  bool added = false;
  uint32_t bucket = bucket_of_total_.find_or_add(total, static_cast<uint32_t>(totals_.size()), added);
  if (added) {
    totals_.push_back(total);
    counts_.resize(counts_.size() + row_width(), 0);
  }
  return &counts_[bucket * row_width()];
}

void FormTally::add(const std::vector<ItemScore>& scores, Units total, bool passed_attempt) {
  uint64_t* counts = row_for(total);
  ++counts[0];
  ++attempts;
  passed += passed_attempt ? 1 : 0;
  const size_t items = std::min(scores.size(), hot_.size());
  for (size_t j = 0; j < items; ++j) {
    const HotItem& hot = hot_[j];
    if (hot.level_count == 0) {
      continue;  // dropped
    }
    const ItemScore& score = scores[j];
    if (score.level < hot.level_count) {
      ++counts[hot.mark_base + score.level];
    }
    for (uint32_t mask = score.chosen & hot.option_mask; mask != 0; mask &= mask - 1) {
      ++counts[hot.option_base + static_cast<uint32_t>(__builtin_ctz(mask))];
    }
    // Rare: a branch costs less than two counter writes per item.
    if (score.status == AnswerStatus::omitted) {
      ++omitted[j];
    } else if (score.status == AnswerStatus::invalid) {
      ++invalid[j];
    }
  }
}

bool FormTally::add_checked(const FormTally& other) {
  // First every check, then every change: a refused merge leaves this tally as it was.
  bool overflow = add_overflows(attempts, other.attempts) || add_overflows(passed, other.passed);
  for (size_t j = 0; j < omitted.size() && !overflow; ++j) {
    overflow = add_overflows(omitted[j], other.omitted[j]) || add_overflows(invalid[j], other.invalid[j]);
  }
  for (size_t b = 0; b < other.bucket_count() && !overflow; ++b) {
    uint32_t found = bucket_of_total_.find(other.totals_[b]);
    for (size_t k = 0; found != BucketIndex::kAbsent && k < row_width() && !overflow; ++k) {
      overflow = add_overflows(row(found)[k], other.row(b)[k]);
    }
  }
  if (overflow) {
    return false;
  }
  attempts += other.attempts;
  passed += other.passed;
  for (size_t j = 0; j < omitted.size(); ++j) {
    omitted[j] += other.omitted[j];
    invalid[j] += other.invalid[j];
  }
  for (size_t b = 0; b < other.bucket_count(); ++b) {
    uint64_t* counts = row_for(other.totals_[b]);
    const uint64_t* more = other.row(b);
    for (size_t k = 0; k < row_width(); ++k) {
      counts[k] += more[k];
    }
  }
  return true;
}

std::vector<size_t> FormTally::sorted_buckets() const {
  std::vector<size_t> order(totals_.size());
  for (size_t b = 0; b < order.size(); ++b) {
    order[b] = b;
  }
  std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return totals_[a] < totals_[b]; });
  return order;
}

}  // namespace hocvu
