#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> requirement_rules() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  return {
      {Rule::duplicate_requirement, "E304", "duplicate-requirement", E, "a role requires the same competency twice",
       "TODO"},
      {Rule::requirement_not_above_baseline, "W305", "requirement-not-above-baseline", W,
       "a role requires a competency at or below its baseline", "TODO"},
  };
}

}  // namespace hocvu::rule_parts
