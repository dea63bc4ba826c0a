#include "import/html_text.hpp"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

void append_code_point(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// HTML's Latin-1 entities, U+00A0 to U+00FF in order.
constexpr std::array<std::string_view, 96> kLatin1 = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// Other entities editors write: markup, punctuation, arrows and the Vietnamese letters HTML5 names.
const std::vector<std::pair<std::string_view, uint32_t>>& other_entities() {
  static const std::vector<std::pair<std::string_view, uint32_t>> kEntities = {
      {"amp", 38},      {"lt", 60},       {"gt", 62},       {"quot", 34},     {"apos", 39},     {"ndash", 8211},
      {"mdash", 8212},  {"lsquo", 8216},  {"rsquo", 8217},  {"sbquo", 8218},  {"ldquo", 8220},  {"rdquo", 8221},
      {"bdquo", 8222},  {"hellip", 8230}, {"bull", 8226},   {"euro", 8364},   {"trade", 8482},  {"larr", 8592},
      {"uarr", 8593},   {"rarr", 8594},   {"darr", 8595},   {"harr", 8596},   {"le", 8804},     {"ge", 8805},
      {"ne", 8800},     {"minus", 8722},  {"prime", 8242},  {"Prime", 8243},  {"ensp", 8194},   {"emsp", 8195},
      {"thinsp", 8201}, {"zwnj", 8204},   {"zwj", 8205},    {"lrm", 8206},    {"rlm", 8207},    {"dagger", 8224},
      {"Dagger", 8225}, {"permil", 8240}, {"lsaquo", 8249}, {"rsaquo", 8250}, {"OElig", 338},   {"oelig", 339},
      {"Scaron", 352},  {"scaron", 353},  {"Yuml", 376},    {"fnof", 402},    {"circ", 710},    {"tilde", 732},
      {"infin", 8734},  {"asymp", 8776},  {"equiv", 8801},  {"sum", 8721},    {"radic", 8730},  {"Abreve", 258},
      {"abreve", 259},  {"Dstrok", 272},  {"dstrok", 273},  {"Itilde", 296},  {"itilde", 297},  {"Utilde", 360},
      {"utilde", 361}};
  return kEntities;
}

std::optional<uint32_t> named_entity(std::string_view name) {
  for (size_t i = 0; i < kLatin1.size(); ++i) {
    if (kLatin1[i] == name) return static_cast<uint32_t>(0xA0 + i);
  }
  for (const auto& [candidate, cp] : other_entities()) {
    if (candidate == name) return cp;
  }
  return std::nullopt;
}

std::optional<uint32_t> numeric_entity(std::string_view digits) {
  bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
  if (hex) digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  uint32_t value = 0;
  for (char c : digits) {
    int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                                    : -1;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16u : 10u) + static_cast<uint32_t>(digit);
  }
  // What no text may hold becomes the replacement character, as browsers do.
  bool invalid = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
  return invalid ? 0xFFFD : value;
}

// The entity at the start of `text` ("&amp;..."): its code point and length, or nullopt when
// it is not one (a lone '&' stays text, as browsers leave it).
std::optional<std::pair<uint32_t, size_t>> entity_at(std::string_view text) {
  size_t semicolon = text.find(';', 1);
  if (semicolon == std::string_view::npos || semicolon > 33) return std::nullopt;
  std::string_view body = text.substr(1, semicolon - 1);
  std::optional<uint32_t> cp = !body.empty() && body[0] == '#' ? numeric_entity(body.substr(1)) : named_entity(body);
  if (!cp) return std::nullopt;
  return std::make_pair(*cp, semicolon + 1);
}

enum class TagKind { line_break, block, cell, image, formatting, table, link, media, script, other };

