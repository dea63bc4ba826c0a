// Tests of src/grade/scoring.cpp: every scoring rule on hand-computed cases. A point is 720,720
// units; the expected marks are written as fractions of the points beside their units.
#include "grade/scoring.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using hocvu::AnswerStatus;
using hocvu::ChoiceAnswer;
using hocvu::Correction;
using hocvu::CorrectionKind;
using hocvu::Corrections;
using hocvu::ItemScore;
using hocvu::KeyForm;
using hocvu::KeyItem;
using hocvu::NumericAnswer;
using hocvu::PartialRule;
using hocvu::QuestionType;
using hocvu::ScoringItem;
using hocvu::ScoringRules;
using hocvu::TextAnswer;
using hocvu::TrueFalseAnswer;
using hocvu::Units;

namespace {

constexpr Units P = 720720;  // one point
constexpr uint32_t A = 1, B = 2, C = 4, D = 8, E = 16;

KeyItem choice_item(QuestionType type, std::vector<std::string> key, std::vector<std::string> option_keys,
                    Units points = P) {
  KeyItem item;
  item.position = 1;
  item.question_id = "Q1";
  item.type = type;
  item.answer = ChoiceAnswer{std::move(key)};
  item.points = points;
  item.option_keys = std::move(option_keys);
  return item;
}

KeyItem item_of(QuestionType type, hocvu::Answer answer, Units points = P) {
  KeyItem item;
  item.position = 1;
  item.question_id = "Q1";
  item.type = type;
  item.answer = std::move(answer);
  item.points = points;
  return item;
}

// A form of the one item, kept alive beside its scoring item.
struct Prepared {
  KeyForm form;
  Corrections corrections;
  ScoringRules rules;
  ScoringItem scoring;

  Prepared(KeyItem item, ScoringRules scoring_rules, std::vector<Correction> list = {}) : rules(scoring_rules) {
    form.id = "101";
    form.items.push_back(std::move(item));
    for (Correction& each : list) {
      each.question_id = "Q1";
      corrections.by_question.emplace("Q1", std::move(each));
    }
    scoring = hocvu::prepare_form(form, corrections, rules).at(0);
  }
  // prepare_form's items point into this object: it stays where it is.
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;

  ItemScore score(std::string_view answer) const { return hocvu::score_answer(scoring, answer, rules); }
  Units earned(std::string_view answer) const { return score(answer).earned; }
  AnswerStatus status(std::string_view answer) const { return score(answer).status; }
};

ScoringRules partial(PartialRule rule) {
  ScoringRules rules;
  rules.partial = rule;
  return rules;
}

ScoringRules negative(double fraction) {
  ScoringRules rules;
  rules.negative = fraction;
  return rules;
}

Correction correction(CorrectionKind kind, std::vector<std::string> options = {}) {
  Correction c;
  c.kind = kind;
  c.options = std::move(options);
  return c;
}

const std::vector<std::string> kFive = {"A", "B", "C", "D", "E"};

// A multiple response question with options A to E, of which A and C are right: c = 2 right,
// w = 3 wrong options.
KeyItem two_of_five() {
  return choice_item(QuestionType::multiple, {"A", "C"}, kFive);
}

}  // namespace

TEST_CASE("parse_partial_rule: the names of exams_eval", "[grade]") {
  CHECK(hocvu::parse_partial_rule("false") == PartialRule::false1);
  CHECK(hocvu::parse_partial_rule("false2") == PartialRule::false2);
  CHECK(hocvu::parse_partial_rule("true") == PartialRule::true1);
  CHECK(hocvu::parse_partial_rule("all") == PartialRule::all);
  CHECK(hocvu::parse_partial_rule("none") == PartialRule::none);
  CHECK_FALSE(hocvu::parse_partial_rule("False"));
  CHECK_FALSE(hocvu::parse_partial_rule(""));
  for (PartialRule rule : {PartialRule::false1, PartialRule::false2, PartialRule::true1, PartialRule::all,
                           PartialRule::none}) {
    CHECK(hocvu::parse_partial_rule(hocvu::partial_rule_name(rule)) == rule);
  }
}

