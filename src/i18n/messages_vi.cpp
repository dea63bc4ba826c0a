// The vi catalogue: every text hocvu puts in a document for people (see messages.hpp).
// Keep the sections in step with the other catalogue; a unit test compares keys and fields.
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kMessagesVi;
const std::vector<MessageEntry> kMessagesVi = {
    // ---- number words ----
    {"number.points", "{points} điểm"},

    // ---- paper (forms/*.html, forms/*.md) ----



    // ---- lms (moodle.xml, gift.txt) ----



    // ---- analysis (analysis.html) ----



    // ---- exhibits ----



};

}  // namespace hocvu
