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
      {Rule::duplicate_requirement, "E304", "duplicate-requirement", E, "a role requires the same competency twice",
       "A role says once at which level it needs each competency. Written twice, one of the two\n"
       "levels is silently lost, and which one depends on the tool. hocvu uses the first and\n"
       "reports the second.\n"
       "Fix: keep one requirement per competency, with the level (or the range of levels) meant.",
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
       "a role requires a competency at or below its baseline",
       "A role's baseline is the level it needs in every competency; its requirements raise some\n"
       "competencies above it. A requirement at the baseline says nothing more, and one below it\n"
       "does not lower the baseline (it used to, silently): the competency stays at the baseline.\n"
       "Either way the requirement is not what its author meant. A requirement that gives a range\n"
       "of levels (levels, min_level, max_level) changes which questions count, so it is not\n"
       "reported.\n"
       "Fix: remove the requirement, or raise its level above the baseline.",
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