TEST_CASE("multiple response, rule false: a wrong tick costs 1/w = 1/3", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::false1));
  CHECK(item.earned("AC") == P);              // 2/2
  CHECK(item.earned("A") == P / 2);           // 1/2
  CHECK(item.earned("AB") == P / 6);          // 1/2 - 1/3 = 1/6
  CHECK(item.earned("ABC") == 2 * P / 3);     // 1 - 1/3 = 2/3
  CHECK(item.earned("ABCD") == P / 3);        // 1 - 2/3 = 1/3
  CHECK(item.earned("ABCDE") == 0);           // 1 - 3/3 = 0
  CHECK(item.earned("ABD") == 0);             // 1/2 - 2/3 < 0, floored
  CHECK(item.earned("B") == 0);               // -1/3, floored
  // Every (k, m) mark after flooring: 0, 1/6, 1/3, 1/2, 2/3, 1.
  CHECK(item.scoring.levels == std::vector<Units>{0, P / 6, P / 3, P / 2, 2 * P / 3, P});
  CHECK(item.score("AB").level == 1);
  CHECK(item.score("ABC").level == 4);
  CHECK(item.score("AC").level == 5);
  CHECK(item.score("").level == 0);
}

TEST_CASE("multiple response, rule false2: 1/max(w, 2), the same as false when w >= 2", "[grade]") {
  Prepared five(two_of_five(), partial(PartialRule::false2));
  CHECK(five.earned("AB") == P / 6);       // 1/2 - 1/3
  CHECK(five.earned("ABC") == 2 * P / 3);  // 1 - 1/3
  CHECK(five.scoring.levels == std::vector<Units>{0, P / 6, P / 3, P / 2, 2 * P / 3, P});
  // Three options, A and B right: w = 1. false costs 1/1 a wrong tick, false2 1/2.
  KeyItem three = choice_item(QuestionType::multiple, {"A", "B"}, {"A", "B", "C"});
  Prepared false2(three, partial(PartialRule::false2));
  Prepared false1(three, partial(PartialRule::false1));
  CHECK(false2.earned("ABC") == P / 2);  // 1 - 1/2
  CHECK(false1.earned("ABC") == 0);      // 1 - 1
  CHECK(false2.earned("AC") == 0);       // 1/2 - 1/2
  CHECK(false2.scoring.levels == std::vector<Units>{0, P / 2, P});
}

TEST_CASE("multiple response, rule true: a wrong tick costs 1/c = 1/2", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::true1));
  CHECK(item.earned("A") == P / 2);    // 1/2
  CHECK(item.earned("AB") == 0);       // 1/2 - 1/2
  CHECK(item.earned("ABC") == P / 2);  // 1 - 1/2
  CHECK(item.earned("ABCD") == 0);     // 1 - 2/2
  CHECK(item.scoring.levels == std::vector<Units>{0, P / 2, P});
}

TEST_CASE("multiple response, rule all: any wrong tick makes the item 0", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::all));
  CHECK(item.earned("A") == P / 2);
  CHECK(item.earned("AC") == P);
  CHECK(item.earned("ABC") == 0);
  CHECK(item.earned("AE") == 0);
  CHECK(item.scoring.levels == std::vector<Units>{0, P / 2, P});
}

TEST_CASE("multiple response, rule none: wrong ticks cost nothing", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::none));
  CHECK(item.earned("ABDE") == P / 2);
  CHECK(item.earned("ABCDE") == P);
  CHECK(item.status("ABCDE") == AnswerStatus::correct);  // full marks, though not the key
  CHECK(item.earned("BDE") == 0);
  CHECK(item.scoring.levels == std::vector<Units>{0, P / 2, P});
}

