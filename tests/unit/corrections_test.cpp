// Tests of src/grade/corrections.cpp: reading a key corrections file, and checking it against
// the key it corrects.
#include "grade/corrections.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "i18n/interface.hpp"
#include "lint_test_support.hpp"

using hocvu::ChoiceAnswer;
using hocvu::CorrectionKind;
using hocvu::Corrections;
using hocvu::Diagnostics;
using hocvu::GradingKey;
using hocvu::KeyItem;
using hocvu::QuestionType;
using hocvu::test::describe;

namespace {

Corrections read(const std::string& text, Diagnostics& diagnostics) {
  return hocvu::read_corrections(text, "fix.yaml", diagnostics);
}

std::string problems_of(const std::string& text) {
  Diagnostics diagnostics;
  read(text, diagnostics);
  return describe(diagnostics);
}

const std::string kHint = " [write drop, credit_all, {accept: [B]} or {rekey: C}]";
const std::string kFileHint = " [write corrections: and under it one line per question, e.g. Q1.2-CB-08: drop]";

KeyItem item(std::string id, QuestionType type, hocvu::Answer answer, std::vector<std::string> option_keys = {}) {
  KeyItem key_item;
  key_item.question_id = std::move(id);
  key_item.type = type;
  key_item.answer = std::move(answer);
  key_item.option_keys = std::move(option_keys);
  return key_item;
}

// Two forms: 101 holds Q1 to Q6, 102 holds Q1 with its options in another order.
GradingKey two_forms() {
  GradingKey key;
  key.forms.resize(2);
  key.forms[0].id = "101";
  key.forms[0].items = {
      item("Q1.2-CB-08", QuestionType::single, ChoiceAnswer{{"B"}}, {"a", "b", "c", "d"}),
      item("Q2", QuestionType::multiple, ChoiceAnswer{{"A", "C"}}, {"a", "b", "c", "d", "e"}),
      item("Q3", QuestionType::true_false, hocvu::TrueFalseAnswer{true}),
      item("Q4", QuestionType::numeric, hocvu::NumericAnswer{4.5, 0}),
      item("Q5", QuestionType::short_text, hocvu::TextAnswer{{"Hà Nội"}}),
      item("Q6", QuestionType::single, ChoiceAnswer{{"A"}}, {"A", "B", "C"}),
  };
  key.forms[1].id = "102";
  key.forms[1].items = {item("Q1.2-CB-08", QuestionType::single, ChoiceAnswer{{"A"}}, {"b", "d", "a", "c"})};
  return key;
}

}  // namespace

TEST_CASE("read_corrections: the four kinds, options as one text or a list", "[grade]") {
  Diagnostics diagnostics;
  Corrections corrections = read(R"(corrections:
  Q1: drop
  Q2: credit_all
  Q3: {accept: [b, C]}
  Q4:
    rekey: c
  Q5: {accept: Hà Nội}
  Q6: {rekey: "42:0.5"}
)",
                                 diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.empty());
  CHECK(corrections.path == "fix.yaml");
  REQUIRE(corrections.by_question.size() == 6);
  const auto& q1 = corrections.by_question.at("Q1");
  CHECK(q1.question_id == "Q1");
  CHECK(q1.kind == CorrectionKind::drop);
  CHECK(q1.options.empty());
  CHECK(q1.line == 2);
  CHECK(q1.column == 3);
  CHECK(corrections.by_question.at("Q2").kind == CorrectionKind::credit_all);
  CHECK(corrections.by_question.at("Q3").kind == CorrectionKind::accept);
  CHECK(corrections.by_question.at("Q3").options == std::vector<std::string>{"b", "C"});
  CHECK(corrections.by_question.at("Q4").kind == CorrectionKind::rekey);
  CHECK(corrections.by_question.at("Q4").options == std::vector<std::string>{"c"});
  CHECK(corrections.by_question.at("Q4").line == 5);
  CHECK(corrections.by_question.at("Q5").options == std::vector<std::string>{"Hà Nội"});
  CHECK(corrections.by_question.at("Q6").options == std::vector<std::string>{"42:0.5"});
}

