// The framework's levels as one CFRubric: a criterion per competency (pointing at its CFItem),
// and under it a criterion level per framework level, in the framework's order, describing the
// outcomes the competency asks for at that level.
#include <fmt/format.h>

#include "export/case_names.hpp"
#include "i18n/messages.hpp"

namespace hocvu {

namespace {

std::string levels_description(const Framework& framework, Language language) {
  std::string text(message(language, "case.rubric.levels_description"));
  for (const Level& level : framework.levels) text += fmt::format("\n- {}: {}", level.id.value, level.name);
  return text;
}

// The outcomes of `competency` at `level`, one a line, or a sentence saying there are none.
std::string outcomes_at(const Competency& competency, const Level& level, Language language) {
  std::string text;
  for (const Outcome& outcome : competency.outcomes) {
    if (outcome.level.value != level.id.value) continue;
    text += fmt::format("{}- {}: {}", text.empty() ? "" : "\n", outcome.id.value, outcome.text);
  }
  return text.empty() ? std::string(message(language, "case.rubric.no_outcomes")) : text;
}

CaseJson criterion_level_json(const Competency& competency, const Level& level, size_t position,
                              const std::string& criterion, const CaseNames& names) {
  CaseJson json = names.object(names.identifier("rubric-level", competency.id.value + "/" + level.id.value));
  json["quality"] = case_normalized(level.name);
  json["description"] = case_text(outcomes_at(competency, level, names.language()));
  json["position"] = position;
  json["rubricCriterionId"] = criterion;
  return json;
}

CaseJson criterion_json(const Framework& framework, const Competency& competency, size_t position,
                        const std::string& rubric, const CaseNames& names) {
  std::string identifier = names.identifier("rubric-criterion", competency.id.value);
  CaseJson json = names.object(identifier);
  json["category"] = std::string(message(names.language(), "case.rubric.category"));
  json["description"] = case_text(fmt::format("{} {}", competency.id.value, competency.title));
  json["CFItemURI"] = names.link(competency.title, names.identifier("competency", competency.id.value));
  json["position"] = position;
  json["rubricId"] = rubric;
  CaseJson levels = CaseJson::array();
  for (size_t l = 0; l < framework.levels.size(); ++l) {
    levels.push_back(criterion_level_json(competency, framework.levels[l], l + 1, identifier, names));
  }
  json["CFRubricCriterionLevels"] = std::move(levels);
  return json;
}

}  // namespace

CaseJson case_levels_rubric(const Framework& framework, const CaseNames& names) {
  std::string identifier = names.identifier("rubric", "levels");
  CaseJson rubric = names.object(identifier);
  rubric["title"] = case_normalized(format_message(names.language(), "case.rubric.title", fmt::arg("framework", framework.title)));
  rubric["description"] = case_text(levels_description(framework, names.language()));
  CaseJson criteria = CaseJson::array();
  size_t position = 0;
  for (const Area& area : framework.areas) {
    for (const Competency& competency : area.competencies) {
      criteria.push_back(criterion_json(framework, competency, ++position, identifier, names));
    }
  }
  rubric["CFRubricCriteria"] = std::move(criteria);
  return rubric;
}

}  // namespace hocvu
