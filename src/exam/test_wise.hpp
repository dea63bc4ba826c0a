#pragma once
// The expected score of a test-wise candidate with no knowledge, who uses only the cues a form
// gives: on single choice the longest option, on multiple response the t longest options (t the
// form's most common number of correct options), on true/false "true" unless the statement holds
// an absolute word. Numeric and short-text questions earn nothing. Written into manifest.json per
// form; `hocvu exam` warns (W605) when it is above half of the pass mark.
#include <cstdint>
#include <string>

#include "diag/diagnostic.hpp"
#include "exam/exam.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

struct TestWiseScore {
  double expected_points = 0;
  double expected_percent = 0;  // of the form's points; 0 for a form without points
  uint32_t ticks = 0;           // options ticked on a multiple-response item; 0 when the form has none
};

// The most common number of correct options among the form's multiple-response items (ties:
// the smaller); 0 when it has none.
uint32_t test_wise_ticks(const ExamForm& form);

// The expected share (0 to 1) of the item's points the strategy earns, ticking `ticks` options
// on a multiple-response item. Ties for longest are broken at random: with m options tied the
// candidate picks each with chance 1/m, and ties at the edge of the t longest share the ticks
// left evenly. Multiple response is scored as hocvu grade's default `false2` rule (each right
// tick 1/c, each wrong tick -1/max(w,2)), with the floor at 0 applied to the expected counts.
double test_wise_share(const ExamItem& item, uint32_t ticks);

TestWiseScore test_wise_score(const ExamForm& form);

// W605 for each form of `exam` whose expected percent is above half of the pass mark, at the
// blueprint's id.
void report_test_wise(const Exam& exam, const ModelReporter& reporter);

}  // namespace hocvu
