// Tests of src/lint/cue_statistics.cpp (W420-W423) on small banks built in memory, every number
// worked out by hand.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "lint/cue_statistics.hpp"
#include "lint_test_support.hpp"

using hocvu::ChoiceAnswer;
using hocvu::chi_square_critical_01;
using hocvu::CueCounts;
using hocvu::cue_statistics;
using hocvu::Diagnostics;
using hocvu::KeyPositions;
using hocvu::Model;
using hocvu::ModelReporter;
using hocvu::OptionCues;
using hocvu::Question;
using hocvu::QuestionStatus;
using hocvu::QuestionType;
using hocvu::TrueFalseAnswer;
using hocvu::test::describe;

namespace {

Question single(uint16_t options, uint16_t key_position, bool key_longest, uint16_t longest = 1) {
  Question question;
  question.type = QuestionType::single;
  question.answer = ChoiceAnswer{{std::string(1, static_cast<char>('a' + key_position))}};
  question.cues = OptionCues{options, longest, key_position, key_longest, true};
  return question;
}

Question multiple(uint16_t options, uint16_t correct) {
  Question question;
  question.type = QuestionType::multiple;
  ChoiceAnswer answer;
  for (uint16_t i = 0; i < correct; ++i) answer.keys.emplace_back(1, static_cast<char>('a' + i));
  question.answer = answer;
  question.cues = OptionCues{options, 1, 0, false, true};
  return question;
}

Question statement(bool value) {
  Question question;
  question.type = QuestionType::true_false;
  question.answer = TrueFalseAnswer{value};
  return question;
}

std::string report(const CueCounts& counts, KeyPositions positions = KeyPositions::check) {
  Model model;
  model.files = {"bank.yaml"};
  Diagnostics diagnostics;
  hocvu::report_cues(counts, "bank t", hocvu::Pos{0, 2, 7}, positions, ModelReporter(model, diagnostics));
  return describe(diagnostics);
}

const char* kNone = "(no diagnostics)\n";

}  // namespace

TEST_CASE("W420: keys that are the longest option, against chance", "[cue_statistics]") {
  // 10 questions of 4 options, each with a uniquely longest option: chance 10/4 = 2.5 keys,
  // variance 10 x 1/4 x 3/4 = 1.875. Six keys longest: z = 3.5 / 1.3693 = 2.556 > 2.33.
  CueCounts counts;
  for (int i = 0; i < 10; ++i) counts.add(single(4, 0, i < 6));
  CHECK(cue_statistics(counts).longest_z == Approx(2.5560).epsilon(1e-4));
  CHECK(report(counts) ==
        "bank.yaml:2:7: W420 bank t: in 10 single-choice questions the key is the longest option 6 times (60%); "
        "chance would give 2.5 (25%) [lengthen distractors or shorten keys until the longest option is the key "
        "about as often as chance (hocvu lint names the worst as W410)]\n");
  // Five: z = 1.826, within chance.
  CueCounts five;
  for (int i = 0; i < 10; ++i) five.add(single(4, 0, i < 5));
  CHECK(report(five) == kNone);
  // Nine questions, all keys longest: too few to say (n < 10).
  CueCounts nine;
  for (int i = 0; i < 9; ++i) nine.add(single(4, 0, true));
  CHECK(report(nine) == kNone);
  // Ties for longest count in n but not in chance: 10 questions, 2 of them tied, 6 keys longest
  // of the 8 with a unique longest: expected 2.0, z = 4 / sqrt(1.5) = 3.27.
  CueCounts tied;
  for (int i = 0; i < 8; ++i) tied.add(single(4, 0, i < 6));
  for (int i = 0; i < 2; ++i) tied.add(single(4, 0, false, 2));
  CHECK(cue_statistics(tied).longest_expected == Approx(2.0));
  CHECK(cue_statistics(tied).longest_z == Approx(4.0 / std::sqrt(1.5)));
}

TEST_CASE("W421: key positions against 1/k each", "[cue_statistics]") {
  // 20 questions of 4 options, keys a 12, b 3, c 3, d 2: expected 5 each,
  // chi-square (49 + 4 + 4 + 9) / 5 = 13.2 > 11.345 (df 3).
  std::vector<uint16_t> keys = {12, 3, 3, 2};
  CueCounts counts;
  for (uint16_t position = 0; position < 4; ++position) {
    for (int i = 0; i < keys[position]; ++i) counts.add(single(4, position, false));
  }
  CHECK(report(counts) ==
        "bank.yaml:2:7: W421 bank t: the keys of 20 single-choice questions are at a 12, b 3, c 3, d 2; chance "
        "would give a 5.0, b 5.0, c 5.0, d 5.0 (chi-square 13.20 with 3 degrees of freedom, above 11.345: "
        "p < 0.01) [move keys to the positions used least, or let the blueprint shuffle options]\n");
  CHECK(report(counts, KeyPositions::skip) == kNone);
  // a 11, b 3, c 3, d 3: chi-square 9.6, within chance.
  CueCounts milder;
  keys = {11, 3, 3, 3};
  for (uint16_t position = 0; position < 4; ++position) {
    for (int i = 0; i < keys[position]; ++i) milder.add(single(4, position, false));
  }
  CHECK(cue_statistics(milder).chi_square == Approx(9.6));
  CHECK(report(milder) == kNone);
  // Mixed option counts: 12 of 3 options and 8 of 4, every key at a. Expected a 4 + 2 = 6,
  // b 6, c 6, d 2; chi-square (14^2/6) + 6 + 6 + 2 = 46.67.
  CueCounts mixed;
  for (int i = 0; i < 12; ++i) mixed.add(single(3, 0, false));
  for (int i = 0; i < 8; ++i) mixed.add(single(4, 0, false));
  auto statistics = cue_statistics(mixed);
  CHECK(statistics.positions_expected == std::vector<double>{6, 6, 6, 2});
  CHECK(statistics.chi_square == Approx(196.0 / 6 + 14));
  CHECK(statistics.df == 3);
}

