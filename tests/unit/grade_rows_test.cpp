// Tests of src/grade/grade_rows.cpp: points and percents as scores.csv writes them, and the rows
// of scores.csv, competencies.csv and rejects.csv with quoting and the formula guard.
#include "grade/grade_rows.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using hocvu::Attempt;
using hocvu::ChoiceAnswer;
using hocvu::FormGrader;
using hocvu::GradedAttempt;
using hocvu::GradingKey;
using hocvu::KeyItem;
using hocvu::QuestionType;
using hocvu::Units;

namespace {

constexpr Units P = 720720;  // one point

std::string points(Units units) {
  std::string out = "x";
  hocvu::append_points(out, units);
  return out.substr(1);
}

std::string percent(Units earned, Units possible) {
  std::string out = "x";
  hocvu::append_percent(out, earned, possible);
  return out.substr(1);
}

KeyItem single(uint32_t position, const char* letter, Units item_points, const char* competency) {
  KeyItem item;
  item.position = position;
  item.question_id = "Q" + std::to_string(position);
  item.type = QuestionType::single;
  item.answer = ChoiceAnswer{{letter}};
  item.points = item_points;
  item.competency = competency;
  item.option_keys = {"A", "B", "C", "D"};
  return item;
}

// Form 101: Q1 B and Q2 C of competency 1.1 (1 point each), Q3 A of competency "=2,1" (half a
// point: one question, not measured with the default two). Pass at 60%.
struct Fixture {
  GradingKey key;
  hocvu::Corrections corrections;
  hocvu::ScoringRules rules;
  std::unique_ptr<FormGrader> grader;

  Fixture() {
    key.exam = "it-basic";
    key.pass.percent = 60;
    key.competencies = {"1.1", "=2,1"};
    hocvu::KeyForm form;
    form.id = "101";
    form.items = {single(1, "B", P, "1.1"), single(2, "C", P, "1.1"), single(3, "A", P / 2, "=2,1")};
    form.possible = 5 * P / 2;
    key.forms.push_back(std::move(form));
    grader = std::make_unique<FormGrader>(key, key.forms[0], hocvu::prepare_form(key.forms[0], corrections, rules),
                                          rules, hocvu::MasteryRule{});
  }

  std::string rows(const Attempt& attempt, std::string_view source) const {
    GradedAttempt graded;
    grader->grade(attempt, graded);
    std::string out;
    hocvu::append_score_row(out, key, attempt, *grader, graded, source);
    hocvu::append_competency_row(out, key, attempt, *grader, graded);
    return out;
  }
};

Attempt attempt(std::string candidate, std::string date, std::vector<std::string> answers, uint64_t line) {
  Attempt a;
  a.candidate_id = std::move(candidate);
  a.form = "101";
  a.date = std::move(date);
  a.answers = std::move(answers);
  a.line = line;
  return a;
}

}  // namespace

TEST_CASE("append_points: whole points, then at most 4 decimals without trailing zeros", "[grade]") {
  CHECK(points(31 * P) == "31");
  CHECK(points(0) == "0");
  CHECK(points(30 * P + P / 2) == "30.5");
  CHECK(points(29 * P + 2 * P / 3) == "29.6667");
  CHECK(points(P / 3) == "0.3333");
  CHECK(points(P / 4) == "0.25");
  CHECK(points(-2 * P) == "-2");
  CHECK(points(-P / 4) == "-0.25");
  CHECK(points(-1) == "0");     // -0.0000: never "-0"
  CHECK(points(1) == "0");
  CHECK(points(P - 1) == "1");  // 0.99999861 rounds to 1.0000
  CHECK(points(100000 * P) == "100000");
}

TEST_CASE("append_percent: two decimals, rounded; nothing when nothing was possible", "[grade]") {
  CHECK(percent(P, 3 * P) == "33.33");
  CHECK(percent(2 * P, 3 * P) == "66.67");
  CHECK(percent(P, 8 * P) == "12.50");
  CHECK(percent(0, 8 * P) == "0.00");
  CHECK(percent(8 * P, 8 * P) == "100.00");
  CHECK(percent(-P, 8 * P) == "-12.50");
  CHECK(percent(-1, 8 * P) == "0.00");  // -0.00: never "-0.00"
  CHECK(percent(P, 0).empty());
  CHECK(percent(0, 0).empty());
}

