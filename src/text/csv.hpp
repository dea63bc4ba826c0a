#pragma once
// Reading CSV as RFC 4180 writes it: fields separated by one character, quoted with '"' when
// they hold the separator, a quote or a line break, quotes doubled inside; rows end with LF or
// CRLF; a UTF-8 byte-order mark at the start is skipped. Problems are values, with a position.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

struct CsvField {
  std::string text;
  uint32_t line = 0;    // 1-based, where the field starts
  uint32_t column = 0;  // 1-based, in Unicode code points
};

struct CsvProblem {
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view bytes, char separator = ',');

  // The next row, or nullopt at the end or after a problem (then problem() says what).
  // A blank line is a row of one empty field.
  std::optional<std::vector<CsvField>> next_row();
  const std::optional<CsvProblem>& problem() const { return problem_; }

 private:
  bool read_quoted(CsvField& field);
  void advance();

  std::string_view bytes_;
  char separator_;
  size_t at_ = 0;
  uint32_t line_ = 1;
  uint32_t column_ = 1;
  std::optional<CsvProblem> problem_;
};

// One CSV field (RFC 4180): quoted when it holds , " CR or LF, quotes doubled. A field
// starting with = + - @ (or a tab or CR) gets a leading ' so spreadsheets never run it as a
// formula, unless it is a plain number such as -1.5. Readers of key.csv remove that '.
std::string csv_field(std::string_view text);
// csv_field appended to `out`, without a temporary string (for writers of millions of rows).
void append_csv_field(std::string& out, std::string_view text);

// True for a number in decimal notation (text/number.hpp), whatever its size.
bool is_plain_number(std::string_view text);

}  // namespace hocvu
