#include "import/moodle_question.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "i18n/interface.hpp"
#include "import/answer_mapping.hpp"
#include "import/html_text.hpp"
#include "import/import_messages.hpp"
#include "model/field_reader.hpp"

namespace hocvu {

namespace {

// Moodle's types hocvu has no form for, in words (keys of the interface catalogue).
std::string_view unsupported_description(std::string_view type) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kTypes = {
      {"essay", message_id("import.type.essay")},
      {"match", message_id("import.type.match")},
      {"multianswer", message_id("import.type.multianswer")},
      {"ddwtos", message_id("import.type.ddwtos")},
      {"ddimageortext", message_id("import.type.ddimageortext")},
      {"ddmarker", message_id("import.type.ddmarker")},
      {"gapselect", message_id("import.type.gapselect")},
      {"calculated", message_id("import.type.calculated")},
      {"calculatedsimple", message_id("import.type.calculatedsimple")},
      {"calculatedmulti", message_id("import.type.calculatedmulti")},
      {"description", message_id("import.type.description")},
      {"random", message_id("import.type.random")},
      {"randomsamatch", message_id("import.type.randomsamatch")},
      {"ordering", message_id("import.type.ordering")}};
  for (const auto& [name, description] : kTypes) {
    if (name == type) return ui_text(description);
  }
  return ui_text("import.type.unknown");
}

std::string lowercase(std::string_view text) {
  std::string out = trimmed(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A text in its format; an absent or unknown format is HTML, Moodle's default.
PlainText decode(const MoodleText& text) {
  return text_from_format(text.text, parse_text_format(text.format).value_or(TextFormat::html));
}

bool has_text(std::string_view html) {
  return !html_to_text(html).text.empty();
}

// Each answer's credit; the first that is not a number is the problem.
std::string read_credits(const std::vector<MoodleAnswer>& answers, std::vector<double>& credits) {
  for (size_t i = 0; i < answers.size(); ++i) {
    std::optional<double> percent = parse_percent(answers[i].fraction);
    if (!percent) {
      return ui_format("import.problem.credit_not_number", fmt::arg("number", i + 1),
                       fmt::arg("credit", escaped_for_message(answers[i].fraction)));
    }
    credits.push_back(*percent);
  }
  return {};
}

AnswerMapping map_multichoice(const MoodleQuestion& raw, const std::vector<double>& credits, Question& question,
                              std::vector<std::string>& lost) {
  std::vector<WeightedAnswer> answers;
  LostContent lost_markup = LostContent::none;
  for (size_t i = 0; i < raw.answers.size(); ++i) {
    PlainText text = decode(raw.answers[i].text);
    lost_markup = lost_markup | text.lost;
    answers.push_back(WeightedAnswer{std::move(text.text), credits[i], has_text(raw.answers[i].feedback)});
  }
  if (any(lost_markup)) lost.push_back(ui_format("import.lost.in_options", fmt::arg("what", describe_lost(lost_markup))));
  std::string single = lowercase(raw.single);
  return map_choice(answers, single != "false" && single != "0", question);
}

AnswerMapping map_true_false(const MoodleQuestion& raw, const std::vector<double>& credits, Question& question) {
  AnswerMapping mapping;
  question.type = QuestionType::true_false;
  for (size_t i = 0; i < raw.answers.size(); ++i) {
    std::string text = lowercase(raw.answers[i].text.text);
    if (credits[i] >= 99.99 && (text == "true" || text == "false")) {
      question.answer = TrueFalseAnswer{text == "true"};
      return mapping;
    }
  }
  mapping.problem = ui_text("import.problem.true_false_no_key");
  return mapping;
}

AnswerMapping map_short(const MoodleQuestion& raw, const std::vector<double>& credits, Question& question) {
  std::vector<WeightedAnswer> answers;
  for (size_t i = 0; i < raw.answers.size(); ++i) {
    answers.push_back(WeightedAnswer{raw.answers[i].text.text, credits[i], has_text(raw.answers[i].feedback)});
  }
  return map_short_answers(answers, trimmed(raw.usecase) == "1", question);
}

AnswerMapping map_numerical(const MoodleQuestion& raw, const std::vector<double>& credits, Question& question,
                            std::vector<std::string>& lost) {
  std::vector<NumericCandidate> answers;
  for (size_t i = 0; i < raw.answers.size(); ++i) {
    const MoodleAnswer& answer = raw.answers[i];
    answers.push_back(NumericCandidate{answer.text.text, answer.tolerance, credits[i], has_text(answer.feedback)});
  }
  if (!raw.units.empty()) {
    auto base = std::find_if(raw.units.begin(), raw.units.end(),
                             [](const MoodleUnit& unit) { return parse_lms_number(unit.multiplier) == 1.0; });
    question.unit = trimmed((base != raw.units.end() ? *base : raw.units.front()).name);
    if (raw.units.size() > 1) lost.push_back(ui_format("import.lost.other_units", fmt::arg("count", raw.units.size() - 1)));
  }
  return map_numeric(answers, question);
}

AnswerMapping map_answers(const MoodleQuestion& raw, Question& question, std::vector<std::string>& lost) {
  std::vector<double> credits;
  std::string problem = read_credits(raw.answers, credits);
  if (!problem.empty()) return AnswerMapping{problem, {}};
  if (raw.type == "multichoice") return map_multichoice(raw, credits, question, lost);
  if (raw.type == "truefalse") return map_true_false(raw, credits, question);
  if (raw.type == "shortanswer") return map_short(raw, credits, question);
  return map_numerical(raw, credits, question, lost);
}

void read_texts(const MoodleQuestion& raw, Question& question, std::vector<std::string>& lost) {
  PlainText stem = decode(raw.questiontext);
  question.stem.value = std::move(stem.text);
  if (any(stem.lost)) lost.push_back(ui_format("import.lost.in_question_text", fmt::arg("what", describe_lost(stem.lost))));
  if (raw.files > 0) lost.push_back(ui_plural("import.lost.embedded_files", raw.files));
  PlainText feedback = decode(raw.generalfeedback);
  question.explanation = std::move(feedback.text);
  if (any(feedback.lost)) {
    lost.push_back(ui_format("import.lost.in_general_feedback", fmt::arg("what", describe_lost(feedback.lost))));
  }
  size_t hints = static_cast<size_t>(std::count_if(raw.hints.begin(), raw.hints.end(), has_text));
  if (hints > 0) lost.push_back(ui_plural("import.lost.hints", hints));
}

void read_tags(const MoodleQuestion& raw, Question& question, std::vector<std::string>& lost) {
  std::vector<std::string> foreign;
  for (const auto& tag : raw.tags) {
    std::string text = trimmed(tag);
    if (is_valid_tag(text)) {
      question.tags.push_back(text);
    } else if (!text.empty()) {
      foreign.push_back("'" + escaped_for_message(text) + "'");
    }
  }
  if (!foreign.empty()) {
    lost.push_back(ui_plural("import.lost.tags", foreign.size(), fmt::arg("tags", fmt::join(foreign, ", "))));
  }
}

bool is_supported(std::string_view type) {
  return type == "multichoice" || type == "truefalse" || type == "shortanswer" || type == "numerical";
}

}  // namespace

void add_moodle_question(MoodleQuestion&& raw, const std::string& file, std::string& category, ImportReading& reading) {
  if (raw.type == "category") {
    category = trimmed(raw.category);
    return;
  }
  ++reading.seen;
  Location where{file, raw.line, raw.column};
  std::string label = question_label(raw.name, reading.seen);
  if (raw.too_long) {
    reading.diagnostics.push_back(too_long_finding(where, label));
    return;
  }
  if (!is_supported(raw.type)) {
    reading.diagnostics.push_back(Diagnostic{
        Rule::import_unsupported_type, where,
        ui_format("import.unsupported_moodle", fmt::arg("question", label), fmt::arg("what", unsupported_description(raw.type)),
                  fmt::arg("type", escaped_for_message(raw.type))),
        std::string(ui_text("import.unsupported.hint"))});
    return;
  }
  ImportedQuestion imported{Question{}, trimmed(raw.name), trimmed(raw.idnumber), category, reading.seen, raw.line,
                            raw.column};
  std::vector<std::string> lost;
  read_texts(raw, imported.question, lost);
  set_points(raw.defaultgrade, imported.question, lost);
  read_tags(raw, imported.question, lost);
  AnswerMapping mapping = map_answers(raw, imported.question, lost);
  add_mapped_question(std::move(imported), std::move(mapping), std::move(lost), where, label, reading);
}

}  // namespace hocvu
