#include "text/csv.hpp"

#include "i18n/interface.hpp"
#include "text/number.hpp"

namespace hocvu {

namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

CsvReader::CsvReader(std::string_view bytes, char separator) : bytes_(bytes), separator_(separator) {
  if (bytes_.substr(0, 3) == "\xEF\xBB\xBF") {
    at_ = 3;
  }
}

void CsvReader::advance() {
  char c = bytes_[at_++];
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if (!is_continuation_byte(c)) {
    ++column_;
  }
}

bool CsvReader::read_quoted(CsvField& field) {
  advance();  // the opening quote
  for (;;) {
    if (at_ >= bytes_.size()) {
      problem_ = CsvProblem{field.line, field.column, std::string(ui_text("load.csv.unclosed_quote"))};
      return false;
    }
    char c = bytes_[at_];
    if (c != '"') {
      field.text += c;
      advance();
      continue;
    }
    advance();
    if (at_ < bytes_.size() && bytes_[at_] == '"') {
      field.text += '"';
      advance();
      continue;
    }
    if (at_ < bytes_.size() && bytes_[at_] != separator_ && bytes_[at_] != '\n' && bytes_[at_] != '\r') {
      problem_ = CsvProblem{line_, column_, std::string(ui_text("load.csv.text_after_quote"))};
      return false;
    }
    return true;
  }
}

std::optional<std::vector<CsvField>> CsvReader::next_row() {
  if (problem_ || at_ >= bytes_.size()) {
    return std::nullopt;
  }
  std::vector<CsvField> row;
  for (;;) {
    CsvField field{"", line_, column_};
    if (at_ < bytes_.size() && bytes_[at_] == '"') {
      if (!read_quoted(field)) {
        return std::nullopt;
      }
    } else {
      while (at_ < bytes_.size() && bytes_[at_] != separator_ && bytes_[at_] != '\n' &&
             !(bytes_[at_] == '\r' && at_ + 1 < bytes_.size() && bytes_[at_ + 1] == '\n')) {
        field.text += bytes_[at_];
        advance();
      }
    }
    row.push_back(std::move(field));
    if (at_ < bytes_.size() && bytes_[at_] == separator_) {
      advance();
      continue;
    }
    if (at_ < bytes_.size() && bytes_[at_] == '\r') {
      advance();
    }
    if (at_ < bytes_.size() && bytes_[at_] == '\n') {
      advance();
    }
    return row;
  }
}

bool is_plain_number(std::string_view text) {
  return parse_decimal(text).problem != NumberProblem::not_decimal;
}

std::string csv_field(std::string_view text) {
  std::string field;
  append_csv_field(field, text);
  return field;
}

namespace {

// A byte loop: string_view::find_first_of calls memchr once per byte of `text`, and every cell
// of the grading rows passes here.
bool needs_quotes(std::string_view text) {
  for (char c : text) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

bool starts_like_formula(std::string_view text) {
  if (text.empty()) return false;
  char c = text[0];
  return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !is_plain_number(text);
}

}  // namespace

void append_csv_field(std::string& out, std::string_view text) {
  bool risky = starts_like_formula(text);
  bool quote = needs_quotes(text);
  if (!risky && !quote) {
    out += text;
    return;
  }
  if (quote) out += '"';
  if (risky) out += '\'';
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  if (quote) out += '"';
}

}  // namespace hocvu
