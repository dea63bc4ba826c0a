#pragma once
// Turning an assembled exam into files: candidate papers (Markdown, HTML, JSON), the answer key,
// Moodle XML, GIFT and a manifest. Everything is returned as text; the caller writes it.
//
// Nothing under forms/ may reveal the key: no answers, explanations, difficulties, option keys
// from the bank (a, b, c) or anything else that tells a right option from a wrong one.
#include <string>
#include <string_view>
#include <vector>

#include "io/error.hpp"

#include <nlohmann/json_fwd.hpp>

#include "exam/exam.hpp"
#include "text/csv.hpp"

namespace hocvu {

struct OutputFile {
  std::string path;      // relative to the output folder, '/' separated
  std::string contents;  // UTF-8, LF line ends
};

// Every file of the exam, in this order: for each form forms/<ID>.md, forms/<ID>.html,
// forms/<ID>.json; then key.csv, moodle.xml, gift.txt, manifest.json.
// Throws FatalError when the exam has no blueprint,
// a form id is not a safe file name (or is used twice), or an answer does not fit its question.
std::vector<OutputFile> render_exam(const Exam& exam);

// One writer per output (write_paper.cpp, write_form_json.cpp, write_key.cpp,
// write_moodle.cpp, write_gift.cpp, write_manifest.cpp); exam.blueprint must be set.
std::string render_paper_markdown(const Exam& exam, const ExamForm& form);
std::string render_paper_html(const Exam& exam, const ExamForm& form);
std::string render_form_json(const Exam& exam, const ExamForm& form);
std::string render_key_csv(const Exam& exam);
std::string render_moodle_xml(const Exam& exam);
std::string render_gift(const Exam& exam);
std::string render_manifest(const Exam& exam);

// ---- Answers as shown on a form (write_text.cpp) ----

// The options of the item in display order (A, B, ...): option_order, or the bank's order
// when option_order is empty. Throws FatalError on an index out of range or shown twice.
std::vector<const Option*> displayed_options(const ExamItem& item);

// Display positions (0-based, ascending, no repeats) of the correct options of a choice item.
// Throws FatalError when an answer key is not among the displayed options.
std::vector<size_t> correct_positions(const ExamItem& item);

// The question's answer as parsed when it was read, of type T (ChoiceAnswer, NumericAnswer,
// ...). Throws FatalError when it has none or one of another type.
template <typename T>
const T& answer_as(const Question& question) {
  if (question.answer) {
    if (const T* answer = std::get_if<T>(&*question.answer)) {
      return *answer;
    }
  }
  throw FatalError("question " + question.id.value + " has no answer of its type");
}

// The item's question type; throws FatalError when the question has none.
QuestionType item_type(const ExamItem& item);

// ---- Text helpers shared by the writers (write_text.cpp) ----

// Shortest exact form of a number: 42, 12.5, -1.5 (never -0, never 42.000000).
std::string format_number(double value);

// Like format_number with a fixed number of decimals, trailing zeros trimmed: 33.33333, 50, -100.
std::string format_fixed_trimmed(double value, int decimals);

// A JSON number: an integer when the value is whole (1, not 1.0), else the double.
nlohmann::ordered_json json_number(double value);

// JSON text for a file: two-space indent, a final newline, invalid UTF-8 replaced, DEL, C1 and
// bidi controls written as \u escapes (text/escape.hpp).
std::string dump_json(const nlohmann::ordered_json& json);

// HTML (and XML) text: & < > " ' escaped; C0 control characters other than tab, LF and CR,
// which XML forbids, dropped (xml_cdata drops them too).
std::string escape_html(std::string_view text);

// escape_html, with line breaks as <br>.
std::string html_text(std::string_view text);

// A CDATA section holding `text`; any "]]>" inside is split across two sections.
std::string xml_cdata(std::string_view text);

// GIFT text: ~ = # { } : \ escaped with a backslash; line breaks become spaces.
std::string escape_gift(std::string_view text);

// A Moodle short answer matched literally: its * wildcard written \*.
std::string literal_short_answer(std::string_view text);

}  // namespace hocvu