TEST_CASE("chi-square critical values at p = 0.01", "[cue_statistics]") {
  CHECK(chi_square_critical_01(1) == 6.635);
  CHECK(chi_square_critical_01(9) == 21.666);
  // Wilson-Hilferty beyond the table: the exact values are 23.209 (df 10) and 37.566 (df 20).
  CHECK(chi_square_critical_01(10) == Approx(23.209).margin(0.05));
  CHECK(chi_square_critical_01(20) == Approx(37.566).margin(0.05));
}

TEST_CASE("W422: the same number of correct options in most multiple-response questions", "[cue_statistics]") {
  CueCounts counts;
  for (int i = 0; i < 4; ++i) counts.add(multiple(5, 3));
  for (int i = 0; i < 2; ++i) counts.add(multiple(5, 2));
  CHECK(report(counts) ==
        "bank.yaml:2:7: W422 bank t: 4 of 6 multiple-response questions have 3 correct options (3 of 5 correct in "
        "4, 2 of 5 in 2) [vary the number of correct options (for five options: 2, 3 and 4 about equally)]\n");
  // Three and three: not more than half; the tie names the smaller count.
  CueCounts even;
  for (int i = 0; i < 3; ++i) even.add(multiple(5, 3));
  for (int i = 0; i < 3; ++i) even.add(multiple(5, 2));
  CHECK(cue_statistics(even).modal_correct == 2);
  CHECK(report(even) == kNone);
  // Five questions all alike: too few (n < 6).
  CueCounts few;
  for (int i = 0; i < 5; ++i) few.add(multiple(5, 3));
  CHECK(report(few) == kNone);
}

TEST_CASE("W423: true/false keys lean to one side", "[cue_statistics]") {
  // 10 statements, 9 true: z = (9 - 5) / sqrt(2.5) = 2.53 > 2.33; 8 true: 1.90.
  CueCounts counts;
  for (int i = 0; i < 10; ++i) counts.add(statement(i < 9));
  CHECK(report(counts) ==
        "bank.yaml:2:7: W423 bank t: of 10 true/false questions 9 are true and 1 false (z = 2.53; a fair balance "
        "stays within ±2.33) [rewrite some true statements as false ones, without absolute words]\n");
  CueCounts falsy;
  for (int i = 0; i < 10; ++i) falsy.add(statement(i < 1));
  CHECK(report(falsy).find("rewrite some false statements as true ones") != std::string::npos);
  CueCounts fair;
  for (int i = 0; i < 10; ++i) fair.add(statement(i < 8));
  CHECK(report(fair) == kNone);
}

TEST_CASE("cue counts leave out inactive questions and merge exactly", "[cue_statistics]") {
  Question retired = statement(true);
  retired.status = QuestionStatus::retired;
  Question draft = single(4, 0, true);
  draft.status = QuestionStatus::draft;
  CueCounts counts;
  counts.add(retired);
  counts.add(draft);
  CHECK(counts.true_false == 0);
  CHECK(counts.singles == 0);
  CueCounts first;
  CueCounts second;
  CueCounts whole;
  std::vector<Question> questions = {single(4, 1, true), single(3, 2, false), multiple(5, 2), statement(false),
                                     single(5, 4, true), multiple(4, 3)};
  for (size_t i = 0; i < questions.size(); ++i) {
    (i % 2 == 0 ? first : second).add(questions[i]);
    whole.add(questions[i]);
  }
  first.merge(second);
  CHECK(first.singles == whole.singles);
  CHECK(first.key_longest == whole.key_longest);
  CHECK(first.unique_longest == whole.unique_longest);
  CHECK(first.singles_by_options == whole.singles_by_options);
  CHECK(first.key_positions == whole.key_positions);
  CHECK(first.multiple == whole.multiple);
  CHECK(first.true_false == whole.true_false);
  CHECK(whole.key_positions == std::vector<uint32_t>{0, 1, 1, 0, 1});
}
