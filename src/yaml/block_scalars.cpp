#include "yaml/block_scalars.hpp"

#include <algorithm>
#include <optional>

namespace hocvu {

namespace {

bool is_blank_char(char c) {
  return c == ' ' || c == '\t';
}

size_t skip_blanks(std::string_view line, size_t i) {
  while (i < line.size() && is_blank_char(line[i])) {
    ++i;
  }
  return i;
}

struct Header {
  size_t floor;          // the content is indented at least this far
  bool explicit_indent;  // '|2': the indentation is given, not taken from the first line
};

// Whether the '|' or '>' at `at` can be a header: up to two indicators (indentation digit,
// chomping '+' or '-'), then nothing but blanks and perhaps a comment. Sets `explicit_indent`.
bool is_header_at(std::string_view line, size_t at, bool& explicit_indent) {
  size_t i = at + 1;
  bool digit = false;
  for (int n = 0; n < 2 && i < line.size() && (line[i] == '+' || line[i] == '-' || (line[i] >= '0' && line[i] <= '9'));
       ++n, ++i) {
    digit = digit || (line[i] != '+' && line[i] != '-');
  }
  if (i < line.size() && !is_blank_char(line[i])) {
    return false;
  }
  i = skip_blanks(line, i);
  if (i < line.size() && line[i] != '#') {
    return false;
  }
  explicit_indent = explicit_indent || digit;
  return true;
}

// A block scalar header on the line. Every '|' or '>' that fits counts, even one inside quotes or a
// plain text, so that a real header is never missed.
std::optional<Header> find_header(std::string_view line, size_t indent) {
  // libyaml indents the content at least one column more than the collection holding the scalar
  // (and at least 1). That collection starts at the last '- ', '? ' or ': ' that opens the line, or
  // at the key the line starts with; it is unknown when the line starts with the header, an anchor
  // or a tag, since the key may be on an earlier line.
  size_t i = indent;
  std::optional<size_t> parent;
  while (i < line.size() && (line[i] == '-' || line[i] == '?' || line[i] == ':') &&
         (i + 1 == line.size() || is_blank_char(line[i + 1]))) {
    parent = i;
    i = skip_blanks(line, i + 1);
  }
  if (i == line.size() || line[i] == '#') {
    return std::nullopt;
  }
  if (line[i] != '|' && line[i] != '>' && line[i] != '&' && line[i] != '!') {
    parent = i;
  }
  bool found = false;
  bool explicit_indent = false;
  for (size_t at = i; at < line.size(); ++at) {
    if ((line[at] == '|' || line[at] == '>') && (at == 0 || is_blank_char(line[at - 1]))) {
      found = is_header_at(line, at, explicit_indent) || found;
    }
  }
  if (!found) {
    return std::nullopt;
  }
  return Header{parent ? *parent + 1 : 1, explicit_indent};
}

}  // namespace

bool BlockScalarLines::next(std::string_view line) {
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) {
    // Before the first line of a block scalar, spaces can set its indentation. After it, spaces
    // up to the indentation are not text (the real one is never less than indent_), those past it are.
    return pending_ || (inside_ && line.size() > indent_);
  }
  if (pending_) {
    pending_ = false;
    if (indent >= floor_) {
      indent_ = inside_ ? std::min(indent_, indent) : indent;
      inside_ = true;
    }
  }
  if (inside_ && indent >= indent_) {
    // Text, but if this "block scalar" was a false alarm (a '|' inside quotes), a header here
    // may be real: taking it for one only widens what is left alone.
    note_header(line, indent);
    return true;
  }
  inside_ = false;
  note_header(line, indent);
  return false;
}

void BlockScalarLines::note_header(std::string_view line, size_t indent) {
  std::optional<Header> header = find_header(line, indent);
  if (!header) {
    return;
  }
  if (header->explicit_indent) {
    // The content is at the parent's indentation plus the digit, which is at least the floor.
    indent_ = inside_ ? std::min(indent_, header->floor) : header->floor;
    inside_ = true;
  } else {
    pending_ = true;
    floor_ = header->floor;
  }
}

}  // namespace hocvu
