#pragma once
// Cutting one CSV record (a row, already found whole by record_splitter.hpp) into its fields.
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

// Fields of `record`, each trimmed of spaces and tabs, and without the ' that csv_field puts
// before a text a spreadsheet would run as a formula ('=A1 is read as =A1). A quoted field loses
// its quotes and has "" made "; it may hold separators and line breaks. The views point into
// `record` or into `unquoted`, which is reserved first so it never moves: both must outlive them.
void cut_fields(std::string_view record, char separator, bool quoted, std::vector<std::string_view>& fields,
                std::string& unquoted);

// The separator of a header line: the most frequent of , ; and tab outside quotes (a tie goes
// to the first of them in that order); ',' when there is none.
char detect_separator(std::string_view header);

std::string_view trim_spaces(std::string_view text);

}  // namespace hocvu
