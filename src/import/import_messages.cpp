#include "import/import_messages.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/escape.hpp"
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
  return name.empty() ? fmt::format("question {}", ordinal) : fmt::format("question '{}'", escaped_for_message(name));
}

Diagnostic too_long_finding(const Location& where, const std::string& label) {
  return Diagnostic{Rule::import_text_too_long, where,
                    fmt::format("{} is larger than hocvu accepts (1 MiB a text, 4 MiB a question); it is not imported",
                                label),
                    "remove the embedded content (an image or document pasted as text) in the LMS and export again"};
}

void add_mapped_question(ImportedQuestion&& imported, AnswerMapping&& mapping, std::vector<std::string>&& lost,
                         const Location& where, const std::string& label, ImportReading& reading) {
  if (!mapping.problem.empty()) {
    reading.diagnostics.push_back(Diagnostic{Rule::import_no_answer_key, where,
                                             fmt::format("{}: {}; it is not imported", label, mapping.problem),
                                             "give the right answer full credit (100%) and import again"});
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
    reading.diagnostics.push_back(Diagnostic{Rule::import_content_lost, where,
                                             fmt::format("{}: left out {}", label, fmt::join(lost, "; ")),
                                             "check the imported question; put what matters into its stem or explanation"});
  }
  reading.questions.push_back(std::move(imported));
}

}  // namespace hocvu
