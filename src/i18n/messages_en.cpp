// The en catalogue: every text hocvu puts in a document for people (see messages.hpp).
// Keep the sections in step with the other catalogue; a unit test compares keys and fields.
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kMessagesEn;
const std::vector<MessageEntry> kMessagesEn = {
    // ---- number words ----
    {"number.points", "{points} points"},

    // ---- paper (forms/*.html, forms/*.md) ----
    {"paper.html_title", "{title} – Form {code}"},
    {"paper.form_code", "Form: {code}"},
    {"paper.time_limit", "Time allowed: {minutes} minutes (not counting reading-out time)"},
    {"paper.summary", "Questions: {questions} · Total points: {points}"},
    {"paper.page_footer", "Form {code} · Page {page}/{pages}"},
    {"paper.points_one", "{points} point"},
    {"paper.points_other", "{points} points"},
    {"paper.question", "Question {number}."},
    {"paper.area", "Area {id}. {title}"},
    {"paper.response", "Answer:"},
    {"paper.true", "True"},
    {"paper.false", "False"},
    {"paper.end", "— END —"},
    {"paper.field.name", "Full name"},
    {"paper.field.candidate_number", "Candidate number"},
    {"paper.field.unit", "Unit"},
    {"paper.field.position", "Position"},
    {"paper.field.room", "Exam room"},
    {"paper.field.date_of_birth", "Date of birth"},
    {"paper.field.personal_id", "Personal ID number"},
    {"paper.field.staff_id", "Staff ID"},
    {"paper.signature.candidate", "Candidate"},
    {"paper.signature.invigilator_1", "Invigilator 1"},
    {"paper.signature.invigilator_2", "Invigilator 2"},
    {"paper.signature.marker_1", "Marker 1"},
    {"paper.signature.marker_2", "Marker 2"},
    {"paper.signature_note", "(Signature and full name)"},
    {"paper.instructions", "Instructions"},
    {"paper.instruction.single", "Single choice: choose the one best option and circle its letter (A, B, C, …)."},
    {"paper.instruction.multiple",
     "Multiple response: choose every right option (there may be one or more) and circle their letters."},
    {"paper.instruction.true_false", "True/false: tick the True box or the False box."},
    {"paper.instruction.numeric", "Numeric: write one number in the box; the unit, if any, is printed beside it."},
    {"paper.instruction.short_text", "Short answer: write a short answer (a word or a phrase) on the line."},
    {"paper.hint.single", "Choose one option."},
    {"paper.hint.multiple", "Choose every right option."},
    {"paper.hint.true_false", "Choose True or False."},
    {"paper.hint.numeric", "Write a number."},
    {"paper.hint.short_text", "Write a short answer."},
    {"paper.scoring", "Scoring"},
    {"paper.scoring.single",
     "Single choice: the right option earns the question's full points; a wrong option, or more than one, earns 0."},
    {"paper.scoring.multiple",
     "Multiple response: each right option chosen earns 1/R of the question's points (R: the question's number "
     "of right options); each wrong option chosen costs 1/W of them (W: its number of wrong options, taken as 2 "
     "when fewer); a question never scores below 0."},
    {"paper.scoring.true_false", "True/false: the right choice earns the question's full points, the wrong one 0."},
    {"paper.scoring.numeric",
     "Numeric: the right number (or one within the question's tolerance, if it has one) earns the full points. "
     "A decimal comma or point is accepted (3,5 or 3.5); write no thousands separator (1000, not 1.000 or 1,000)."},
    {"paper.scoring.short_text",
     "Short answer: capital or small letters and the number of spaces between words do not matter; accents and "
     "punctuation do (\"Ha Noi\" is not \"Hà Nội\")."},
    {"paper.scoring.unanswered", "An unanswered question scores 0; no question scores below 0."},
    {"paper.pass_rule", "Pass mark: {percent}% of the total points."},
    {"paper.pass_rule_with_area", "Pass mark: {percent}% of the total points, and at least {area_percent}% in every area."},



    // ---- lms (moodle.xml, gift.txt) ----



    // ---- analysis (analysis.html) ----



    // ---- exhibits ----



};

}  // namespace hocvu
