// The vi catalogue: every text hocvu puts in a document for people (see messages.hpp).
// Keep the sections in step with the other catalogue; a unit test compares keys and fields.
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kMessagesVi;
const std::vector<MessageEntry> kMessagesVi = {
    // ---- number words ----
    {"number.points", "{points} điểm"},

    // ---- paper (forms/*.html, forms/*.md) ----
    {"paper.html_title", "{title} – Mã đề {code}"},
    {"paper.form_code", "Mã đề: {code}"},
    {"paper.time_limit", "Thời gian làm bài: {minutes} phút (không kể thời gian phát đề)"},
    {"paper.summary", "Số câu hỏi: {questions} · Tổng điểm: {points}"},
    {"paper.page_footer", "Mã đề {code} · Trang {page}/{pages}"},
    {"paper.points_one", "{points} điểm"},
    {"paper.points_other", "{points} điểm"},
    {"paper.question", "Câu {number}."},
    {"paper.area", "Miền năng lực {id}. {title}"},
    {"paper.response", "Trả lời:"},
    {"paper.true", "Đúng"},
    {"paper.false", "Sai"},
    {"paper.end", "— HẾT —"},
    {"paper.field.name", "Họ và tên"},
    {"paper.field.candidate_number", "Số báo danh"},
    {"paper.field.unit", "Đơn vị"},
    {"paper.field.position", "Chức vụ"},
    {"paper.field.room", "Phòng thi"},
    {"paper.field.date_of_birth", "Ngày sinh"},
    {"paper.field.personal_id", "Số định danh cá nhân"},
    {"paper.field.staff_id", "Mã cán bộ"},
    {"paper.signature.candidate", "Thí sinh"},
    {"paper.signature.invigilator_1", "Cán bộ coi thi 1"},
    {"paper.signature.invigilator_2", "Cán bộ coi thi 2"},
    {"paper.signature.marker_1", "Cán bộ chấm thi 1"},
    {"paper.signature.marker_2", "Cán bộ chấm thi 2"},
    {"paper.signature_note", "(Ký và ghi rõ họ tên)"},
    {"paper.instructions", "Hướng dẫn làm bài"},
    {"paper.instruction.single",
     "Câu hỏi một lựa chọn: chọn một đáp án đúng nhất và khoanh tròn chữ cái (A, B, C, …) đứng trước đáp án đó."},
    {"paper.instruction.multiple",
     "Câu hỏi nhiều lựa chọn: chọn tất cả đáp án đúng (có thể có một hoặc nhiều đáp án đúng) và khoanh tròn các "
     "chữ cái tương ứng."},
    {"paper.instruction.true_false", "Câu hỏi Đúng/Sai: đánh dấu vào ô Đúng hoặc ô Sai."},
    {"paper.instruction.numeric", "Câu hỏi điền số: điền một số vào ô trả lời; đơn vị (nếu có) đã ghi sẵn."},
    {"paper.instruction.short_text", "Câu hỏi trả lời ngắn: điền câu trả lời ngắn (một từ hoặc cụm từ) vào chỗ trống."},
    {"paper.hint.single", "Chọn một đáp án."},
    {"paper.hint.multiple", "Chọn tất cả đáp án đúng."},
    {"paper.hint.true_false", "Chọn Đúng hoặc Sai."},
    {"paper.hint.numeric", "Điền số."},
    {"paper.hint.short_text", "Điền câu trả lời ngắn."},
    {"paper.scoring", "Cách tính điểm"},
    {"paper.scoring.single",
     "Câu hỏi một lựa chọn: chọn đúng phương án được trọn số điểm của câu; chọn sai hoặc chọn nhiều hơn một "
     "phương án được 0 điểm."},
    {"paper.scoring.multiple",
     "Câu hỏi nhiều lựa chọn: mỗi phương án đúng được chọn được 1/Đ số điểm của câu (Đ là số phương án đúng của "
     "câu); mỗi phương án sai bị chọn bị trừ 1/S số điểm của câu (S là số phương án sai của câu, tính ít nhất là "
     "2); điểm của câu không dưới 0."},
    {"paper.scoring.true_false", "Câu hỏi Đúng/Sai: chọn đúng được trọn số điểm của câu, chọn sai được 0 điểm."},
    {"paper.scoring.numeric",
     "Câu hỏi điền số: số đúng (hoặc lệch không quá sai số cho phép của câu, nếu có) được trọn số điểm. Dấu thập "
     "phân viết bằng dấu phẩy hay dấu chấm đều được (3,5 hoặc 3.5); không viết dấu phân cách hàng nghìn (viết "
     "1000, không viết 1.000)."},
    {"paper.scoring.short_text",
     "Câu hỏi trả lời ngắn: không phân biệt chữ hoa, chữ thường và số dấu cách giữa các từ; dấu tiếng Việt và "
     "dấu câu phải viết đúng (\"Ha Noi\" khác \"Hà Nội\")."},
    {"paper.scoring.unanswered", "Câu bỏ trống được 0 điểm; không câu nào bị điểm âm."},
    {"paper.pass_rule", "Điểm đạt: {percent}% tổng số điểm."},
    {"paper.pass_rule_with_area", "Điểm đạt: {percent}% tổng số điểm; mỗi miền năng lực ít nhất {area_percent}%."},



    // ---- lms (moodle.xml, gift.txt) ----



    // ---- analysis (analysis.html) ----



    // ---- exhibits ----



};

}  // namespace hocvu
