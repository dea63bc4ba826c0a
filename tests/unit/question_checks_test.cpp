#include "load/question_checks.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// Lints bank.yaml (header lines 1-5, questions from line 6) with the tiny framework, coverage
// off, and returns every finding, one line each.
std::string lint_bank(const std::string& questions) {
  return describe(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}}).diagnostics);
}

std::string lint_bank(const std::string& questions, Rule rule) {
  return describe(
      with_rule(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}}).diagnostics, rule));
}

}  // namespace

TEST_CASE("check_question: a valid question of every type gives nothing", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q-single
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: single
    stem: Nguồn nào đáng tin cậy nhất khi tra cứu văn bản pháp luật?
    options:
      a: Cơ sở dữ liệu quốc gia về văn bản pháp luật
      b: Một bài đăng trên diễn đàn mạng xã hội
    answer: a
    points: 2
    difficulty: -1.2
    tags: [tra-cuu, phap-luat]
  - id: Q-multiple
    competency: "1.2"
    level: CB
    type: multiple
    stem: Dấu hiệu nào cho thấy một email là lừa đảo?
    options:
      a: Địa chỉ người gửi lạ
      b: Đòi cung cấp mật khẩu gấp
      c: Có lời chào lịch sự
    answer: [a, b]
    enemies: [Q-single]
  - id: Q-true-false
    competency: "1.2"
    level: CB
    type: true_false
    stem: Tin nhắn chuyển tiếp trong nhóm chat là tin chính thống.
    answer: false
  - id: Q-numeric
    competency: "1.1"
    level: TC
    type: numeric
    stem: Mật khẩu nên có ít nhất bao nhiêu ký tự?
    answer: 12
    tolerance: 0
    unit: ký tự
  - id: Q-short-text
    competency: "1.1"
    level: TC
    type: short_text
    stem: Viết tắt của mạng riêng ảo là gì?
    answer: [VPN, mạng riêng ảo]
    status: draft
)") == "(no diagnostics)\n");
}

TEST_CASE("check_question: E401 an answer that is not an option", "[question_checks]") {
  // Line 14 "    answer: c": the value is column 13. Line 24 "    answer: [a, d]": d is column 17.
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Mật khẩu nào mạnh nhất?
    options:
      a: "123456"
      b: Dùng cả chữ, số và ký hiệu
    answer: c
  - id: Q2
    competency: "1.2"
    level: CB
    type: multiple
    stem: Dấu hiệu nào cho thấy một email là lừa đảo?
    options:
      a: Địa chỉ người gửi lạ
      b: Đòi cung cấp mật khẩu gấp
      c: Có lời chào lịch sự
    answer: [a, d]
)") == "bank.yaml:14:13: E401 answer 'c' of question Q1 is not one of its options (a, b) "
       "[use one of the option keys, or add the missing option]\n"
       "bank.yaml:24:17: E401 answer 'd' of question Q2 is not one of its options (a, b, c) "
       "[use one of the option keys, or add the missing option]\n");
}

TEST_CASE("check_question: E402 a single-choice question with two answers", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Mật khẩu nào mạnh nhất?
    options:
      a: "123456"
      b: Dùng cả chữ, số và ký hiệu
    answer: [a, b]
)") == "bank.yaml:14:13: E402 single-choice question Q1 has 2 answers; it needs exactly one "
       "[keep one answer, or change the type to multiple]\n");
}

TEST_CASE("check_question: E403 options with the same text", "[question_checks]") {
  // 'Mật khẩu' and 'mật  khẩu' differ only in case and spacing: the same option (reported at
  // b's text, line 13 column 10). Punctuation counts: the two addresses are different options.
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: Mật khẩu
      b: mật  khẩu
      c: dichvucong.gov.vn
      d: dichvucong-gov.vn
    answer: c
)") == "bank.yaml:13:10: E403 options 'a' and 'b' of question Q1 have the same text "
       "[reword or remove one of them]\n");
}

TEST_CASE("check_question: E404 a choice question with fewer than two options", "[question_checks]") {
  // The options mapping is where its first key is (line 12 column 7); an empty flow mapping is
  // where its brace is (line 19 column 14), and then no answer can be an option.
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Có nên đặt mật khẩu cho máy tính không?
    options:
      a: Có
    answer: a
  - id: Q2
    competency: "1.2"
    level: CB
    type: multiple
    stem: Chọn các trình duyệt web.
    options: {}
    answer: [a]
)") == "bank.yaml:12:7: E404 question Q1 has 1 option(s); a choice question needs at least two "
       "[add options, or use true_false, numeric or short_text]\n"
       "bank.yaml:19:14: E404 question Q2 has 0 option(s); a choice question needs at least two "
       "[add options, or use true_false, numeric or short_text]\n");
}

TEST_CASE("check_question: E407 a true_false answer that is not true or false", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Mật khẩu nên được chia sẻ với đồng nghiệp.
    answer: a
)") == "bank.yaml:11:13: E407 the answer of true_false question Q1 must be true or false, not 'a' "
       "[write  answer: true or false]\n");
}

