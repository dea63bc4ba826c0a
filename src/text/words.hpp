#pragma once
// Text as words, for the item-writing checks (lint/item_flaws.hpp) and the test-wise score
// (exam/test_wise.hpp): NFC, lowercased, split into runs of letters, marks and digits.
// Diacritics never split a word ("luôn" is one word), and a phrase matches only whole words
// ("khôn" never matches "không"; "luôn" does not match "luônluôn").
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

class Words {
 public:
  explicit Words(std::string_view utf8);

  // True when the words of `phrase` occur in this text in a row.
  bool contains(const Words& phrase) const;
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }
  // The words joined by single spaces: "không bao giờ".
  std::string text() const;

 private:
  std::string joined_;  // " w1 w2 w3 ": a phrase matches where " p1 p2 " occurs
  size_t count_ = 0;
};

// Where the words of `utf8` are, as byte offsets into it, case kept ("KHÔNG", "Không"): for
// emphasis checks. Give NFC text (unicode.hpp to_nfc), or marks may start a word of their own.
struct WordSpan {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<WordSpan> word_spans(std::string_view utf8);

// `word` lowercased (ICU, per code point: Vietnamese has no language-specific case rules).
std::string lowercase(std::string_view word);

// True when `word` has at least two letters and none of them is lowercase: "KHÔNG", "NOT".
bool is_capitalised(std::string_view word);

// Length as a reader sees it: Unicode code points, surrounding spaces trimmed. The text is taken
// as NFC (hocvu checks every text for NFC where it reads it: E009), not normalised again.
size_t text_length(std::string_view utf8);

}  // namespace hocvu
