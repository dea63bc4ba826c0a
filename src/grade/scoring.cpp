// Scoring one answer. The definitions (../shared/research/psychometrics.md; R/exams exams_eval):
//
// - Marks are whole numbers of units (720,720 to a point, grade/units.hpp). A fraction of an
//   item's points is computed in integers over a common denominator and rounded once to the
//   nearest unit, halves up; with whole points and up to 16 options it is exact.
// - Single choice, true/false, numeric and short text are all or nothing: a right answer earns
//   the item's points. A wrong answer (readable, not right) earns 0, or with --negative F minus F
//   of the points (rounded to the nearest unit). An omitted answer (blank) earns 0. An invalid
//   answer (two letters on a single-choice question, or the scanner's '*' on a choice or
//   true/false question) earns 0 and is not penalised: the candidate may have meant the right
//   answer, and the reader could not tell.
// - Numeric: right when |x - value| <= tolerance + 1e-9 * max(1, |value|); the small slack
//   keeps 0.1 + 0.2 style binary rounding from turning a right answer wrong.
// - Short text: right when its comparison key (NFC, case folded, runs of spaces made one,
//   punctuation kept) equals that of an accepted text. Diacritics matter: "Ha Noi" is not
//   "Hà Nội".
// - Multiple response (--partial, exams_eval's rule), with c right options and w = options - c
//   wrong ones: each right option ticked earns 1/c of the points; each wrong tick costs
//     false   1/w (nothing when w = 0: there is no wrong option to tick)
//     false2  1/max(w, 2)   (the default)
//     true    1/c
//     all     the whole item: any wrong tick makes the mark 0
//     none    nothing
//   and the mark is floored at 0. --negative does not apply to multiple response (exams_eval
//   applies only the partial rule). The status is correct when the mark is the full points (with
//   `none`, ticking every option is full marks), partial when it is above 0, wrong at 0.
// - Corrections (grade/corrections.hpp): `drop` makes every answer earn 0 (its status is still
//   read, so an unreadable answer still rejects its row); `credit_all` makes every answer earn
//   the points, even an omitted one (status likewise as read); `accept` adds right answers (single
//   choice: each accepted letter alone is right; multiple response: the options join the right
//   set; true/false, numeric and short text: the values, in key.csv notation, are right too);
//   `rekey` replaces the right answer (single choice: one option; multiple response: the set;
//   other types: the values). Options and values that do not fit the item are left out here;
//   check_corrections reports them.
// - Levels: every mark an item can earn, ascending: 0, the points and the negative mark; for
//   multiple response every (k right, m wrong ticks) mark after flooring. A dropped item has the
//   one level 0, a credit_all item the one level of its points.
#include "grade/scoring.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "exam/key_file.hpp"
#include "grade/answer_notation.hpp"
#include "i18n/interface.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr uint32_t kMaxOptions = 26;  // letters A to Z

// Bits set (SWAR): __builtin_popcount is a library call without -mpopcnt, and this runs for
// every answer.
uint32_t popcount(uint32_t mask) {
  mask = mask - ((mask >> 1) & 0x55555555u);
  mask = (mask & 0x33333333u) + ((mask >> 2) & 0x33333333u);
  mask = (mask + (mask >> 4)) & 0x0F0F0F0Fu;
  return (mask * 0x01010101u) >> 24;
}

// The index of an option letter ("A" or "a" -> 0), or kMaxOptions when it is not one letter.
uint32_t letter_index(std::string_view letter) {
  if (letter.size() != 1) {
    return kMaxOptions;
  }
  auto c = static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(letter[0])));
  return c >= 'A' && c <= 'Z' ? static_cast<uint32_t>(c - 'A') : kMaxOptions;
}

uint32_t letters_mask(const ChoiceAnswer& answer) {
  uint32_t mask = 0;
  for (const std::string& letter : answer.keys) {
    uint32_t index = letter_index(letter);
    mask |= index < kMaxOptions ? 1u << index : 0u;
  }
  return mask;
}