TEST_CASE("multiple response: status and chosen letters", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::false2));
  CHECK(item.status("CA") == AnswerStatus::correct);
  CHECK(item.status("A") == AnswerStatus::partial);
  CHECK(item.status("ABC") == AnswerStatus::partial);
  CHECK(item.status("BD") == AnswerStatus::wrong);
  CHECK(item.status("ABDE") == AnswerStatus::wrong);  // 1/2 - 3/3, floored: readable, no credit
  CHECK(item.status("") == AnswerStatus::omitted);
  CHECK(item.status(" *") == AnswerStatus::invalid);
  CHECK(item.status("F") == AnswerStatus::unreadable);
  CHECK(item.score("a, e").chosen == (A | E));
  CHECK(item.score("BD").chosen == (B | D));
  CHECK(item.score("*").chosen == 0);
  CHECK(item.score("F").chosen == 0);
  CHECK(item.score("").chosen == 0);
}

TEST_CASE("multiple response: --negative does not apply", "[grade]") {
  ScoringRules rules = negative(0.5);
  Prepared item(two_of_five(), rules);
  CHECK(item.earned("BD") == 0);
  CHECK(item.scoring.levels.front() == 0);
}

TEST_CASE("multiple response: half points with 4 right of 7 round to the nearest unit", "[grade]") {
  // 360,360 units; 1/4 of it is 90,090; rule false: a wrong tick costs 1/3 = 120,120. One right
  // and one wrong tick: 360360 * (3 - 4) / 12 < 0, so 0; three right and one wrong: 360360 * (9 - 4)
  // / 12 = 150,150.
  KeyItem item = choice_item(QuestionType::multiple, {"A", "B", "C", "D"}, {"A", "B", "C", "D", "E", "F", "G"}, P / 2);
  Prepared prepared(item, partial(PartialRule::false1));
  CHECK(prepared.earned("A") == 90090);
  CHECK(prepared.earned("AE") == 0);
  CHECK(prepared.earned("ABCE") == 150150);
  // Points that do not divide: 7 units, 2 right of 3, rule none: 1/2 of 7 is 3.5, rounded up to 4.
  Prepared odd(choice_item(QuestionType::multiple, {"A", "B"}, {"A", "B", "C"}, 7), partial(PartialRule::none));
  CHECK(odd.earned("A") == 4);
  CHECK(odd.scoring.levels == std::vector<Units>{0, 4, 7});
}

TEST_CASE("single choice: right, wrong, omitted, invalid, unreadable", "[grade]") {
  Prepared item(choice_item(QuestionType::single, {"B"}, {"A", "B", "C", "D"}), ScoringRules{});
  ItemScore right = item.score(" b ");
  CHECK(right.status == AnswerStatus::correct);
  CHECK(right.earned == P);
  CHECK(right.chosen == B);
  CHECK(right.level == 1);
  CHECK(item.score("BB").status == AnswerStatus::correct);
  ItemScore wrong = item.score("A");
  CHECK(wrong.status == AnswerStatus::wrong);
  CHECK(wrong.earned == 0);
  CHECK(wrong.chosen == A);
  CHECK(wrong.level == 0);
  ItemScore omitted = item.score("  ");
  CHECK(omitted.status == AnswerStatus::omitted);
  CHECK(omitted.chosen == 0);
  ItemScore double_mark = item.score("AB");
  CHECK(double_mark.status == AnswerStatus::invalid);
  CHECK(double_mark.earned == 0);
  CHECK(double_mark.chosen == (A | B));
  CHECK(item.score("b, d").status == AnswerStatus::invalid);
  ItemScore star = item.score("*");
  CHECK(star.status == AnswerStatus::invalid);
  CHECK(star.chosen == 0);
  for (const char* unreadable : {"E", "2", "B?", "Bx"}) {
    INFO(unreadable);
    CHECK(item.score(unreadable).status == AnswerStatus::unreadable);
    CHECK(item.score(unreadable).chosen == 0);
    CHECK(item.score(unreadable).earned == 0);
  }
  CHECK(item.scoring.levels == std::vector<Units>{0, P});
  CHECK(item.scoring.options == 4);
  CHECK(item.scoring.correct_mask == B);
}

