#pragma once
// key.csv, the answer key of an exam: written by hocvu exam (render_key_csv), read back for
// grading by read_key_csv. A key written by hand in the same columns reads the same way, to
// the same typed answers.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

struct KeyRow {
  std::string form;
  uint32_t position = 0;  // 1-based, on the form
  std::string question_id;
  QuestionType type = QuestionType::single;
  Answer answer;  // as on the form: letters (A, C) for choice questions
  double points = 1;
  std::string competency;
  std::string level;
  uint32_t line = 0;  // where the row is in the file
};

// The columns of key.csv, in the order hocvu writes them.
const std::vector<std::string_view>& key_columns();

// An answer in key.csv's notation: "B" and "A;C" (letters on the form), "true" or "false",
// "42" or "42:0.5" (value and tolerance), "VNeID|ứng dụng VNeID" (accepted texts).
std::string format_key_answer(const Answer& answer);

// Reads `text` as an answer of `type` in key.csv's notation. Letters may be lowercase and
// spaced ("a; c"), true and false in any case (spreadsheets write TRUE); accepted texts are
// taken to NFC. Returns nullopt, with the reason in `reason`, when it does not fit the type.
std::optional<Answer> parse_key_answer(QuestionType type, std::string_view text, std::string& reason);

// Reads a whole key.csv. A row that cannot be read is reported (E701: file, line, column and
// why) and left out; so is a second row for the same form and position.
std::vector<KeyRow> read_key_csv(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
