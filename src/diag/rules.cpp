#include "diag/rules.hpp"

#include "diag/rule_parts.hpp"
#include "i18n/interface.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace hocvu {

namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// Examples. Each rule's row ends with a bad example (YAML the rule reports) and the same YAML
// fixed; `hocvu lint --explain` prints both, and tests/unit/rule_examples_test.cpp lints them:
// the bad one must give a finding of the rule, the fixed one no finding at all. A new rule
// needs both (or a place, with the reason, in that test's list of rules no file can show).
//
// - An example is one file, example.yaml. A line `# file: PATH` starts a file of that path
//   instead (for an example that needs several files, or one of the context files below).
// - A file that starts with `questions:` or `exhibits:` is the body of a bank: the test puts the
//   header `bank: {id: vd, framework: fw, language: vi}` before it. Any other file is taken whole.
// - What cannot be seen is written as a marker: <TAB> a tab, <CR> a carriage return, <SP> a
//   space, <NUL> a NUL byte, <BOM> a byte-order mark, <U+2028> that code point in UTF-8, <xE1>
//   that single byte. The explanation says what the markers in its examples stand for.
// - The test lints each example with default options, together with a context that lints
//   clean on its own (a file of the example with the same path replaces it):
//     framework/fw.yaml            framework fw: levels CB and TC; area 1 with competency 1.1
//                                  and its outcomes 1.1-CB-1 and 1.1-TC-1; role cb, baseline CB
//     question-banks/context.yaml  bank context: four active true_false questions of 1.1 at CB
//                                  (ids CTX-1 to CTX-4, outcome 1.1-CB-1) and one at TC (CTX-5,
//                                  outcome 1.1-TC-1)
//   so examples write questions of competency "1.1" at level CB, with ids Q1, Q2, ... They may
//   leave out `outcome` to stay short: the test takes W309 (question-without-outcome) from the
//   fixed example of any other rule.
const std::vector<RuleInfo> kMainRules = {
    {Rule::file_too_large, "E001", "file-too-large", E},
    {Rule::invalid_utf8, "E002", "invalid-utf8", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch v<xE1><xBB> công quốc gia có tên miền .gov.vn.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch vụ công quốc gia có tên miền .gov.vn.
    answer: true
)"},
    {Rule::legacy_encoding, "E003", "legacy-encoding", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thuû ñoâ cuûa Vieät Nam laø Haø Noäi.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::nul_byte, "E004", "nul-byte", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.<NUL>
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::byte_order_mark, "W005", "byte-order-mark", W,
     R"(<BOM>bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::tab_character, "E006", "tab-character", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
<TAB>stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::crlf_line_ending, "W007", "crlf-line-ending", W,
     R"(questions:<CR>
  - id: Q1<CR>
    competency: "1.1"<CR>
    level: CB<CR>
    type: true_false<CR>
    stem: Thủ đô của Việt Nam là Hà Nội.<CR>
    answer: true<CR>
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::trailing_space, "W008", "trailing-space", W,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.<SP><SP>
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::not_nfc, "E009", "not-nfc", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Vie<U+0323><U+0302>t Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::long_line, "W010", "long-line", W},
    {Rule::unusual_line_break, "E011", "unusual-line-break", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam<U+2028>là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::too_many_findings, "E012", "too-many-findings", E},

    {Rule::yaml_syntax, "E101", "yaml-syntax", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Lưu ý: mật khẩu mạnh có ít nhất 12 ký tự.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: "Lưu ý: mật khẩu mạnh có ít nhất 12 ký tự."
    answer: true
)"},
    {Rule::duplicate_key, "E102", "duplicate-key", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
    points: 2
    answer: b
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
    points: 2
)"},
    {Rule::recursive_alias, "E103", "recursive-alias", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    tags: &t [dia-ly, *t]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    tags: [dia-ly]
)"},
    {Rule::alias_budget, "E104", "alias-budget", E},
    {Rule::nesting_too_deep, "E105", "nesting-too-deep", E},
    {Rule::multiple_documents, "E106", "multiple-documents", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
---
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::undefined_alias, "E107", "undefined-alias", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options: *dia-chi
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::unsupported_yaml, "E108", "unsupported-yaml", E,
     R"(questions:
  - &mau
    id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - <<: *mau
    id: Q2
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::empty_file, "E109", "empty-file", E,
     R"(# Câu hỏi về tìm kiếm thông tin: sẽ viết sau
)",
     R"(questions:
  # Câu hỏi về tìm kiếm thông tin
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::unknown_document, "E201", "unknown-document", E,
     R"(ngan-hang:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::missing_field, "E202", "missing-field", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::wrong_type, "E203", "wrong-type", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    points: hai
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    points: 2
)"},
    {Rule::unknown_key, "E204", "unknown-key", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    anwser: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::empty_text, "E205", "empty-text", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: ""
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::malformed_id, "E206", "malformed-id", E,
     R"(questions:
  - id: Câu 1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1.1-CB-01
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::invalid_value, "E207", "invalid-value", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true-false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::duplicate_id, "E301", "duplicate-id", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::unknown_reference, "E302", "unknown-reference", E,
     R"(questions:
  - id: Q1
    competency: "7.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::outcome_mismatch, "E303", "outcome-mismatch", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-TC-1
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::answer_not_in_options, "E401", "answer-not-in-options", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: d
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::single_answer_count, "E402", "single-answer-count", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: [a, c]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::duplicate_option, "E403", "duplicate-option", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: DichVuCong.gov.vn
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong-gov.vn
    answer: a
)"},
    {Rule::too_few_options, "E404", "too-few-options", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
    answer: a
)"},
    {Rule::duplicate_stem, "E405", "duplicate-stem", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội!
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::near_duplicate_stem, "W406", "near-duplicate-stem", W,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay.
    answer: false
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay lập tức.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay.
    answer: false
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Ngân hàng không hỏi mã OTP của khách qua tin nhắn hay điện thoại.
    answer: true
)"},
    {Rule::answer_shape, "E407", "answer-shape", E,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: đúng
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::all_options_correct, "W408", "all-options-correct", W,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những địa chỉ nào là trang của cơ quan nhà nước?
    options:
      a: chinhphu.vn
      b: dichvucong.gov.vn
    answer: [a, b]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những địa chỉ nào là trang của cơ quan nhà nước?
    options:
      a: chinhphu.vn
      b: dichvucong.gov.vn
      c: dichvucong.com.vn
    answer: [a, b]
)"},
    {Rule::tolerance_too_large, "W409", "tolerance-too-large", W,
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Một phiên họp có bao nhiêu phút nếu kéo dài hai phần ba giờ?
    answer: 40
    tolerance: 50
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Một phiên họp có bao nhiêu phút nếu kéo dài hai phần ba giờ?
    answer: 40
    tolerance: 2
)"},

    {Rule::coverage, "E501", "coverage", E,
     R"(# file: framework/fw.yaml
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
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
    requires:
      - competency: "1.1"
        level: TC
)",
     R"(# file: framework/fw.yaml
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
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
)"},

    {Rule::blueprint_unsatisfiable, "E601", "blueprint-unsatisfiable", E,
     R"(blueprint:
  id: kiem-tra-thu
  title: Kiểm tra thử
  framework: fw
  role: cb
  level: CB
  forms: 2
  length: 3
  time_limit: 15
  pass:
    percent: 50
constraints:
  overlap: 0
)",
     R"(blueprint:
  id: kiem-tra-thu
  title: Kiểm tra thử
  framework: fw
  role: cb
  level: CB
  forms: 2
  length: 3
  time_limit: 15
  pass:
    percent: 50