TEST_CASE("single choice: --negative 0.25 costs a wrong answer, not an omitted or invalid one", "[grade]") {
  Prepared item(choice_item(QuestionType::single, {"B"}, {"A", "B", "C", "D"}, 2 * P), negative(0.25));
  CHECK(item.earned("B") == 2 * P);
  CHECK(item.earned("C") == -P / 2);  // 0.25 of 2 points
  CHECK(item.earned("") == 0);
  CHECK(item.earned("BC") == 0);
  CHECK(item.earned("*") == 0);
  CHECK(item.scoring.levels == std::vector<Units>{-P / 2, 0, 2 * P});
  CHECK(item.score("C").level == 0);
  CHECK(item.score("").level == 1);
  CHECK(item.score("BC").level == 1);
  CHECK(item.score("B").level == 2);
  // 0.5 of 7 units is 3.5: rounded to 4, away from zero.
  Prepared odd(choice_item(QuestionType::single, {"A"}, {"A", "B"}, 7), negative(0.5));
  CHECK(odd.earned("B") == -4);
}

TEST_CASE("choice questions without option keys: as many options as the key's letters need", "[grade]") {
  Prepared item(choice_item(QuestionType::single, {"C"}, {}), ScoringRules{});
  CHECK(item.scoring.options == 3);
  CHECK(item.status("C") == AnswerStatus::correct);
  CHECK(item.status("D") == AnswerStatus::unreadable);
}

TEST_CASE("true/false: every notation, all or nothing, '*' invalid", "[grade]") {
  Prepared item(item_of(QuestionType::true_false, TrueFalseAnswer{true}), negative(1));
  for (const char* yes : {"Đ", "đúng", "T", "true", "1", " TRUE "}) {
    INFO(yes);
    CHECK(item.status(yes) == AnswerStatus::correct);
    CHECK(item.earned(yes) == P);
  }
  for (const char* no : {"S", "Sai", "F", "false", "0"}) {
    INFO(no);
    CHECK(item.status(no) == AnswerStatus::wrong);
    CHECK(item.earned(no) == -P);
  }
  CHECK(item.status("*") == AnswerStatus::invalid);
  CHECK(item.earned("*") == 0);
  CHECK(item.status("A") == AnswerStatus::unreadable);
  CHECK(item.status("") == AnswerStatus::omitted);
  CHECK(item.score("T").chosen == 0);
  CHECK(item.scoring.levels == std::vector<Units>{-P, 0, P});
}

TEST_CASE("numeric: within the tolerance, either decimal mark", "[grade]") {
  Prepared exact(item_of(QuestionType::numeric, NumericAnswer{3.5, 0}), ScoringRules{});
  CHECK(exact.status("3,5") == AnswerStatus::correct);
  CHECK(exact.status(" 3.50 ") == AnswerStatus::correct);
  CHECK(exact.status("3") == AnswerStatus::wrong);
  CHECK(exact.status("-3,5") == AnswerStatus::wrong);
  CHECK(exact.status("1.000,5") == AnswerStatus::unreadable);
  CHECK(exact.status("3,5 km") == AnswerStatus::unreadable);
  Prepared tolerant(item_of(QuestionType::numeric, NumericAnswer{10, 0.5}), ScoringRules{});
  CHECK(tolerant.status("10,5") == AnswerStatus::correct);
  CHECK(tolerant.status("9.5") == AnswerStatus::correct);
  CHECK(tolerant.status("10.51") == AnswerStatus::wrong);
  CHECK(tolerant.status("9,49") == AnswerStatus::wrong);
  // |0.4 - 0.3| is 0.10000000000000003 in binary: the slack keeps it within 0.1.
  Prepared binary(item_of(QuestionType::numeric, NumericAnswer{0.3, 0.1}), ScoringRules{});
  CHECK(binary.status("0,4") == AnswerStatus::correct);
  CHECK(binary.status("0.4000001") == AnswerStatus::wrong);
}

