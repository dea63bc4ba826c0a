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

// The Rasch model: 1 / (1 + exp(-(theta - b))), as 1 / (1 + exp(b) * exp(-theta)).
double rasch(const Ability& ability, const SimulatedItem& item) {
  return 1.0 / (1.0 + item.exp_difficulty * ability.exp_minus_theta);
}

bool is_right_letter(const SimulatedItem& item, uint32_t option) {
  return std::find(item.right.begin(), item.right.end(), option) != item.right.end();
}

// A wrong option, the k-th distractor (in letter order) with weight 1/(k+1): the first is the
// most attractive. The right letter when there is no wrong option.
uint32_t wrong_option(const SimulatedItem& item, Random& random) {
  if (item.wrong.empty()) {
    return item.right.empty() ? 0 : item.right.front();
  }
  double draw = random.unit() * item.wrong_weights.back();
  auto chosen = std::upper_bound(item.wrong_weights.begin(), item.wrong_weights.end(), draw);
  size_t k = std::min(static_cast<size_t>(chosen - item.wrong_weights.begin()), item.wrong.size() - 1);
  return item.wrong[k];
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
  uint32_t ticked = 0;  // bit i: letter i (at most 26 letters)
  for (uint32_t option : item.right) {
    ticked |= 1u << option;
  }
  if (!right && item.options > 0) {
    uint32_t first = static_cast<uint32_t>(random.below(item.options));
    ticked ^= 1u << first;
    if (item.options > 1 && random.unit() < 0.3) {
      ticked ^= 1u << ((first + 1 + static_cast<uint32_t>(random.below(item.options - 1))) % item.options);
    }
  }
  std::string answer;
  for (uint32_t option = 0; option < item.options; ++option) {
    if ((ticked >> option) & 1u) {
      answer += static_cast<char>('A' + option);
    }
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

// The letter's index (A is 0); letters past Z, and anything else, count as A.
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
  simulated.exp_difficulty = std::exp(simulated.difficulty);
  if (const auto* choice = std::get_if<ChoiceAnswer>(&item.answer)) {
    uint32_t highest = 0;
    for (const auto& key : choice->keys) {
      simulated.right.push_back(letter_index(key));
      highest = std::max(highest, letter_index(key) + 1);
    }
    uint32_t options = item.option_keys.empty() ? std::max(4u, highest)
                                                : static_cast<uint32_t>(std::min<size_t>(item.option_keys.size(), kMostLetters));
    simulated.options = std::min(std::max(options, highest), kMostLetters);
    for (uint32_t option = 0; option < simulated.options; ++option) {
      if (!is_right_letter(simulated, option)) {
        double before = simulated.wrong_weights.empty() ? 0.0 : simulated.wrong_weights.back();
        simulated.wrong.push_back(option);
        simulated.wrong_weights.push_back(before + 1.0 / static_cast<double>(simulated.wrong.size()));
      }
    }
  }
  return simulated;
}

double standard_normal(Random& random) {
  double u1 = 1.0 - random.unit();  // (0, 1]: log(0) never happens
  double u2 = random.unit();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

Ability ability_of(double theta) {
  return {theta, std::exp(-theta), std::clamp(0.03 * (1.0 - 0.5 * theta), 0.005, 0.15)};
}

std::string simulated_answer(const SimulatedItem& item, const Ability& ability, Random& random) {
  if (random.unit() < ability.omission_rate) {
    return "";
  }
  bool right = random.unit() < rasch(ability, item);
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
