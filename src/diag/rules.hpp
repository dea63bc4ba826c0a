#pragma once
// The lint rules: a stable code for each, its severity, and the text `hocvu lint --explain` shows
// (summaries and explanations are in the message catalogue, keys rule.<CODE>.summary and
// rule.<CODE>.explain, in every interface language).
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

enum class Severity { error, warning };
const char* severity_name(Severity severity);

enum class Rule {
  // E0xx/W0xx: the bytes of the file
  file_too_large,
  invalid_utf8,
  legacy_encoding,
  nul_byte,
  byte_order_mark,
  tab_character,
  crlf_line_ending,
  trailing_space,
  not_nfc,
  long_line,
  unusual_line_break,
  too_many_findings,
  // E1xx: YAML structure
  yaml_syntax,
  duplicate_key,
  recursive_alias,
  alias_budget,
  nesting_too_deep,
  multiple_documents,
  undefined_alias,
  unsupported_yaml,
  empty_file,
  // E2xx: fields
  unknown_document,
  missing_field,
  wrong_type,
  unknown_key,
  empty_text,
  malformed_id,
  invalid_value,
  invalid_language,
  // E3xx: references
  duplicate_id,
  unknown_reference,
  outcome_mismatch,
  duplicate_requirement,
  requirement_not_above_baseline,
  language_mismatch,
  malformed_exhibit,
  unused_exhibit,
  question_without_outcome,
  outcome_without_questions,
  outcome_not_by_exam,
  // E4xx/W4xx: questions
  answer_not_in_options,
  single_answer_count,
  duplicate_option,
  too_few_options,
  duplicate_stem,
  near_duplicate_stem,
  answer_shape,
  all_options_correct,
  tolerance_too_large,
  // W41x: item-writing flaws of one question; W42x: cues across a bank or an exam's pool
  key_longest_option,
  all_or_none_option,
  absolute_word,
  negative_stem,
  unequal_options,
  one_correct_option,
  key_longest_share,
  key_position_skew,
  correct_count_skew,
  true_false_balance,
  // E5xx: coverage
  coverage,
  // E6xx: blueprints
  blueprint_unsatisfiable,
  coverage_exceeds_form,
  coverage_incomplete,
  blueprint_level_mismatch,
  test_wise_score,
  // E7xx: files that exams write and grading reads (key.csv)
  key_format,
  manifest_format,
  grade_state,
  // E8xx: key corrections for grading (--corrections)
  corrections_format,
  correction_unknown_question,
  correction_does_not_fit,
  // E9xx: reports (reports/units.yaml and reports/targets.yaml)
  milestone_order,
  role_target_mismatch,
  // I1xx: questions imported from an LMS (hocvu import moodle-xml, hocvu import gift)
  import_unsupported_type,
  import_malformed_gift,
  import_xml_refused,
  import_no_answer_key,
  import_malformed_xml,
  import_text_too_long,
  import_content_lost,
  import_duplicate_question,
  import_gift_escape,
};

// Codes are a letter and three digits: E (error) or W (warning) for the rules of hocvu's own
// files, I for what importing another tool's file finds (hocvu import; error or warning).
struct RuleInfo {
  Rule rule;
  const char* code;     // stable: E401
  const char* name;     // stable: answer-not-in-options
  Severity severity;
  // YAML the rule reports, and the same YAML fixed, in the form described at the top of
  // rules.cpp; tests/unit/rule_examples_test.cpp lints both. Null only for the rules that test
  // lists as having no example.
  const char* bad_example = nullptr;
  const char* fixed_example = nullptr;
};

const RuleInfo& rule_info(Rule rule);
// The one-line summary in the interface language.
std::string rule_summary(const RuleInfo& info);
// Why the rule matters and the fix, in the interface language, without the examples.
std::string rule_explanation(const RuleInfo& info);
// "error" / "warning" for people, in the interface language (severity_name is the machine word).
std::string_view severity_text(Severity severity);
// What `hocvu lint --explain` prints below the code and summary: the explanation, then the
// examples (indented, under "Bad:" and "Fixed:"). No newline at the end.
std::string explain_text(const RuleInfo& info);
// explain_text's layout with a given explanation.
std::string with_examples(std::string explanation, const RuleInfo& info);
const std::vector<RuleInfo>& all_rules();
// Finds a rule by code (E401, case-insensitive) or name; nullptr when there is none.
const RuleInfo* find_rule(std::string_view code_or_name);

}  // namespace hocvu
