// The simulator's answer model: Rasch probability of a right answer, omissions that weaker
// candidates make more often, plausible wrong answers for every question type.
#include "grade/simulate_answers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <variant>

#include "exam/write_exam.hpp"

namespace hocvu {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDoubleMarkRate = 0.005;
constexpr uint32_t kMostLetters = 26;

std::string letter(uint32_t index) { return std::string(1, static_cast<char>('A' + index)); }

// 3% blank for an average candidate, more for weaker ones, between 0.5% and 15%.
double omission_rate(double theta) { return std::clamp(0.03 * (1.0 - 0.5 * theta), 0.005, 0.15); }

double rasch(double theta, double difficulty) { return 1.0 / (1.0 + std::exp(-(theta - difficulty))); }

bool is_right_letter(const SimulatedItem& item, uint32_t option) {
  return std::find(item.right.begin(), item.right.end(), option) != item.right.end();
}

// A wrong option, the k-th distractor (in letter order) with weight 1/(k+1): the first is the
// most attractive. The right letter when there is no wrong option.
uint32_t wrong_option(const SimulatedItem& item, Random& random) {
  std::vector<uint32_t> wrong;
  for (uint32_t option = 0; option < item.options; ++option) {
    if (!is_right_letter(item, option)) {
      wrong.push_back(option);
    }
  }
  if (wrong.empty()) {
    return item.right.empty() ? 0 : item.right.front();
  }
  double total = 0;
  for (size_t k = 0; k < wrong.size(); ++k) {
    total += 1.0 / static_cast<double>(k + 1);
  }
  double draw = random.unit() * total;
  for (size_t k = 0; k < wrong.size(); ++k) {
    draw -= 1.0 / static_cast<double>(k + 1);
    if (draw < 0) {
      return wrong[k];
    }
  }
  return wrong.back();
}

std::string single_answer(const SimulatedItem& item, bool right, Random& random) {
  uint32_t chosen = right && !item.right.empty() ? item.right.front() : wrong_option(item, random);
  if (random.unit() < kDoubleMarkRate) {
    if (random.unit() < 0.5 || item.options < 2) {
      return "*";
    }
    uint32_t other = (chosen + 1 + static_cast<uint32_t>(random.below(item.options - 1))) % item.options;
    return letter(std::min(chosen, other)) + letter(std::max(chosen, other));
  }
  return letter(chosen);
}

// Right: the right set. Wrong: the right set with one option (sometimes two) ticked differently.
std::string multiple_answer(const SimulatedItem& item, bool right, Random& random) {
  std::vector<bool> ticked(item.options, false);
  for (uint32_t option : item.right) {
    ticked[option] = true;
  }
  if (!right && item.options > 0) {
    uint32_t first = static_cast<uint32_t>(random.below(item.options));
    ticked[first] = !ticked[first];
    if (item.options > 1 && random.unit() < 0.3) {
      uint32_t second = (first + 1 + static_cast<uint32_t>(random.below(item.options - 1))) % item.options;
      ticked[second] = !ticked[second];
    }
  }
  std::string answer;
  for (uint32_t option = 0; option < item.options; ++option) {
    answer += ticked[option] ? letter(option) : "";
  }
  return answer.empty() ? letter(wrong_option(item, random)) : answer;
}

std::string numeric_answer(const NumericAnswer& key, bool right, Random& random) {
  if (right) {
    return format_number(key.value);
  }
  double step = std::max(2.0 * key.tolerance, 1.0);
  double off = step * static_cast<double>(1 + random.below(3)) * (random.unit() < 0.5 ? -1.0 : 1.0);
  return format_fixed_trimmed(key.value + off, 6);
}

// Text without its last code point: a typo that is never one of the accepted answers' own
// spelling (unless the key accepts it too).
std::string typo(const std::string& text) {
  size_t end = text.size();
  while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80) {
    --end;
  }
  if (end <= 1) {
    return text + "x";
  }
  return text.substr(0, end - 1);
}

std::string text_answer(const TextAnswer& key, bool right, Random& random) {
  if (key.accepted.empty()) {
    return "x";
  }
  const std::string& accepted = key.accepted[random.below(key.accepted.size())];
  return right ? accepted : typo(accepted);
}

uint32_t letter_index(const std::string& key) {
  if (key.empty()) {
    return 0;
  }
  char first = static_cast<char>(std::toupper(static_cast<unsigned char>(key[0])));
  return first >= 'A' && first <= 'Z' ? static_cast<uint32_t>(first - 'A') : 0;
}

}  // namespace

SimulatedItem prepare_simulated_item(const KeyItem& item) {
  SimulatedItem simulated;
  simulated.item = &item;
  simulated.difficulty = item.difficulty.value_or(default_difficulty(item.level));
  if (const auto* choice = std::get_if<ChoiceAnswer>(&item.answer)) {
    uint32_t highest = 0;
    for (const auto& key : choice->keys) {
      simulated.right.push_back(letter_index(key));
      highest = std::max(highest, letter_index(key) + 1);
    }
    uint32_t options = item.option_keys.empty() ? std::max(4u, highest)
                                                : static_cast<uint32_t>(std::min<size_t>(item.option_keys.size(), kMostLetters));
    simulated.options = std::max(options, highest);
  }
  return simulated;
}

double standard_normal(Random& random) {
  double u1 = 1.0 - random.unit();  // (0, 1]: log(0) never happens
  double u2 = random.unit();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

std::string simulated_answer(const SimulatedItem& item, double theta, Random& random) {
  if (random.unit() < omission_rate(theta)) {
    return "";
  }
  bool right = random.unit() < rasch(theta, item.difficulty);
  const Answer& answer = item.item->answer;
  switch (item.item->type) {
    case QuestionType::single: return single_answer(item, right, random);
    case QuestionType::multiple: return multiple_answer(item, right, random);
    case QuestionType::true_false: {
      const auto* truth = std::get_if<TrueFalseAnswer>(&answer);
      bool value = truth != nullptr && truth->value;
      return (right ? value : !value) ? "Đ" : "S";
    }
    case QuestionType::numeric: {
      const auto* numeric = std::get_if<NumericAnswer>(&answer);
      return numeric != nullptr ? numeric_answer(*numeric, right, random) : "0";
    }
    case QuestionType::short_text: {
      const auto* text = std::get_if<TextAnswer>(&answer);
      return text != nullptr ? text_answer(*text, right, random) : "x";
    }
  }
  return "";
}

std::string unreadable_answer(const SimulatedItem& item) {
  return item.item->type == QuestionType::short_text ? "" : "%%";
}

}  // namespace hocvu
