#include "import/bank_yaml_writer.hpp"

#include <fmt/format.h>

#include "exam/write_exam.hpp"
#include "text/escape.hpp"
#include "yaml/quote.hpp"

namespace hocvu {

namespace {

void field(std::string& out, std::string_view key, std::string_view value, std::string_view indent = "    ") {
  if (!value.empty()) out += fmt::format("{}{}: {}\n", indent, key, yaml_scalar(value));
}

std::string flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : ", ") + yaml_scalar(items[i], YamlContext::flow);
  }
  return out + "]";
}

std::string answer_text(const Question& question) {
  if (!question.answer) return {};
  if (const auto* choice = std::get_if<ChoiceAnswer>(&*question.answer)) {
    if (question.type == QuestionType::single && choice->keys.size() == 1) return yaml_scalar(choice->keys.front());
    return flow_list(choice->keys);
  }
  if (const auto* value = std::get_if<TrueFalseAnswer>(&*question.answer)) return value->value ? "true" : "false";
  if (const auto* numeric = std::get_if<NumericAnswer>(&*question.answer)) return format_number(numeric->value);
  return flow_list(std::get<TextAnswer>(*question.answer).accepted);
}

void write_question(std::string& out, const Question& question) {
  out += "  - id: " + yaml_scalar(question.id.value) + "\n";
  field(out, "competency", question.competency.value);
  field(out, "level", question.level.value);
  if (question.type) out += fmt::format("    type: {}\n", question_type_name(*question.type));
  out += "    stem: " + yaml_scalar(question.stem.value) + "\n";
  if (!question.options.empty()) {
    out += "    options:\n";
    for (const auto& option : question.options) field(out, option.key.value, option.text.value, "      ");
  }
  std::string answer = answer_text(question);
  if (!answer.empty()) out += "    answer: " + answer + "\n";
  if (question.tolerance) out += "    tolerance: " + format_number(*question.tolerance) + "\n";
  field(out, "unit", question.unit);
  if (question.points != 1.0) out += "    points: " + format_number(question.points) + "\n";
  if (!question.tags.empty()) out += "    tags: " + flow_list(question.tags) + "\n";
  field(out, "source", question.source);
  field(out, "explanation", question.explanation);
}

}  // namespace

std::string render_bank_yaml(const Bank& bank, const std::vector<std::string>& comments) {
  std::string out;
  for (const auto& line : comments) out += "# " + escape_unprintable(line) + "\n";
  out += "bank:\n";
  field(out, "id", bank.id.value, "  ");
  field(out, "framework", bank.framework.value, "  ");
  field(out, "language", bank.language.value, "  ");
  field(out, "title", bank.title, "  ");
  out += bank.questions.empty() ? "questions: []\n" : "questions:\n";
  for (size_t i = 0; i < bank.questions.size(); ++i) {
    if (i > 0) out += "\n";
    write_question(out, bank.questions[i]);
  }
  return out;
}

}  // namespace hocvu
