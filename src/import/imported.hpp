#pragma once
// What the LMS readers (Moodle XML, GIFT) hand on: questions in hocvu's model as read from the
// file, before they get ids, a competency and a level, and the findings of reading them.
#include <cstdint>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

// Bounds that keep hostile files cheap: a text (a question's stem, an option, a feedback) over
// kMaxImportText bytes is refused, and so is a whole question over kMaxImportQuestion.
constexpr size_t kMaxImportText = size_t{1} << 20;
constexpr size_t kMaxImportQuestion = size_t{4} << 20;

// One question read from an LMS file. `question` holds its type, stem, options (keys a, b, c,
// ...), typed answer, tolerance, unit, points, tags and explanation; its id, competency, level
// and source are given later (finish_import).
struct ImportedQuestion {
  Question question;
  std::string name;      // the Moodle <name> or GIFT ::title::, as written (may be empty)
  std::string idnumber;  // Moodle's <idnumber> (may be empty): the id when the name is not one
  std::string category;  // the Moodle or GIFT category it was in (may be empty)
  uint32_t ordinal = 0;  // 1-based among all the questions of the file, imported or not
  uint32_t line = 0;     // where it starts
  uint32_t column = 0;
};

struct ImportReading {
  std::vector<ImportedQuestion> questions;
  Diagnostics diagnostics;
  uint32_t seen = 0;  // questions met in the file (categories not counted), imported or not
};

}  // namespace hocvu
