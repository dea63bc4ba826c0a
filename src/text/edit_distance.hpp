#pragma once
// "Did you mean" suggestions.
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

// Edit distance between two byte strings, counting a swap of neighbours as one edit.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a likely typo (distance at
// most a third of the word's length, at least 1), or "" when none is.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace hocvu
