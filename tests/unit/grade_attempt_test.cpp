// Tests of src/grade/grade_attempt.cpp: totals, pass (exactly on the mark passes, area minimum),
// mastery (measured only with enough questions, mastered exactly at the share) and the flags,
// on a hand-built key. A point is 720,720 units.
#include "grade/grade_attempt.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

using hocvu::Attempt;
using hocvu::ChoiceAnswer;
using hocvu::Correction;
using hocvu::CorrectionKind;
using hocvu::Corrections;
using hocvu::FormGrader;
using hocvu::GradedAttempt;
using hocvu::GradingKey;
using hocvu::KeyItem;
using hocvu::MasteryRule;
using hocvu::QuestionType;
using hocvu::Units;

namespace {

constexpr Units P = 720720;  // one point

KeyItem single(uint32_t position, const char* letter, Units points, const char* competency, const char* area) {
  KeyItem item;
  item.position = position;
  item.question_id = "Q" + std::to_string(position);
  item.type = QuestionType::single;
  item.answer = ChoiceAnswer{{letter}};
  item.points = points;
  item.competency = competency;
  item.area = area;
  item.option_keys = {"A", "B", "C", "D"};
  return item;
}

// Form 101 of eight points:
//   Q1 B 1 point, Q2 C 1, Q3 A 2: competency 1.1 (three questions, 4 points), area 1 (4 points)
//   Q4 D 1, Q5 B 1: competency 1.2 (two questions), area 2
//   Q6 A 2: competency 2.1 (one question), area 2 (area 2: 4 points)
// Pass at 50 percent. The grader points into the key, so the whole stays where it is.
struct Fixture {
  GradingKey key;
  Corrections corrections;
  hocvu::ScoringRules rules;
  std::unique_ptr<FormGrader> grader;

  explicit Fixture(MasteryRule mastery = MasteryRule{}, std::optional<double> area_min = std::nullopt,
                   std::vector<Correction> list = {}, double pass_percent = 50) {
    key.exam = "it-basic";
    key.pass.percent = pass_percent;
    key.pass.area_min_percent = area_min;
    key.competencies = {"1.1", "1.2", "2.1"};
    key.areas = {"1", "2"};
    hocvu::KeyForm form;
    form.id = "101";
    form.items = {single(1, "B", P, "1.1", "1"), single(2, "C", P, "1.1", "1"), single(3, "A", 2 * P, "1.1", "1"),
                  single(4, "D", P, "1.2", "2"), single(5, "B", P, "1.2", "2"), single(6, "A", 2 * P, "2.1", "2")};
    form.possible = 8 * P;
    key.forms.push_back(std::move(form));
    for (Correction& each : list) corrections.by_question.emplace(each.question_id, each);
    grader = std::make_unique<FormGrader>(key, key.forms[0], hocvu::prepare_form(key.forms[0], corrections, rules),
                                          rules, mastery);
  }
  Fixture(const Fixture&) = delete;
  Fixture& operator=(const Fixture&) = delete;

  GradedAttempt grade(std::vector<std::string> answers) const {
    Attempt attempt;
    attempt.candidate_id = "000123";
    attempt.form = "101";
    attempt.answers = std::move(answers);
    GradedAttempt graded;
    grader->grade(attempt, graded);
    return graded;
  }
};

}  // namespace

TEST_CASE("reaches_percent: exactly on the mark reaches it, one unit below does not", "[grade]") {
  CHECK(hocvu::reaches_percent(7 * P, 10 * P, 70));
  CHECK_FALSE(hocvu::reaches_percent(7 * P - 1, 10 * P, 70));
  CHECK(hocvu::reaches_percent(10 * P, 10 * P, 100));
  CHECK(hocvu::reaches_percent(0, 10 * P, 0));
  CHECK_FALSE(hocvu::reaches_percent(0, 0, 0));  // nothing to earn: nothing reached
  // 2 of 3 is 66.666...%: it reaches 66.666 but not 66.667 (percent taken to 1/1000).
  CHECK(hocvu::reaches_percent(2 * P, 3 * P, 66.666));
  CHECK_FALSE(hocvu::reaches_percent(2 * P, 3 * P, 66.667));
  CHECK(hocvu::reaches_percent(P / 2, P, 50));
  CHECK_FALSE(hocvu::reaches_percent(P / 2, P, 50.001));
  CHECK_FALSE(hocvu::reaches_percent(-P, 10 * P, 0));
}

TEST_CASE("FormGrader: the form's possible points and which competencies it measures", "[grade]") {
  const Fixture fixture;
  const FormGrader& grader = *fixture.grader;
  CHECK(grader.possible() == 8 * P);
  CHECK(grader.competency_possible(0) == 4 * P);
  CHECK(grader.competency_possible(1) == 2 * P);
  CHECK(grader.competency_possible(2) == 2 * P);
  CHECK(grader.measures(0));
  CHECK(grader.measures(1));
  CHECK_FALSE(grader.measures(2));  // one question: fewer than the two needed
  CHECK(&grader.form() == &fixture.key.forms[0]);
  CHECK(grader.items().size() == 6);
}

