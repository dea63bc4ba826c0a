#pragma once
// Checks on the bytes of a file, before any YAML is read: size, NUL bytes, UTF-8, legacy
// encodings, byte-order mark, tabs, line endings, trailing spaces, Unicode form, long lines.
#include <string>
#include <string_view>

#include "diag/capped_reporter.hpp"  // kMaxFindingsPerRule
#include "diag/diagnostic.hpp"
#include "yaml/document.hpp"

namespace hocvu {

// Reports to `diagnostics`. Returns false when the bytes cannot be parsed as YAML at all.
bool check_source(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

// Reports texts that look like legacy-encoded Vietnamese pasted as Unicode ("Vieät Nam").
void check_mojibake(const Document& document, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