TEST_CASE("read_corrections: texts are taken to NFC, a BOM is skipped, nothing under corrections is none",
          "[grade]") {
  Diagnostics diagnostics;
  Corrections corrections = read("\xEF\xBB\xBF" "corrections:\n  Q5: {accept: [Ha\xCC\x80 N\xC3\xB4\xCC\xA3i]}\n",
                                 diagnostics);
  CHECK(diagnostics.empty());
  CHECK(corrections.by_question.at("Q5").options == std::vector<std::string>{"Hà Nội"});
  Diagnostics none;
  CHECK(read("corrections:\n", none).by_question.empty());
  CHECK(read("corrections: {}\n", none).by_question.empty());
  CHECK(none.empty());
}

TEST_CASE("read_corrections: every entry that cannot be read is reported and left out", "[grade]") {
  std::string text = R"(corrections:
  Q1: dropped
  Q2: [drop]
  Q3: {accept: b, rekey: c}
  Q4: {acept: [b]}
  Q5: accept
  Q6:
  Q7: {rekey: []}
  Q8: {accept: [b, [c]]}
  Q9: {accept: ["", b]}
  Q1: credit_all
  Q10: {}
  Q11: {rekey: {b: c}}
  "": drop
  Q12: drop
other: 1
)";
  Diagnostics diagnostics;
  Corrections corrections = read(text, diagnostics);
  diagnostics.sort();
  CHECK(describe(diagnostics) ==
        "fix.yaml:2:7: E801 'dropped' is not a correction (question Q1)" + kHint + "\n"
        "fix.yaml:3:7: E801 a list is not a correction (question Q2)" + kHint + "\n"
        "fix.yaml:4:19: E801 question Q3 has 2 corrections; give it one" + kHint + "\n"
        "fix.yaml:5:8: E801 'acept' is not a correction with options (question Q4); write accept or rekey\n"
        "fix.yaml:6:7: E801 accept of question Q5 names no option [write {accept: [B]}]\n"
        "fix.yaml:7:6: E801 question Q6 has no correction" + kHint + "\n"
        "fix.yaml:8:15: E801 rekey of question Q7 names no option [write {rekey: [B]}]\n"
        "fix.yaml:9:20: E801 an option of accept (question Q8) is a list, not a text\n"
        "fix.yaml:10:17: E801 an option of accept (question Q9) is empty\n"
        "fix.yaml:11:3: E102 key 'Q1' appears twice in this mapping (first at line 2) [delete one of them; most "
        "YAML tools would silently keep only the last value]\n"
        "fix.yaml:12:8: E801 question Q10 has 0 corrections; give it one" + kHint + "\n"
        "fix.yaml:13:16: E801 an option of rekey (question Q11) is a mapping, not a text\n"
        "fix.yaml:14:3: E801 a question id is empty\n"
        "fix.yaml:16:1: E801 'other' is not a key of a corrections file; its one key is corrections\n");
  REQUIRE(corrections.by_question.size() == 1);
  CHECK(corrections.by_question.count("Q12") == 1);
}

TEST_CASE("read_corrections in Vietnamese: the reasons and hints in the interface language", "[grade][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  CHECK(problems_of("corrections:\n  Q1: dropped\n  Q5: accept\n") ==
        "fix.yaml:2:7: E801 'dropped' không phải là một hiệu chỉnh (câu hỏi Q1) "
        "[hãy viết drop, credit_all, {accept: [B]} hoặc {rekey: C}]\n"
        "fix.yaml:3:7: E801 accept của câu hỏi Q5 không nêu phương án nào [hãy viết {accept: [B]}]\n");
  CHECK(problems_of("- Q1: drop\n") ==
        "fix.yaml:1:1: E801 tệp hiệu chỉnh đáp án phải là một ánh xạ có khóa corrections, không phải một danh sách "
        "[hãy viết corrections: và bên dưới, mỗi câu hỏi một dòng, ví dụ Q1.2-CB-08: drop]\n");
}

