// Tests of src/exam/read_key.cpp and the key notation: key.csv reads back to the typed answers
// the exam was written from, whether hocvu or a person wrote it.
#include "exam/key_file.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include "exam/exam.hpp"
#include "exam/write_exam.hpp"
#include "lint_test_support.hpp"

using hocvu::Answer;
using hocvu::ChoiceAnswer;
using hocvu::NumericAnswer;
using hocvu::QuestionType;
using hocvu::TextAnswer;
using hocvu::TrueFalseAnswer;
using hocvu::test::describe;

namespace {

hocvu::Question question(std::string id, QuestionType type, Answer answer) {
  hocvu::Question q;
  q.id.value = std::move(id);
  q.competency.value = "1.1";
  q.level.value = "CB";
  q.type = type;
  q.answer = std::move(answer);
  return q;
}

void add_options(hocvu::Question& q, std::vector<std::string> keys) {
  for (auto& key : keys) {
    q.options.push_back(hocvu::Option{{key, {}}, {"option " + key, {}}});
  }
}

Answer parsed(QuestionType type, std::string_view text) {
  std::string reason;
  std::optional<Answer> answer = hocvu::parse_key_answer(type, text, reason);
  INFO(reason);
  REQUIRE(answer);
  return *answer;
}

std::string reason_for(QuestionType type, std::string_view text) {
  std::string reason;
  CHECK_FALSE(hocvu::parse_key_answer(type, text, reason));
  return reason;
}

std::vector<hocvu::KeyRow> read(const std::string& csv, hocvu::Diagnostics& diagnostics) {
  return hocvu::read_key_csv(csv, "key.csv", diagnostics);
}

const std::string kHeader = "form,position,question_id,type,answer,points,competency,level\n";

}  // namespace

TEST_CASE("key answers: every type written and read back to the same value", "[key]") {
  std::vector<std::pair<QuestionType, Answer>> answers = {
      {QuestionType::single, ChoiceAnswer{{"B"}}},
      {QuestionType::multiple, ChoiceAnswer{{"A", "C", "AB"}}},
      {QuestionType::true_false, TrueFalseAnswer{true}},
      {QuestionType::true_false, TrueFalseAnswer{false}},
      {QuestionType::numeric, NumericAnswer{42, 0}},
      {QuestionType::numeric, NumericAnswer{-1.5, 0.25}},
      {QuestionType::short_text, TextAnswer{{"VNeID", "ứng dụng VNeID"}}},
  };
  for (const auto& [type, answer] : answers) {
    std::string text = hocvu::format_key_answer(answer);
    INFO(text);
    CHECK(parsed(type, text) == answer);
  }
  CHECK(hocvu::format_key_answer(ChoiceAnswer{{"A", "C"}}) == "A;C");
  CHECK(hocvu::format_key_answer(NumericAnswer{42, 0.5}) == "42:0.5");
  CHECK(hocvu::format_key_answer(TextAnswer{{"a", "b"}}) == "a|b");
}

TEST_CASE("key answers: what people and spreadsheets write by hand", "[key]") {
  CHECK(parsed(QuestionType::multiple, " a ; c") == Answer{ChoiceAnswer{{"A", "C"}}});
  CHECK(parsed(QuestionType::true_false, "TRUE") == Answer{TrueFalseAnswer{true}});
  CHECK(parsed(QuestionType::numeric, " 12.50 : 0.1 ") == Answer{NumericAnswer{12.5, 0.1}});
  // Accepted texts are compared in NFC: a key typed in NFD reads the same.
  CHECK(parsed(QuestionType::short_text, "Vie\xCC\xA3\xCC\x82t") == Answer{TextAnswer{{"Việt"}}});
}

