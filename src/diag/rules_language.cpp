#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> language_rules() {
  constexpr Severity E = Severity::error;
  return {
      {Rule::invalid_language, "E208", "invalid-language", E, "a language is not a BCP 47 language tag",
       "A framework's and a bank's `language` (and a bank's `translation_of`) is a BCP 47 language\n"
       "tag (RFC 5646): the 2 or 3 letter ISO 639 code of the language, then optionally a script\n"
       "(4 letters), a region (2 letters or 3 digits) and variants, joined by hyphens: vi, vi-VN,\n"
       "en, en-GB, zh-Hant-TW. A name such as 'english' or 'Tiếng Việt' is not a tag: tools that\n"
       "read the language (hocvu's language check, CASE exports, LMS imports) cannot match it.\n"
       "Case does not matter, but the convention is the language in lowercase and the region in\n"
       "capitals.\n"
       "Fix: write the language's code, as in the example.",
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
       "a bank's language is not its framework's, and the bank is not declared a translation",
       "A bank is written in its framework's language: the primary language subtags agree, so a\n"
       "vi-VN bank belongs to a vi framework. A bank in another language is either a mistake (the\n"
       "header copied from another bank) or a translation, which must say so: translation_of\n"
       "names the language it was translated from, and that language must be the framework's.\n"
       "Exams, grading and imports treat a translated bank as any other bank.\n"
       "Fix: correct the bank's language, or declare the translation as in the example.",
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
