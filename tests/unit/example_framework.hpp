#pragma once
// The small framework of the rule examples (src/diag/rules.cpp, --explain): competency 1.1 at
// levels CB and TC, one role. Tests that need a framework beside a bank share it.
#include <string>

namespace hocvu::test {

inline const std::string kExampleFramework = R"(framework:
  id: fw
  version: "1.0"
  title: Khung ví dụ
  language: vi
levels:
  - id: CB
    name: Cơ bản
  - id: TC
    name: Trung cấp
areas:
  - id: "1"
    title: Khai thác dữ liệu và thông tin
    competencies:
      - id: "1.1"
        title: Duyệt, tìm kiếm và lọc thông tin
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được nguồn tin cậy
          - id: 1.1-TC-1
            level: TC
            kind: skill
            text: Lọc được kết quả tìm kiếm
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
)";

}  // namespace hocvu::test
