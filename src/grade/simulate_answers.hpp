#pragma once
// The answer model of the simulator (simulate.hpp): one candidate's answer to one question.
#include <cstdint>
#include <string>
#include <vector>

#include "exam/random.hpp"
#include "grade/grading_key.hpp"

namespace hocvu {

// A question of a form, prepared once: its difficulty and, for choice questions, its options.
struct SimulatedItem {
  const KeyItem* item = nullptr;
  double difficulty = 0;
  double exp_difficulty = 0;       // exp(difficulty), so a right answer costs no exp() per answer
  uint32_t options = 0;            // choice questions: letters A.. on the form
  std::vector<uint32_t> right;     // choice questions: the right letters (0 is A)
  std::vector<uint32_t> wrong;     // choice questions: the other letters, in order
  std::vector<double> wrong_weights;  // running sums of the distractors' weights 1/(k+1)
};

SimulatedItem prepare_simulated_item(const KeyItem& item);

// A draw from N(0,1) by Box-Muller, from `random` alone (the same on every platform's library).
double standard_normal(Random& random);

// A candidate's ability and what follows from it for every answer.
struct Ability {
  double theta = 0;
  double exp_minus_theta = 1;  // exp(-theta)
  double omission_rate = 0;    // 3% at theta 0, more for weaker candidates, within 0.5%..15%
};
Ability ability_of(double theta);

// The answer written for `item` by a candidate of `ability`: "" when omitted.
std::string simulated_answer(const SimulatedItem& item, const Ability& ability, Random& random);

// An answer no notation of the item's type can read ("%%"); "" for short text, where every
// text is readable.
std::string unreadable_answer(const SimulatedItem& item);

}  // namespace hocvu
