#include "exam/paper_text.hpp"

#include <algorithm>

#include "exam/write_exam.hpp"
#include "i18n/messages.hpp"

namespace hocvu {

namespace {

constexpr QuestionType kTypeOrder[] = {QuestionType::single, QuestionType::multiple, QuestionType::true_false,
                                       QuestionType::numeric, QuestionType::short_text};

// The catalogue key of a type: "paper.instruction.true_false".
std::string type_key(const char* prefix, QuestionType type) {
  for (const auto& [name, value] : question_type_names()) {
    if (value == type) {
      return std::string(prefix) + std::string(name);
    }
  }
  return prefix;
}

}  // namespace

std::vector<QuestionType> types_on(const ExamForm& form) {
  std::vector<QuestionType> types;
  for (QuestionType type : kTypeOrder) {
    bool present = std::any_of(form.items.begin(), form.items.end(),
                               [&](const ExamItem& item) { return item_type(item) == type; });
    if (present) {
      types.push_back(type);
    }
  }
  return types;
}

double form_points(const ExamForm& form) {
  double total = 0;
  for (const auto& item : form.items) {
    total += item.question->points;
  }
  return total;
}

std::string paper_points(Language language, double points) {
  return format_message(language, points == 1 ? "paper.points_one" : "paper.points_other",
                        fmt::arg("points", format_decimal(language, points)));
}

std::string paper_form_code(const Exam& exam, const ExamForm& form) {
  return format_message(exam.language, "paper.form_code", fmt::arg("code", form.id));
}

std::string paper_time_limit(const Exam& exam) {
  return format_message(exam.language, "paper.time_limit", fmt::arg("minutes", exam.blueprint->time_limit));
}

std::string paper_summary(const Exam& exam, const ExamForm& form) {
  return format_message(exam.language, "paper.summary", fmt::arg("questions", form.items.size()),
                        fmt::arg("points", format_decimal(exam.language, form_points(form))));
}

std::string paper_question_label(const Exam& exam, size_t number) {
  return format_message(exam.language, "paper.question", fmt::arg("number", number));
}

std::string paper_area_heading(const Exam& exam, const Area& area) {
  return format_message(exam.language, "paper.area", fmt::arg("id", area.id.value), fmt::arg("title", area.title));
}

std::string paper_instruction(const Exam& exam, QuestionType type) {
  return std::string(message(exam.language, type_key("paper.instruction.", type)));
}

std::string paper_hint(const Exam& exam, QuestionType type) {
  return std::string(message(exam.language, type_key("paper.hint.", type)));
}

std::vector<std::string> paper_scoring_rules(const Exam& exam, const ExamForm& form) {
  std::vector<std::string> rules;
  for (QuestionType type : types_on(form)) {
    rules.emplace_back(message(exam.language, type_key("paper.scoring.", type)));
  }
  rules.emplace_back(message(exam.language, "paper.scoring.unanswered"));
  const Blueprint& blueprint = *exam.blueprint;
  std::string percent = format_decimal(exam.language, blueprint.pass_percent);
  if (blueprint.area_min_percent) {
    rules.push_back(format_message(exam.language, "paper.pass_rule_with_area", fmt::arg("percent", percent),
                                   fmt::arg("area_percent", format_decimal(exam.language, *blueprint.area_min_percent))));
  } else {
    rules.push_back(format_message(exam.language, "paper.pass_rule", fmt::arg("percent", percent)));
  }
  return rules;
}

std::string paper_field_label(const Exam& exam, const std::string& field) {
  return std::string(message(exam.language, "paper.field." + field));
}

std::string paper_signature_label(const Exam& exam, const std::string& signature) {
  return std::string(message(exam.language, "paper.signature." + signature));
}

std::string paper_word(const Exam& exam, const char* key) {
  return std::string(message(exam.language, std::string("paper.") + key));
}

}  // namespace hocvu
