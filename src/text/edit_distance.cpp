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
  return 1 + uint64_t{a} * std::min<uint64_t>(b, 2 * uint64_t{max} + 1);
}

}  // namespace

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost one, so 'lnit' is one edit from 'lint'.
size_t edit_distance(std::string_view a, std::string_view b) {
  return bounded_edit_distance(a, b, std::max(a.size(), b.size()));
}

// Rows of the usual dynamic programme, restricted to the band of columns i - max .. i + max and
// stored by their place in the band: cell (i, j) is at k = j - i + max + 1, so (i - 1, j) is
// at k + 1 of the row before, (i - 1, j - 1) at k, and (i - 2, j - 2) at k two rows before.
// The first and last places of a row stay `far`. Memory is three bands, whatever the lengths,
// kept per thread so that comparing with thousands of candidates allocates nothing.
size_t bounded_edit_distance(std::string_view a, std::string_view b, size_t max, uint64_t* cells) {
  max = std::min(max, std::max(a.size(), b.size()));  // no distance is larger; keeps max + 1 safe
  const size_t far = max + 1;
  if (cells != nullptr) {
    *cells += 1;
  }
  if (difference(a.size(), b.size()) > max) {
    return far;
  }
  const size_t width = 2 * max + 3;
  thread_local std::vector<size_t> rows;
  rows.assign(3 * width, far);
  size_t* before = rows.data();
  size_t* previous = before + width;
  size_t* current = previous + width;
  for (size_t j = 0; j <= std::min(b.size(), max); ++j) {
    previous[j + max + 1] = j;
  }
  for (size_t i = 1; i <= a.size(); ++i) {
    std::fill(current, current + width, far);
    size_t row_min = far;
    if (i <= max + 1) {
      current[max + 1 - i] = i;  // column 0: i deletions
      row_min = std::min(row_min, i);
    }
    const size_t low = i > max ? i - max : 1;
    const size_t high = std::min(b.size(), i + max);
    for (size_t j = low; j <= high; ++j) {
      const size_t k = j + max + 1 - i;
      size_t value = std::min({previous[k] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[k + 1] + 1, current[k - 1] + 1});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        value = std::min(value, before[k] + 1);
      }
      current[k] = std::min(value, far);
      row_min = std::min(row_min, current[k]);
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
  return previous[b.size() + max + 1 - a.size()];
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