TEST_CASE("read_corrections: files that are not a corrections file", "[grade]") {
  CHECK(problems_of("- Q1: drop\n") ==
        "fix.yaml:1:1: E801 a corrections file is a mapping with the key corrections, not a list" + kFileHint + "\n");
  CHECK(problems_of("drop\n") ==
        "fix.yaml:1:1: E801 a corrections file is a mapping with the key corrections, not a text" + kFileHint + "\n");
  CHECK(problems_of("fixes:\n  Q1: drop\n") ==
        "fix.yaml:1:1: E801 'fixes' is not a key of a corrections file; its one key is corrections\n"
        "fix.yaml:1:1: E801 the file has no corrections key" + kFileHint + "\n");
  CHECK(problems_of("corrections:\n  - Q1: drop\n") ==
        "fix.yaml:2:3: E801 corrections is a list; it maps question ids to corrections, e.g. Q1.2-CB-08: drop\n");
  CHECK(problems_of("") == "fix.yaml:0:0: E109 the file holds no YAML content [add the content, or delete the file]\n");
  CHECK(problems_of("corrections: [\n").find(": E101 ") != std::string::npos);
  CHECK(problems_of("corrections:\n  Q1: dr\xC3op\n") ==
        "fix.yaml:2:9: E002 the corrections file is not valid UTF-8 [save it as UTF-8]\n");
  CHECK(problems_of(std::string("corrections:\n  Q1: d\0rop\n", 25)) ==
        "fix.yaml:2:8: E004 NUL byte; the corrections file is not read [save it as UTF-8 text]\n");
}

TEST_CASE("check_corrections: questions on no form, options a question does not have, answers that do not fit",
          "[grade]") {
  Diagnostics read_problems;
  Corrections corrections = read(R"(corrections:
  Q1.2-CB-8: drop
  Q1.2-CB-08: {accept: [e, B]}
  Q2: {rekey: [A, e]}
  Q3: {rekey: Đ}
  Q4: {accept: ["4,5", "4.5:0.1"]}
  Q5: {accept: [bất kỳ]}
  Q6: {rekey: [a, b]}
  Q404: credit_all
)",
                                 read_problems);
  REQUIRE(read_problems.empty());
  Diagnostics problems = hocvu::check_corrections(corrections, two_forms());
  problems.sort();
  CHECK(describe(problems) ==
        "fix.yaml:2:3: E802 question Q1.2-CB-8 is on no form of the exam [did you mean Q1.2-CB-08?]\n"
        "fix.yaml:3:3: E803 accept of question Q1.2-CB-08: 'e' is not one of its options (a, b, c, d)\n"
        "fix.yaml:5:3: E803 rekey of true_false question Q3: 'Đ' does not fit: a true_false answer is true or false\n"
        "fix.yaml:6:3: E803 accept of numeric question Q4: '4,5' does not fit: a numeric answer is a decimal "
        "number with an optional tolerance, e.g. 42 or 42:0.5\n"
        "fix.yaml:8:3: E803 rekey of single-choice question Q6 names 2 options; it has one right answer [rekey to "
        "one option and accept the others]\n"
        "fix.yaml:9:3: E802 question Q404 is on no form of the exam\n");
}

TEST_CASE("check_corrections: a clean set of corrections gives nothing", "[grade]") {
  Diagnostics read_problems;
  Corrections corrections = read("corrections:\n  Q1.2-CB-08: {rekey: D}\n  Q3: drop\n  Q6: {accept: c}\n", read_problems);
  REQUIRE(read_problems.empty());
  CHECK(hocvu::check_corrections(corrections, two_forms()).empty());
  CHECK(hocvu::check_corrections(Corrections{}, two_forms()).empty());
}
