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
      {Rule::malformed_exhibit, "E307", "malformed-exhibit", E, "an exhibit's table or chart cannot be printed as written",
       "An exhibit is material several questions share (an e-mail, an AI answer, a table, a chart),\n"
       "printed once before them. Its table is rows of cells, the first row the header, and every\n"
       "row as wide as the header; at most 50 rows (header included) and 8 columns, so that it fits\n"
       "a printed page (a larger table is reported, not printed). `chart: bar` draws the table: the\n"
       "first column labels the bars, every other column is a series of numbers, written as the\n"
       "bank's language writes them (vi: 1.250 is one thousand two hundred and fifty, 1,5 is one and\n"
       "a half; en: 1,250 and 1.5). `axis_from` starts the value axis below every bar, so that a\n"
       "truncated axis is drawn as truncated; without it the axis starts at 0.\n"
       "Fix: give every row one cell per column (an empty cell is \"\"), keep the table small, and\n"
       "write the chart's figures as numbers.",
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
      {Rule::unused_exhibit, "W308", "unused-exhibit", W, "no active question uses an exhibit",
       "An exhibit is printed only before the questions that name it (`exhibit: EX-1`). One that no\n"
       "active question names never reaches a paper: its questions were retired or never written,\n"
       "or a question misspells its id as another exhibit's.\n"
       "Fix: name the exhibit in the questions about it, or remove it.",
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
       "active questions of a bank name no outcome",
       "Every question names the learning outcome of the framework it tests (`outcome`), so that\n"
       "reviewers can check it tests what it claims and lint can tell which outcomes have no\n"
       "questions (W310). The finding is one per bank, at its id, and lists the questions.\n"
       "Fix: add `outcome:` with an outcome of the question's competency and level.",
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
       "outcomes assessed by exam have no active question",
       "An outcome is assessed by exam unless the framework says otherwise (`assessed_by:\n"
       "observation` or `portfolio`, for an attitude or a work product an exam cannot show). An\n"
       "outcome assessed by exam that no active question names is promised by the framework but\n"
       "never tested. The finding is one per competency, at its id, and lists its outcomes. It is\n"
       "not checked when no bank of the framework is linted with it.\n"
       "Fix: write questions for the outcome (`outcome: <id>`), or, if an exam cannot show it, say\n"
       "how it is assessed, as in the example.",
       example(0).c_str(), example(1).c_str()},
      {Rule::outcome_not_by_exam, "W311", "outcome-not-by-exam", W,
       "a question names an outcome that is not assessed by exam",
       "The framework says the outcome is assessed by observation or portfolio, not by exam, yet a\n"
       "question names it: either the question tests something else, or the framework is wrong\n"
       "about the outcome.\n"
       "Fix: name the outcome the question does test, or set the outcome's `assessed_by: exam`.",
       example(2).c_str(), example(3).c_str()},
  };
}

}  // namespace hocvu::rule_parts