TEST_CASE("key answers: what does not fit the type says why", "[key]") {
  CHECK(reason_for(QuestionType::single, "A;B") == "a single-choice question has one answer, not 2");
  CHECK(reason_for(QuestionType::multiple, "A;A") == "option A is listed twice");
  CHECK(reason_for(QuestionType::multiple, "A;;B") == "'' is not an option letter (A, B, C, ...)");
  CHECK(reason_for(QuestionType::single, "1") == "'1' is not an option letter (A, B, C, ...)");
  CHECK(reason_for(QuestionType::true_false, "yes") == "a true_false answer is true or false");
  std::string numeric = "a numeric answer is a decimal number with an optional tolerance, e.g. 42 or 42:0.5";
  CHECK(reason_for(QuestionType::numeric, "0x1f") == numeric);
  CHECK(reason_for(QuestionType::numeric, "1e999") == numeric);
  CHECK(reason_for(QuestionType::numeric, "nan") == numeric);
  CHECK(reason_for(QuestionType::numeric, "4:-1") == numeric);
  CHECK(reason_for(QuestionType::numeric, "4:1:2") == numeric);
  CHECK(reason_for(QuestionType::short_text, "a||b") ==
        "an accepted text is empty; separate accepted texts with a single |");
}

TEST_CASE("read_key_csv reads back what render_key_csv wrote, as on the form", "[key]") {
  std::vector<hocvu::Question> questions;
  questions.push_back(question("Q-S", QuestionType::single, ChoiceAnswer{{"c"}}));
  add_options(questions.back(), {"a", "b", "c", "d"});
  questions.push_back(question("Q-M", QuestionType::multiple, ChoiceAnswer{{"a", "d"}}));
  add_options(questions.back(), {"a", "b", "c", "d"});
  questions.push_back(question("Q-T", QuestionType::true_false, TrueFalseAnswer{false}));
  questions.push_back(question("Q-N", QuestionType::numeric, NumericAnswer{12.5, 0.1}));
  questions.push_back(question("Q-X", QuestionType::short_text, TextAnswer{{"=SUM(A1)", "Quốc hội, \"số\""}}));
  hocvu::Exam exam;
  hocvu::ExamForm form{"101", {}};
  form.items.push_back(hocvu::ExamItem{&questions[0], nullptr, nullptr, {2, 0, 3, 1}, 0});  // c shown first
  form.items.push_back(hocvu::ExamItem{&questions[1], nullptr, nullptr, {3, 2, 1, 0}, 0});  // d, c, b, a
  for (size_t i = 2; i < questions.size(); ++i) {
    form.items.push_back(hocvu::ExamItem{&questions[i], nullptr, nullptr, {}, 0});
  }
  exam.forms.push_back(form);
  std::string csv = hocvu::render_key_csv(exam);
  hocvu::Diagnostics diagnostics;
  std::vector<hocvu::KeyRow> rows = read(csv, diagnostics);
  CHECK(describe(diagnostics) == "(no diagnostics)\n");
  REQUIRE(rows.size() == form.items.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    INFO(rows[i].question_id);
    CHECK(rows[i].form == "101");
    CHECK(rows[i].position == i + 1);
    CHECK(rows[i].question_id == questions[i].id.value);
    CHECK(rows[i].type == *questions[i].type);
    CHECK(rows[i].answer == hocvu::answer_on_form(form.items[i]));
    CHECK(rows[i].line == i + 2);
  }
  CHECK(rows[0].answer == Answer{ChoiceAnswer{{"A"}}});
  CHECK(rows[1].answer == Answer{ChoiceAnswer{{"A", "D"}}});
  CHECK(rows[4].answer == Answer{TextAnswer{{"=SUM(A1)", "Quốc hội, \"số\""}}});
}

