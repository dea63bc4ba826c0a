#include "model/model.hpp"

namespace hocvu {

const char* question_type_name(QuestionType type) {
  switch (type) {
    case QuestionType::single: return "single";
    case QuestionType::multiple: return "multiple";
    case QuestionType::true_false: return "true_false";
    case QuestionType::numeric: return "numeric";
    case QuestionType::short_text: return "short_text";
  }
  return "?";
}

const char* question_status_name(QuestionStatus status) {
  switch (status) {
    case QuestionStatus::draft: return "draft";
    case QuestionStatus::active: return "active";
    case QuestionStatus::retired: return "retired";
  }
  return "?";
}

std::optional<QuestionType> parse_question_type(std::string_view name) {
  for (auto type : {QuestionType::single, QuestionType::multiple, QuestionType::true_false, QuestionType::numeric,
                    QuestionType::short_text}) {
    if (name == question_type_name(type)) {
      return type;
    }
  }
  return std::nullopt;
}

std::map<std::string, std::string> role_requirements(const Framework& framework, const Role& role) {
  std::map<std::string, std::string> levels;
  if (role.baseline && !role.baseline->value.empty()) {
    for (const auto& area : framework.areas) {
      for (const auto& competency : area.competencies) {
        levels[competency.id.value] = role.baseline->value;
      }
    }
  }
  for (const auto& requirement : role.requirements) {
    levels[requirement.competency.value] = requirement.level.value;
  }
  return levels;
}

}  // namespace hocvu
