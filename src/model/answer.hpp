#pragma once
// An answer parsed for its question's type, once, when the question is read: the bank's
// `answer:` and a row of key.csv both become one of these, and grading scores against it.
#include <string>
#include <variant>
#include <vector>

namespace hocvu {

// The correct options of a single or multiple choice question, each once, in the order
// written: option keys in a bank (a, c), letters on a form (A, C).
struct ChoiceAnswer {
  std::vector<std::string> keys;
  bool operator==(const ChoiceAnswer& other) const { return keys == other.keys; }
};

struct TrueFalseAnswer {
  bool value = false;
  bool operator==(const TrueFalseAnswer& other) const { return value == other.value; }
};

// Right when |response - value| <= tolerance.
struct NumericAnswer {
  double value = 0;
  double tolerance = 0;
  bool operator==(const NumericAnswer& other) const {
    return value == other.value && tolerance == other.tolerance;
  }
};

// Every text accepted as right, as written (NFC, like all text hocvu reads).
struct TextAnswer {
  std::vector<std::string> accepted;
  bool operator==(const TextAnswer& other) const { return accepted == other.accepted; }
};

using Answer = std::variant<ChoiceAnswer, TrueFalseAnswer, NumericAnswer, TextAnswer>;

}  // namespace hocvu
