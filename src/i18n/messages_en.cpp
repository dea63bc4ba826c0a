// The en catalogue: every text hocvu puts in a document for people (see messages.hpp).
// Keep the sections in step with the other catalogue; a unit test compares keys and fields.
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kMessagesEn;
const std::vector<MessageEntry> kMessagesEn = {
    // ---- number words ----
    {"number.points", "{points} points"},

    // ---- paper (forms/*.html, forms/*.md) ----



    // ---- lms (moodle.xml, gift.txt) ----
    // After the stem of a numeric question with a unit (the bank's `unit`).
    {"lms.unit", "(unit: {unit})"},


    // ---- analysis (analysis.html) ----
    {"analysis.title", "Item and score analysis"},
    {"analysis.exam", "Exam"},
    {"analysis.role", "Role"},
    {"analysis.level", "Level"},
    {"analysis.key_source", "Key from"},
    {"analysis.pass_mark", "Pass mark"},
    {"analysis.area_minimum", "each area at least"},
    {"analysis.unknown", "unknown"},
    {"analysis.accounting", "Data accounting"},
    {"analysis.accounting_note", "Every row read was either graded or rejected with a reason; no row is lost."},
    {"analysis.rows_read", "Rows read"},
    {"analysis.graded", "Graded"},
    {"analysis.rejected", "Rejected"},
    {"analysis.balanced", "Balanced: read = graded + rejected"},
    {"analysis.unbalanced", "Not balanced: read ≠ graded + rejected"},
    {"analysis.duplicates", "Duplicate attempts (graded, flagged)"},
    {"analysis.reject_reasons", "Reasons for rejection"},
    {"analysis.reject_code", "Code"},
    {"analysis.rows", "Rows"},
    {"analysis.reason", "Meaning"},
    {"analysis.inputs", "Input files"},
    {"analysis.file", "File"},
    {"analysis.format", "Format"},
    {"analysis.sha256", "SHA-256"},
    {"analysis.corrections", "Key corrections applied"},
    {"analysis.no_corrections", "No correction was applied."},
    {"analysis.correction", "Correction"},
    {"analysis.options", "Options"},
    {"analysis.forms", "Forms"},
    {"analysis.line", "Line"},
    {"analysis.scores", "Score distribution"},
    {"analysis.overall", "All forms"},
    {"analysis.overall_note", "Scores in percent of the maximum of each candidate's form."},
    {"analysis.form", "Form"},
    {"analysis.candidates", "Candidates"},
    {"analysis.items", "Questions"},
    {"analysis.possible", "Maximum score"},
    {"analysis.mean", "Mean"},
    {"analysis.sd", "Standard deviation"},
    {"analysis.median", "Median"},
    {"analysis.min", "Lowest"},
    {"analysis.max", "Highest"},
    {"analysis.alpha", "Reliability (Cronbach's alpha)"},
    {"analysis.sem", "Standard error of measurement (SEM)"},
    {"analysis.pass_rate", "Pass rate"},
    {"analysis.alpha_good", "good"},
    {"analysis.alpha_fair", "acceptable"},
    {"analysis.alpha_low", "low: review the test"},
    {"analysis.histogram_note",
     "Each bar counts the candidates whose score falls in that 10% band; the dashed line is the pass mark."},
    {"analysis.score_axis", "Score (% of maximum)"},
    {"analysis.count_axis", "Candidates"},
    {"analysis.pass_line", "Pass mark"},
    {"analysis.item_map", "Difficulty and discrimination of each question"},
    {"analysis.item_map_note",
     "Each dot is a question (hover for its id). Good questions sit in the white area at the top: stronger "
     "candidates get them right more often than weaker ones. Questions in a shaded area need a review."},
    {"analysis.facility_axis", "Facility (share correct)"},
    {"analysis.discrimination_axis", "Discrimination (correlation with the rest)"},
    {"analysis.zone_hard", "Too hard"},
    {"analysis.zone_easy", "Too easy"},
    {"analysis.zone_weak", "Weak discrimination"},
    {"analysis.not_plotted",
     "Questions not plotted because their discrimination could not be computed (e.g. everyone right)"},
    {"analysis.flagged", "Questions to review"},
    {"analysis.flagged_note",
     "Questions flagged by the thresholds at the end of the page, each with its options, to find the "
     "cause: a wrong key, a distractor nobody chooses, an unclear question."},
    {"analysis.none_flagged", "No question was flagged."},
    {"analysis.dropped_items", "Questions dropped from the score"},
    {"analysis.question", "Question"},
    {"analysis.competency", "Competency"},
    {"analysis.attempts", "Attempts"},
    {"analysis.omitted", "Omitted"},
    {"analysis.facility", "Facility (share correct)"},
    {"analysis.item_rest_r", "Discrimination (correlation with the rest)"},
    {"analysis.item_total_r", "Correlation with the total"},
    {"analysis.upper_lower_d", "Upper–lower index (D, 27%)"},
    {"analysis.efficiency", "Discriminative efficiency"},
    {"analysis.alpha_if_deleted", "Alpha if deleted"},
    {"analysis.flags", "Flags"},
    {"analysis.distractors", "Option analysis"},
    {"analysis.distractors_note",
     "The key should draw the stronger candidates; if the choosers of a distractor score higher than those "
     "of the key, the key is probably wrong."},
    {"analysis.option", "Option"},
    {"analysis.key", "Key"},
    {"analysis.chosen", "Chosen by"},
    {"analysis.share", "Share"},
    {"analysis.mean_total_percent", "Mean score of its choosers"},
    {"analysis.point_biserial", "Point-biserial correlation"},
    {"analysis.nonfunctioning", "Non-functioning distractor"},
    {"analysis.mastery", "Mastery by competency"},
    {"analysis.mastery_note",
     "A competency is judged only when the form holds enough of its questions; the mastery rate is of the "
     "attempts that measured it."},
    {"analysis.measured", "Attempts that measured it"},
    {"analysis.mastered", "Mastered"},
    {"analysis.mastery_rate", "Mastery rate"},
    {"analysis.no_competencies", "No competency."},
    {"analysis.made_by", "Made by"},
    {"analysis.thresholds", "Flag thresholds"},
    {"analysis.options_used", "Grading options"},
    {"analysis.share_correct", "share correct"},
    {"analysis.discrimination", "discrimination"},
    {"analysis.share_chosen", "share choosing it"},
    {"analysis.reject.unknown_form", "Form not in the key"},
    {"analysis.reject.field_count", "Field count differs from the header"},
    {"analysis.reject.malformed_quoting", "Malformed quoting"},
    {"analysis.reject.unknown_question", "Question not on the form"},
    {"analysis.reject.unreadable_answer", "Unreadable answer"},
    {"analysis.reject.invalid_encoding", "Invalid character encoding"},
    {"analysis.reject.duplicate_attempt", "Duplicate attempt"},
    {"analysis.reject.missing_candidate", "Missing candidate id"},
    {"analysis.reject.row_too_long", "Row too long"},
    {"analysis.reject.malformed_json", "Malformed JSON row"},
    {"analysis.reject.not_responses", "Not a response file"},
    {"analysis.reject.nul_byte", "NUL byte in the row"},
    {"analysis.reject.repeated_answer", "Question answered twice"},
    {"analysis.flag.too_hard", "Too hard"},
    {"analysis.flag.too_easy", "Too easy"},
    {"analysis.flag.weak_discrimination", "Weak discrimination"},
    {"analysis.flag.negative_discrimination", "Negative discrimination"},
    {"analysis.flag.possible_miskey", "Possible miskey"},
    {"analysis.flag.nonfunctioning_distractor", "Non-functioning distractor"},
    {"analysis.flag.low_efficiency", "Low discriminative efficiency"},
    {"analysis.correction.drop", "Dropped"},
    {"analysis.correction.credit_all", "Credit for all"},
    {"analysis.correction.accept", "Extra answer accepted"},
    {"analysis.correction.rekey", "Rekeyed"},


    // ---- exhibits ----



};

}  // namespace hocvu
