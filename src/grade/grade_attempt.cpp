// Grading one attempt against its form.
#include "grade/grade_attempt.hpp"

#include <algorithm>
#include <cstdint>

namespace hocvu {

namespace {

size_t index_in(const std::vector<std::string>& list, const std::string& value) {
  auto found = std::find(list.begin(), list.end(), value);
  return found == list.end() ? SIZE_MAX : static_cast<size_t>(found - list.begin());
}

bool is_choice(const ScoringItem& item) {
  return item.item->type == QuestionType::single || item.item->type == QuestionType::multiple;
}

// Every choice answer the same single letter, on at least five choice questions: the pattern of
// a candidate who filled the sheet without reading.
bool one_letter_throughout(const std::vector<ScoringItem>& items, const std::vector<ItemScore>& scores) {
  uint32_t letter = 0;
  size_t answered = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_choice(items[i]) || scores[i].chosen == 0) continue;
    if (letter == 0) letter = scores[i].chosen;
    if (scores[i].chosen != letter || (letter & (letter - 1)) != 0) return false;
    ++answered;
  }
  return answered >= 5;
}

int64_t milli_percent(double percent) { return std::llround(percent * 1000.0); }

// `count` zeros, without assign's call when the size is already right (every attempt).
void zero(std::vector<Units>& values, size_t count) {
  values.resize(count);
  std::fill(values.begin(), values.end(), 0);
}

}  // namespace

std::string attempt_flags_text(uint8_t flags) {
  static const std::pair<uint8_t, const char*> kNames[] = {
      {kDuplicateAttempt, "duplicate_attempt"},
      {kAllOmitted, "all_omitted"},
      {kOneLetterThroughout, "one_letter_throughout"},
      {kInvalidAnswers, "invalid_answers"},
  };
  std::string text;
  for (const auto& [flag, name] : kNames) {
    if ((flags & flag) != 0) {
      text += text.empty() ? "" : ";";
      text += name;
    }
  }
  return text;
}

bool reaches_milli_percent(Units earned, Units possible, int64_t milli) {
  if (possible <= 0) return false;
  // earned / possible >= milli / 100000, in integers: earned * 100000 >= milli * possible.
  return static_cast<__int128>(earned) * 100000 >= static_cast<__int128>(milli) * possible;
}

std::vector<std::vector<ScoringItem>> scoring_items_of(const std::vector<FormGrader>& forms) {
  std::vector<std::vector<ScoringItem>> items;
  for (const auto& form : forms) items.push_back(form.items());
  return items;
}

bool reaches_percent(Units earned, Units possible, double percent) {
  return reaches_milli_percent(earned, possible, milli_percent(percent));
}

FormGrader::FormGrader(const GradingKey& key, const KeyForm& form, std::vector<ScoringItem> items,
                       const ScoringRules& rules, const MasteryRule& mastery)
    : key_(&key),
      form_(&form),
      items_(std::move(items)),
      rules_(rules),
      mastery_(mastery),
      mastery_milli_(milli_percent(mastery.share * 100.0)),
      pass_milli_(milli_percent(key.pass.percent)) {
  if (key.pass.area_min_percent) area_min_milli_ = milli_percent(*key.pass.area_min_percent);
  competency_possible_.assign(key.competencies.size(), 0);
  area_possible_.assign(key.areas.size(), 0);
  std::vector<uint32_t> counted(key.competencies.size(), 0);
  for (const auto& item : items_) {
    size_t competency = index_in(key.competencies, item.item->competency);
    size_t area = index_in(key.areas, item.item->area);
    competency_of_.push_back(competency);
    area_of_.push_back(area);
    if (item.dropped) continue;
    possible_ += item.points;
    if (competency != SIZE_MAX) {
      competency_possible_[competency] += item.points;
      ++counted[competency];
    }
    if (area != SIZE_MAX) area_possible_[area] += item.points;
  }
  measured_.assign(key.competencies.size(), false);
  for (size_t c = 0; c < counted.size(); ++c) {
    measured_[c] = counted[c] >= std::max<uint32_t>(1, mastery_.min_items) && competency_possible_[c] > 0;
  }
}

void FormGrader::grade(const Attempt& attempt, GradedAttempt& out) const {
  out.scores.resize(items_.size());
  out.total = 0;
  out.answered = 0;
  out.flags = 0;
  out.unreadable_position = 0;
  zero(out.competency_earned, key_->competencies.size());
  zero(out.area_earned, key_->areas.size());
  static const std::string kBlank;
  for (size_t i = 0; i < items_.size(); ++i) {
    const std::string& answer = i < attempt.answers.size() ? attempt.answers[i] : kBlank;
    ItemScore score = score_answer(items_[i], answer, rules_);
    out.scores[i] = score;
    if (score.status == AnswerStatus::unreadable && out.unreadable_position == 0) {
      out.unreadable_position = static_cast<uint32_t>(i + 1);
    }
    out.answered += score.status != AnswerStatus::omitted ? 1 : 0;
    if (score.status == AnswerStatus::invalid) out.flags |= kInvalidAnswers;
    if (items_[i].dropped) continue;
    out.total += score.earned;
    if (competency_of_[i] != SIZE_MAX) out.competency_earned[competency_of_[i]] += score.earned;
    if (area_of_[i] != SIZE_MAX) out.area_earned[area_of_[i]] += score.earned;
  }
  if (out.answered == 0) out.flags |= kAllOmitted;
  if (one_letter_throughout(items_, out.scores)) out.flags |= kOneLetterThroughout;
  out.passed = passes(out);
  out.mastery.resize(key_->competencies.size());
  for (size_t c = 0; c < measured_.size(); ++c) {
    bool mastered = measured_[c] && reaches_milli_percent(out.competency_earned[c], competency_possible_[c], mastery_milli_);
    out.mastery[c] = static_cast<int8_t>(!measured_[c] ? -1 : mastered ? 1 : 0);
  }
}

bool FormGrader::passes(const GradedAttempt& attempt) const {
  if (!reaches_milli_percent(attempt.total, possible_, pass_milli_)) return false;
  if (!area_min_milli_) return true;
  for (size_t a = 0; a < area_possible_.size(); ++a) {
    if (area_possible_[a] > 0 && !reaches_milli_percent(attempt.area_earned[a], area_possible_[a], *area_min_milli_)) {
      return false;
    }
  }
  return true;
}

}  // namespace hocvu