TagKind tag_kind(std::string_view name) {
  static const std::vector<std::pair<std::string_view, TagKind>> kTags = {
      {"br", TagKind::line_break}, {"p", TagKind::block},       {"div", TagKind::block},
      {"li", TagKind::block},      {"ul", TagKind::block},      {"ol", TagKind::block},
      {"h1", TagKind::block},      {"h2", TagKind::block},      {"h3", TagKind::block},
      {"h4", TagKind::block},      {"h5", TagKind::block},      {"h6", TagKind::block},
      {"blockquote", TagKind::block}, {"pre", TagKind::block},  {"hr", TagKind::block},
      {"dl", TagKind::block},      {"dt", TagKind::block},      {"dd", TagKind::block},
      {"section", TagKind::block}, {"article", TagKind::block}, {"tr", TagKind::table},
      {"table", TagKind::table},   {"td", TagKind::cell},       {"th", TagKind::cell},
      {"img", TagKind::image},     {"svg", TagKind::image},     {"a", TagKind::link},
      {"audio", TagKind::media},   {"video", TagKind::media},   {"iframe", TagKind::media},
      {"object", TagKind::media},  {"embed", TagKind::media},   {"script", TagKind::script},
      {"style", TagKind::script},  {"b", TagKind::formatting},  {"strong", TagKind::formatting},
      {"i", TagKind::formatting},  {"em", TagKind::formatting}, {"u", TagKind::formatting},
      {"s", TagKind::formatting},  {"strike", TagKind::formatting}, {"sub", TagKind::formatting},
      {"sup", TagKind::formatting}, {"span", TagKind::formatting}, {"font", TagKind::formatting},
      {"mark", TagKind::formatting}, {"code", TagKind::formatting}, {"small", TagKind::formatting},
      {"big", TagKind::formatting}, {"del", TagKind::formatting}, {"ins", TagKind::formatting}};
  for (const auto& [candidate, kind] : kTags) {
    if (candidate == name) return kind;
  }
  return TagKind::other;
}

struct Tag {
  std::string name;  // lowercase; empty for comments and declarations
  bool closing = false;
  size_t length = 0;
};

// A tag longer than this is taken for text: hostile text full of '<' stays linear.
constexpr size_t kMaxTagLength = 1024;

