// manifest.json: what was built, from what, and what every form achieved. Deterministic: no
// clock, no host, paths exactly as the inputs were given.
#include <cmath>

#include <nlohmann/json.hpp>

#include "blueprint/pool.hpp"
#include "exam/test_wise.hpp"
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

// The pass rule grading applies: percent of the points, and each area's minimum when set.
Json pass_json(const Blueprint& blueprint) {
  return {{"percent", json_number(blueprint.pass_percent)},
          {"area_min_percent", blueprint.area_min_percent ? json_number(*blueprint.area_min_percent)
                                                          : Json(nullptr)}};
}

Json counts_json(const Blueprint& blueprint, const ExamForm& form) {
  Json counts = Json::array();
  for (const auto& constraint : blueprint.counts) {
    size_t achieved = 0;
    for (const auto& item : form.items) {
      achieved += selects(constraint.select, *item.question, item.area) ? 1 : 0;
    }
    Json count = {{"constraint", describe(constraint.select)}};
    if (!constraint.origin.empty()) {
      count["origin"] = constraint.origin;
    }
    count.update(Json{{"min", constraint.min},
                      {"max", constraint.max == UINT32_MAX ? Json(nullptr) : Json(constraint.max)},
                      {"achieved", achieved}});
    counts.push_back(std::move(count));
  }
  return counts;
}

// Per competency of the framework, what the form holds of it: the level the role requires,
// whether that is a requirement above the role's baseline, and how many questions measure it
// (all, and at the required level), so grading can say "not measured" with the reason.
Json requirements_json(const std::vector<CompetencyTarget>& targets, const ExamForm& form) {
  Json requirements = Json::array();
  for (const auto& target : targets) {
    size_t questions = 0;
    size_t at_level = 0;
    for (const auto& item : form.items) {
      if (item.question->competency.value == target.competency->id.value) {
        ++questions;
        at_level += item.question->level.value == target.level ? 1 : 0;
      }
    }
    requirements.push_back({{"competency", target.competency->id.value},
                            {"level", target.level.empty() ? Json(nullptr) : Json(target.level)},
                            {"above_baseline", target.required},
                            {"questions", questions},
                            {"at_level", at_level}});
  }
  return requirements;
}

// What grading needs to know of a question on a form, so that `hocvu grade --exam DIR` needs
// no curriculum: its competency, area, level, type, points, prior difficulty and, for choice
// questions, the bank's option key shown at each letter (A, B, ...).
Json item_json(const ExamItem& item, size_t position) {
  const Question& question = *item.question;
  Json options = Json::array();
  for (size_t index : item.option_order) {
    options.push_back(question.options[index].key.value);
  }
  Json json = {{"position", position},
               {"question_id", question.id.value},
               {"competency", question.competency.value},
               {"area", item.area != nullptr ? Json(item.area->id.value) : Json(nullptr)},
               {"level", question.level.value},
               {"type", question.type ? question_type_name(*question.type) : "single"},
               {"points", json_number(question.points)},
               {"difficulty", json_number(item.difficulty)},
               {"options", std::move(options)}};
  if (item.exhibit != nullptr) {
    json["exhibit"] = item.exhibit->id.value;
  }
  return json;
}

// The expected score of a candidate with no knowledge who uses only cues (exam/test_wise.hpp).
Json test_wise_json(const ExamForm& form) {
  TestWiseScore score = test_wise_score(form);
  auto rounded = [](double value) {
    double r = std::round(value * 10000.0) / 10000.0;
    return json_number(r == 0 ? 0.0 : r);
  };
  return {{"expected_points", rounded(score.expected_points)}, {"expected_percent", rounded(score.expected_percent)}};
}

// Totals are counted from the items themselves, so the manifest states what the paper holds.
Json form_json(const Exam& exam, const ExamForm& form) {
  const Blueprint& blueprint = *exam.blueprint;
  double points = 0;
  double difficulty = 0;
  Json ids = Json::array();
  Json items = Json::array();
  for (const auto& item : form.items) {
    points += item.question->points;
    difficulty += item.difficulty;
    ids.push_back(item.question->id.value);
    items.push_back(item_json(item, items.size() + 1));
  }
  double mean = form.items.empty() ? 0.0 : difficulty / static_cast<double>(form.items.size());
  double rounded = std::round(mean * 10000.0) / 10000.0;
  return {{"id", form.id},
          {"questions", form.items.size()},
          {"points", json_number(points)},
          {"mean_difficulty", json_number(rounded == 0 ? 0.0 : rounded)},
          {"test_wise", test_wise_json(form)},
          {"counts", counts_json(blueprint, form)},
          {"requirements", requirements_json(exam.targets, form)},
          {"question_ids", std::move(ids)},
          {"items", std::move(items)}};
}

}  // namespace

std::string render_manifest(const Exam& exam) {
  Json inputs = Json::array();
  for (const auto& input : exam.inputs) {
    inputs.push_back({{"path", input.path}, {"sha256", input.sha256}});
  }
  Json forms = Json::array();
  for (const auto& form : exam.forms) {
    forms.push_back(form_json(exam, form));
  }
  Json json = {{"tool", "hocvu exam"},
               {"version", kVersion},
               {"blueprint", blueprint_json(exam)},
               {"framework", framework_json(exam)},
               {"role", exam.role != nullptr ? exam.role->id.value : exam.blueprint->role.value},
               {"level", exam.blueprint->level.value},
               {"language", language_tag(exam.language)},  // of the texts hocvu wrote into papers and LMS files
               {"seed", exam.seed},
               {"time_limit", exam.blueprint->time_limit},
               {"pass", pass_json(*exam.blueprint)},
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
