#pragma once
// Five candidates on two forms, for the tally and statistics tests.
//
// Form 101: 1. Q1 single choice, 1 point, options a b c d at A B C D, key a (A)
//           2. Q3 multiple response, 2 points, options a b c d, key a and c; marks 0, 1, 2
// Form 102: 1. Q3 as on 101
//           2. Q1 with its options shuffled: c a d b at A B C D, so the key a is the letter B
//
//   candidate form  Q1                 Q3                   total  passed  mastery (1.1, 2.1)
//   P1        101   A  right     1     A,C  full      2     3      yes     1, -1
//   P2        101   B  wrong     0     A    half      1     1      no      0, -1
//   P3        101   (omitted)    0     (omitted)      0     0      no      0, -1
//   P4        102   B  right (a) 1     C    half      1     2      yes     1,  0
//   P5        102   A  wrong (c) 0     B,D  wrong     0     0      no      0,  0
#include <vector>

#include "stats_test_support.hpp"

namespace hocvu::test {

struct Attempt5 {
  size_t form;
  std::vector<ItemScore> scores;
  bool passed;
  MasteryRow mastery;
};

struct FiveCandidates {
  GradingKey key;
  std::vector<std::vector<ScoringItem>> forms;
  std::vector<Attempt5> attempts;

  FiveCandidates() {
    KeyForm first{"101", {choice_item("Q1", QuestionType::single, kPoint),
                          choice_item("Q3", QuestionType::multiple, 2 * kPoint)}, 3 * kPoint, {}};
    KeyForm second{"102", {choice_item("Q3", QuestionType::multiple, 2 * kPoint),
                           choice_item("Q1", QuestionType::single, kPoint, {"c", "a", "d", "b"})}, 3 * kPoint, {}};
    for (KeyForm* form : {&first, &second}) {
      for (size_t j = 0; j < form->items.size(); ++j) {
        form->items[j].position = static_cast<uint32_t>(j + 1);
      }
    }
    key.exam = "thu";
    key.forms = {first, second};
    key.competencies = {"1.1", "2.1"};
    forms = {{scoring_item(key.forms[0].items[0], A), scoring_item(key.forms[0].items[1], A | C)},
             {scoring_item(key.forms[1].items[0], A | C), scoring_item(key.forms[1].items[1], B)}};
    const auto& f1 = forms[0];
    const auto& f2 = forms[1];
    attempts = {
        {0, {answer(f1[0], 1, A), answer(f1[1], 2, A | C)}, true, {1, -1}},
        {0, {answer(f1[0], 0, B), answer(f1[1], 1, A, AnswerStatus::partial)}, false, {0, -1}},
        {0, {answer(f1[0], 0, 0), answer(f1[1], 0, 0)}, false, {0, -1}},
        {1, {answer(f2[0], 1, C, AnswerStatus::partial), answer(f2[1], 1, B)}, true, {1, 0}},
        {1, {answer(f2[0], 0, B | D), answer(f2[1], 0, A)}, false, {0, 0}},
    };
  }

  GradeTally tally_of(const std::vector<size_t>& which) const {
    GradeTally tally(forms, key.competencies.size());
    for (size_t a : which) {
      const Attempt5& attempt = attempts[a];
      tally.add(attempt.form, attempt.scores, total_of(attempt.scores, forms[attempt.form]), attempt.passed,
                attempt.mastery);
    }
    return tally;
  }
  GradeTally tally_of_all() const { return tally_of({0, 1, 2, 3, 4}); }
};

}  // namespace hocvu::test