// End of a tag or comment starting at text[0] == '<' (its length), skipping quoted attribute
// values; 0 when it never ends. `comment_ends` tells whether any "-->" follows at all, so that
// thousands of unclosed comments are not each searched to the end.
size_t tag_length(std::string_view text, bool comment_ends) {
  if (text.substr(0, 4) == "<!--") {
    size_t end = comment_ends ? text.find("-->", 4) : std::string_view::npos;
    return end == std::string_view::npos ? 0 : end + 3;
  }
  char quote = 0;
  for (size_t i = 1; i < text.size() && i < kMaxTagLength; ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return 0;
}

// The tag at text[0] == '<', or nullopt when '<' does not start one (then it is text: "a < b").
std::optional<Tag> tag_at(std::string_view text, bool comment_ends) {
  if (text.size() < 2) return std::nullopt;
  Tag tag;
  size_t start = 1;
  if (text[1] == '/') {
    tag.closing = true;
    start = 2;
  }
  bool markup = text[1] == '!' || text[1] == '?';
  if (!markup && (start >= text.size() || !std::isalpha(static_cast<unsigned char>(text[start])))) return std::nullopt;
  tag.length = tag_length(text, comment_ends);
  if (tag.length == 0) return std::nullopt;
  for (size_t i = start; !markup && i < tag.length && std::isalnum(static_cast<unsigned char>(text[i])); ++i) {
    tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  return tag;
}

// Builds the plain text: pending spaces are written only between words on a line.
class TextBuilder {
 public:
  void word(std::string_view text) {
    if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
    space_ = false;
    out_ += text;
  }
  void space() { space_ = true; }
  void line_break() {
    out_ += '\n';
    space_ = false;
  }
  void block_break() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    space_ = false;
  }
  std::string finish() {
    size_t first = out_.find_first_not_of('\n');
    if (first == std::string::npos) return {};
    size_t last = out_.find_last_not_of('\n');
    return out_.substr(first, last - first + 1);
  }

 private:
  std::string out_;
  bool space_ = false;
};

bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Handles one tag; returns how far to skip (past the element's content for script and style).
size_t apply_tag(const Tag& tag, std::string_view rest, TextBuilder& out, LostContent& lost) {
  switch (tag_kind(tag.name)) {
    case TagKind::line_break: out.line_break(); break;
    case TagKind::block: out.block_break(); break;
    case TagKind::table: out.block_break(); lost = lost | LostContent::tables; break;
    case TagKind::cell: out.space(); lost = lost | LostContent::tables; break;
    case TagKind::image: lost = lost | LostContent::images; break;
    case TagKind::formatting: lost = lost | LostContent::formatting; break;
    case TagKind::link: lost = lost | LostContent::links; break;
    case TagKind::media: lost = lost | LostContent::media; break;
    case TagKind::script:
      if (!tag.closing) {
        lost = lost | LostContent::scripts;
        size_t end = rest.find("</" + tag.name, tag.length);
        size_t close = end == std::string_view::npos ? std::string_view::npos : rest.find('>', end);
        return close == std::string_view::npos ? rest.size() : close + 1;
      }
      break;
    case TagKind::other: break;
  }
  return tag.length;
}

}  // namespace

LostContent operator|(LostContent a, LostContent b) {
  return static_cast<LostContent>(static_cast<uint32_t>(a) | static_cast<uint32_t>(b));
}

bool any(LostContent lost) {
  return lost != LostContent::none;
}

std::string describe_lost(LostContent lost) {
  static const std::vector<std::pair<LostContent, std::string_view>> kNames = {
      {LostContent::images, message_id("import.lost.images")},
      {LostContent::formatting, message_id("import.lost.formatting")},
      {LostContent::tables, message_id("import.lost.tables")},
      {LostContent::links, message_id("import.lost.links")},
      {LostContent::media, message_id("import.lost.media")},
      {LostContent::scripts, message_id("import.lost.scripts")}};
  std::vector<std::string_view> names;
  for (const auto& [bit, key] : kNames) {
    if ((static_cast<uint32_t>(lost) & static_cast<uint32_t>(bit)) != 0) names.push_back(ui_text(key));
  }
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    out += i == 0 ? "" : ui_text(i + 1 == names.size() ? message_id("import.list.and") : message_id("import.list.comma"));
    out += names[i];
  }
  return out;
}

std::optional<TextFormat> parse_text_format(std::string_view name) {
  if (name == "html") return TextFormat::html;
  if (name == "moodle_auto_format" || name == "moodle") return TextFormat::moodle_auto;
  if (name == "plain_text" || name == "plain") return TextFormat::plain;
  if (name == "markdown") return TextFormat::markdown;
  return std::nullopt;
}

PlainText html_to_text(std::string_view html, bool source_line_breaks) {
  TextBuilder out;
  PlainText result;
  size_t last_comment_end = html.rfind("-->");
  for (size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      bool comment_ends = last_comment_end != std::string_view::npos && last_comment_end > i;
      if (auto tag = tag_at(html.substr(i), comment_ends)) {
        i += apply_tag(*tag, html.substr(i), out, result.lost);
        continue;
      }
    } else if (c == '&') {
      if (auto entity = entity_at(html.substr(i))) {
        // A no-break space, and the controls no text keeps, are spacing like any other.
        if (entity->first == 0xA0 || entity->first < 0x20) {
          out.space();
        } else {
          std::string encoded;
          append_code_point(encoded, entity->first);
          out.word(encoded);
        }
        i += entity->second;
        continue;
      }
    } else if (c == '\n' && source_line_breaks) {
      out.line_break();
      ++i;
      continue;
    } else if (is_html_space(c)) {
      out.space();
      ++i;
      continue;
    }
    out.word(std::string_view(&html[i], 1));
    ++i;
  }
  result.text = out.finish();
  return result;
}

PlainText text_from_format(std::string_view text, TextFormat format) {
  if (format == TextFormat::html || format == TextFormat::moodle_auto) {
    return html_to_text(text, format == TextFormat::moodle_auto);
  }
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return PlainText{std::string(text.substr(first, last - first + 1)), LostContent::none};
}

}  // namespace hocvu
