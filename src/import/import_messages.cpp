#include "import/import_messages.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/escape.hpp"
#include "i18n/interface.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr size_t kMessageTextLength = 60;

// The first `count` code points of valid UTF-8 `text`.
std::string_view first_code_points(std::string_view text, size_t count) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == count) return text.substr(0, i);
  }
  return text;
}

}  // namespace

std::string escaped_for_message(std::string_view text) {
  std::string_view shown = first_code_points(text, kMessageTextLength);
  std::string out = escape_unprintable(shown);
  return shown.size() < text.size() ? out + "…" : out;
}

std::string question_label(std::string_view name, uint32_t ordinal) {
  return name.empty() ? ui_format("import.question_numbered", fmt::arg("ordinal", ordinal))
                      : ui_format("import.question_named", fmt::arg("name", escaped_for_message(name)));
}

std::string not_imported(const std::string& label, std::string_view problem) {
  return ui_format("import.not_imported", fmt::arg("question", label), fmt::arg("problem", problem));
}

Diagnostic too_long_finding(const Location& where, const std::string& label) {
  return Diagnostic{Rule::import_text_too_long, where, ui_format("import.too_long", fmt::arg("question", label)),
                    std::string(ui_text("import.too_long.hint"))};
}

void add_mapped_question(ImportedQuestion&& imported, AnswerMapping&& mapping, std::vector<std::string>&& lost,
                         const Location& where, const std::string& label, ImportReading& reading) {
  if (!mapping.problem.empty()) {
    reading.diagnostics.push_back(Diagnostic{Rule::import_no_answer_key, where, not_imported(label, mapping.problem),
                                             std::string(ui_text("import.no_answer_key.hint"))});
    return;
  }
  lost.insert(lost.end(), mapping.lost.begin(), mapping.lost.end());
  // Said once, however many options lost the same thing.
  std::vector<std::string> distinct;
  for (auto& note : lost) {
    if (std::find(distinct.begin(), distinct.end(), note) == distinct.end()) distinct.push_back(std::move(note));
  }
  lost = std::move(distinct);
  if (!lost.empty()) {
    reading.diagnostics.push_back(Diagnostic{
        Rule::import_content_lost, where,
        ui_format("import.content_lost", fmt::arg("question", label), fmt::arg("lost", fmt::join(lost, "; "))),
        std::string(ui_text("import.content_lost.hint"))});
  }
  reading.questions.push_back(std::move(imported));
}

}  // namespace hocvu
