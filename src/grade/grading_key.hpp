#pragma once
// What grading needs to know about an exam, read from the folder `hocvu exam` wrote (key.csv and
// manifest.json) or from a hand-written key.csv alone. Grading never needs the curriculum.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grade/units.hpp"
#include "model/answer.hpp"
#include "model/model.hpp"

namespace hocvu {

// One question as it is on one form.
struct KeyItem {
  uint32_t position = 0;  // 1-based, on the form
  std::string question_id;
  QuestionType type = QuestionType::single;
  Answer answer;  // as on the form: letters (A, C) for choice questions
  Units points = kUnitsPerPoint;
  std::string competency;
  std::string area;   // empty when unknown (a hand-written key without --data)
  std::string level;
  // Choice questions: the bank's option key shown at each letter (A shows option_keys[0]).
  // From the manifest; without one, the letters themselves ("A", "B", ...), as many as the
  // key's answer and `options` say.
  std::vector<std::string> option_keys;
  // The prior difficulty (Rasch b, logits) from the manifest; nullopt without one. `hocvu simulate
  // responses` then uses default_difficulty(level).
  std::optional<double> difficulty;
};

// The difficulty a level implies when a question states none, as the bundled framework's levels
// do: CB -1.0, TC 0.0, NC 1.0, CS 2.0; 0.0 for any other level.
double default_difficulty(std::string_view level);

// The highest letter a choice answer names (A = 1; 0 for other answers): a question shows at
// least that many options.
size_t letters_needed(const Answer& answer);

// What a form holds of one competency, from the manifest's `requirements`: the level the role
// requires, whether that is above the role's baseline, and how many questions measure it.
struct FormRequirement {
  std::string competency;
  std::string level;
  bool above_baseline = false;
  uint32_t questions = 0;
  uint32_t at_level = 0;
};

struct KeyForm {
  std::string id;               // "101"
  std::vector<KeyItem> items;   // by position: items[i].position == i + 1
  Units possible = 0;           // the sum of the items' points
  std::vector<FormRequirement> requirements;  // empty without a manifest, or from an older one
};

struct PassRule {
  double percent = 0;                      // passed when percent >= this
  std::optional<double> area_min_percent;  // and every area at least this (when areas are known)
};

struct GradingKey {
  std::string exam;        // blueprint id, or the key file's name without .csv
  std::string role;        // empty when unknown
  std::string level;       // the level certified; empty when unknown
  uint32_t time_limit = 0; // minutes; 0 when unknown
  PassRule pass;
  std::vector<KeyForm> forms;             // in the order of the key
  std::vector<std::string> competencies;  // every competency on any form, in natural id order (1.2 < 1.10)
  std::vector<std::string> areas;         // likewise; empty when unknown

  const KeyForm* find_form(std::string_view id) const;
};

}  // namespace hocvu