// How many options the form shows: the manifest's option keys; without them, enough for every
// letter of the key.
uint32_t option_count(const KeyItem& item, uint32_t key_mask) {
  uint32_t count = static_cast<uint32_t>(std::min<size_t>(item.option_keys.size(), kMaxOptions));
  while (count < kMaxOptions && (key_mask >> count) != 0) {
    ++count;
  }
  return count;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<uint32_t> option_letter(const KeyItem& item, std::string_view name) {
  for (size_t i = 0; i < item.option_keys.size() && i < kMaxOptions; ++i) {
    if (same_ignoring_case(item.option_keys[i], name)) {
      return static_cast<uint32_t>(i);
    }
  }
  return std::nullopt;
}

namespace {

// The letters of the options named (unknown names are left out: check_corrections reports them).
uint32_t named_options_mask(const KeyItem& item, const std::vector<std::string>& names) {
  uint32_t mask = 0;
  for (const std::string& name : names) {
    if (std::optional<uint32_t> letter = option_letter(item, name)) {
      mask |= 1u << *letter;
    }
  }
  return mask;
}

// numerator / denominator to the nearest whole number, halves up; both above or at 0.
Units rounded_ratio(int64_t numerator, int64_t denominator) {
  return (numerator + denominator / 2) / denominator;
}

// What k right ticks and m wrong ticks earn on a multiple response item of `points` with
// `right` right options and `wrong` wrong ones, floored at 0.
Units partial_credit(Units points, uint32_t right, uint32_t wrong, uint32_t k, uint32_t m, PartialRule rule) {
  if (right == 0 || (rule == PartialRule::all && m > 0)) {
    return 0;
  }
  int64_t cost_denominator = 0;  // a wrong tick costs 1/cost_denominator; 0: nothing
  switch (rule) {
    case PartialRule::false1: cost_denominator = wrong; break;
    case PartialRule::false2: cost_denominator = std::max<uint32_t>(wrong, 2); break;
    case PartialRule::true1: cost_denominator = right; break;
    case PartialRule::all:
    case PartialRule::none: cost_denominator = 0; break;
  }
  if (cost_denominator == 0 || m == 0) {
    return rounded_ratio(points * k, right);
  }
  // points * (k/right - m/d) = points * (k*d - m*right) / (right*d)
  int64_t numerator = static_cast<int64_t>(k) * cost_denominator - static_cast<int64_t>(m) * right;
  return numerator <= 0 ? 0 : rounded_ratio(points * numerator, right * cost_denominator);
}

void add_right_values(ScoringItem& scoring, const KeyItem& item, const std::vector<std::string>& values) {
  for (const std::string& value : values) {
    if (item.type == QuestionType::short_text) {
      scoring.right_texts.push_back(comparison_key(value, Punctuation::keep));
      continue;
    }
    std::string reason;
    std::optional<Answer> answer = parse_key_answer(item.type, value, reason);
    if (const auto* truth = answer ? std::get_if<TrueFalseAnswer>(&*answer) : nullptr) {
      scoring.right_truth[truth->value ? 1 : 0] = true;
    } else if (const auto* number = answer ? std::get_if<NumericAnswer>(&*answer) : nullptr) {
      scoring.right_numbers.push_back(*number);
    }
  }
}

// The fast forms of the key's answer.
void set_key_answer(ScoringItem& scoring, const KeyItem& item) {
  if (const auto* choice = std::get_if<ChoiceAnswer>(&item.answer)) {
    scoring.correct_mask = letters_mask(*choice);
    scoring.right_mask = scoring.correct_mask;
    scoring.options = option_count(item, scoring.correct_mask);
  } else if (const auto* truth = std::get_if<TrueFalseAnswer>(&item.answer)) {
    scoring.right_truth[truth->value ? 1 : 0] = true;
  } else if (const auto* number = std::get_if<NumericAnswer>(&item.answer)) {
    scoring.right_numbers.push_back(*number);
  } else if (const auto* texts = std::get_if<TextAnswer>(&item.answer)) {
    for (const std::string& text : texts->accepted) {
      scoring.right_texts.push_back(comparison_key(text, Punctuation::keep));
    }
  }
}

bool is_choice(QuestionType type) {
  return type == QuestionType::single || type == QuestionType::multiple;
}

void apply_accept(ScoringItem& scoring, const KeyItem& item, const Correction& correction) {
  if (!is_choice(item.type)) {
    add_right_values(scoring, item, correction.options);
    return;
  }
  uint32_t mask = named_options_mask(item, correction.options);
  if (item.type == QuestionType::multiple) {
    scoring.correct_mask |= mask;
    return;
  }
  for (uint32_t letter = 0; letter < kMaxOptions; ++letter) {
    if ((mask >> letter & 1u) != 0 && (scoring.right_mask >> letter & 1u) == 0) {
      scoring.accepted_masks.push_back(1u << letter);
      scoring.right_mask |= 1u << letter;
    }
  }
}

// A rekey that names no option of the item (or, on a single-choice item, not exactly one) is
// left out.
void apply_rekey(ScoringItem& scoring, const KeyItem& item, const Correction& correction) {
  if (is_choice(item.type)) {
    uint32_t mask = named_options_mask(item, correction.options);
    if (mask != 0 && (item.type == QuestionType::multiple || popcount(mask) == 1)) {
      scoring.correct_mask = mask;
      scoring.right_mask = mask;
    }
    return;
  }
  ScoringItem rekeyed;
  add_right_values(rekeyed, item, correction.options);
  bool any = rekeyed.right_truth[0] || rekeyed.right_truth[1] || !rekeyed.right_numbers.empty() ||
             !rekeyed.right_texts.empty();
  if (any) {
    std::copy(std::begin(rekeyed.right_truth), std::end(rekeyed.right_truth), std::begin(scoring.right_truth));
    scoring.right_numbers = std::move(rekeyed.right_numbers);
    scoring.right_texts = std::move(rekeyed.right_texts);
  }
}

void apply_correction(ScoringItem& scoring, const KeyItem& item, const Correction& correction) {
  scoring.correction = &correction;
  switch (correction.kind) {
    case CorrectionKind::drop: scoring.dropped = true; scoring.points = 0; break;
    case CorrectionKind::credit_all: scoring.credit_all = true; break;
    case CorrectionKind::accept: apply_accept(scoring, item, correction); break;
    case CorrectionKind::rekey: apply_rekey(scoring, item, correction); break;
  }
}

uint8_t level_index(const std::vector<Units>& levels, Units earned) {
  auto at = std::lower_bound(levels.begin(), levels.end(), earned);
  return static_cast<uint8_t>(at - levels.begin());
}

void sort_levels(std::vector<Units>& levels) {
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
}

// The marks of a multiple response item of `full` points, by (k right, m wrong ticks), and its
// levels.
void set_partial_marks(ScoringItem& scoring, Units full, PartialRule rule) {
  uint32_t right = popcount(scoring.correct_mask);
  uint32_t wrong = scoring.options > right ? scoring.options - right : 0;
  for (uint32_t k = 0; k <= right; ++k) {
    for (uint32_t m = 0; m <= wrong; ++m) {
      scoring.partial_earned.push_back(partial_credit(full, right, wrong, k, m, rule));
    }
  }
  scoring.levels = scoring.partial_earned;
  scoring.levels.push_back(0);
  scoring.levels.push_back(full);
  sort_levels(scoring.levels);
  for (Units earned : scoring.partial_earned) {
    scoring.partial_level.push_back(level_index(scoring.levels, earned));
  }
}

// The marks are those of the key's points even for a dropped or credit_all item, whose answers
// are still read (score_answer then overrides the mark and puts it at its one level).
void set_marks(ScoringItem& scoring, const ScoringRules& rules) {
  Units full = scoring.item->points;
  if (scoring.type == QuestionType::multiple) {
    set_partial_marks(scoring, full, rules.partial);
  } else {
    if (rules.negative > 0) {
      scoring.wrong_earned = -std::llround(rules.negative * static_cast<double>(full));
    }
    scoring.levels = {scoring.wrong_earned, 0, full};
    sort_levels(scoring.levels);
  }
  scoring.level_wrong = level_index(scoring.levels, scoring.wrong_earned);
  scoring.level_zero = level_index(scoring.levels, 0);
  scoring.level_full = level_index(scoring.levels, full);
  if (scoring.dropped || scoring.credit_all) {
    scoring.levels = {scoring.points};
  }
}

ScoringItem prepare_item(const KeyItem& item, const Corrections& corrections, const ScoringRules& rules) {
  ScoringItem scoring;
  scoring.item = &item;
  scoring.type = item.type;
  scoring.points = item.points;
  set_key_answer(scoring, item);
  if (auto found = corrections.by_question.find(item.question_id); found != corrections.by_question.end()) {
    apply_correction(scoring, item, found->second);
  }
  set_marks(scoring, rules);
  return scoring;
}

}  // namespace

std::vector<ScoringItem> prepare_form(const KeyForm& form, const Corrections& corrections, const ScoringRules& rules) {
  std::vector<ScoringItem> items;
  items.reserve(form.items.size());
  for (const KeyItem& item : form.items) {
    items.push_back(prepare_item(item, corrections, rules));
  }
  return items;
}

namespace {

ItemScore scored(AnswerStatus status, Units earned, uint8_t level, uint32_t chosen = 0) {
  ItemScore score;
  score.status = status;
  score.earned = earned;
  score.level = level;
  score.chosen = chosen;
  return score;
}

ItemScore right(const ScoringItem& item, uint32_t chosen = 0) {
  return scored(AnswerStatus::correct, item.points, item.level_full, chosen);
}

ItemScore wrong(const ScoringItem& item, uint32_t chosen = 0) {
  return scored(AnswerStatus::wrong, item.wrong_earned, item.level_wrong, chosen);
}

// Earns nothing: omitted, invalid and unreadable answers.
ItemScore nothing(const ScoringItem& item, AnswerStatus status, uint32_t chosen = 0) {
  return scored(status, 0, item.level_zero, chosen);
}

ItemScore score_single(const ScoringItem& item, std::string_view trimmed) {
  ChoiceMarks marks = read_choice(trimmed, item.options);
  if (marks.kind != ChoiceMarks::Kind::letters) {
    return nothing(item, marks.kind == ChoiceMarks::Kind::star ? AnswerStatus::invalid : AnswerStatus::unreadable);
  }
  if ((marks.mask & (marks.mask - 1)) != 0) {  // more than one letter
    return nothing(item, AnswerStatus::invalid, marks.mask);
  }
  return (marks.mask & item.right_mask) != 0 ? right(item, marks.mask) : wrong(item, marks.mask);
}

ItemScore score_multiple(const ScoringItem& item, std::string_view trimmed) {
  ChoiceMarks marks = read_choice(trimmed, item.options);
  if (marks.kind != ChoiceMarks::Kind::letters) {
    return nothing(item, marks.kind == ChoiceMarks::Kind::star ? AnswerStatus::invalid : AnswerStatus::unreadable);
  }
  uint32_t right_options = popcount(item.correct_mask);
  uint32_t wrong_options = item.options > right_options ? item.options - right_options : 0;
  uint32_t k = popcount(marks.mask & item.correct_mask);
  uint32_t m = popcount(marks.mask & ~item.correct_mask);
  size_t at = static_cast<size_t>(k) * (wrong_options + 1) + m;
  Units earned = item.partial_earned[at];
  AnswerStatus status = earned == item.item->points ? AnswerStatus::correct
                        : earned > 0          ? AnswerStatus::partial
                                              : AnswerStatus::wrong;
  return scored(status, earned, item.partial_level[at], marks.mask);
}

ItemScore score_true_false(const ScoringItem& item, std::string_view trimmed) {
  TruthMark mark = read_true_false(trimmed);
  if (mark == TruthMark::star || mark == TruthMark::unreadable) {
    return nothing(item, mark == TruthMark::star ? AnswerStatus::invalid : AnswerStatus::unreadable);
  }
  return item.right_truth[mark == TruthMark::is_true ? 1 : 0] ? right(item) : wrong(item);
}

ItemScore score_numeric(const ScoringItem& item, std::string_view trimmed) {
  std::optional<double> number = read_number(trimmed);
  if (!number) {
    return nothing(item, AnswerStatus::unreadable);
  }
  for (const NumericAnswer& key : item.right_numbers) {
    double slack = 1e-9 * std::max(1.0, std::fabs(key.value));
    if (std::fabs(*number - key.value) <= key.tolerance + slack) {
      return right(item);
    }
  }
  return wrong(item);
}

ItemScore score_short_text(const ScoringItem& item, std::string_view trimmed) {
  std::string key = comparison_key(trimmed, Punctuation::keep);
  bool is_right = std::find(item.right_texts.begin(), item.right_texts.end(), key) != item.right_texts.end();
  return is_right ? right(item) : wrong(item);
}

ItemScore score_written(const ScoringItem& item, std::string_view trimmed) {
  switch (item.type) {
    case QuestionType::single: return score_single(item, trimmed);
    case QuestionType::multiple: return score_multiple(item, trimmed);
    case QuestionType::true_false: return score_true_false(item, trimmed);
    case QuestionType::numeric: return score_numeric(item, trimmed);
    case QuestionType::short_text: return score_short_text(item, trimmed);
  }
  return nothing(item, AnswerStatus::unreadable);
}

}  // namespace

ItemScore score_answer(const ScoringItem& item, std::string_view answer, const ScoringRules& /*rules*/) {
  std::string_view trimmed = trim_answer(answer);
  if (item.dropped || item.credit_all) {
    ItemScore score = trimmed.empty() ? ItemScore{} : score_written(item, trimmed);
    score.earned = item.points;  // 0 when dropped
    score.level = 0;
    return score;
  }
  return trimmed.empty() ? nothing(item, AnswerStatus::omitted) : score_written(item, trimmed);
}

namespace {

// The answer as quoted in a reason: at most 40 characters.
std::string quoted(std::string_view trimmed) {
  constexpr size_t kMaxShown = 40;
  size_t end = 0;
  size_t shown = 0;
  while (end < trimmed.size() && shown < kMaxShown) {
    ++end;
    while (end < trimmed.size() && (static_cast<unsigned char>(trimmed[end]) & 0xC0) == 0x80) ++end;
    ++shown;
  }
  return "'" + std::string(trimmed.substr(0, end)) + (end < trimmed.size() ? "…'" : "'");
}

std::string letter_range(uint32_t options) {
  if (options <= 1) {
    return "A";
  }
  return ui_format("grade.answer.letter_range", fmt::arg("last", static_cast<char>('A' + std::min(options, kMaxOptions) - 1)));
}

// True when every character is a letter or a separator of the choice notation.
bool only_letters(std::string_view trimmed) {
  return std::all_of(trimmed.begin(), trimmed.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '\t' || c == ',' || c == ';';
  });
}

std::string choice_reason(const ScoringItem& item, std::string_view trimmed) {
  std::string options = letter_range(item.options);
  if (only_letters(trimmed)) {
    return ui_format("grade.answer.no_such_option", fmt::arg("answer", quoted(trimmed)), fmt::arg("options", options));
  }
  if (item.type == QuestionType::single) {
    return ui_format("grade.answer.not_single", fmt::arg("answer", quoted(trimmed)), fmt::arg("options", options));
  }
  return ui_format("grade.answer.not_multiple", fmt::arg("answer", quoted(trimmed)), fmt::arg("options", options));
}

}  // namespace

std::string unreadable_reason(const ScoringItem& item, std::string_view answer) {
  std::string_view trimmed = trim_answer(answer);
  switch (item.type) {
    case QuestionType::single:
    case QuestionType::multiple: return choice_reason(item, trimmed);
    case QuestionType::true_false:
      return ui_format("grade.answer.not_true_false", fmt::arg("answer", quoted(trimmed)));
    case QuestionType::numeric:
      return ui_format("grade.answer.not_number", fmt::arg("answer", quoted(trimmed)));
    case QuestionType::short_text: break;
  }
  return "";
}

std::optional<PartialRule> parse_partial_rule(std::string_view text) {
  for (PartialRule rule : {PartialRule::false1, PartialRule::false2, PartialRule::true1, PartialRule::all,
                           PartialRule::none}) {
    if (text == partial_rule_name(rule)) {
      return rule;
    }
  }
  return std::nullopt;
}

const char* partial_rule_name(PartialRule rule) {
  switch (rule) {
    case PartialRule::false1: return "false";
    case PartialRule::false2: return "false2";
    case PartialRule::true1: return "true";
    case PartialRule::all: return "all";
    case PartialRule::none: return "none";
  }
  return "false2";
}

}  // namespace hocvu
