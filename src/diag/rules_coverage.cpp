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
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 4\n"),
       HOCVU_EXAMPLE_BLUEPRINT("CB", "3",
                               "constraints:\n"
                               "  coverage:\n"
                               "    each_min: 3\n")},
      {Rule::blueprint_level_mismatch, "W604", "blueprint-level-mismatch", W,
       HOCVU_EXAMPLE_BLUEPRINT("TC", "2", ""), HOCVU_EXAMPLE_BLUEPRINT("CB", "2", "")},
  };
}

#undef HOCVU_EXAMPLE_BLUEPRINT

}  // namespace hocvu::rule_parts
