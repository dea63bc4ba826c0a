#pragma once
// Reading an answer as people and optical mark readers write it in a response file. Each reader
// takes the answer already trimmed (trim_answer) and not blank; none allocates, except for a
// number written with a decimal comma and longer than 64 characters.
//
//   choice       letters in any case, alone or separated by spaces, tabs, ',' or ';':
//                B, b, AC, A,C, A;C, A C, a, c. A letter written twice counts once.
//                '*' alone is the scanner's double mark. Digits (1-4 for A-D) are not letters.
//   true/false   T F, true false, Đ S, Đúng Sai, 1 0, in any case, Vietnamese in NFC or NFD.
//                Papers ask candidates to tick Đúng or Sai; A/B is not accepted (which is which
//                would be a guess). '*' alone is a double mark (both boxes ticked).
//   numeric      -?digits with an optional decimal mark ('.' or ',') followed by digits:
//                3, -2, 3.5, 3,5, 007. No '+', no exponent, no thousands separator: 1.000,5
//                and 1 000 are unreadable, and 1,000 is one (a decimal comma).
//   short text   anything; compared by comparison_key, never unreadable.
#include <cstdint>
#include <optional>
#include <string_view>

namespace hocvu {

// Without the spaces and tabs around it. Inline: it runs for every answer, mostly on one letter.
inline std::string_view trim_answer(std::string_view answer) {
  while (!answer.empty() && (answer.front() == ' ' || answer.front() == '\t')) answer.remove_prefix(1);
  while (!answer.empty() && (answer.back() == ' ' || answer.back() == '\t')) answer.remove_suffix(1);
  return answer;
}

// A choice answer: the letters marked, or the scanner's '*'.
struct ChoiceMarks {
  enum class Kind : uint8_t { letters, star, unreadable };
  Kind kind = Kind::unreadable;
  uint32_t mask = 0;  // letters: bit i for letter i (A = bit 0)
};

// Letters beyond the first `options` (E on a question of 4 options) make the answer unreadable.
ChoiceMarks read_choice(std::string_view trimmed, uint32_t options);

enum class TruthMark : uint8_t { is_false, is_true, star, unreadable };
TruthMark read_true_false(std::string_view trimmed);

// The number written, or nullopt when it is not a number in the notation above.
std::optional<double> read_number(std::string_view trimmed);

}  // namespace hocvu
