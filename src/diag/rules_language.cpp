#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> language_rules() {
  constexpr Severity E = Severity::error;
  return {
      {Rule::invalid_language, "E208", "invalid-language", E,
       R"(bank:
  id: vd
  framework: fw
  language: english
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch vụ công quốc gia có tên miền .gov.vn.
    answer: true
)",
       R"(bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch vụ công quốc gia có tên miền .gov.vn.
    answer: true
)"},
      {Rule::language_mismatch, "E306", "language-mismatch", E,
       R"(bank:
  id: vd
  framework: fw
  language: en
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: The National Public Service Portal uses the .gov.vn domain.
    answer: true
)",
       R"(bank:
  id: vd
  framework: fw
  language: en
  translation_of: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: The National Public Service Portal uses the .gov.vn domain.
    answer: true
)"},
  };
}

}  // namespace hocvu::rule_parts
