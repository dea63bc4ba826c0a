#include "model/model.hpp"

#include <algorithm>

namespace hocvu {

const NamedValues<QuestionType>& question_type_names() {
  static const NamedValues<QuestionType> names = {{"single", QuestionType::single},
                                                   {"multiple", QuestionType::multiple},
                                                   {"true_false", QuestionType::true_false},
                                                   {"numeric", QuestionType::numeric},
                                                   {"short_text", QuestionType::short_text}};
  return names;
}

const NamedValues<QuestionStatus>& question_status_names() {
  static const NamedValues<QuestionStatus> names = {
      {"draft", QuestionStatus::draft}, {"active", QuestionStatus::active}, {"retired", QuestionStatus::retired}};
  return names;
}

const NamedValues<OutcomeKind>& outcome_kind_names() {
  static const NamedValues<OutcomeKind> names = {
      {"knowledge", OutcomeKind::knowledge}, {"skill", OutcomeKind::skill}, {"attitude", OutcomeKind::attitude}};
  return names;
}

const NamedValues<Assessment>& assessment_names() {
  static const NamedValues<Assessment> names = {
      {"exam", Assessment::exam}, {"observation", Assessment::observation}, {"portfolio", Assessment::portfolio}};
  return names;
}

const NamedValues<QuestionOrder>& question_order_names() {
  static const NamedValues<QuestionOrder> names = {{"by_area", QuestionOrder::by_area},
                                                    {"shuffled", QuestionOrder::shuffled}};
  return names;
}

const char* question_type_name(QuestionType type) {
  return name_of(question_type_names(), type);
}

const char* question_status_name(QuestionStatus status) {
  return name_of(question_status_names(), status);
}

std::optional<QuestionType> parse_question_type(std::string_view name) {
  return value_of(question_type_names(), name);
}

int level_rank(const Framework& framework, std::string_view level) {
  for (size_t i = 0; i < framework.levels.size(); ++i) {
    if (framework.levels[i].id.value == level) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<std::string> range_levels(const Framework& framework, const LevelRange& range, int low, int high) {
  std::vector<int> ranks;
  if (!range.levels.empty()) {
    for (const auto& level : range.levels) {
      ranks.push_back(level_rank(framework, level.value));
    }
  } else {
    int from = range.min_level ? level_rank(framework, range.min_level->value) : low;
    int to = range.max_level ? level_rank(framework, range.max_level->value) : high;
    for (int rank = std::max(from, 0); from >= 0 && to >= 0 && rank <= to; ++rank) {
      ranks.push_back(rank);
    }
  }
  ranks.erase(std::remove(ranks.begin(), ranks.end(), -1), ranks.end());
  std::sort(ranks.begin(), ranks.end());
  ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
  std::vector<std::string> levels;
  for (int rank : ranks) {
    levels.push_back(framework.levels[static_cast<size_t>(rank)].id.value);
  }
  return levels;
}

}  // namespace hocvu
