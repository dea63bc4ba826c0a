#include "text/edit_distance.hpp"

#include <algorithm>
#include <cstdint>

namespace hocvu {

namespace {

size_t difference(size_t a, size_t b) {
  return a > b ? a - b : b - a;
}

// Most cells bounded_edit_distance computes for these lengths (plus one for the call).
uint64_t most_cells(size_t a, size_t b, size_t max) {
  if (difference(a, b) > max) {
    return 1;
  }
  return 1 + static_cast<uint64_t>(a) * std::min<uint64_t>(b, 2 * static_cast<uint64_t>(max) + 1);
}

}  // namespace

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost one, so 'lnit' is one edit from 'lint'.
size_t edit_distance(std::string_view a, std::string_view b) {
  return bounded_edit_distance(a, b, std::max(a.size(), b.size()));
}

// Rows of the usual dynamic programme, restricted to columns i - max .. i + max. Each row
// also sets the cell just outside its band on either side (to `far`, or to i at column 0),
// which are the only cells outside the band that the next two rows read.
size_t bounded_edit_distance(std::string_view a, std::string_view b, size_t max, uint64_t* cells) {
  max = std::min(max, std::max(a.size(), b.size()));  // no distance is larger; keeps max + 1 safe
  const size_t far = max + 1;
  if (cells != nullptr) {
    *cells += 1;
  }
  if (difference(a.size(), b.size()) > max) {
    return far;
  }
  std::vector<size_t> before(b.size() + 1, far), previous(b.size() + 1, far), current(b.size() + 1, far);
  for (size_t j = 0; j <= std::min(b.size(), max); ++j) {
    previous[j] = j;
  }
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t low = i > max ? i - max : 1;
    const size_t high = std::min(b.size(), i + max);
    current[low - 1] = low == 1 ? i : far;
    if (high < b.size()) {
      current[high + 1] = far;
    }
    size_t row_min = low == 1 ? i : far;
    for (size_t j = low; j <= high; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        value = std::min(value, before[j - 2] + 1);
      }
      current[j] = std::min(value, far);
      row_min = std::min(row_min, current[j]);
    }
    if (cells != nullptr) {
      *cells += high - low + 1;
    }
    if (row_min > max) {
      return far;  // every later row is at least as far
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates,
                          SuggestionBudget& budget) {
  const size_t limit = std::min(kMaxSuggestionDistance, std::max<size_t>(1, word.size() / 3));
  std::string_view best;
  size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    // Only a strictly nearer candidate replaces the best so far.
    const size_t bound = best_distance - 1;
    if (budget.left() < most_cells(word.size(), candidate.size(), bound)) {
      return "";  // not all candidates can be compared: a suggestion could be the wrong one
    }
    uint64_t cells = 0;
    size_t distance = bounded_edit_distance(word, candidate, bound, &cells);
    budget.spend(cells);
    if (distance <= bound) {
      best_distance = distance;
      best = candidate;
      if (distance == 0) {
        break;  // none can be nearer
      }
    }
  }
  return std::string(best);
}

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  SuggestionBudget unlimited(UINT64_MAX);
  return closest_match(word, candidates, unlimited);
}

}  // namespace hocvu
