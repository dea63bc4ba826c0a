#include "text/unicode.hpp"

#include <cctype>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    throw FatalError(std::string(ui_text("load.text.icu_missing")));
  }
  return *normalizer;
}

icu::StringPiece piece(std::string_view text) {
  return icu::StringPiece(text.data(), static_cast<int32_t>(text.size()));
}

}  // namespace

bool is_nfc(std::string_view utf8) {
  if (is_ascii(utf8)) {
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  bool normalized = nfc().isNormalizedUTF8(piece(utf8), status);
  return U_SUCCESS(status) && normalized;
}

std::string to_nfc(std::string_view utf8) {
  if (is_nfc(utf8)) {
    return std::string(utf8);
  }
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc().normalizeUTF8(0, piece(utf8), sink, nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(utf8);
  }
  return out;
}

size_t find_not_nfc(std::string_view utf8) {
  if (is_nfc(utf8)) {
    return std::string_view::npos;
  }
  // Walk code points; a character that is not NFC-inert and whose segment changes under NFC
  // is the first offender. Segments are short, so this is linear in practice.
  const icu::Normalizer2& normalizer = nfc();
  auto length = static_cast<int32_t>(utf8.size());
  int32_t segment_start = 0;
  int32_t i = 0;
  while (i < length) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, length, c);
    if (c >= 0 && normalizer.hasBoundaryBefore(c) && at > segment_start) {
      std::string_view segment = utf8.substr(static_cast<size_t>(segment_start), static_cast<size_t>(at - segment_start));
      if (!is_nfc(segment)) {
        return static_cast<size_t>(segment_start);
      }
      segment_start = at;
    }
  }
  return static_cast<size_t>(segment_start);
}

std::string comparison_key(std::string_view utf8, Punctuation punctuation) {
  // One pass over code points with no intermediate UTF-16 string: this runs for every stem
  // and option of a bank.
  std::string normalized = to_nfc(utf8);
  std::string key;
  key.reserve(normalized.size());
  bool pending_space = false;
  bool folded_non_ascii = false;  // folding can (rarely) leave text that is not NFC
  auto length = static_cast<int32_t>(normalized.size());
  for (int32_t i = 0; i < length;) {
    auto byte = static_cast<unsigned char>(normalized[static_cast<size_t>(i)]);
    if (byte < 0x80) {  // ASCII fast path: most of Vietnamese text
      ++i;
      bool space = byte == ' ' || (byte >= '\t' && byte <= '\r');
      if (space || (punctuation == Punctuation::drop && std::ispunct(byte) != 0)) {
        pending_space = !key.empty();
        continue;
      }
      if (pending_space) {
        key += ' ';
        pending_space = false;
      }
      key += static_cast<char>(std::tolower(byte));
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(normalized.data()), i, length, c);
    if (c < 0) {
      continue;
    }
    if (u_isUWhiteSpace(c) || (punctuation == Punctuation::drop && u_ispunct(c))) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) {
      key += ' ';
      pending_space = false;
    }
    UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    folded_non_ascii |= folded != c;
    uint8_t bytes[U8_MAX_LENGTH];
    int32_t size = 0;
    UBool error = false;
    U8_APPEND(bytes, size, U8_MAX_LENGTH, folded, error);
    if (!error) {
      key.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
    }
  }
  return folded_non_ascii ? to_nfc(key) : key;
}

}  // namespace hocvu