TEST_CASE("short text: case, spacing and Unicode form do not matter, diacritics do", "[grade]") {
  Prepared item(item_of(QuestionType::short_text, TextAnswer{{"Hà Nội", "VNeID"}}), negative(0.5));
  CHECK(item.status("hà  nội") == AnswerStatus::correct);
  CHECK(item.status("HÀ NỘI") == AnswerStatus::correct);
  CHECK(item.status("Ha\xCC\x80 N\xC3\xB4\xCC\xA3i") == AnswerStatus::correct);  // NFD
  CHECK(item.status("vneid") == AnswerStatus::correct);
  CHECK(item.status("Ha Noi") == AnswerStatus::wrong);
  CHECK(item.earned("Ha Noi") == -P / 2);
  CHECK(item.status("Hà Nội.") == AnswerStatus::wrong);  // punctuation is kept
  CHECK(item.status("*") == AnswerStatus::wrong);        // never invalid, never unreadable
  CHECK(item.status("\x01") == AnswerStatus::wrong);
  CHECK(item.status("") == AnswerStatus::omitted);
}

TEST_CASE("unreadable_reason: what was written and what to write instead", "[grade]") {
  Prepared single(choice_item(QuestionType::single, {"B"}, {"a", "b", "c", "d"}), ScoringRules{});
  CHECK(hocvu::unreadable_reason(single.scoring, " E ") ==
        "'E' marks an option the question does not have: its options are A to D");
  CHECK(hocvu::unreadable_reason(single.scoring, "2") ==
        "'2' is not a choice answer: write the letter marked (A to D), or * for a double mark");
  Prepared multiple(two_of_five(), ScoringRules{});
  CHECK(hocvu::unreadable_reason(multiple.scoring, "A+C") ==
        "'A+C' is not a choice answer: write the letters marked (A to E), e.g. AC, A,C or A C");
  Prepared truth(item_of(QuestionType::true_false, TrueFalseAnswer{false}), ScoringRules{});
  CHECK(hocvu::unreadable_reason(truth.scoring, "có") ==
        "'có' is not a true/false answer: write Đ or S, T or F, 1 or 0");
  CHECK(hocvu::unreadable_reason(truth.scoring, std::string(41, 'x') + "ỹ") ==
        "'" + std::string(40, 'x') + "…' is not a true/false answer: write Đ or S, T or F, 1 or 0");
  CHECK(hocvu::unreadable_reason(truth.scoring, std::string(39, 'x') + "ỹ") ==
        "'" + std::string(39, 'x') + "ỹ' is not a true/false answer: write Đ or S, T or F, 1 or 0");
  Prepared number(item_of(QuestionType::numeric, NumericAnswer{1, 0}), ScoringRules{});
  CHECK(hocvu::unreadable_reason(number.scoring, "1.000,5") ==
        "'1.000,5' is not a number: write digits with . or , as the decimal mark and no thousands separator, "
        "e.g. -3,5");
}

TEST_CASE("correction drop: every answer earns 0, its status is still read", "[grade]") {
  Prepared item(choice_item(QuestionType::single, {"B"}, {"A", "B", "C", "D"}), negative(0.25),
                {correction(CorrectionKind::drop)});
  CHECK(item.scoring.dropped);
  CHECK(item.scoring.points == 0);
  CHECK(item.scoring.levels == std::vector<Units>{0});
  ItemScore right = item.score("B");
  CHECK(right.status == AnswerStatus::correct);
  CHECK(right.earned == 0);
  CHECK(right.level == 0);
  CHECK(right.chosen == B);
  CHECK(item.earned("C") == 0);  // no negative mark either
  CHECK(item.status("") == AnswerStatus::omitted);
  CHECK(item.status("E") == AnswerStatus::unreadable);  // the row is still rejected
  REQUIRE(item.scoring.correction != nullptr);
  CHECK(item.scoring.correction->kind == CorrectionKind::drop);
}