TEST_CASE("FormGrader::grade: total, answered, per competency and per area", "[grade]") {
  const Fixture fixture;
  GradedAttempt graded = fixture.grade({"B", "A", "a", " ", "B", "C"});
  CHECK(graded.total == 4 * P);  // Q1 1 + Q3 2 + Q5 1
  CHECK(graded.answered == 5);
  CHECK(graded.competency_earned == std::vector<Units>{3 * P, P, 0});
  CHECK(graded.area_earned == std::vector<Units>{3 * P, P});
  CHECK(graded.flags == 0);
  CHECK(graded.unreadable_position == 0);
  REQUIRE(graded.scores.size() == 6);
  CHECK(graded.scores[0].status == hocvu::AnswerStatus::correct);
  CHECK(graded.scores[1].status == hocvu::AnswerStatus::wrong);
  CHECK(graded.scores[3].status == hocvu::AnswerStatus::omitted);
  CHECK(graded.scores[0].chosen == 2);  // B
}

TEST_CASE("FormGrader::grade: passed exactly on the mark, not one point below", "[grade]") {
  const Fixture fixture;
  GradedAttempt on_mark = fixture.grade({"B", "C", "", "D", "B", ""});  // 4 of 8: 50%
  CHECK(on_mark.total == 4 * P);
  CHECK(on_mark.passed);
  GradedAttempt below = fixture.grade({"B", "", "", "D", "", ""});  // 2 of 8
  CHECK(below.total == 2 * P);
  CHECK_FALSE(below.passed);
  GradedAttempt everything = fixture.grade({"B", "C", "A", "D", "B", "A"});
  CHECK(everything.total == 8 * P);
  CHECK(everything.passed);

  const Fixture stricter(MasteryRule{}, std::nullopt, {}, 50.001);  // the grader reads the pass mark once
  CHECK_FALSE(stricter.grade({"B", "C", "", "D", "B", ""}).passed);
}

TEST_CASE("FormGrader::grade: every area must meet its minimum, exactly on it passes", "[grade]") {
  const Fixture without_minimum;
  const Fixture with_minimum(MasteryRule{}, 50.0);
  // Area 1 all right (4 of 4), area 2 nothing: 50% overall.
  std::vector<std::string> one_area = {"B", "C", "A", "A", "A", "B"};
  CHECK(without_minimum.grade(one_area).passed);
  CHECK_FALSE(with_minimum.grade(one_area).passed);
  // 2 of 4 in each area: both exactly on the minimum.
  std::vector<std::string> both_halves = {"B", "C", "", "D", "B", ""};
  CHECK(with_minimum.grade(both_halves).area_earned == std::vector<Units>{2 * P, 2 * P});
  CHECK(with_minimum.grade(both_halves).passed);
  // 3 of 4 and 1 of 4: 50% overall, area 2 at 25%.
  std::vector<std::string> uneven = {"B", "", "A", "D", "", ""};
  CHECK(without_minimum.grade(uneven).passed);
  CHECK_FALSE(with_minimum.grade(uneven).passed);
}

TEST_CASE("FormGrader::grade: mastery measured with enough questions, mastered exactly at the share", "[grade]") {
  const Fixture fixture(MasteryRule{0.75, 2});
  // 1.1: Q1 and Q3, 3 of 4 points = 0.75; 1.2: 1 of 2; 2.1: not measured.
  GradedAttempt graded = fixture.grade({"B", "", "A", "D", "A", "A"});
  CHECK(graded.mastery == hocvu::MasteryRow{1, 0, -1});
  CHECK(graded.competency_earned == std::vector<Units>{3 * P, P, 2 * P});  // 2.1 counted, not measured
  // 1.1: 2 of 4.
  CHECK(fixture.grade({"B", "C", "", "D", "B", "A"}).mastery == hocvu::MasteryRow{0, 1, -1});

  const Fixture one_question(MasteryRule{0.75, 1});
  CHECK(one_question.grader->measures(2));
  CHECK(one_question.grade({"B", "", "A", "D", "A", "A"}).mastery == hocvu::MasteryRow{1, 0, 1});
  // min_items 0 is taken as 1.
  const Fixture zero(MasteryRule{0.75, 0});
  CHECK(zero.grade({"", "", "", "", "", ""}).mastery == hocvu::MasteryRow{0, 0, 0});

  const Fixture three_questions(MasteryRule{0.75, 3});
  CHECK(three_questions.grade({"B", "", "A", "D", "B", "A"}).mastery == hocvu::MasteryRow{1, -1, -1});
  // Just below the share: 0.7501 of 4 points is more than 3.
  const Fixture higher(MasteryRule{0.7501, 2});
  CHECK(higher.grade({"B", "", "A", "D", "A", "A"}).mastery == hocvu::MasteryRow{0, 0, -1});
}

