#include "diag/rule_parts.hpp"

// The example framework up to its role's name: the examples differ in what the role requires.
#define HOCVU_EXAMPLE_ROLE \
  "# file: framework/fw.yaml\n" \
  "framework:\n" \
  "  id: fw\n" \
  "  version: \"1.0\"\n" \
  "  title: Khung ví dụ\n" \
  "  language: vi\n" \
  "levels:\n" \
  "  - id: CB\n" \
  "    name: Cơ bản\n" \
  "  - id: TC\n" \
  "    name: Trung cấp\n" \
  "areas:\n" \
  "  - id: \"1\"\n" \
  "    title: Khai thác dữ liệu và thông tin\n" \
  "    competencies:\n" \
  "      - id: \"1.1\"\n" \
  "        title: Duyệt, tìm kiếm và lọc thông tin\n" \
  "        outcomes:\n" \
  "          - id: 1.1-CB-1\n" \
  "            level: CB\n" \
  "            kind: knowledge\n" \
  "            text: Nêu được nguồn tin cậy\n" \
  "          - id: 1.1-TC-1\n" \
  "            level: TC\n" \
  "            kind: skill\n" \
  "            text: Lọc được kết quả tìm kiếm\n" \
  "roles:\n" \
  "  - id: cb\n" \
  "    name: Cán bộ\n"

namespace hocvu::rule_parts {

std::vector<RuleInfo> requirement_rules() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  return {
      {Rule::duplicate_requirement, "E304", "duplicate-requirement", E,
       HOCVU_EXAMPLE_ROLE R"(    requires:
      - competency: "1.1"
        level: CB
      - competency: "1.1"
        level: CB
)",
       HOCVU_EXAMPLE_ROLE R"(    requires:
      - competency: "1.1"
        level: CB
)"},
      {Rule::requirement_not_above_baseline, "W305", "requirement-not-above-baseline", W,
       HOCVU_EXAMPLE_ROLE R"(    baseline: CB
    requires:
      - competency: "1.1"
        level: CB
)",
       HOCVU_EXAMPLE_ROLE R"(    baseline: CB
)"},
  };
}

#undef HOCVU_EXAMPLE_ROLE

}  // namespace hocvu::rule_parts
