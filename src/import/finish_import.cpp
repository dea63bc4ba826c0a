#include "import/finish_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "i18n/interface.hpp"
#include "import/import_messages.hpp"
#include "model/field_reader.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

// Each option's text with whether it is right, sorted: the options of a choice question in any order.
std::vector<std::pair<std::string, bool>> marked_options(const Question& question) {
  std::vector<std::pair<std::string, bool>> marked;
  const auto* choice = question.answer ? std::get_if<ChoiceAnswer>(&*question.answer) : nullptr;
  for (const auto& option : question.options) {
    bool right = choice != nullptr && std::find(choice->keys.begin(), choice->keys.end(), option.key.value) != choice->keys.end();
    marked.emplace_back(option.text.value, right);
  }
  std::sort(marked.begin(), marked.end());
  return marked;
}

void normalise(ImportedQuestion& imported) {
  Question& q = imported.question;
  q.stem.value = to_nfc(q.stem.value);
  q.explanation = to_nfc(q.explanation);
  q.unit = to_nfc(q.unit);
  for (auto& option : q.options) option.text.value = to_nfc(option.text.value);
  if (q.answer) {
    if (auto* text = std::get_if<TextAnswer>(&*q.answer)) {
      for (auto& accepted : text->accepted) accepted = to_nfc(accepted);
    }
  }
  imported.name = to_nfc(imported.name);
  imported.category = to_nfc(imported.category);
}

std::string source_note(const ImportedQuestion& imported, const ImportSettings& settings, bool named_by_id) {
  std::string note = ui_format("import.source", fmt::arg("file", settings.source_name),
                               fmt::arg("format", settings.format_name), fmt::arg("line", imported.line));
  if (!named_by_id && !imported.name.empty()) note += ui_format("import.source.name", fmt::arg("name", imported.name));
  if (!imported.category.empty()) note += ui_format("import.source.category", fmt::arg("category", imported.category));
  return note;
}

class IdGiver {
 public:
  IdGiver(ImportedBank& out, const ImportSettings& settings) : out_(out), settings_(settings) {}

  void add(ImportedQuestion&& imported) {
    normalise(imported);
    std::string id = is_valid_id(imported.name) ? imported.name : is_valid_id(imported.idnumber) ? imported.idnumber : "";
    bool named_by_id = !id.empty();
    if (named_by_id && taken_.count(id) > 0) {
      const Question& earlier = out_.bank.questions[taken_[id]];
      if (same_question(earlier, imported.question)) return repeat(imported, earlier);
      std::string fresh = fresh_id(imported.ordinal);
      report_renamed(imported, earlier, fresh);
      id = fresh;
      named_by_id = false;
    }
    if (id.empty()) id = fresh_id(imported.ordinal);
    Question& question = imported.question;
    question.id.value = id;
    question.competency.value = settings_.competency;
    question.level.value = settings_.level;
    question.source = source_note(imported, settings_, named_by_id);
    question.pos.line = imported.line;
    taken_[id] = out_.bank.questions.size();
    out_.bank.questions.push_back(std::move(question));
  }

 private:
  std::string fresh_id(uint32_t ordinal) {
    std::string id = generated_id(ordinal);
    for (uint32_t n = 2; taken_.count(id) > 0; ++n) id = fmt::format("{}-{}", generated_id(ordinal), n);
    return id;
  }

  Location where(const ImportedQuestion& imported) const {
    return Location{settings_.file, imported.line, imported.column};
  }

  void repeat(const ImportedQuestion& imported, const Question& earlier) {
    ++out_.duplicates;
    out_.diagnostics.push_back(Diagnostic{
        Rule::import_duplicate_question, where(imported),
        ui_format("import.duplicate", fmt::arg("id", escaped_for_message(earlier.id.value)),
                  fmt::arg("line", earlier.pos.line)),
        ""});
  }

  void report_renamed(const ImportedQuestion& imported, const Question& earlier, const std::string& id) {
    out_.diagnostics.push_back(Diagnostic{
        Rule::import_duplicate_question, where(imported),
        ui_format("import.renamed", fmt::arg("line", earlier.pos.line),
                  fmt::arg("id", escaped_for_message(earlier.id.value)), fmt::arg("new_id", id)),
        std::string(ui_text("import.renamed.hint"))});
  }

  ImportedBank& out_;
  const ImportSettings& settings_;
  std::map<std::string, size_t> taken_;
};

}  // namespace

std::string generated_id(uint32_t ordinal) {
  return fmt::format("IMP-{:04}", ordinal);
}

bool same_question(const Question& a, const Question& b) {
  if (a.type != b.type || a.stem.value != b.stem.value || a.explanation != b.explanation || a.points != b.points ||
      a.unit != b.unit || a.options.size() != b.options.size()) {
    return false;
  }
  bool choice = a.type == QuestionType::single || a.type == QuestionType::multiple;
  return choice ? marked_options(a) == marked_options(b) : a.answer == b.answer;
}

ImportedBank finish_import(ImportReading&& reading, const ImportSettings& settings) {
  ImportedBank out;
  out.seen = reading.seen;
  out.bank.id.value = settings.bank_id;
  out.bank.framework.value = settings.framework;
  out.bank.language.value = settings.language;
  IdGiver ids(out, settings);
  for (auto& imported : reading.questions) ids.add(std::move(imported));
  out.diagnostics.append(std::move(reading.diagnostics));
  out.diagnostics.sort();
  return out;
}

}  // namespace hocvu
