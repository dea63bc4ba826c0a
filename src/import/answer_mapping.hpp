#pragma once
// LMS answers, each with its credit in percent, mapped to hocvu's typed answers; shared by the
// Moodle XML and GIFT readers, which differ in how they write answers but not in what they mean.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace hocvu {

struct WeightedAnswer {
  std::string text;     // plain text (its format already decoded)
  double percent = 0;   // credit: 100 full, 0 none, negative a penalty
  bool has_feedback = false;
};

// How a question fits hocvu: `problem` says why it cannot be imported (empty when it can);
// `lost` names what of it has no place in hocvu (for a content-lost finding).
struct AnswerMapping {
  std::string problem;
  std::vector<std::string> lost;
};

// Options keyed a, b, c, ... in order, and the answer key. Single choice (`single`): exactly one
// option worth 100%. Multiple response: the options worth more than 0%, adding up to 100%.
// Options with blank text are skipped, as Moodle skips them.
AnswerMapping map_choice(const std::vector<WeightedAnswer>& answers, bool single, Question& question);

// Accepted texts: the answers worth 100%. Moodle's \* is a literal *, a bare * a wildcard hocvu
// does not have (kept as written, and said); case-sensitive matching is said to be lost.
AnswerMapping map_short_answers(const std::vector<WeightedAnswer>& answers, bool case_sensitive, Question& question);

struct NumericCandidate {
  std::string value;      // as written
  std::string tolerance;  // as written; empty for 0
  double percent = 0;
  bool has_feedback = false;
};

// The answer worth 100% (its value and tolerance must be numbers); "*" (any other answer) is
// ignored. A unit written by hocvu exam at the end of the stem in any catalogue's language,
// " (đơn vị: cm)" or " (unit: cm)", becomes the unit when the question has none.
AnswerMapping map_numeric(const std::vector<NumericCandidate>& answers, Question& question);

// A number as LMS files write it: decimal, also +5, .5, 5. and a decimal comma (1,5); nullopt
// when it is not one.
std::optional<double> parse_lms_number(std::string_view text);

// Moodle's <defaultgrade> as the question's points; a mark hocvu cannot hold (0, or not a
// number) leaves the default 1 point and adds a note to `lost`.
void set_points(std::string_view text, Question& question, std::vector<std::string>& lost);

// Percent credit read from Moodle's fraction attribute or a GIFT %weight%; nullopt when not a number.
std::optional<double> parse_percent(std::string_view text);

// The text's leading and trailing spaces, tabs and line breaks removed.
std::string trimmed(std::string_view text);

}  // namespace hocvu
