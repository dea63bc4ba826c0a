// Vietnamese names for simulated rosters. Family-name shares follow published estimates of their
// frequency (Nguyễn about 38%, Trần 11%, Lê 10%, Phạm 7% ...); the weights add up to 100.
#include "report/simulate_roster.hpp"

namespace hocvu {

const std::vector<WeightedName>& family_names() {
  static const std::vector<WeightedName> names = {
      {"Nguyễn", 38.0}, {"Trần", 11.2}, {"Lê", 9.7},    {"Phạm", 7.0},   {"Hoàng", 4.1},  {"Huỳnh", 1.6},
      {"Phan", 4.5},    {"Vũ", 2.4},    {"Võ", 1.5},    {"Đặng", 2.1},   {"Bùi", 2.0},    {"Đỗ", 1.4},
      {"Hồ", 1.3},      {"Ngô", 1.3},   {"Dương", 1.0}, {"Lý", 0.5},     {"Đinh", 1.0},   {"Trương", 1.0},
      {"Đào", 0.8},     {"Mai", 0.6},   {"Lương", 0.6}, {"Hà", 0.6},     {"Cao", 0.5},    {"Lâm", 0.5},
      {"Trịnh", 0.6},   {"Đoàn", 0.6},  {"Tạ", 0.3},    {"Vương", 0.3},  {"Triệu", 0.3},  {"Lò", 0.3},
      {"Quách", 0.2},   {"Kiều", 0.2},  {"Thái", 0.3},  {"Tô", 0.3},     {"Chu", 0.3},    {"La", 0.2},
      {"Lục", 0.1},     {"Hứa", 0.2},   {"Khổng", 0.1}, {"Nông", 0.3},   {"Tăng", 0.1},   {"Giáp", 0.1},
  };
  return names;
}

const std::vector<WeightedName>& middle_names(bool female) {
  static const std::vector<WeightedName> men = {
      {"Văn", 40}, {"Đức", 10}, {"Minh", 10}, {"Quang", 7}, {"Hữu", 7}, {"Công", 6},
      {"Thanh", 5}, {"Xuân", 5}, {"Anh", 3},  {"Ngọc", 3},  {"Trọng", 2}, {"Bá", 2},
  };
  static const std::vector<WeightedName> women = {
      {"Thị", 55}, {"Ngọc", 8}, {"Thu", 7},  {"Thanh", 6}, {"Minh", 5},
      {"Hồng", 5}, {"Kim", 4},  {"Phương", 4}, {"Bích", 3}, {"Diệu", 3},
  };
  return female ? women : men;
}

const std::vector<const char*>& given_names(bool female) {
  static const std::vector<const char*> men = {
      "Anh",  "Bình", "Cường", "Dũng",  "Duy",   "Đạt",  "Đức",  "Hải",  "Hiếu", "Hòa",
      "Hoàng", "Hùng", "Huy",  "Khánh", "Khoa",  "Kiên", "Long", "Lâm",  "Minh", "Nam",
      "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",  "Tài",  "Thắng", "Thành", "Thịnh",
      "Toàn", "Trung", "Tuấn", "Tùng",  "Việt",  "Vinh", "Hưng", "Hiển", "Lợi",  "Tâm",
  };
  static const std::vector<const char*> women = {
      "Anh",  "Chi",   "Dung",  "Giang", "Hà",    "Hạnh", "Hằng", "Hiền",  "Hoa",  "Hồng",
      "Huệ",  "Hương", "Lan",   "Liên",  "Linh",  "Loan", "Mai",  "My",    "Nga",  "Ngân",
      "Ngọc", "Nhung", "Oanh",  "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thơ",  "Thu",
      "Thủy", "Trang", "Trinh", "Tuyết", "Vân",   "Yến",  "Xuân", "Hải",  "Ly",   "Nhàn",
  };
  return female ? women : men;
}

}  // namespace hocvu
