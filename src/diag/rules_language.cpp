#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> language_rules() {
  constexpr Severity E = Severity::error;
  return {
      {Rule::invalid_language, "E208", "invalid-language", E, "a language is not a BCP 47 language tag",
       "TODO"},
      {Rule::language_mismatch, "E306", "language-mismatch", E,
       "a bank's language is not its framework's, and the bank is not declared a translation", "TODO"},
  };
}

}  // namespace hocvu::rule_parts
