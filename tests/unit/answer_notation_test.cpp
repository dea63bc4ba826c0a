// Tests of src/grade/answer_notation.cpp: answers as people and optical mark readers write them.
#include "grade/answer_notation.hpp"

#include <catch2/catch.hpp>

#include <string>

using hocvu::ChoiceMarks;
using hocvu::read_choice;
using hocvu::read_number;
using hocvu::read_true_false;
using hocvu::trim_answer;
using hocvu::TruthMark;

namespace {

constexpr uint32_t A = 1, B = 2, C = 4, D = 8;

// The letters read on a question of `options` options, or -1 when the answer is unreadable
// and -2 for the scanner's '*'.
long letters(std::string_view text, uint32_t options = 4) {
  ChoiceMarks marks = read_choice(text, options);
  switch (marks.kind) {
    case ChoiceMarks::Kind::letters: return marks.mask;
    case ChoiceMarks::Kind::star: return -2;
    case ChoiceMarks::Kind::unreadable: return -1;
  }
  return -3;
}

}  // namespace

TEST_CASE("trim_answer: spaces and tabs around, nothing else", "[grade]") {
  CHECK(trim_answer(" \tB \t") == "B");
  CHECK(trim_answer("A C") == "A C");
  CHECK(trim_answer("   ").empty());
  CHECK(trim_answer("").empty());
  CHECK(trim_answer("\nB") == "\nB");  // a line break is not a space here: it makes B unreadable
}

TEST_CASE("read_choice: letters in any case, alone or separated", "[grade]") {
  CHECK(letters("A") == A);
  CHECK(letters("b") == B);
  CHECK(letters("AC") == (A | C));
  CHECK(letters("A,C") == (A | C));
  CHECK(letters("A;C") == (A | C));
  CHECK(letters("A C") == (A | C));
  CHECK(letters("a, c") == (A | C));
  CHECK(letters("a\tC") == (A | C));
  CHECK(letters("dcba") == (A | B | C | D));
  CHECK(letters("AA") == A);     // a letter twice counts once
  CHECK(letters("A,,C") == (A | C));
  CHECK(letters("*") == -2);
}

TEST_CASE("read_choice: unreadable answers", "[grade]") {
  CHECK(letters("E") == -1);           // beyond the 4 options of the question
  CHECK(letters("E", 5) == 16);
  CHECK(letters("1") == -1);           // digits are not letters
  CHECK(letters("A1") == -1);
  CHECK(letters("A*") == -1);          // '*' only alone
  CHECK(letters("**") == -1);
  CHECK(letters(",") == -1);           // no letter at all
  CHECK(letters("A/C") == -1);
  CHECK(letters("Â") == -1);
  CHECK(letters("Z", 26) == (1L << 25));
}

TEST_CASE("read_true_false: every notation, in any case, Vietnamese in NFC or NFD", "[grade]") {
  for (const char* yes : {"T", "t", "true", "TRUE", "True", "1", "Đ", "đ", "Đúng", "đúng", "ĐÚNG", "đÚnG",
                          "Đu\xCC\x81ng", "ĐU\xCC\x81NG"}) {
    INFO(yes);
    CHECK(read_true_false(yes) == TruthMark::is_true);
  }
  for (const char* no : {"F", "f", "false", "FALSE", "0", "S", "s", "Sai", "SAI", "sai"}) {
    INFO(no);
    CHECK(read_true_false(no) == TruthMark::is_false);
  }
  CHECK(read_true_false("*") == TruthMark::star);
  for (const char* unreadable : {"A", "B", "yes", "no", "2", "D", "đúng rồi", "Dung", "u\xCC\x81", "TF", "10",
                                 "truetruetruetrue", "đúngđúngđúngđúng"}) {
    INFO(unreadable);
    CHECK(read_true_false(unreadable) == TruthMark::unreadable);
  }
}

TEST_CASE("read_number: '.' or ',' as the decimal mark, no thousands separator", "[grade]") {
  CHECK(read_number("3") == 3.0);
  CHECK(read_number("3.5") == 3.5);
  CHECK(read_number("3,5") == 3.5);
  CHECK(read_number("-3,5") == -3.5);
  CHECK(read_number("007") == 7.0);
  CHECK(read_number("0,25") == 0.25);
  CHECK(read_number("1,000") == 1.0);  // a decimal comma, as Vietnamese writes it
  std::string long_comma = "1," + std::string(100, '0') + "1";
  CHECK(read_number(long_comma) == 1.0);  // longer than the stack copy
  for (const char* unreadable : {"1.000,5", "1 000", "+3", "3.", ".5", ",5", "3e2", "-", "", "abc", "3,5,1", "0x10",
                                 "inf", "nan", "--3", "3-"}) {
    INFO(unreadable);
    CHECK_FALSE(read_number(unreadable));
  }
  CHECK_FALSE(read_number(std::string(400, '9')));  // beyond a double
}