TEST_CASE("check_question: E407 a numeric answer that is text", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Mật khẩu nên có ít nhất bao nhiêu ký tự?
    answer: mười
)") == "bank.yaml:11:13: E407 the answer of numeric question Q1 must be a number, e.g. 42 or 3.5, not 'mười' "
       "[write  answer: a number, e.g. 42 or 3.5]\n");
}

TEST_CASE("check_question: E407 options on a numeric question", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Mật khẩu nên có ít nhất bao nhiêu ký tự?
    options:
      a: "8"
      b: "12"
    answer: 12
)") == "bank.yaml:12:7: E407 question Q1 is numeric and cannot have options "
       "[remove 'options', or change the type to single or multiple]\n");
}

TEST_CASE("check_question: E407 a tolerance or a unit on a single-choice question", "[question_checks]") {
  std::string head = R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Mật khẩu nên có ít nhất bao nhiêu ký tự?
    options:
      a: "8"
      b: "12"
    answer: b
)";
  // The tolerance is found at its value (line 15 column 16).
  CHECK(lint_bank(head + "    tolerance: 1\n") ==
        "bank.yaml:15:16: E407 question Q1 is single; only numeric questions have a tolerance [remove 'tolerance']\n");
  // The model keeps no place for the unit: it is found at the question (line 6 column 5).
  CHECK(lint_bank(head + "    unit: ký tự\n") ==
        "bank.yaml:6:5: E407 question Q1 is single; only numeric questions have a unit [remove 'unit']\n");
}

TEST_CASE("check_question: E407 an answer listed twice", "[question_checks]") {
  // Line 15 "    answer: [a, a]": the second a is column 17. Two of three options: no W408.
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.2"
    level: CB
    type: multiple
    stem: Dấu hiệu nào cho thấy một email là lừa đảo?
    options:
      a: Địa chỉ người gửi lạ
      b: Đòi cung cấp mật khẩu gấp
      c: Có lời chào lịch sự
    answer: [a, a]
)") == "bank.yaml:15:17: E407 answer 'a' is listed twice in question Q1 [list each correct option once]\n");
}

TEST_CASE("check_question: W408 every option of a multiple-response question is correct", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.2"
    level: CB
    type: multiple
    stem: Dấu hiệu nào cho thấy một email là lừa đảo?
    options:
      a: Địa chỉ người gửi lạ
      b: Đòi cung cấp mật khẩu gấp
    answer: [a, b]
)") == "bank.yaml:14:13: W408 every option of question Q1 is correct, so ticking all of them scores full marks "
       "[add plausible wrong options]\n");
}

TEST_CASE("check_question: a repeated answer does not make every option correct", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.2"
    level: CB
    type: multiple
    stem: Dấu hiệu nào cho thấy một email là lừa đảo?
    options:
      a: Địa chỉ người gửi lạ
      b: Có lời chào lịch sự
    answer: [a, a]
)") == "bank.yaml:14:17: E407 answer 'a' is listed twice in question Q1 [list each correct option once]\n");
}

TEST_CASE("check_question: a question that lists itself as an enemy", "[question_checks]") {
  // Line 12 "    enemies: [Q1]": Q1 is column 15. Reported once (not also as an unknown enemy).
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.2"
    level: CB
    type: true_false
    stem: Tin nhắn chuyển tiếp trong nhóm chat là tin chính thống.
    answer: false
    enemies: [Q1]
)") == "bank.yaml:12:15: E302 question Q1 lists itself as an enemy [remove it from 'enemies']\n");
}

TEST_CASE("check_question: each finding names its own rule", "[question_checks]") {
  // One bank with several problems; each filter keeps exactly its own.
  std::string questions = R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Mật khẩu nào mạnh nhất?
    options:
      a: "123456"
      b: Dùng cả chữ, số và ký hiệu
    answer: [b, c]
)";
  CHECK(lint_bank(questions, Rule::answer_not_in_options) ==
        "bank.yaml:14:17: E401 answer 'c' of question Q1 is not one of its options (a, b) "
        "[use one of the option keys, or add the missing option]\n");
  CHECK(lint_bank(questions, Rule::single_answer_count) ==
        "bank.yaml:14:13: E402 single-choice question Q1 has 2 answers; it needs exactly one "
        "[keep one answer, or change the type to multiple]\n");
  CHECK(lint_bank(questions, Rule::answer_shape) == "(no diagnostics)\n");
}

TEST_CASE("check_question: an accepted short-text answer of blanks is empty (tabs too)", "[question_checks]") {
  CHECK(lint_bank(R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: short_text
    stem: Viết tắt của mạng riêng ảo là gì?
    answer: [VPN, "\t", " "]
)",
                  Rule::empty_text) ==
        "bank.yaml:11:19: E205 an accepted answer of question Q1 is empty [remove it or write the text]\n"
        "bank.yaml:11:25: E205 an accepted answer of question Q1 is empty [remove it or write the text]\n");
}
