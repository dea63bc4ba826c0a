#pragma once
// The rich text of LMS questions (HTML, Moodle's auto-format, Markdown, plain) as the plain text
// hocvu keeps, and a note of what could not be kept (images, formatting, tables, ...).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

enum class TextFormat { html, moodle_auto, plain, markdown };

// Moodle's names for formats (XML `format` attributes and GIFT's [html] prefixes): html,
// moodle_auto_format or moodle, plain_text or plain, markdown. nullopt for any other name.
std::optional<TextFormat> parse_text_format(std::string_view name);

// What HTML held that plain text cannot, one bit each.
enum class LostContent : uint32_t {
  none = 0,
  images = 1u << 0,
  formatting = 1u << 1,
  tables = 1u << 2,
  links = 1u << 3,
  media = 1u << 4,
  scripts = 1u << 5,
};
LostContent operator|(LostContent a, LostContent b);
bool any(LostContent lost);
// "images and formatting (bold, italics, colours)": for a finding; empty when nothing was lost.
std::string describe_lost(LostContent lost);

struct PlainText {
  std::string text;
  LostContent lost = LostContent::none;
};

// HTML as plain text: tags dropped, entities decoded (&amp; &#273; &agrave; ...), runs of
// spaces and line breaks in the source made one space, <br> a line break and block elements
// (<p>, <div>, <li>, headings, table rows) lines of their own; no space or blank line at either
// end. With `source_line_breaks` (Moodle's auto-format), a line break in the source is one too.
PlainText html_to_text(std::string_view html, bool source_line_breaks = false);

// `text` written in `format`: HTML and auto-format through html_to_text, plain text and Markdown
// as written (Markdown's marks are readable as they are), trimmed.
PlainText text_from_format(std::string_view text, TextFormat format);

}  // namespace hocvu
