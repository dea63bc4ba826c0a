#pragma once
// The mergeable state of grading: exact integer counts from which every statistic of
// statistics.hpp is computed at the end. Memory grows with forms, items, marks and distinct
// totals, never with candidates; two tallies add up exactly in any order (threads, shards).
//
// Per form, for each distinct total score (in units) a bucket counts: the attempts with that
// total, and per item how many earned each of its marks (ScoringItem::levels) and how many marked
// each option letter. Per item and form also omitted and invalid counts; per form the passed count;
// per competency the attempts that measured it and mastered it.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grade/scoring.hpp"

namespace hocvu {

// For one attempt: -1 the competency was not measured on the form, 0 measured and not mastered,
// 1 mastered. Indexed like GradingKey::competencies.
using MasteryRow = std::vector<int8_t>;

class FormTally;

class GradeTally {
 public:
  // `forms` are the scoring items of each form of the key, in key order (prepare_form).
  explicit GradeTally(const std::vector<std::vector<ScoringItem>>& forms, size_t competencies);
  ~GradeTally();
  GradeTally(const GradeTally& other);
  GradeTally(GradeTally&&) noexcept;
  GradeTally& operator=(GradeTally&&) noexcept;

  // One graded attempt on form `form_index`: its item scores by position, its total (the sum of
  // the earned units of the items not dropped), whether it passed, and its mastery row.
  void add(size_t form_index, const std::vector<ItemScore>& scores, Units total, bool passed,
           const MasteryRow& mastery);

  // Adds `other` (same key and forms) into this tally. Tallies of other forms, or a count past
  // 2^64, are programming errors: std::invalid_argument, std::overflow_error.
  void merge(const GradeTally& other);

  // The shard state: a JSON text holding every count, deterministic (same tally, same bytes), and
  // the layout it was counted in (per form: each question's id, whether it is dropped, its marks
  // in units, its options), so that a state made for other forms or other corrections is refused.
  // Buckets are written ascending by total: merging in any order gives the same bytes.
  std::string serialize() const;
  // Reads a shard state written by serialize() for the same forms. Anything malformed, or a
  // state for other forms, is a diagnostic (with the path) and returns false; `*this` is then
  // unchanged. Counts are checked to add up (every bucket's marks per item sum to its attempts,
  // the buckets' attempts to the form's) and not to overflow.
  bool merge_serialized(std::string_view text, const std::string& path, Diagnostics& diagnostics);

  // Read access for statistics.cpp.
  struct TotalBucket {
    Units total = 0;
    uint64_t attempts = 0;
    std::vector<uint64_t> marks;    // per item, per level: items' offsets from level_offset()
    std::vector<uint64_t> chosen;   // per item, per option letter: offsets from option_offset()
  };
  size_t forms() const;
  // The buckets of a form, ascending by total.
  std::vector<TotalBucket> buckets(size_t form_index) const;
  size_t level_offset(size_t form_index, size_t item) const;
  size_t option_offset(size_t form_index, size_t item) const;
  uint64_t attempts(size_t form_index) const;
  uint64_t passed(size_t form_index) const;
  uint64_t omitted(size_t form_index, size_t item) const;
  uint64_t invalid(size_t form_index, size_t item) const;
  uint64_t measured(size_t competency) const;
  uint64_t mastered(size_t competency) const;

 private:
  bool same_layout(const GradeTally& other) const;
  // Adds `other` (same layout); false, and nothing changed, when a count would overflow.
  bool add_checked(const GradeTally& other);
  // This tally's layout with every count zero.
  GradeTally empty_copy() const;

  std::vector<std::unique_ptr<FormTally>> forms_;
  std::vector<uint64_t> measured_;
  std::vector<uint64_t> mastered_;
};

}  // namespace hocvu