TEST_CASE("read_key_csv: a key written by hand, with a BOM, CRLF and columns in another order", "[key]") {
  std::string csv =
      "\xEF\xBB\xBFquestion_id,form,position,type,answer,points,competency,level\r\n"
      "Q1,A,1,single,b,1,1.1,CB\r\n"
      "\r\n"
      "Q2,A,2,numeric,7,2.5,1.2,TC\r\n";
  hocvu::Diagnostics diagnostics;
  std::vector<hocvu::KeyRow> rows = read(csv, diagnostics);
  CHECK(describe(diagnostics) == "(no diagnostics)\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].answer == Answer{ChoiceAnswer{{"B"}}});
  CHECK(rows[1].points == 2.5);
  CHECK(rows[1].line == 4);
}

TEST_CASE("read_key_csv reports every row it cannot read, with line and column", "[key]") {
  std::string csv = kHeader +
                    "101,1,Q1,single,B;C,1,1.1,CB\n"
                    "101,x,Q2,single,B,1,1.1,CB\n"
                    "101,3,Q3,essay,B,1,1.1,CB\n"
                    "101,4,Q4,numeric,4,0,1.1,CB\n"
                    "101,5,Q5,single,B\n"
                    "101,6,,single,B,1,1.1,CB\n"
                    "101,7,Q7,true_false,true,1,1.1,CB\n"
                    "101,7,Q8,true_false,true,1,1.1,CB\n"
                    "101,9,Q9,short_text,\"VNeID\"x,1,1.1,CB\n";
  hocvu::Diagnostics diagnostics;
  std::vector<hocvu::KeyRow> rows = read(csv, diagnostics);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].question_id == "Q7");
  std::string hint = " [correct the row, or build the exam again with hocvu exam]\n";
  CHECK(describe(diagnostics) ==
        "key.csv:2:17: E701 answer 'B;C' of single question Q1: a single-choice question has one answer, not 2" + hint +
        "key.csv:3:5: E701 position 'x' is not a whole number from 1" + hint +
        "key.csv:4:10: E701 type 'essay' is not one of single, multiple, true_false, numeric, short_text" + hint +
        "key.csv:5:20: E701 points '0' is not a number above 0 and at most 1000" + hint +
        "key.csv:6:17: E701 the row has 5 fields; the header of key.csv has 8" + hint +
        "key.csv:7:7: E701 the question_id is empty" + hint +
        "key.csv:9:5: E701 form 101 has a second answer for position 7" + hint +
        "key.csv:10:28: E701 text after the closing '\"' of a quoted field; double a quote inside a quoted field "
        "(\"\")" + hint);
}

TEST_CASE("read_key_csv: a row shorter than a header with extra columns is reported, not read past", "[key]") {
  // Found by fuzz_key_csv: the columns read end at field 10 of the header, not at field 8.
  hocvu::Diagnostics diagnostics;
  std::string header = "form,position,question_id,type,answer,points,note,competency,other,level\n";
  CHECK(read(header + "101,1,Q1,single,A,1,x,1.1,y,CB\n101,2,Q2,single,A,1,x,1.1\n", diagnostics).size() == 1);
  std::string hint = " [correct the row, or build the exam again with hocvu exam]\n";
  CHECK(describe(diagnostics) == "key.csv:1:46: E701 'note' is not a column of key.csv" + hint +
                                     "key.csv:1:62: E701 'other' is not a column of key.csv" + hint +
                                     "key.csv:3:23: E701 the row has 8 fields; the header of key.csv has 10" + hint);
}

TEST_CASE("read_key_csv: a header without the documented columns reads no rows", "[key]") {
  hocvu::Diagnostics diagnostics;
  CHECK(read("form,position,question,type,answer,points,competency,level\n101,1,Q1,single,A,1,1.1,CB\n",
             diagnostics).empty());
  std::string hint = " [correct the row, or build the exam again with hocvu exam]\n";
  CHECK(describe(diagnostics) == "key.csv:1:15: E701 'question' is not a column of key.csv" + hint +
                                     "key.csv:1:1: E701 key.csv has no 'question_id' column" + hint);
  hocvu::Diagnostics twice;
  CHECK(read(kHeader.substr(0, kHeader.size() - 1) + ",Form\n101,1,Q1,single,A,1,1.1,CB,102\n", twice).size() == 1);
  CHECK(describe(twice) == "key.csv:1:63: E701 column 'form' appears twice" + hint);
  hocvu::Diagnostics empty;
  CHECK(read("", empty).empty());
  CHECK(describe(empty) == "key.csv:1:1: E701 key.csv is empty; its first line names the columns" + hint);
  hocvu::Diagnostics latin1;
  CHECK(read(kHeader + "101,1,Q1,short_text,Vi\xEAt,1,1.1,CB\n", latin1).empty());
  CHECK(describe(latin1) == "key.csv:2:23: E701 the file is not valid UTF-8; save it as UTF-8" + hint);
}