TEST_CASE("correction drop on multiple response: statuses of the key's marks, every mark 0", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::false2), {correction(CorrectionKind::drop)});
  CHECK(item.status("AC") == AnswerStatus::correct);
  CHECK(item.status("A") == AnswerStatus::partial);
  CHECK(item.status("BD") == AnswerStatus::wrong);
  for (const char* answer : {"AC", "A", "BD", "", "*"}) {
    INFO(answer);
    CHECK(item.earned(answer) == 0);
    CHECK(item.score(answer).level == 0);
  }
  CHECK(item.score("A").chosen == A);
}

TEST_CASE("correction credit_all: every answer, even omitted, earns the points", "[grade]") {
  Prepared item(two_of_five(), partial(PartialRule::false2), {correction(CorrectionKind::credit_all)});
  CHECK(item.scoring.credit_all);
  CHECK(item.scoring.levels == std::vector<Units>{P});
  for (const char* answer : {"", "AC", "B", "*"}) {
    INFO(answer);
    CHECK(item.earned(answer) == P);
    CHECK(item.score(answer).level == 0);
  }
  CHECK(item.status("") == AnswerStatus::omitted);
  CHECK(item.status("B") == AnswerStatus::wrong);
  CHECK(item.score("B").chosen == B);
}

TEST_CASE("correction accept: single choice, options by the bank's key on this form", "[grade]") {
  // The form shows bank options c, a, d, b at A to D; the key is B (bank a). accept [D] names
  // bank option d, at letter C.
  KeyItem shuffled = choice_item(QuestionType::single, {"B"}, {"c", "a", "d", "b"});
  Prepared item(shuffled, negative(0.25), {correction(CorrectionKind::accept, {"D", "zz"})});
  CHECK(item.scoring.accepted_masks == std::vector<uint32_t>{C});
  CHECK(item.scoring.correct_mask == B);
  CHECK(item.status("B") == AnswerStatus::correct);
  CHECK(item.status("C") == AnswerStatus::correct);
  CHECK(item.status("D") == AnswerStatus::wrong);
  CHECK(item.earned("D") == -P / 4);
  CHECK(item.status("BC") == AnswerStatus::invalid);  // two marks are still a double mark
  CHECK(item.scoring.levels == std::vector<Units>{-P / 4, 0, P});
}

TEST_CASE("correction accept: multiple response, the options join the right set", "[grade]") {
  // Right: A, C and now B (c = 3, w = 2); rule false: a wrong tick costs 1/2.
  Prepared item(two_of_five(), partial(PartialRule::false1), {correction(CorrectionKind::accept, {"b"})});
  CHECK(item.scoring.correct_mask == (A | B | C));
  CHECK(item.earned("ABC") == P);
  CHECK(item.earned("AB") == 2 * P / 3);
  CHECK(item.earned("ABD") == P / 6);  // 2/3 - 1/2
}

TEST_CASE("correction rekey: choice questions", "[grade]") {
  Prepared single(choice_item(QuestionType::single, {"B"}, {"a", "b", "c", "d"}), ScoringRules{},
                  {correction(CorrectionKind::rekey, {"C"})});
  CHECK(single.status("C") == AnswerStatus::correct);
  CHECK(single.status("B") == AnswerStatus::wrong);
  CHECK(single.scoring.correct_mask == C);
  // Two options on a single-choice question, or an option it does not have: left out.
  Prepared two(choice_item(QuestionType::single, {"B"}, {"a", "b", "c", "d"}), ScoringRules{},
               {correction(CorrectionKind::rekey, {"c", "d"})});
  CHECK(two.status("B") == AnswerStatus::correct);
  Prepared unknown(choice_item(QuestionType::single, {"B"}, {"a", "b", "c", "d"}), ScoringRules{},
                   {correction(CorrectionKind::rekey, {"e"})});
  CHECK(unknown.status("B") == AnswerStatus::correct);
  Prepared multiple(two_of_five(), partial(PartialRule::true1), {correction(CorrectionKind::rekey, {"B", "D", "E"})});
  CHECK(multiple.scoring.correct_mask == (B | D | E));
  CHECK(multiple.earned("BDE") == P);
  CHECK(multiple.earned("AC") == 0);
  CHECK(multiple.earned("ABD") == P / 3);  // 2/3 - 1/3
}

