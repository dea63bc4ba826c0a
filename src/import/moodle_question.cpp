#include "import/moodle_question.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "import/answer_mapping.hpp"
#include "import/html_text.hpp"
#include "import/import_messages.hpp"
#include "model/field_reader.hpp"

namespace hocvu {

namespace {

// Moodle's types hocvu has no form for, in words.
const char* unsupported_description(std::string_view type) {
  static const std::vector<std::pair<std::string_view, const char*>> kTypes = {
      {"essay", "an essay question"},
      {"match", "a matching question"},
      {"multianswer", "a cloze (embedded answers) question"},
      {"ddwtos", "a drag-and-drop into text question"},
      {"ddimageortext", "a drag-and-drop onto image question"},
      {"ddmarker", "a drag-and-drop markers question"},
      {"gapselect", "a select-missing-words question"},
      {"calculated", "a calculated question"},
      {"calculatedsimple", "a simple calculated question"},
      {"calculatedmulti", "a calculated multichoice question"},
      {"description", "a description, not a question"},
      {"random", "a random question (a slot, not a question)"},
      {"randomsamatch", "a random short-answer matching question"},
      {"ordering", "an ordering question"}};
  for (const auto& [name, description] : kTypes) {
    if (name == type) return description;
  }
  return "a question of a type hocvu does not know";
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
    if (!percent) return fmt::format("the credit of answer {} ('{}') is not a number", i + 1, escaped_for_message(answers[i].fraction));
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
  if (any(lost_markup)) lost.push_back("the options' " + describe_lost(lost_markup));
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
  mapping.problem = "neither 'true' nor 'false' is worth 100%";
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
    if (raw.units.size() > 1) lost.push_back(fmt::format("{} other units", raw.units.size() - 1));
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
  if (any(stem.lost)) lost.push_back("the question text's " + describe_lost(stem.lost));
  if (raw.files > 0) lost.push_back(fmt::format("{} embedded file{}", raw.files, raw.files == 1 ? "" : "s"));
  PlainText feedback = decode(raw.generalfeedback);
  question.explanation = std::move(feedback.text);
  if (any(feedback.lost)) lost.push_back("the general feedback's " + describe_lost(feedback.lost));
  size_t hints = static_cast<size_t>(std::count_if(raw.hints.begin(), raw.hints.end(), has_text));
  if (hints > 0) lost.push_back(fmt::format("{} hint{}", hints, hints == 1 ? "" : "s"));
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
    lost.push_back(fmt::format("the tag{} {} (hocvu tags are lowercase ASCII words joined by hyphens)",
                               foreign.size() == 1 ? "" : "s", fmt::join(foreign, ", ")));
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
        fmt::format("{} is {} (Moodle type '{}'), which hocvu does not have; it is not imported", label,
                    unsupported_description(raw.type), escaped_for_message(raw.type)),
        "rewrite it as a single, multiple, true_false, numeric or short_text question by hand"});
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
