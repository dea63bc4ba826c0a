#pragma once
// Test helpers for the exam tests: values without a place in a file, and frameworks, questions,
// banks, blueprints and count constraints built in memory (no YAML), and the pool of a model.
// Each test file keeps its own fixture data; these only spare it the assembling.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "blueprint/pool.hpp"
#include "model/model.hpp"

namespace hocvu::test {

// A value with no place in a file.
inline LocatedText located(std::string value) {
  return LocatedText{std::move(value), Pos{}};
}

// An area of a framework: its id and the ids of its competencies, in order.
struct AreaOutline {
  std::string id;
  std::vector<std::string> competencies;
};

// Role `id` at `baseline` for every competency (none when empty), raised by `requirements`
// (competency id, level id).
inline Role make_role(std::string id, std::string baseline,
                      std::initializer_list<std::pair<std::string, std::string>> requirements = {}) {
  Role role;
  role.id = located(std::move(id));
  if (!baseline.empty()) {
    role.baseline = located(std::move(baseline));
  }
  for (const auto& [competency, level] : requirements) {
    role.requirements.push_back(Requirement{located(competency), located(level), {}, {}});
  }
  return role;
}

// Framework `id` with `levels`, areas and competencies as outlined (no titles or outcomes),
// and `roles`.
inline Framework make_framework(std::string id, std::vector<Level> levels, const std::vector<AreaOutline>& areas,
                                std::vector<Role> roles) {
  Framework framework;
  framework.id = located(std::move(id));
  framework.levels = std::move(levels);
  for (const auto& outline : areas) {
    Area area;
    area.id = located(outline.id);
    for (const auto& competency : outline.competencies) {
      area.competencies.push_back(Competency{located(competency), "", "", {}});
    }
    framework.areas.push_back(std::move(area));
  }
  framework.roles = std::move(roles);
  return framework;
}

// The framework of the pool and feasibility tests. Framework `id`: levels CB (default difficulty
// -1) and TC (0.5); area 1 with competencies 1.1 and 1.2, area 2 with 2.1; role dbqh at CB but TC
// for 1.2.
inline Framework small_framework(std::string id = "fw") {
  return make_framework(std::move(id), {Level{located("CB"), "Cơ bản", -1.0}, Level{located("TC"), "Trung cấp", 0.5}},
                        {{"1", {"1.1", "1.2"}}, {"2", {"2.1"}}}, {make_role("dbqh", "CB", {{"1.2", "TC"}})});
}

// An active question with no stem, options or answer: what the pool and assembly look at.
inline Question make_question(std::string id, std::string competency, std::string level,
                              QuestionType type = QuestionType::single) {
  Question q;
  q.id = located(std::move(id));
  q.competency = located(std::move(competency));
  q.level = located(std::move(level));
  q.type = type;
  return q;
}

// Gives `q` these options (key, text), in order.
inline void set_options(Question& q, std::initializer_list<std::pair<std::string, std::string>> options) {
  q.has_options = true;
  for (const auto& [key, text] : options) {
    q.options.push_back(Option{located(key), located(text)});
  }
}

inline Bank make_bank(std::string id, std::string framework, std::vector<Question> questions) {
  Bank bank;
  bank.id = located(std::move(id));
  bank.framework = located(std::move(framework));
  bank.questions = std::move(questions);
  return bank;
}

// Blueprint bp of framework fw for role dbqh at level CB: one form of `length` questions.
inline Blueprint make_blueprint(uint32_t length) {
  Blueprint blueprint;
  blueprint.id = located("bp");
  blueprint.framework = located("fw");
  blueprint.role = located("dbqh");
  blueprint.level = located("CB");
  blueprint.length = length;
  return blueprint;
}

// Adds a count constraint written at `pos` to `blueprint`; select what it counts on the result.
inline CountConstraint& add_count(Blueprint& blueprint, Pos pos, uint32_t min, uint32_t max = UINT32_MAX) {
  CountConstraint count{};
  count.min = min;
  count.max = max;
  count.pos = pos;
  blueprint.counts.push_back(count);
  return blueprint.counts.back();
}

// The pool `blueprint` draws from, for the first role of the model's first framework.
inline Pool pool_of(const Model& model, const Blueprint& blueprint) {
  return build_pool(model, blueprint, model.frameworks[0], model.frameworks[0].roles[0]);
}

// One line per item, or "(none)": for INFO.
inline std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) {
    text += line + "\n";
  }
  return text.empty() ? "(none)" : text;
}

}  // namespace hocvu::test
