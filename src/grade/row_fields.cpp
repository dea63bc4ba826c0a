#include "grade/row_fields.hpp"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace hocvu {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Trimmed, and without the formula guard.
std::string_view clean(const char* begin, const char* end) {
  while (begin < end && is_space(*begin)) ++begin;
  while (end > begin && is_space(end[-1])) --end;
  if (end - begin >= 2 && *begin == '\'' && std::strchr("=+-@\t\r", begin[1]) != nullptr) ++begin;
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

std::string_view clean(std::string_view text) { return clean(text.data(), text.data() + text.size()); }

size_t find_separator(std::string_view record, char separator, size_t from) {
  const void* hit = std::memchr(record.data() + from, separator, record.size() - from);
  return hit != nullptr ? static_cast<size_t>(static_cast<const char*>(hit) - record.data()) : record.size();
}

// Fields split at every separator, left as they are.
void split_plain(std::string_view record, char separator, std::vector<std::string_view>& fields) {
  const char* data = record.data();
  size_t start = 0;
  size_t i = 0;
#ifdef __SSE2__
  // 16 bytes a step: a bit mask of the separators, then one field per set bit. Answer fields are
  // a byte or two, too short for a memchr call per field to pay.
  const __m128i separators = _mm_set1_epi8(separator);
  for (; i + 16 <= record.size(); i += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, separators)));
    while (mask != 0) {
      size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      fields.emplace_back(data + start, at - start);
      start = at + 1;
      mask &= mask - 1;
    }
  }
#endif
  for (; i < record.size(); ++i) {
    if (data[i] == separator) {
      fields.emplace_back(data + start, i - start);
      start = i + 1;
    }
  }
  fields.emplace_back(data + start, record.size() - start);
}

// Most rows hold no space, tab or ' at all: their fields need no cleaning.
bool may_need_cleaning(std::string_view record, char separator) {
  for (char c : {' ', '\'', '\t'}) {
    if (c != separator && std::memchr(record.data(), c, record.size()) != nullptr) return true;
  }
  return false;
}

void cut_plain(std::string_view record, char separator, std::vector<std::string_view>& fields) {
  split_plain(record, separator, fields);
  if (!may_need_cleaning(record, separator)) return;
  for (std::string_view& field : fields) field = clean(field);
}

// The quoted field starting at record[p] == '"', unescaped onto `out`; returns where it ends
// (at the separator or the end). Text after the closing quote is kept, as a damaged record's
// best reading (the splitter rejects such records before they get here).
size_t unquote(std::string_view record, char separator, size_t p, std::string& out) {
  for (++p; p < record.size(); ++p) {
    if (record[p] == '"') {
      if (p + 1 < record.size() && record[p + 1] == '"') {
        out.push_back('"');
        ++p;
        continue;
      }
      ++p;
      break;
    }
    out.push_back(record[p]);
  }
  for (; p < record.size() && record[p] != separator; ++p) out.push_back(record[p]);
  return p;
}

void cut_quoted(std::string_view record, char separator, std::vector<std::string_view>& fields,
                std::string& unquoted) {
  unquoted.clear();
  unquoted.reserve(record.size());  // every byte is copied at most once: the views stay valid
  size_t p = 0;
  for (;;) {
    while (p < record.size() && (record[p] == ' ' || (record[p] == '\t' && separator != '\t'))) ++p;
    if (p < record.size() && record[p] == '"') {
      size_t start = unquoted.size();
      p = unquote(record, separator, p, unquoted);
      fields.push_back(clean(std::string_view(unquoted).substr(start)));
    } else {
      size_t end = find_separator(record, separator, p);
      fields.push_back(clean(record.substr(p, end - p)));
      p = end;
    }
    if (p >= record.size()) return;
    ++p;  // the separator
  }
}

}  // namespace

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

void cut_fields(std::string_view record, char separator, bool quoted, std::vector<std::string_view>& fields,
                std::string& unquoted) {
  fields.clear();
  if (quoted) {
    cut_quoted(record, separator, fields, unquoted);
  } else {
    cut_plain(record, separator, fields);
  }
}

char detect_separator(std::string_view header) {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool in_quotes = false;
  for (char c : header) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

}  // namespace hocvu
