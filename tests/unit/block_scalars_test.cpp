#include "yaml/block_scalars.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace {

// One character per line of `text` (split at LF): 'T' for block scalar text, '.' otherwise.
std::string marks(std::string_view text) {
  hocvu::BlockScalarLines lines;
  std::string result;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    result += lines.next(text.substr(start, end - start)) ? 'T' : '.';
    start = end + 1;
  }
  return result;
}

}  // namespace

TEST_CASE("BlockScalarLines: a block scalar runs to the first less indented non-empty line", "[block_scalars]") {
  CHECK(marks("a: |\n  x\n  y\nb: z") == ".TT.");
  CHECK(marks("a: >-\n  x\n\n     \n    more\n  y\n # less\nb: z") == ".T.TTT..");
  // Lines of spaces do not end it, even at its end; the line after them does. Their spaces are
  // text only past the indentation (2 here).
  CHECK(marks("a: |\n  x\n \n  \n   \nb: z") == ".T..T.");
  CHECK(marks("a: b\nc: d") == "..");
}

TEST_CASE("BlockScalarLines: the first non-empty line sets the indentation", "[block_scalars]") {
  // Leading lines of spaces before it may set libyaml's indentation, so they are text.
  CHECK(marks("a: |\n      \n\n  x\n  y\nb") == ".TTTT.");
  // Not indented past the key's mapping: the block scalar is empty and the line is not text.
  CHECK(marks("  a: |\n  b: x\n  c: y") == "...");
  CHECK(marks("- a: |\n  b: x") == "..");   // the mapping starts at column 2, after "- "
  CHECK(marks("- a: |\n   b: x") == ".T");  // column 3 is past it
  CHECK(marks("- |\n x\n- y") == ".T.");   // the sequence is at column 0
  CHECK(marks("|\nx") == "..");            // libyaml wants at least one space even at the top
  CHECK(marks("|\n x") == ".T");
}

TEST_CASE("BlockScalarLines: an indentation indicator makes the floor the indentation", "[block_scalars]") {
  // The content is at the parent's indentation plus the digit; the parent may be on an earlier
  // line (an anchor before the header), so only the floor is sure.
  CHECK(marks("k: &a\n  |1\n  text\n more\nz: 1") == "..TT.");
  CHECK(marks("a: |2\n\n    x\n  y\nb") == "..TT.");
  CHECK(marks("  a: |2-\n   x\n  b: y") == ".T.");
}

TEST_CASE("BlockScalarLines: what counts as a header", "[block_scalars]") {
  CHECK(marks("a: | # note\n  x") == ".T");
  CHECK(marks("a: !!str |\n  x") == ".T");
  CHECK(marks("a: &anchor >+\n  x") == ".T");
  CHECK(marks("? |\n  key\n: >\n  value\nb") == ".T.T.");
  CHECK(marks("--- |\n  x") == ".T");
  CHECK(marks("a:\t|\n  x") == ".T");
  // Not headers: a comment, an indicator glued to text, followed by text, or a '|' in quotes.
  CHECK(marks("# a: |\n  x") == "..");
  CHECK(marks("a: x|\n  y") == "..");
  CHECK(marks("a: | x\n  y") == "..");
  CHECK(marks("a: |#x\n  y") == "..");
  CHECK(marks("a: \"b |\"\n  y") == "..");
  CHECK(marks("a: |123\n  y") == "..");  // three indicators: not a header libyaml accepts
  // Taken for one when unsure (a ' |' that ends a plain text): more is left alone, nothing breaks.
  CHECK(marks("a: x |\n  y\nb") == ".T.");
}

TEST_CASE("BlockScalarLines: a header inside a block scalar can only widen it", "[block_scalars]") {
  // Line 2 is text if line 1 holds a real header. If that was a false alarm, line 2 may be a real
  // header whose text can be indented as little as 1 (its key may be on line 1): line 3 is text too.
  CHECK(marks("a: x |\n    &b |\n  c\nd") == ".TT.");
  // A real header inside whose text is more indented changes nothing.
  CHECK(marks("a: |\n  b: |\n    c\n  d\ne") == ".TTT.");
}
