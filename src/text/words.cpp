#include "text/words.hpp"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/unicode.hpp"

namespace hocvu {

namespace {

bool is_word_character(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

void append_utf8(std::string& out, UChar32 c) {
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t size = 0;
  UBool error = false;
  U8_APPEND(bytes, size, U8_MAX_LENGTH, c, error);
  if (!error) {
    out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
  }
}

// Calls `word(begin, end)` for each run of word characters of NFC `text` (byte offsets).
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& word) {
  auto length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t start = -1;
  for (int32_t i = 0; i < length;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool inside = c >= 0 && (c < 0x80 ? (std::isalnum(c) != 0) : is_word_character(c));
    if (inside && start < 0) {
      start = at;
    } else if (!inside && start >= 0) {
      word(static_cast<size_t>(start), static_cast<size_t>(at));
      start = -1;
    }
  }
  if (start >= 0) {
    word(static_cast<size_t>(start), text.size());
  }
}

}  // namespace

Words::Words(std::string_view utf8) {
  std::string normalized = to_nfc(utf8);
  joined_ = " ";
  for_each_word(normalized, [&](size_t begin, size_t end) {
    joined_ += lowercase(std::string_view(normalized).substr(begin, end - begin));
    joined_ += ' ';
    ++count_;
  });
}

bool Words::contains(const Words& phrase) const {
  return phrase.count_ > 0 && joined_.find(phrase.joined_) != std::string::npos;
}

std::string Words::text() const {
  return joined_.size() < 2 ? std::string() : joined_.substr(1, joined_.size() - 2);
}

std::vector<WordSpan> word_spans(std::string_view utf8) {
  std::vector<WordSpan> spans;
  for_each_word(utf8, [&](size_t begin, size_t end) { spans.push_back(WordSpan{begin, end}); });
  return spans;
}

std::string lowercase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  auto length = static_cast<int32_t>(word.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && c < 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0) {
      append_utf8(out, u_tolower(c));
    }
  }
  return out;
}

bool is_capitalised(std::string_view word) {
  size_t letters = 0;
  auto length = static_cast<int32_t>(word.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalpha(c)) {
      ++letters;
      if (u_islower(c)) {
        return false;
      }
    }
  }
  return letters >= 2;
}

size_t text_length(std::string_view utf8) {
  // Not normalised here: every text is checked for NFC where it is read (E009), and this runs
  // for every option of 100,000 questions, twice.
  auto length = static_cast<int32_t>(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  // Code points from the first that is not a space to the last that is not.
  size_t seen = 0;
  size_t first = 0;
  size_t last = 0;
  bool any = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    ++seen;
    if (c < 0 || !u_isUWhiteSpace(c)) {
      first = any ? first : seen;
      last = seen;
      any = true;
    }
  }
  return any ? last - first + 1 : 0;
}

}  // namespace hocvu