TEST_CASE("headers of the row files", "[grade]") {
  const Fixture fixture;
  CHECK(hocvu::scores_header() ==
        "candidate_id,exam,form,date,answered,earned,possible,percent,passed,source,line,flags\n");
  CHECK(hocvu::competencies_header(fixture.key) == "candidate_id,exam,form,date,1.1,\"'=2,1\",mastered\n");
  CHECK(hocvu::rejects_header() == "file,line,code,reason,raw\n");
}

TEST_CASE("score and competency rows: numbers, flags, the formula guard and quoting", "[grade]") {
  const Fixture fixture;
  CHECK(fixture.rows(attempt("000123", "2024-05-01", {"B", "C", "A"}, 2), "in/a.csv") ==
        "000123,it-basic,101,2024-05-01,3,2.5,2.5,100.00,true,in/a.csv,2,\n"
        "000123,it-basic,101,2024-05-01,100.00,,1.1\n");
  CHECK(fixture.rows(attempt("=1+2", "", {"B", "", "A"}, 3), "in/a,b.csv") ==
        "'=1+2,it-basic,101,,2,1.5,2.5,60.00,true,\"in/a,b.csv\",3,\n"
        "'=1+2,it-basic,101,,50.00,,\n");
  CHECK(fixture.rows(attempt("Nguyễn, \"An\"", "-1", {"AB", "", ""}, 40), "-") ==
        "\"Nguyễn, \"\"An\"\"\",it-basic,101,-1,1,0,2.5,0.00,false,'-,40,invalid_answers\n"
        "\"Nguyễn, \"\"An\"\"\",it-basic,101,-1,0.00,,\n");
  CHECK(fixture.rows(attempt("7", "@x", {}, 5), "b.csv") ==
        "7,it-basic,101,'@x,0,0,2.5,0.00,false,b.csv,5,all_omitted\n"
        "7,it-basic,101,'@x,0.00,,\n");
}

TEST_CASE("a competency row names every competency mastered, joined by ';'", "[grade]") {
  GradingKey key;
  key.exam = "e";
  key.competencies = {"1.1", "1.2"};
  hocvu::KeyForm form;
  form.id = "101";
  form.items = {single(1, "A", P, "1.1"), single(2, "A", P, "1.1"), single(3, "A", P, "1.2"), single(4, "A", P, "1.2")};
  form.possible = 4 * P;
  key.forms.push_back(form);
  hocvu::Corrections corrections;
  hocvu::ScoringRules rules;
  FormGrader grader(key, key.forms[0], hocvu::prepare_form(key.forms[0], corrections, rules), rules,
                    hocvu::MasteryRule{0.5, 2});
  GradedAttempt graded;
  Attempt both = attempt("c", "", {"A", "", "A", "B"}, 2);
  both.form = "101";
  grader.grade(both, graded);
  std::string out;
  hocvu::append_competency_row(out, key, both, grader, graded);
  CHECK(out == "c,e,101,,50.00,50.00,1.1;1.2\n");
}

TEST_CASE("reject rows: the reason code, the message and the raw row verbatim, quoted", "[grade]") {
  hocvu::Reject reject;
  reject.line = 17;
  reject.reason = hocvu::RejectReason::unknown_form;
  reject.message = "form 109 is not in the key";
  reject.raw = "000123,109,\"A\"\r\nB";
  std::string out;
  hocvu::append_reject_row(out, reject, "in/x.csv");
  CHECK(out == "in/x.csv,17,unknown_form,form 109 is not in the key,\"000123,109,\"\"A\"\"\r\nB\"\n");
  out.clear();
  reject.reason = hocvu::RejectReason::duplicate_attempt;
  reject.message = "=HYPERLINK(\"x\")";
  reject.raw = "+cmd";
  hocvu::append_reject_row(out, reject, "-");  // standard input: a lone '-' is guarded too
  CHECK(out == "'-,17,duplicate_attempt,\"'=HYPERLINK(\"\"x\"\")\",'+cmd\n");
  out.clear();
  reject.raw = "";
  reject.message = "-1.5";  // a plain number keeps its sign
  hocvu::append_reject_row(out, reject, "a.csv");
  CHECK(out == "a.csv,17,duplicate_attempt,-1.5,\n");
}
