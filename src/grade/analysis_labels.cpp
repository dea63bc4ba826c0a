// The words of analysis.html: each label in Vietnamese and English side by side, so a translation
// is reviewed in one place.
#include "grade/analysis_labels.hpp"

#include <algorithm>
#include <iterator>

#include "exam/write_exam.hpp"
#include "grade/report_numbers.hpp"

namespace hocvu {

namespace {

struct Words {
  Label label;
  const char* vi;
  const char* en;
};

// In the order of enum Label (label_table_in_order checks it).
constexpr Words kLabels[] = {
    {Label::title, "Phân tích câu hỏi và kết quả thi", "Item and score analysis"},
    {Label::exam, "Bài thi", "Exam"},
    {Label::role, "Đối tượng", "Role"},
    {Label::level, "Cấp độ", "Level"},
    {Label::key_source, "Đáp án lấy từ", "Key from"},
    {Label::pass_mark, "Điểm đạt", "Pass mark"},
    {Label::area_minimum, "mỗi lĩnh vực tối thiểu", "each area at least"},
    {Label::unknown, "không rõ", "unknown"},
    {Label::accounting, "Đối soát dữ liệu", "Data accounting"},
    {Label::accounting_note, "Mỗi dòng đã đọc hoặc được chấm, hoặc bị loại kèm lý do; không dòng nào bị bỏ sót.",
     "Every row read was either graded or rejected with a reason; no row is lost."},
    {Label::rows_read, "Số dòng đã đọc", "Rows read"},
    {Label::graded, "Đã chấm", "Graded"},
    {Label::rejected, "Bị loại", "Rejected"},
    {Label::balanced, "Khớp: đã đọc = đã chấm + bị loại", "Balanced: read = graded + rejected"},
    {Label::unbalanced, "Không khớp: đã đọc ≠ đã chấm + bị loại", "Not balanced: read ≠ graded + rejected"},
    {Label::duplicates, "Lượt thi trùng (vẫn chấm, có đánh dấu)", "Duplicate attempts (graded, flagged)"},
    {Label::reject_reasons, "Lý do loại", "Reasons for rejection"},
    {Label::reject_code, "Mã", "Code"},
    {Label::rows, "Số dòng", "Rows"},
    {Label::reason, "Ý nghĩa", "Meaning"},
    {Label::inputs, "Tệp đầu vào", "Input files"},
    {Label::file, "Tệp", "File"},
    {Label::format, "Định dạng", "Format"},
    {Label::sha256, "SHA-256", "SHA-256"},
    {Label::corrections, "Hiệu chỉnh đáp án đã áp dụng", "Key corrections applied"},
    {Label::no_corrections, "Không áp dụng hiệu chỉnh nào.", "No correction was applied."},
    {Label::correction, "Hiệu chỉnh", "Correction"},
    {Label::options, "Phương án", "Options"},
    {Label::forms, "Đề", "Forms"},
    {Label::line, "Dòng", "Line"},
    {Label::scores, "Phân bố điểm", "Score distribution"},
    {Label::overall, "Tất cả các đề", "All forms"},
    {Label::overall_note, "Điểm tính theo phần trăm điểm tối đa của đề mà thí sinh làm.",
     "Scores in percent of the maximum of each candidate's form."},
    {Label::form, "Đề", "Form"},
    {Label::candidates, "Số thí sinh", "Candidates"},
    {Label::items, "Số câu", "Questions"},
    {Label::possible, "Điểm tối đa", "Maximum score"},
    {Label::mean, "Điểm trung bình", "Mean"},
    {Label::sd, "Độ lệch chuẩn", "Standard deviation"},
    {Label::median, "Trung vị", "Median"},
    {Label::min, "Thấp nhất", "Lowest"},
    {Label::max, "Cao nhất", "Highest"},
    {Label::alpha, "Độ tin cậy (hệ số alpha của Cronbach)", "Reliability (Cronbach's alpha)"},
    {Label::sem, "Sai số chuẩn của phép đo (SEM)", "Standard error of measurement (SEM)"},
    {Label::pass_rate, "Tỉ lệ đạt", "Pass rate"},
    {Label::alpha_good, "tốt", "good"},
    {Label::alpha_fair, "chấp nhận được", "acceptable"},
    {Label::alpha_low, "thấp, cần xem lại đề", "low: review the test"},
    {Label::histogram_note, "Mỗi cột là số thí sinh có điểm trong khoảng 10% đó; vạch đứt là điểm đạt.",
     "Each bar counts the candidates whose score falls in that 10% band; the dashed line is the pass mark."},
    {Label::score_axis, "Điểm (% điểm tối đa)", "Score (% of maximum)"},
    {Label::count_axis, "Số thí sinh", "Candidates"},
    {Label::pass_line, "Điểm đạt", "Pass mark"},
    {Label::item_map, "Độ khó và độ phân biệt của từng câu", "Difficulty and discrimination of each question"},
    {Label::item_map_note,
     "Mỗi chấm là một câu hỏi (đưa chuột vào để xem mã câu). Câu tốt nằm ở vùng trắng phía trên: thí sinh "
     "giỏi làm đúng nhiều hơn thí sinh yếu. Câu rơi vào vùng tô màu cần được xem lại.",
     "Each dot is a question (hover for its id). Good questions sit in the white area at the top: stronger "
     "candidates get them right more often than weaker ones. Questions in a shaded area need a review."},
    {Label::facility_axis, "Độ khó (tỉ lệ đúng)", "Facility (share correct)"},
    {Label::discrimination_axis, "Độ phân biệt (tương quan với phần còn lại)",
     "Discrimination (correlation with the rest)"},
    {Label::zone_hard, "Quá khó", "Too hard"},
    {Label::zone_easy, "Quá dễ", "Too easy"},
    {Label::zone_weak, "Phân biệt yếu", "Weak discrimination"},
    {Label::not_plotted, "Số câu không vẽ được vì chưa tính được độ phân biệt (ví dụ mọi người đều đúng)",
     "Questions not plotted because their discrimination could not be computed (e.g. everyone right)"},
    {Label::flagged, "Câu hỏi cần xem lại", "Questions to review"},
    {Label::flagged_note,
     "Các câu bị đánh dấu theo ngưỡng ở cuối trang, mỗi câu kèm bảng phương án để tìm nguyên nhân: đáp án "
     "sai, phương án nhiễu không ai chọn, câu hỏi khó hiểu.",
     "Questions flagged by the thresholds at the end of the page, each with its options, to find the "
     "cause: a wrong key, a distractor nobody chooses, an unclear question."},
    {Label::none_flagged, "Không có câu hỏi nào bị đánh dấu.", "No question was flagged."},
    {Label::dropped_items, "Câu đã loại khỏi điểm", "Questions dropped from the score"},
    {Label::question, "Câu hỏi", "Question"},
    {Label::competency, "Năng lực", "Competency"},
    {Label::attempts, "Số lượt làm", "Attempts"},
    {Label::omitted, "Bỏ trống", "Omitted"},
    {Label::facility, "Độ khó (tỉ lệ đúng)", "Facility (share correct)"},
    {Label::item_rest_r, "Độ phân biệt (tương quan với phần còn lại)", "Discrimination (correlation with the rest)"},
    {Label::item_total_r, "Tương quan với tổng điểm", "Correlation with the total"},
    {Label::upper_lower_d, "Chỉ số nhóm cao – nhóm thấp (D, 27%)", "Upper–lower index (D, 27%)"},
    {Label::efficiency, "Hiệu suất phân biệt", "Discriminative efficiency"},
    {Label::alpha_if_deleted, "Alpha nếu bỏ câu này", "Alpha if deleted"},
    {Label::flags, "Cảnh báo", "Flags"},
    {Label::distractors, "Phân tích phương án", "Option analysis"},
    {Label::distractors_note,
     "Đáp án đúng nên thu hút người điểm cao; nếu người chọn một phương án nhiễu lại có điểm cao hơn người "
     "chọn đáp án, rất có thể đáp án đã bị ghi sai.",
     "The key should draw the stronger candidates; if the choosers of a distractor score higher than those "
     "of the key, the key is probably wrong."},
    {Label::option, "Phương án", "Option"},
    {Label::key, "Đáp án", "Key"},
    {Label::chosen, "Số người chọn", "Chosen by"},
    {Label::share, "Tỉ lệ chọn", "Share"},
    {Label::mean_total_percent, "Điểm trung bình của người chọn", "Mean score of its choosers"},
    {Label::point_biserial, "Tương quan điểm nhị phân (point-biserial)", "Point-biserial correlation"},
    {Label::nonfunctioning, "Phương án nhiễu không hiệu quả", "Non-functioning distractor"},
    {Label::mastery, "Mức thành thạo theo năng lực", "Mastery by competency"},
    {Label::mastery_note,
     "Một năng lực chỉ được đánh giá khi đề có đủ câu hỏi về nó; tỉ lệ thành thạo tính trên số lượt đánh "
     "giá được.",
     "A competency is judged only when the form holds enough of its questions; the mastery rate is of the "
     "attempts that measured it."},
    {Label::measured, "Số lượt đánh giá được", "Attempts that measured it"},
    {Label::mastered, "Số lượt thành thạo", "Mastered"},
    {Label::mastery_rate, "Tỉ lệ thành thạo", "Mastery rate"},
    {Label::no_competencies, "Không có năng lực nào.", "No competency."},
    {Label::made_by, "Tạo bởi", "Made by"},
    {Label::thresholds, "Ngưỡng cảnh báo", "Flag thresholds"},
    {Label::options_used, "Tùy chọn khi chấm", "Grading options"},
    {Label::share_correct, "tỉ lệ đúng", "share correct"},
    {Label::discrimination, "độ phân biệt", "discrimination"},
    {Label::share_chosen, "tỉ lệ chọn", "share choosing it"},
};

const char* pick(ReportLanguage language, const char* vi, const char* en) {
  return language == ReportLanguage::vi ? vi : en;
}

struct CodeWords {
  const char* code;
  const char* vi;
  const char* en;
};

constexpr CodeWords kRejectCodes[] = {
    {"unknown_form", "Mã đề không có trong đáp án", "Form not in the key"},
    {"field_count", "Số cột khác dòng tiêu đề", "Field count differs from the header"},
    {"malformed_quoting", "Dấu ngoặc kép sai quy cách", "Malformed quoting"},
    {"unknown_question", "Câu hỏi không có trong đề", "Question not on the form"},
    {"unreadable_answer", "Câu trả lời không đọc được", "Unreadable answer"},
    {"invalid_encoding", "Sai mã hóa ký tự", "Invalid character encoding"},
    {"duplicate_attempt", "Lượt thi trùng", "Duplicate attempt"},
    {"missing_candidate", "Thiếu mã thí sinh", "Missing candidate id"},
    {"row_too_long", "Dòng quá dài", "Row too long"},
    {"malformed_json", "Dòng JSON sai cấu trúc", "Malformed JSON row"},
    {"not_responses", "Tệp không phải tệp bài làm", "Not a response file"},
    {"nul_byte", "Dòng chứa byte NUL", "NUL byte in the row"},
    {"repeated_answer", "Một câu được trả lời hai lần", "Question answered twice"},
};

}  // namespace

const char* label(Label wanted, ReportLanguage language) {
  const Words& words = kLabels[static_cast<size_t>(wanted)];
  return pick(language, words.vi, words.en);
}

bool label_table_in_order() {
  if (std::size(kLabels) != static_cast<size_t>(Label::count_)) {
    return false;
  }
  for (size_t i = 0; i < std::size(kLabels); ++i) {
    if (static_cast<size_t>(kLabels[i].label) != i) {
      return false;
    }
  }
  return true;
}

const char* flag_label(ItemFlag flag, ReportLanguage language) {
  switch (flag) {
    case ItemFlag::too_hard: return pick(language, "Quá khó", "Too hard");
    case ItemFlag::too_easy: return pick(language, "Quá dễ", "Too easy");
    case ItemFlag::weak_discrimination: return pick(language, "Phân biệt yếu", "Weak discrimination");
    case ItemFlag::negative_discrimination: return pick(language, "Phân biệt âm", "Negative discrimination");
    case ItemFlag::possible_miskey: return pick(language, "Có thể sai đáp án", "Possible miskey");
    case ItemFlag::nonfunctioning_distractor:
      return pick(language, "Có phương án nhiễu không hiệu quả", "Non-functioning distractor");
    case ItemFlag::low_efficiency: return pick(language, "Hiệu suất phân biệt thấp", "Low discriminative efficiency");
  }
  return "";
}

const char* reject_code_label(std::string_view code, ReportLanguage language) {
  for (const auto& words : kRejectCodes) {
    if (code == words.code) {
      return pick(language, words.vi, words.en);
    }
  }
  return "";
}

const char* correction_label(CorrectionKind kind, ReportLanguage language) {
  switch (kind) {
    case CorrectionKind::drop: return pick(language, "Loại khỏi điểm", "Dropped");
    case CorrectionKind::credit_all: return pick(language, "Cho điểm mọi thí sinh", "Credit for all");
    case CorrectionKind::accept: return pick(language, "Chấp nhận thêm đáp án", "Extra answer accepted");
    case CorrectionKind::rekey: return pick(language, "Đổi đáp án", "Rekeyed");
  }
  return "";
}

std::string display_number(std::optional<double> value, int decimals, ReportLanguage language) {
  std::string text = fixed_decimal(value, decimals);
  if (text.empty()) {
    return "–";
  }
  if (language == ReportLanguage::vi) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

std::string display_trimmed(double value, int decimals, ReportLanguage language) {
  std::string text = format_fixed_trimmed(value, decimals);
  if (language == ReportLanguage::vi) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

std::string display_percent(std::optional<double> share, ReportLanguage language) {
  if (!share) {
    return "–";
  }
  return display_number(*share * 100.0, 1, language) + "%";
}

}  // namespace hocvu
