// manifest.json: what was built, from what, and what every form achieved. Deterministic: no
// clock, no host, paths exactly as the inputs were given.
#include <cmath>

#include <nlohmann/json.hpp>

#include "blueprint/pool.hpp"
#include "exam/write_exam.hpp"
#include "hocvu/version.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

Json blueprint_json(const Exam& exam) {
  const Blueprint& blueprint = *exam.blueprint;
  return {{"id", blueprint.id.value}, {"title", blueprint.title}, {"file", exam.blueprint_file}};
}

Json framework_json(const Exam& exam) {
  if (exam.framework == nullptr) {
    return {{"id", exam.blueprint->framework.value}, {"version", nullptr}};
  }
  return {{"id", exam.framework->id.value}, {"version", exam.framework->version}};
}

Json counts_json(const Blueprint& blueprint, const ExamForm& form) {
  Json counts = Json::array();
  for (const auto& constraint : blueprint.counts) {
    size_t achieved = 0;
    for (const auto& item : form.items) {
      achieved += selects(constraint.select, *item.question, item.area) ? 1 : 0;
    }
    counts.push_back({{"constraint", describe(constraint.select)},
                      {"min", constraint.min},
                      {"max", constraint.max == UINT32_MAX ? Json(nullptr) : Json(constraint.max)},
                      {"achieved", achieved}});
  }
  return counts;
}

// Totals are counted from the items themselves, so the manifest states what the paper holds.
Json form_json(const Blueprint& blueprint, const ExamForm& form) {
  double points = 0;
  double difficulty = 0;
  Json ids = Json::array();
  for (const auto& item : form.items) {
    points += item.question->points;
    difficulty += item.difficulty;
    ids.push_back(item.question->id.value);
  }
  double mean = form.items.empty() ? 0.0 : difficulty / static_cast<double>(form.items.size());
  double rounded = std::round(mean * 10000.0) / 10000.0;
  return {{"id", form.id},
          {"questions", form.items.size()},
          {"points", json_number(points)},
          {"mean_difficulty", json_number(rounded == 0 ? 0.0 : rounded)},
          {"counts", counts_json(blueprint, form)},
          {"question_ids", std::move(ids)}};
}

}  // namespace

std::string render_manifest(const Exam& exam) {
  Json inputs = Json::array();
  for (const auto& input : exam.inputs) {
    inputs.push_back({{"path", input.path}, {"sha256", input.sha256}});
  }
  Json forms = Json::array();
  for (const auto& form : exam.forms) {
    forms.push_back(form_json(*exam.blueprint, form));
  }
  Json json = {{"tool", "hocvu exam"},
               {"version", kVersion},
               {"blueprint", blueprint_json(exam)},
               {"framework", framework_json(exam)},
               {"role", exam.role != nullptr ? exam.role->id.value : exam.blueprint->role.value},
               {"level", exam.blueprint->level.value},
               {"seed", exam.seed},
               {"inputs", std::move(inputs)},
               {"solver",
                {{"name", exam.solver.solver},
                 {"status", exam.solver.status},
                 {"candidates", exam.solver.candidates},
                 {"branch_nodes", exam.solver.branch_nodes}}},
               {"forms", std::move(forms)}};
  return dump_json(json);
}

}  // namespace hocvu
