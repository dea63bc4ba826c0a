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
    {"exhibit.for_question", "Dùng cho câu {number}"},
    {"exhibit.for_questions", "Dùng cho câu {first}–{last}"},
    {"exhibit.chart_as_table", "Biểu đồ cột, trình bày ở đây dưới dạng bảng số liệu; trục giá trị bắt đầu từ {start}."},



};

}  // namespace hocvu
