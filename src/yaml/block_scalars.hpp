#pragma once
// Which lines of YAML text may belong to a block scalar ('|' literal, '>' folded), where spaces at
// line ends are text. Line by line, without parsing, so it also works on files that do not parse.
// When unsure it answers "may belong": a line wrongly taken for text costs a missed fix, never a
// changed text.
#include <cstddef>
#include <string_view>

namespace hocvu {

class BlockScalarLines {
 public:
  // Feed every line in order, without its line break (libyaml's breaks: LF, CR, CRLF, U+0085,
  // U+2028, U+2029). True when spaces at the line's end may be text of a block scalar. Not on the
  // header line (after '|' or '>' only a comment may follow), nor on a line of spaces that reach
  // no further than the scalar's indentation.
  bool next(std::string_view line);

 private:
  void note_header(std::string_view line, size_t indent);

  bool pending_ = false;  // a header was seen and its first non-empty line is still to come
  size_t floor_ = 0;      // pending: the least indentation that line needs to be content
  bool inside_ = false;
  size_t indent_ = 0;  // inside: a non-empty line indented less than this ends the block scalar
};

}  // namespace hocvu
