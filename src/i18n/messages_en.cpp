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



    // ---- analysis (analysis.html) ----



    // ---- exhibits ----
    {"exhibit.for_question", "For question {number}"},
    {"exhibit.for_questions", "For questions {first}–{last}"},
    {"exhibit.chart_as_table", "Bar chart, given here as its table; the value axis starts at {start}."},



};

}  // namespace hocvu