constraints:
  overlap: 2
)"},

    {Rule::key_format, "E701", "key-format", E},
    {Rule::manifest_format, "E702", "manifest-format", E},
    {Rule::grade_state, "E703", "grade-state", E},


    {Rule::corrections_format, "E801", "corrections-format", E},
    {Rule::correction_unknown_question, "E802", "correction-not-in-key", E},
    {Rule::correction_does_not_fit, "E803", "correction-does-not-fit", E},

    {Rule::milestone_order, "E901", "milestone-order", E,
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2026-12-31, percent: 100}
    - {date: 2025-12-31, percent: 40}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)"},
    {Rule::role_target_mismatch, "E902", "role-target-mismatch", E,
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: TC}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)"},

    {Rule::import_unsupported_type, "I101", "unsupported-question", E},
    {Rule::import_malformed_gift, "I102", "malformed-gift", E},
    {Rule::import_xml_refused, "I103", "xml-refused", E},
    {Rule::import_no_answer_key, "I104", "no-answer-key", E},
    {Rule::import_malformed_xml, "I105", "malformed-moodle-xml", E},
    {Rule::import_text_too_long, "I106", "text-too-long", E},
    {Rule::import_content_lost, "I107", "content-lost", W},
    {Rule::import_duplicate_question, "I108", "duplicate-question", W},
    {Rule::import_gift_escape, "I109", "unknown-gift-escape", W},
};

