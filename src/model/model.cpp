#include "model/model.hpp"

namespace hocvu {

const char* question_type_name(QuestionType type) {
  switch (type) {
    case QuestionType::single: return "single";
    case QuestionType::multiple: return "multiple";
    case QuestionType::true_false: return "true_false";
    case QuestionType::numeric: return "numeric";
    case QuestionType::short_text: return "short_text";
  }
  return "?";
}

const char* question_status_name(QuestionStatus status) {
  switch (status) {
    case QuestionStatus::draft: return "draft";
    case QuestionStatus::active: return "active";
    case QuestionStatus::retired: return "retired";
  }
  return "?";
}

}  // namespace hocvu
