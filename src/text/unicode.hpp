#pragma once
// Unicode normalisation and comparison keys (ICU underneath). Inputs are valid UTF-8.
#include <string>
#include <string_view>

namespace hocvu {

bool is_nfc(std::string_view utf8);
std::string to_nfc(std::string_view utf8);

// Offset of the first character in `utf8` whose NFC form differs, or npos when the text is NFC.
size_t find_not_nfc(std::string_view utf8);

enum class Punctuation { keep, drop };

// A key under which texts that differ only in Unicode form, case and spacing (and, with
// Punctuation::drop, punctuation) are equal: NFC, case-folded, runs of spaces made one.
std::string comparison_key(std::string_view utf8, Punctuation punctuation);

}  // namespace hocvu
