#pragma once
// The findings both LMS readers give in the same words.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "import/answer_mapping.hpp"
#include "import/imported.hpp"

namespace hocvu {

// Text from the file made fit for a one-line message: unprintable characters escaped, and cut
// after 60 characters.
std::string escaped_for_message(std::string_view text);

// "question 'Câu 1'", or "question 3" (its place in the file) when it has no name.
std::string question_label(std::string_view name, uint32_t ordinal);

// "<label>: <problem>; it is not imported", in the interface language.
std::string not_imported(const std::string& label, std::string_view problem);

// The text-too-long finding for a question.
Diagnostic too_long_finding(const Location& where, const std::string& label);

// Adds the question to `reading`, with a content-lost warning naming `lost`; or, when `mapping`
// has a problem, only a no-answer-key finding saying so.
void add_mapped_question(ImportedQuestion&& imported, AnswerMapping&& mapping, std::vector<std::string>&& lost,
                         const Location& where, const std::string& label, ImportReading& reading);

}  // namespace hocvu
