// The words of the report for people: each label in Vietnamese and English side by side, so a
// translation is reviewed in one place.
#include "report/report_labels.hpp"

#include <iterator>

#include <fmt/format.h>

#include "grade/report_numbers.hpp"

namespace hocvu {

namespace {

struct Words {
  ReportLabel label;
  const char* vi;
  const char* en;
};

// In the order of enum ReportLabel (report_label_table_in_order checks it).
constexpr Words kLabels[] = {
    {ReportLabel::sheet_overview, "Tổng quan", "Overview"},
    {ReportLabel::sheet_units, "Đơn vị", "Units"},
    {ReportLabel::sheet_roles, "Vai trò", "Roles"},
    {ReportLabel::sheet_competencies, "Năng lực", "Competencies"},
    {ReportLabel::sheet_uncovered, "Chưa đạt", "Not yet certified"},
    {ReportLabel::sheet_renewals, "Gia hạn", "Renewals"},
    {ReportLabel::sheet_problems, "Dữ liệu lỗi", "Data problems"},
    {ReportLabel::sheet_sources, "Nguồn", "Sources"},
    {ReportLabel::report_title, "Tiến độ phổ cập kiến thức, kỹ năng số", "Progress towards universal digital skills"},
    {ReportLabel::figure, "Chỉ tiêu", "Figure"},
    {ReportLabel::value, "Giá trị", "Value"},
    {ReportLabel::as_of, "Số liệu tính đến ngày", "As of"},
    {ReportLabel::headcount, "Tổng số người", "Headcount"},
    {ReportLabel::assessed, "Đã dự kiểm tra", "Assessed"},
    {ReportLabel::covered, "Đã đạt chuẩn", "Certified"},
    {ReportLabel::coverage, "Tỉ lệ đạt chuẩn", "Coverage"},
    {ReportLabel::remaining, "Còn lại", "Remaining"},
    {ReportLabel::overdue, "Quá hạn", "Overdue"},
    {ReportLabel::trajectory, "Chỉ tiêu theo lộ trình", "Trajectory target"},
    {ReportLabel::gap, "Chênh lệch so với lộ trình (điểm %)", "Gap to trajectory (points)"},
    {ReportLabel::needed_per_week, "Số người cần đạt mỗi tuần", "Needed per week"},
    {ReportLabel::recent_per_week, "Số người đạt mỗi tuần gần đây", "Recent pace per week"},
    {ReportLabel::projected, "Dự kiến hoàn thành", "Projected completion"},
    {ReportLabel::status, "Đánh giá", "Status"},
    {ReportLabel::final_target, "Chỉ tiêu cuối cùng", "Final target"},
    {ReportLabel::milestone, "Mốc", "Milestone"},
    {ReportLabel::renewals_30, "Cần gia hạn trong 30 ngày", "Renewals due within 30 days"},
    {ReportLabel::renewals_60, "Cần gia hạn trong 60 ngày", "Renewals due within 60 days"},
    {ReportLabel::renewals_90, "Cần gia hạn trong 90 ngày", "Renewals due within 90 days"},
    {ReportLabel::problems, "Số dòng dữ liệu lỗi", "Data problems"},
    {ReportLabel::whole, "Toàn hệ thống", "Whole organisation"},
    {ReportLabel::unit, "Đơn vị", "Unit"},
    {ReportLabel::unit_id, "Mã đơn vị", "Unit id"},
    {ReportLabel::kind, "Loại", "Kind"},
    {ReportLabel::level, "Cấp", "Level"},
    {ReportLabel::parent, "Đơn vị cấp trên", "Parent unit"},
    {ReportLabel::role, "Vai trò", "Role"},
    {ReportLabel::role_id, "Mã vai trò", "Role id"},
    {ReportLabel::required_level, "Trình độ yêu cầu", "Required level"},
    {ReportLabel::competency, "Năng lực", "Competency"},
    {ReportLabel::week_ending, "Tuần kết thúc ngày", "Week ending"},
    {ReportLabel::person_id, "Mã cá nhân", "Person id"},
    {ReportLabel::name, "Họ và tên", "Name"},
    {ReportLabel::assessed_short, "Đã dự kiểm tra", "Assessed"},
    {ReportLabel::best_percent, "Kết quả cao nhất (%)", "Best score (%)"},
    {ReportLabel::due, "Hạn hoàn thành", "Due"},
    {ReportLabel::expired, "Chứng nhận hết hạn ngày", "Certificate expired on"},
    {ReportLabel::expires, "Hết hạn ngày", "Expires on"},
    {ReportLabel::within_days, "Trong vòng (ngày)", "Within (days)"},
    {ReportLabel::code, "Mã lỗi", "Code"},
    {ReportLabel::file, "Tệp", "File"},
    {ReportLabel::line, "Dòng", "Line"},
    {ReportLabel::column, "Cột", "Column"},
    {ReportLabel::message, "Nội dung", "Message"},
    {ReportLabel::source_kind, "Loại dữ liệu", "Kind"},
    {ReportLabel::path, "Tệp nguồn", "Path"},
    {ReportLabel::sha256, "SHA-256", "SHA-256"},
    {ReportLabel::rows_read, "Số dòng đã đọc", "Rows read"},
    {ReportLabel::rows_used, "Số dòng sử dụng", "Rows used"},
    {ReportLabel::rows_rejected, "Số dòng bị loại", "Rows rejected"},
    {ReportLabel::parameter, "Tham số", "Parameter"},
    {ReportLabel::version, "Phiên bản hocvu", "hocvu version"},
    {ReportLabel::yes, "Có", "yes"},
    {ReportLabel::no, "Không", "no"},
    {ReportLabel::chart_units, "Tỉ lệ đạt chuẩn theo đơn vị", "Coverage by unit"},
    {ReportLabel::chart_weeks, "Tỉ lệ đạt chuẩn cộng dồn theo tuần so với lộ trình",
     "Cumulative coverage by week against the trajectory"},
    {ReportLabel::top_units_table, "Các đơn vị cấp cao nhất", "Top-level units"},
    {ReportLabel::weeks_table, "Theo tuần", "By week"},
    {ReportLabel::no_problems, "Không có dữ liệu lỗi.", "No data problems."},
    {ReportLabel::more_rows, "và {} dòng khác", "and {} more"},
    {ReportLabel::no_one_uncovered, "Tất cả đã đạt chuẩn.", "Everyone is certified."},
    {ReportLabel::no_renewals, "Không có chứng nhận nào cần gia hạn trong 90 ngày tới.",
     "No certificate needs renewing in the next 90 days."},
    {ReportLabel::truncated_rows, "Bảng tính chỉ chứa được đến đây: {} dòng còn lại có trong báo cáo CSV hoặc JSON.",
     "A sheet holds no more rows: the other {} are in the CSV or JSON report."},
};

bool vietnamese(const std::string& lang) { return lang == "vi"; }

}  // namespace

const char* report_label(ReportLabel wanted, const std::string& lang) {
  const Words& words = kLabels[static_cast<size_t>(wanted)];
  return vietnamese(lang) ? words.vi : words.en;
}

const char* status_label(CoverageStatus status, const std::string& lang) {
  bool vi = vietnamese(lang);
  switch (status) {
    case CoverageStatus::met: return vi ? "Đã đạt" : "met";
    case CoverageStatus::on_track: return vi ? "Đúng tiến độ" : "on track";
    case CoverageStatus::behind: return vi ? "Chậm" : "behind";
    case CoverageStatus::at_risk: return vi ? "Có nguy cơ" : "at risk";
    case CoverageStatus::no_one: return vi ? "Không có người" : "no one";
  }
  return "?";
}

bool report_label_table_in_order() {
  if (std::size(kLabels) != static_cast<size_t>(ReportLabel::count_)) {
    return false;
  }
  for (size_t i = 0; i < std::size(kLabels); ++i) {
    if (static_cast<size_t>(kLabels[i].label) != i) {
      return false;
    }
  }
  return true;
}

std::string display_date(std::optional<Day> day, const std::string& lang) {
  if (!day) {
    return "–";
  }
  if (!vietnamese(lang)) {
    return format_date(*day);
  }
  CivilDate date = civil_from_day(*day);
  return fmt::format("{:02}/{:02}/{:04}", date.day, date.month, date.year);
}

std::string display_decimal(std::optional<double> value, int decimals, const std::string& lang) {
  std::string text = fixed_decimal(value, decimals);
  if (text.empty()) {
    return "–";
  }
  if (vietnamese(lang)) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string label_with_count(ReportLabel label, uint64_t count, const std::string& lang) {
  std::string text = report_label(label, lang);
  size_t at = text.find("{}");
  return at == std::string::npos ? text : text.replace(at, 2, std::to_string(count));
}

}  // namespace hocvu
