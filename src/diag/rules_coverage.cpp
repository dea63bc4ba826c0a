#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> coverage_rules() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  return {
      {Rule::coverage_exceeds_form, "E602", "coverage-exceeds-form", E,
       "a blueprint's coverage needs more questions than its forms or areas hold", "TODO"},
      {Rule::coverage_incomplete, "W603", "coverage-incomplete", W,
       "a blueprint lets a form leave out a requirement of its role or a competency", "TODO"},
      {Rule::blueprint_level_mismatch, "W604", "blueprint-level-mismatch", W,
       "a blueprint certifies a level that is not its role's baseline", "TODO"},
  };
}

}  // namespace hocvu::rule_parts
