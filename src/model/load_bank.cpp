#include <fmt/format.h>

#include <limits>

#include "i18n/interface.hpp"
#include "model/load.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

const std::vector<std::string_view> kQuestionKeys = {
    "id",     "exhibit", "competency", "level",   "outcome",    "type",   "stem",   "options", "answer",      "tolerance",
    "unit",   "points",     "difficulty", "enemies", "status", "tags",   "source",  "explanation"};

void load_options(const FileContext& context, FieldReader& reader, Question& question) {
  auto options = reader.find("options");
  if (!options) {
    return;
  }
  question.has_options = true;
  question.options_pos = context.pos(*options);
  auto mapping = reader.mapping("options", Need::optional);
  if (!mapping) {
    return;
  }
  const Document& doc = context.document;
  for (uint32_t i = 0; i < doc.child_count(*mapping); i += 2) {
    NodeId key = doc.child(*mapping, i);
    NodeId value = doc.child(*mapping, i + 1);
    Option option{{std::string(doc.scalar(key)), context.pos(key)}, {"", context.pos(value)}};
    if (!is_valid_option_key(option.key.value)) {
      context.report(Rule::malformed_id, key, ui_format("load.bank.bad_option_key", fmt::arg("key", option.key.value)),
                     std::string(ui_text("load.bank.bad_option_key_hint")));
    }
    if (doc.node(value).kind != NodeKind::scalar) {
      context.report(Rule::wrong_type, value, ui_format("load.bank.option_not_text", fmt::arg("key", option.key.value)));
    } else {
      option.text.value = std::string(doc.scalar(value));
      if (is_blank(option.text.value)) {
        context.report(Rule::empty_text, value, ui_format("load.bank.option_empty", fmt::arg("key", option.key.value)),
                       std::string(ui_text("load.bank.option_empty_hint")));
      }
    }
    question.options.push_back(std::move(option));
  }
}

void load_answer(const FileContext& context, FieldReader& reader, Question& question) {
  auto answer = reader.find("answer");
  if (!answer) {
    context.report(Rule::missing_field, reader.pos(), ui_format("load.bank.no_answer", fmt::arg("id", question.id.value)),
                   std::string(ui_text("load.bank.no_answer_hint")));
    return;
  }
  question.has_answer = true;
  question.answer_pos = context.pos(*answer);
  question.answer_is_list = context.document.node(*answer).kind == NodeKind::sequence;
  question.written_answer = reader.text_list("answer", Need::required);
  if (question.answer_is_list && question.written_answer.empty()) {
    context.report(Rule::empty_text, *answer, ui_format("load.bank.empty_answer_list", fmt::arg("id", question.id.value)),
                   std::string(ui_text("load.bank.empty_answer_list_hint")));
  }
}

void load_tags(FieldReader& reader, const FileContext& context, Question& question) {
  for (auto& tag : reader.text_list("tags", Need::optional)) {
    if (!is_valid_tag(tag.value)) {
      context.report(Rule::malformed_id, tag.pos, ui_format("load.bank.bad_tag", fmt::arg("tag", tag.value)),
                     std::string(ui_text("load.bank.bad_tag_hint")));
    }
    question.tags.push_back(std::move(tag.value));
  }
}

Question load_question(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "question", kQuestionKeys);
  Question question;
  question.pos = reader.pos();
  question.id = reader.id("id", Need::required);
  if (reader.find("exhibit")) {
    question.exhibit = reader.id("exhibit", Need::required);
  }
  question.competency = reader.id("competency", Need::required);
  question.level = reader.id("level", Need::required);
  if (reader.find("outcome")) {
    question.outcome = reader.id("outcome", Need::required);
  }
  question.type = reader.choice("type", Need::required, question_type_names());
  question.stem = reader.text("stem", Need::required);
  load_options(context, reader, question);
  load_answer(context, reader, question);
  if (auto tolerance = reader.find("tolerance")) {
    question.tolerance_pos = context.pos(*tolerance);
    question.tolerance = reader.number("tolerance", Need::optional, 0, std::numeric_limits<double>::infinity());
  }
  question.unit = reader.text("unit", Need::optional).value;
  question.points = reader.number("points", Need::optional, 0.01, 1000).value_or(1.0);
  question.difficulty = reader.number("difficulty", Need::optional, -4, 4);
  question.enemies = reader.text_list("enemies", Need::optional);
  question.status = reader.choice("status", Need::optional, question_status_names()).value_or(QuestionStatus::active);
  load_tags(reader, context, question);
  question.source = reader.text("source", Need::optional).value;
  question.explanation = reader.text("explanation", Need::optional).value;
  return question;
}

}  // namespace

Bank load_bank(const FileContext& context, NodeId root) {
  FieldReader top(context, root, "bank file", {"bank", "exhibits", "questions"});
  Bank bank;
  bank.id.pos = context.pos(root);  // the file, even when the header is unreadable
  if (auto header = top.mapping("bank", Need::required)) {
    FieldReader reader(context, *header, "bank", {"id", "framework", "language", "translation_of", "title", "description"});
    bank.id = reader.id("id", Need::required);
    bank.framework = reader.id("framework", Need::required);
    bank.language = reader.language("language", Need::required);
    if (reader.find("translation_of")) {
      bank.translation_of = reader.language("translation_of", Need::optional);
    }
    bank.title = reader.text("title", Need::optional).value;
    reader.text("description", Need::optional);
  }
  if (auto exhibits = top.sequence("exhibits", Need::optional)) {
    NumberStyle style = number_style_of(bank.language.value);
    for (NodeId item : mapping_items(context, *exhibits, "exhibit")) {
      bank.exhibits.push_back(load_exhibit(context, item, style));
    }
  }
  if (auto questions = top.sequence("questions", Need::required)) {
    for (NodeId item : mapping_items(context, *questions, "question")) {
      bank.questions.push_back(load_question(context, item));
    }
  }
  return bank;
}

}  // namespace hocvu