TEST_CASE("corrections on true/false, numeric and short text: answers in key.csv notation", "[grade]") {
  Prepared rekeyed(item_of(QuestionType::true_false, TrueFalseAnswer{true}), ScoringRules{},
                   {correction(CorrectionKind::rekey, {"false"})});
  CHECK(rekeyed.status("S") == AnswerStatus::correct);
  CHECK(rekeyed.status("Đ") == AnswerStatus::wrong);
  Prepared both(item_of(QuestionType::true_false, TrueFalseAnswer{true}), ScoringRules{},
                {correction(CorrectionKind::accept, {"FALSE"})});
  CHECK(both.status("S") == AnswerStatus::correct);
  CHECK(both.status("Đ") == AnswerStatus::correct);
  Prepared number(item_of(QuestionType::numeric, NumericAnswer{42, 0}), ScoringRules{},
                  {correction(CorrectionKind::accept, {"40:0.5"})});
  CHECK(number.status("42") == AnswerStatus::correct);
  CHECK(number.status("40,5") == AnswerStatus::correct);
  CHECK(number.status("41") == AnswerStatus::wrong);
  Prepared renumbered(item_of(QuestionType::numeric, NumericAnswer{42, 0}), ScoringRules{},
                      {correction(CorrectionKind::rekey, {"24"})});
  CHECK(renumbered.status("24") == AnswerStatus::correct);
  CHECK(renumbered.status("42") == AnswerStatus::wrong);
  Prepared bad_value(item_of(QuestionType::numeric, NumericAnswer{42, 0}), ScoringRules{},
                     {correction(CorrectionKind::rekey, {"about 24"})});
  CHECK(bad_value.status("42") == AnswerStatus::correct);  // left out: check_corrections reports it
  Prepared text(item_of(QuestionType::short_text, TextAnswer{{"Hà Nội"}}), ScoringRules{},
                {correction(CorrectionKind::accept, {"Thủ đô"})});
  CHECK(text.status("thủ đô") == AnswerStatus::correct);
  CHECK(text.status("hà nội") == AnswerStatus::correct);
  Prepared retext(item_of(QuestionType::short_text, TextAnswer{{"Hà Nội"}}), ScoringRules{},
                  {correction(CorrectionKind::rekey, {"Huế"})});
  CHECK(retext.status("huế") == AnswerStatus::correct);
  CHECK(retext.status("hà nội") == AnswerStatus::wrong);
}

TEST_CASE("prepare_form: one scoring item per position, corrections by question id", "[grade]") {
  KeyForm form;
  form.id = "101";
  form.items.push_back(choice_item(QuestionType::single, {"A"}, {"A", "B"}));
  form.items.push_back(item_of(QuestionType::true_false, TrueFalseAnswer{true}, 2 * P));
  form.items[1].question_id = "Q2";
  form.items[1].position = 2;
  Corrections corrections;
  corrections.by_question.emplace("Q2", correction(CorrectionKind::drop));
  corrections.by_question.emplace("Q9", correction(CorrectionKind::drop));  // on no form: no effect
  std::vector<ScoringItem> items = hocvu::prepare_form(form, corrections, ScoringRules{});
  REQUIRE(items.size() == 2);
  CHECK(items[0].item == &form.items[0]);
  CHECK_FALSE(items[0].dropped);
  CHECK(items[0].correction == nullptr);
  CHECK(items[1].item == &form.items[1]);
  CHECK(items[1].dropped);
  CHECK(items[1].correction == &corrections.by_question.at("Q2"));
}

TEST_CASE("GradingKey::find_form: by id, or null", "[grade]") {
  hocvu::GradingKey key;
  key.forms.resize(3);
  key.forms[0].id = "101";
  key.forms[1].id = "102";
  key.forms[2].id = "0102";
  CHECK(key.find_form("102") == &key.forms[1]);
  CHECK(key.find_form("0102") == &key.forms[2]);
  CHECK(key.find_form("103") == nullptr);
  CHECK(key.find_form("") == nullptr);
}
