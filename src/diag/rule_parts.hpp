#pragma once
// The rule table in parts: rules.cpp holds most rows, and each group added later keeps its rows
// (with their --explain texts and examples) in a file of its own. all_rules() joins them in the
// order of the Rule enum.
#include <vector>

#include "diag/rules.hpp"

namespace hocvu::rule_parts {

// E208, E306: languages of frameworks and banks (rules_language.cpp).
std::vector<RuleInfo> language_rules();
// E304, W305: roles' requirements (rules_requirements.cpp).
std::vector<RuleInfo> requirement_rules();
// E307, W308: exhibits; W309-W311: questions aligned with the framework's outcomes
// (rules_alignment.cpp).
std::vector<RuleInfo> alignment_rules();
// W410-W415 one question, W420-W423 a bank or a blueprint's pool, W605 an exam's forms
// (rules_item_writing.cpp).
std::vector<RuleInfo> item_writing_rules();
// E602, W603, W604: what a blueprint's forms measure of its role (rules_coverage.cpp).
std::vector<RuleInfo> coverage_rules();

}  // namespace hocvu::rule_parts
