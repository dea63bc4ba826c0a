#pragma once
// The pieces of GIFT text: finding its special characters where they are not escaped, undoing
// its escapes, and turning an offset of the file into a line and column for findings.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace hocvu {

// Offsets of a GIFT file and the places they stand for.
class GiftPlaces {
 public:
  GiftPlaces(std::string_view text, std::string file);
  // Line (1-based) and column (1-based, in code points) of `offset`.
  Location at(size_t offset) const;

 private:
  std::string_view text_;
  std::string file_;
  std::vector<size_t> line_starts_;
};

// The first `c` at or after `from` that is not escaped by a backslash; npos when none.
size_t find_unescaped(std::string_view text, size_t from, char c);
// The first `pattern` (every character of it unescaped) at or after `from`; npos when none.
size_t find_unescaped(std::string_view text, size_t from, std::string_view pattern);
// The last `pattern` whose characters are all unescaped; npos when none.
size_t rfind_unescaped(std::string_view text, std::string_view pattern);

// Pieces of `text` cut before each unescaped character of `marks` (the mark starts its piece);
// what comes before the first mark is the first piece.
std::vector<std::string_view> split_before(std::string_view text, std::string_view marks);

// GIFT text with its escapes undone: \~ \= \# \{ \} \: \\ give the character, \n a line break.
// A backslash before anything else is kept as written, as Moodle keeps it, with an
// unknown-gift-escape warning at its place (`offset` is where `text` starts in the file).
std::string unescape_gift(std::string_view text, size_t offset, const GiftPlaces& places, Diagnostics& diagnostics);

}  // namespace hocvu
