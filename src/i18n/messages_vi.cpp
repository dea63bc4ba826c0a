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
    // After the stem of a numeric question with a unit (the bank's `unit`).
    {"lms.unit", "(đơn vị: {unit})"},


    // ---- analysis (analysis.html) ----
    {"analysis.title", "Phân tích câu hỏi và kết quả thi"},
    {"analysis.exam", "Bài thi"},
    {"analysis.role", "Đối tượng"},
    {"analysis.level", "Cấp độ"},
    {"analysis.key_source", "Đáp án lấy từ"},
    {"analysis.pass_mark", "Điểm đạt"},
    {"analysis.area_minimum", "mỗi lĩnh vực tối thiểu"},
    {"analysis.unknown", "không rõ"},
    {"analysis.accounting", "Đối soát dữ liệu"},
    {"analysis.accounting_note",
     "Mỗi dòng đã đọc hoặc được chấm, hoặc bị loại kèm lý do; không dòng nào bị bỏ sót."},
    {"analysis.rows_read", "Số dòng đã đọc"},
    {"analysis.graded", "Đã chấm"},
    {"analysis.rejected", "Bị loại"},
    {"analysis.balanced", "Khớp: đã đọc = đã chấm + bị loại"},
    {"analysis.unbalanced", "Không khớp: đã đọc ≠ đã chấm + bị loại"},
    {"analysis.duplicates", "Lượt thi trùng (vẫn chấm, có đánh dấu)"},
    {"analysis.reject_reasons", "Lý do loại"},
    {"analysis.reject_code", "Mã"},
    {"analysis.rows", "Số dòng"},
    {"analysis.reason", "Ý nghĩa"},
    {"analysis.inputs", "Tệp đầu vào"},
    {"analysis.file", "Tệp"},
    {"analysis.format", "Định dạng"},
    {"analysis.sha256", "SHA-256"},
    {"analysis.corrections", "Hiệu chỉnh đáp án đã áp dụng"},
    {"analysis.no_corrections", "Không áp dụng hiệu chỉnh nào."},
    {"analysis.correction", "Hiệu chỉnh"},
    {"analysis.options", "Phương án"},
    {"analysis.forms", "Đề"},
    {"analysis.line", "Dòng"},
    {"analysis.scores", "Phân bố điểm"},
    {"analysis.overall", "Tất cả các đề"},
    {"analysis.overall_note", "Điểm tính theo phần trăm điểm tối đa của đề mà thí sinh làm."},
    {"analysis.form", "Đề"},
    {"analysis.candidates", "Số thí sinh"},
    {"analysis.items", "Số câu"},
    {"analysis.possible", "Điểm tối đa"},
    {"analysis.mean", "Điểm trung bình"},
    {"analysis.sd", "Độ lệch chuẩn"},
    {"analysis.median", "Trung vị"},
    {"analysis.min", "Thấp nhất"},
    {"analysis.max", "Cao nhất"},
    {"analysis.alpha", "Độ tin cậy (hệ số alpha của Cronbach)"},
    {"analysis.sem", "Sai số chuẩn của phép đo (SEM)"},
    {"analysis.pass_rate", "Tỉ lệ đạt"},
    {"analysis.alpha_good", "tốt"},
    {"analysis.alpha_fair", "chấp nhận được"},
    {"analysis.alpha_low", "thấp, cần xem lại đề"},
    {"analysis.histogram_note", "Mỗi cột là số thí sinh có điểm trong khoảng 10% đó; vạch đứt là điểm đạt."},
    {"analysis.score_axis", "Điểm (% điểm tối đa)"},
    {"analysis.count_axis", "Số thí sinh"},
    {"analysis.pass_line", "Điểm đạt"},
    {"analysis.item_map", "Độ khó và độ phân biệt của từng câu"},
    {"analysis.item_map_note",
     "Mỗi chấm là một câu hỏi (đưa chuột vào để xem mã câu). Câu tốt nằm ở vùng trắng phía trên: thí sinh "
     "giỏi làm đúng nhiều hơn thí sinh yếu. Câu rơi vào vùng tô màu cần được xem lại."},
    {"analysis.facility_axis", "Độ khó (tỉ lệ đúng)"},
    {"analysis.discrimination_axis", "Độ phân biệt (tương quan với phần còn lại)"},
    {"analysis.zone_hard", "Quá khó"},
    {"analysis.zone_easy", "Quá dễ"},
    {"analysis.zone_weak", "Phân biệt yếu"},
    {"analysis.not_plotted", "Số câu không vẽ được vì chưa tính được độ phân biệt (ví dụ mọi người đều đúng)"},
    {"analysis.flagged", "Câu hỏi cần xem lại"},
    {"analysis.flagged_note",
     "Các câu bị đánh dấu theo ngưỡng ở cuối trang, mỗi câu kèm bảng phương án để tìm nguyên nhân: đáp án "
     "sai, phương án nhiễu không ai chọn, câu hỏi khó hiểu."},
    {"analysis.none_flagged", "Không có câu hỏi nào bị đánh dấu."},
    {"analysis.dropped_items", "Câu đã loại khỏi điểm"},
    {"analysis.question", "Câu hỏi"},
    {"analysis.competency", "Năng lực"},
    {"analysis.attempts", "Số lượt làm"},
    {"analysis.omitted", "Bỏ trống"},
    {"analysis.facility", "Độ khó (tỉ lệ đúng)"},
    {"analysis.item_rest_r", "Độ phân biệt (tương quan với phần còn lại)"},
    {"analysis.item_total_r", "Tương quan với tổng điểm"},
    {"analysis.upper_lower_d", "Chỉ số nhóm cao – nhóm thấp (D, 27%)"},
    {"analysis.efficiency", "Hiệu suất phân biệt"},
    {"analysis.alpha_if_deleted", "Alpha nếu bỏ câu này"},
    {"analysis.flags", "Cảnh báo"},
    {"analysis.distractors", "Phân tích phương án"},
    {"analysis.distractors_note",
     "Đáp án đúng nên thu hút người điểm cao; nếu người chọn một phương án nhiễu lại có điểm cao hơn người "
     "chọn đáp án, rất có thể đáp án đã bị ghi sai."},
    {"analysis.option", "Phương án"},
    {"analysis.key", "Đáp án"},
    {"analysis.chosen", "Số người chọn"},
    {"analysis.share", "Tỉ lệ chọn"},
    {"analysis.mean_total_percent", "Điểm trung bình của người chọn"},
    {"analysis.point_biserial", "Tương quan điểm nhị phân (point-biserial)"},
    {"analysis.nonfunctioning", "Phương án nhiễu không hiệu quả"},
    {"analysis.mastery", "Mức thành thạo theo năng lực"},
    {"analysis.mastery_note",
     "Một năng lực chỉ được đánh giá khi đề có đủ câu hỏi về nó; tỉ lệ thành thạo tính trên số lượt đánh "
     "giá được."},
    {"analysis.measured", "Số lượt đánh giá được"},
    {"analysis.mastered", "Số lượt thành thạo"},
    {"analysis.mastery_rate", "Tỉ lệ thành thạo"},
    {"analysis.no_competencies", "Không có năng lực nào."},
    {"analysis.made_by", "Tạo bởi"},
    {"analysis.thresholds", "Ngưỡng cảnh báo"},
    {"analysis.options_used", "Tùy chọn khi chấm"},
    {"analysis.share_correct", "tỉ lệ đúng"},
    {"analysis.discrimination", "độ phân biệt"},
    {"analysis.share_chosen", "tỉ lệ chọn"},
    {"analysis.reject.unknown_form", "Mã đề không có trong đáp án"},
    {"analysis.reject.field_count", "Số cột khác dòng tiêu đề"},
    {"analysis.reject.malformed_quoting", "Dấu ngoặc kép sai quy cách"},
    {"analysis.reject.unknown_question", "Câu hỏi không có trong đề"},
    {"analysis.reject.unreadable_answer", "Câu trả lời không đọc được"},
    {"analysis.reject.invalid_encoding", "Sai mã hóa ký tự"},
    {"analysis.reject.duplicate_attempt", "Lượt thi trùng"},
    {"analysis.reject.missing_candidate", "Thiếu mã thí sinh"},
    {"analysis.reject.row_too_long", "Dòng quá dài"},
    {"analysis.reject.malformed_json", "Dòng JSON sai cấu trúc"},
    {"analysis.reject.not_responses", "Tệp không phải tệp bài làm"},
    {"analysis.reject.nul_byte", "Dòng chứa byte NUL"},
    {"analysis.reject.repeated_answer", "Một câu được trả lời hai lần"},
    {"analysis.flag.too_hard", "Quá khó"},
    {"analysis.flag.too_easy", "Quá dễ"},
    {"analysis.flag.weak_discrimination", "Phân biệt yếu"},
    {"analysis.flag.negative_discrimination", "Phân biệt âm"},
    {"analysis.flag.possible_miskey", "Có thể sai đáp án"},
    {"analysis.flag.nonfunctioning_distractor", "Có phương án nhiễu không hiệu quả"},
    {"analysis.flag.low_efficiency", "Hiệu suất phân biệt thấp"},
    {"analysis.correction.drop", "Loại khỏi điểm"},
    {"analysis.correction.credit_all", "Cho điểm mọi thí sinh"},
    {"analysis.correction.accept", "Chấp nhận thêm đáp án"},
    {"analysis.correction.rekey", "Đổi đáp án"},


    // ---- exhibits ----



};

}  // namespace hocvu
