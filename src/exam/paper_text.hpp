#pragma once
// The words of a candidate paper, from the message catalogue in the exam's language (keys
// "paper.*", i18n/messages_*.cpp). Shared by the Markdown and the HTML paper (write_paper.cpp),
// which differ only in markup.
#include <string>
#include <vector>

#include "exam/exam.hpp"

namespace hocvu {

// The question types on the form, in the fixed order single, multiple, true/false, numeric,
// short text: the order of the instructions and scoring rules.
std::vector<QuestionType> types_on(const ExamForm& form);

// The form's total points.
double form_points(const ExamForm& form);

// "1,5 điểm", "1 point", "2 points".
std::string paper_points(Language language, double points);

// "Mã đề: 101", "Thời gian làm bài: 45 phút (...)", "Số câu hỏi: 30 · Tổng điểm: 30".
std::string paper_form_code(const Exam& exam, const ExamForm& form);
std::string paper_time_limit(const Exam& exam);
std::string paper_summary(const Exam& exam, const ExamForm& form);

// "Câu 7.", and the area heading "Miền năng lực 1. Khai thác dữ liệu và thông tin".
std::string paper_question_label(const Exam& exam, size_t number);
std::string paper_area_heading(const Exam& exam, const Area& area);

// How to answer a type, and the one-line hint under each question.
std::string paper_instruction(const Exam& exam, QuestionType type);
std::string paper_hint(const Exam& exam, QuestionType type);

// The scoring rules stated on the paper: one per type on the form, as `hocvu grade` scores it
// by default (README, Scoring), then what an unanswered question earns and the pass mark.
std::vector<std::string> paper_scoring_rules(const Exam& exam, const ExamForm& form);

// The label of a candidate field ("Số báo danh") or a signature ("Cán bộ coi thi 1"), by the
// name the blueprint's `paper` block uses.
std::string paper_field_label(const Exam& exam, const std::string& field);
std::string paper_signature_label(const Exam& exam, const std::string& signature);

// Any other fixed text of the paper by its key without the "paper." prefix: "end", "true".
std::string paper_word(const Exam& exam, const char* key);

}  // namespace hocvu
