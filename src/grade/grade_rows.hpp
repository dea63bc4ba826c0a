#pragma once
// The row files of a grading run, written as attempts are graded: scores.csv, competencies.csv
// and rejects.csv (columns in README "Grading outputs").
#include <string>
#include <string_view>
#include <vector>

#include "grade/attempt.hpp"
#include "grade/grade_attempt.hpp"
#include "grade/units.hpp"

namespace hocvu {

std::string scores_header();
std::string competencies_header(const GradingKey& key);
std::string rejects_header();

// Points without trailing zeros, at most 4 decimals: 31, 30.5, 29.6667.
void append_points(std::string& out, Units units);
// 100 * earned / possible with 2 decimals ("" when possible is 0).
void append_percent(std::string& out, Units earned, Units possible);

// The text fmt::format("{:.<decimals>f}", double(numerator) / double(denominator)) gives, "-0"
// made "0" (decimals 0 to 4), computed in integers: the rows' numbers are the hot path of a
// grading run. Exact ties and numbers too large to be sure of (never met in grading) go to fmt.
void append_fixed_ratio(std::string& out, int64_t numerator, int64_t denominator, int decimals);

void append_score_row(std::string& out, const GradingKey& key, const Attempt& attempt, const FormGrader& form,
                      const GradedAttempt& graded, std::string_view source);
void append_competency_row(std::string& out, const GradingKey& key, const Attempt& attempt,
                           const FormGrader& form, const GradedAttempt& graded);
void append_reject_row(std::string& out, const Reject& reject, std::string_view source);

}  // namespace hocvu