// `text` with every line indented by four spaces, and without its last line break.
std::string indented(const char* text) {
  std::string out;
  for (const char* line = text; *line != '\0';) {
    const char* end = std::strchr(line, '\n');
    size_t length = end != nullptr ? static_cast<size_t>(end - line) : std::strlen(line);
    out += out.empty() ? "" : "\n";
    out += length == 0 ? "" : "    ";
    out.append(line, length);
    line += end != nullptr ? length + 1 : length;
  }
  return out;
}

}  // namespace

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const RuleInfo& rule_info(Rule rule) {
  return all_rules()[static_cast<size_t>(rule)];
}

// Keys made from the code: tests/unit/rule_texts_test.cpp checks both exist for every rule in every
// catalogue. The texts are format strings (a brace is written twice), hence ui_format.
std::string rule_summary(const RuleInfo& info) {
  return ui_format("rule." + std::string(info.code) + ".summary");
}

std::string rule_explanation(const RuleInfo& info) {
  return ui_format("rule." + std::string(info.code) + ".explain");
}

std::string_view severity_text(Severity severity) {
  return severity == Severity::error ? ui_text("rule.severity.error") : ui_text("rule.severity.warning");
}

std::string explain_text(const RuleInfo& info) {
  return with_examples(rule_explanation(info), info);
}

std::string with_examples(std::string explanation, const RuleInfo& info) {
  if (info.bad_example != nullptr) {
    explanation += fmt::format("\n\n{}\n{}", ui_text("rule.example.bad"), indented(info.bad_example));
  }
  if (info.fixed_example != nullptr) {
    explanation += fmt::format("\n\n{}\n{}", ui_text("rule.example.fixed"), indented(info.fixed_example));
  }
  return explanation;
}

const std::vector<RuleInfo>& all_rules() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> joined = kMainRules;
    for (auto part : {rule_parts::language_rules, rule_parts::requirement_rules, rule_parts::alignment_rules,
                      rule_parts::item_writing_rules, rule_parts::coverage_rules}) {
      auto rows = part();
      joined.insert(joined.end(), rows.begin(), rows.end());
    }
    std::stable_sort(joined.begin(), joined.end(),
                     [](const RuleInfo& a, const RuleInfo& b) { return a.rule < b.rule; });
    return joined;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view code_or_name) {
  auto iequal = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
  };
  for (const auto& info : all_rules()) {
    if (iequal(info.code, code_or_name) || iequal(info.name, code_or_name)) {
      return &info;
    }
  }
  return nullptr;
}

}  // namespace hocvu
