#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

namespace {

// The examples' context framework (top of rules.cpp) with a third outcome, an attitude;
// `assessed_by` is that outcome's line saying how it is assessed, or empty.
std::string framework_with_attitude(const char* assessed_by) {
  return std::string(R"Y(# file: framework/fw.yaml
framework:
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
          - id: 1.1-TC-2
            level: TC
            kind: attitude
)Y") + assessed_by +
         R"Y(            text: Có thói quen kiểm chứng thông tin trước khi chia sẻ
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
)Y";
}

// The examples that need the framework above, built once: the table keeps pointers to them.
const std::string& example(int which) {
  static const std::string examples[] = {
      framework_with_attitude(""),
      framework_with_attitude("            assessed_by: observation\n"),
      std::string(R"Y(questions:
  - id: Q1
    competency: "1.1"
    level: TC
    outcome: 1.1-TC-2
    type: true_false
    stem: Nên kiểm chứng một tin nhắn lạ trước khi chuyển tiếp.
    answer: true
)Y") + framework_with_attitude("            assessed_by: observation\n"),
      std::string(R"Y(questions:
  - id: Q1
    competency: "1.1"
    level: TC
    outcome: 1.1-TC-1
    type: true_false
    stem: Công cụ tìm kiếm có thể lọc kết quả theo loại tệp, ví dụ chỉ tìm tệp PDF.
    answer: true
)Y") + framework_with_attitude("            assessed_by: observation\n"),
  };
  return examples[which];
}

}  // namespace

std::vector<RuleInfo> alignment_rules() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  return {
      {Rule::malformed_exhibit, "E307", "malformed-exhibit", E,
       R"Y(exhibits:
  - id: EX-1
    title: Dự toán và thực hiện chi
    table:
      - ["Năm", "Dự toán (tỷ đồng)", "Thực hiện (tỷ đồng)"]
      - ["2024", "1.250"]
    chart: bar
questions:
  - id: Q1
    exhibit: EX-1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Theo bảng, năm 2024 thực hiện chi thấp hơn dự toán.
    answer: true
)Y",
       R"Y(exhibits:
  - id: EX-1
    title: Dự toán và thực hiện chi
    table:
      - ["Năm", "Dự toán (tỷ đồng)", "Thực hiện (tỷ đồng)"]
      - ["2024", "1.250", "1.180"]
    chart: bar
questions:
  - id: Q1
    exhibit: EX-1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Theo bảng, năm 2024 thực hiện chi thấp hơn dự toán.
    answer: true
)Y"},
      {Rule::unused_exhibit, "W308", "unused-exhibit", W,
       R"Y(exhibits:
  - id: EX-1
    title: Thư điện tử nhận được
    text: |
      Từ: hotro@vneid-capnhat.com
      Tài khoản VNeID của bạn sẽ bị khoá. Bấm vào đường dẫn để xác minh.
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Thư trên có dấu hiệu lừa đảo.
    answer: true
)Y",
       R"Y(exhibits:
  - id: EX-1
    title: Thư điện tử nhận được
    text: |
      Từ: hotro@vneid-capnhat.com
      Tài khoản VNeID của bạn sẽ bị khoá. Bấm vào đường dẫn để xác minh.
questions:
  - id: Q1
    exhibit: EX-1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Thư trên có dấu hiệu lừa đảo.
    answer: true
)Y"},
      {Rule::question_without_outcome, "W309", "question-without-outcome", W,
       R"Y(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Một bài viết không ghi nguồn cần được kiểm chứng trước khi trích dẫn.
    answer: true
)Y",
       R"Y(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Một bài viết không ghi nguồn cần được kiểm chứng trước khi trích dẫn.
    answer: true
)Y"},
      {Rule::outcome_without_questions, "W310", "outcome-without-questions", W,
       example(0).c_str(), example(1).c_str()},
      {Rule::outcome_not_by_exam, "W311", "outcome-not-by-exam", W,
       example(2).c_str(), example(3).c_str()},
  };
}

}  // namespace hocvu::rule_parts
