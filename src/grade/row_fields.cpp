#include "grade/row_fields.hpp"

#include <cstring>

namespace hocvu {

namespace {

std::string_view drop_formula_guard(std::string_view text) {
  if (text.size() >= 2 && text[0] == '\'' && std::strchr("=+-@\t\r", text[1]) != nullptr) text.remove_prefix(1);
  return text;
}

std::string_view clean(std::string_view text) { return drop_formula_guard(trim_spaces(text)); }

size_t find_separator(std::string_view record, char separator, size_t from) {
  const void* hit = std::memchr(record.data() + from, separator, record.size() - from);
  return hit != nullptr ? static_cast<size_t>(static_cast<const char*>(hit) - record.data()) : record.size();
}

void cut_plain(std::string_view record, char separator, std::vector<std::string_view>& fields) {
  size_t start = 0;
  for (;;) {
    size_t end = find_separator(record, separator, start);
    fields.push_back(clean(record.substr(start, end - start)));
    if (end == record.size()) return;
    start = end + 1;
  }
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
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
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
