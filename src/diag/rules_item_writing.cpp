#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> item_writing_rules() {
  constexpr Severity W = Severity::warning;
  return {
      {Rule::key_longest_option, "W410", "key-longest-option", W,
       "the key of a single-choice question is its longest option by a clear margin", "TODO"},
      {Rule::all_or_none_option, "W411", "all-or-none-option", W,
       "an option is 'all of the above' or 'none of the above'", "TODO"},
      {Rule::absolute_word, "W412", "absolute-word", W,
       "an option or a true/false statement holds an absolute word (luôn, không bao giờ, always)", "TODO"},
      {Rule::negative_stem, "W413", "negative-stem", W, "a stem asks a negative question without emphasis",
       "TODO"},
      {Rule::unequal_options, "W414", "unequal-options", W, "the options of a question differ greatly in length",
       "TODO"},
      {Rule::one_correct_option, "W415", "one-correct-option", W,
       "a multiple-response question has only one correct option", "TODO"},
      {Rule::key_longest_share, "W420", "key-longest-share", W,
       "the keys of single-choice questions are the longest option more often than chance", "TODO"},
      {Rule::key_position_skew, "W421", "key-position-skew", W,
       "the keys of single-choice questions favour some positions", "TODO"},
      {Rule::correct_count_skew, "W422", "correct-count-skew", W,
       "most multiple-response questions have the same number of correct options", "TODO"},
      {Rule::true_false_balance, "W423", "true-false-balance", W, "true/false keys lean to one side", "TODO"},
      {Rule::test_wise_score, "W605", "test-wise-score", W,
       "a candidate with no knowledge, using only cues, expects more than half of the pass mark", "TODO"},
  };
}

}  // namespace hocvu::rule_parts