TEST_CASE("FormGrader::grade: all omitted, and a reused result is cleared", "[grade]") {
  const Fixture fixture;
  Attempt attempt;
  attempt.form = "101";
  attempt.answers = {"B", "C", "A", "D", "B", "AB"};
  GradedAttempt graded;
  fixture.grader->grade(attempt, graded);
  CHECK(graded.flags == hocvu::kInvalidAnswers);
  attempt.answers.clear();  // no answer given at all: every position blank
  fixture.grader->grade(attempt, graded);
  CHECK(graded.total == 0);
  CHECK(graded.answered == 0);
  CHECK(graded.flags == hocvu::kAllOmitted);
  CHECK_FALSE(graded.passed);
  CHECK(graded.scores.size() == 6);
  CHECK(graded.competency_earned == std::vector<Units>{0, 0, 0});
  CHECK(graded.mastery == hocvu::MasteryRow{0, 0, -1});
}

TEST_CASE("FormGrader::grade: one letter throughout needs five choice answers of one letter", "[grade]") {
  const Fixture fixture;
  CHECK(fixture.grade({"A", "A", "A", "A", "A", "A"}).flags == hocvu::kOneLetterThroughout);
  CHECK(fixture.grade({"c", "C", "", "C", "C", "C"}).flags == hocvu::kOneLetterThroughout);  // five
  CHECK(fixture.grade({"C", "C", "", "C", "", "C"}).flags == 0);                           // four
  CHECK(fixture.grade({"A", "A", "A", "A", "A", "B"}).flags == 0);
  // A double mark is no letter: invalid, and not one letter throughout.
  CHECK(fixture.grade({"AB", "AB", "AB", "AB", "AB", "AB"}).flags == hocvu::kInvalidAnswers);
}

TEST_CASE("FormGrader::grade: invalid answers score 0 and count as answered", "[grade]") {
  const Fixture fixture;
  GradedAttempt graded = fixture.grade({"B", "BC", "*", "D", "", ""});
  CHECK(graded.flags == hocvu::kInvalidAnswers);
  CHECK(graded.total == 2 * P);
  CHECK(graded.answered == 4);
  CHECK(graded.scores[1].status == hocvu::AnswerStatus::invalid);
  CHECK(graded.scores[2].status == hocvu::AnswerStatus::invalid);
  CHECK(graded.unreadable_position == 0);
}

TEST_CASE("FormGrader::grade: the first unreadable answer's position", "[grade]") {
  const Fixture fixture;
  CHECK(fixture.grade({"B", "C", "A", "D", "B", "A"}).unreadable_position == 0);
  CHECK(fixture.grade({"B", "C", "7", "D", "?", "A"}).unreadable_position == 3);
  CHECK(fixture.grade({"B", "C", "A", "D", "B", "E"}).unreadable_position == 6);  // four options
}

TEST_CASE("FormGrader::grade: a dropped item is out of the total, the possible and the competencies", "[grade]") {
  Correction drop;
  drop.question_id = "Q6";
  drop.kind = CorrectionKind::drop;
  Correction drop_q5 = drop;
  drop_q5.question_id = "Q5";
  const Fixture fixture(MasteryRule{0.7, 1}, std::nullopt, {drop, drop_q5});
  const FormGrader& grader = *fixture.grader;
  CHECK(grader.possible() == 5 * P);
  CHECK(grader.competency_possible(1) == P);
  CHECK(grader.competency_possible(2) == 0);
  CHECK(grader.measures(1));        // one question left, one needed
  CHECK_FALSE(grader.measures(2));  // nothing left of it
  GradedAttempt graded = fixture.grade({"", "", "A", "", "B", "A"});
  CHECK(graded.total == 2 * P);
  CHECK(graded.answered == 3);  // answers to dropped questions are still answers
  CHECK(graded.area_earned == std::vector<Units>{2 * P, 0});
  CHECK(graded.mastery == hocvu::MasteryRow{0, 0, -1});
  CHECK_FALSE(graded.passed);  // 2 of 5
  CHECK(fixture.grade({"B", "", "A", "", "", ""}).passed);  // 3 of 5
}

TEST_CASE("attempt_flags_text: names in a fixed order, joined by ';'", "[grade]") {
  CHECK(hocvu::attempt_flags_text(0).empty());
  CHECK(hocvu::attempt_flags_text(hocvu::kAllOmitted) == "all_omitted");
  CHECK(hocvu::attempt_flags_text(hocvu::kInvalidAnswers | hocvu::kDuplicateAttempt) ==
        "duplicate_attempt;invalid_answers");
  CHECK(hocvu::attempt_flags_text(15) == "duplicate_attempt;all_omitted;one_letter_throughout;invalid_answers");
  CHECK(hocvu::attempt_flags_text(16).empty());
}
