// A form for online delivery: what the candidate sees, as JSON, without answers.
#include <nlohmann/json.hpp>

#include "exam/write_exam.hpp"
#include "exam/write_exhibit.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

Json question_json(const ExamItem& item, size_t position) {
  const Question& question = *item.question;
  QuestionType type = item_type(item);
  Json json = {{"position", position},
               {"id", question.id.value},
               {"type", question_type_name(type)},
               {"stem", question.stem.value},
               {"points", json_number(question.points)}};
  if (item.exhibit != nullptr) {
    json["exhibit"] = item.exhibit->id.value;
  }
  if (type == QuestionType::single || type == QuestionType::multiple) {
    Json options = Json::array();
    auto shown = displayed_options(item);
    for (size_t i = 0; i < shown.size(); ++i) {
      options.push_back({{"letter", option_letter(i)}, {"text", shown[i]->text.value}});
    }
    json["options"] = std::move(options);
  }
  if (type == QuestionType::numeric && !question.unit.empty()) {
    json["unit"] = question.unit;
  }
  return json;
}

}  // namespace

std::string render_form_json(const Exam& exam, const ExamForm& form) {
  Json questions = Json::array();
  for (size_t i = 0; i < form.items.size(); ++i) {
    questions.push_back(question_json(form.items[i], i + 1));
  }
  Json json = {{"exam", exam.blueprint->id.value},
               {"form", form.id},
               {"title", exam.blueprint->title},
               {"language", language_tag(exam.language)},  // of the texts an online form adds around these
               {"time_limit_minutes", exam.blueprint->time_limit}};
  if (Json exhibits = exhibits_json(form); !exhibits.empty()) {
    json["exhibits"] = std::move(exhibits);  // only on forms that have any: others are as before
  }
  json["questions"] = std::move(questions);
  return dump_json(json);
}

}  // namespace hocvu
