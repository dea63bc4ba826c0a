#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

// A blueprint of the example framework with what varies between the examples appended: the
// rows need string literals, which a function cannot build.
#define HOCVU_EXAMPLE_BLUEPRINT(level, length, constraints) \
  "blueprint:\n"                                         \
  "  id: kiem-tra-thu\n"                                 \
  "  title: Kiểm tra thử\n"                              \
  "  framework: fw\n"                                    \
  "  role: cb\n"                                         \
  "  level: " level "\n"                                 \
  "  forms: 1\n"                                         \
  "  length: " length "\n"                               \
  "  time_limit: 15\n"                                   \
  "  pass:\n"                                            \
  "    percent: 50\n" constraints

std::vector<RuleInfo> coverage_rules() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  return {
      {Rule::coverage_exceeds_form, "E602", "coverage-exceeds-form", E,
       "a blueprint's coverage needs more questions than its forms or areas hold",
       "Every form measures what the blueprint's role requires (constraints.coverage, on by\n"
       "default): each competency the role requires above its baseline at least required_min times\n"
       "(default 2) at the required level, and each competency of the framework at least each_min\n"
       "times (default 1). hocvu adds these up before solving and reports a form length, or an\n"
       "area's or a competency's maximum, that cannot hold them, with the numbers.\n"
       "In the example each_min 3 puts 3 questions of competency 1.1 on the form, but area 1\n"
       "allows 2.\n"
       "Fix: raise the maximum (and the length if needed), or lower coverage's minimums.",
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 3\n"
                               "  counts:\n"
                               "    - area: \"1\"\n"
                               "      max: 2\n"),
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 3\n"
                               "  counts:\n"
                               "    - area: \"1\"\n"
                               "      max: 3\n")},
      {Rule::coverage_incomplete, "W603", "coverage-incomplete", W,
       "a blueprint lets a form leave out a requirement of its role or a competency",
       "A certificate says the holder has what the role requires, so every form should measure\n"
       "every requirement. hocvu warns when a form may leave one out: the blueprint's levels leave\n"
       "out the level a requirement needs, or allow no level of a competency; required_min is\n"
       "below 2 (grading reports mastery of a competency only from 2 questions); or the forms are\n"
       "too short for each_min of every competency with the requirements' minimums, so each_min\n"
       "is not applied.\n"
       "In the example forms of 3 questions cannot hold 4 of competency 1.1.\n"
       "Fix: lengthen the forms, widen the levels, or set the minimum you mean (each_min: 0 says\n"
       "that forms need not hold every competency).",
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 4\n"),
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 3\n")},
      {Rule::blueprint_level_mismatch, "W604", "blueprint-level-mismatch", W,
       "a blueprint certifies a level that is not its role's baseline",
       "A blueprint's level is the level its certificate states; the role's baseline is the level\n"
       "the role needs in every competency. A level above the baseline raises every competency to\n"
       "it (the exam tests more than the role needs); a level below it certifies less than the\n"
       "exam tests, since the questions follow the role. Either may be meant, but usually the two\n"
       "should agree, and the report's targets name the role's level too.\n"
       "In the example role cb has baseline CB and the blueprint certifies TC.\n"
       "Fix: certify the role's baseline, or raise the role's baseline if it really needs more.",
       HOCVU_EXAMPLE_BLUEPRINT("TC", "2", ""), HOCVU_EXAMPLE_BLUEPRINT("CB", "2", "")},
  };
}

#undef HOCVU_EXAMPLE_BLUEPRINT

}  // namespace hocvu::rule_parts
