#pragma once
// A Moodle XML <question> as read (texts as written, formats by name) and its mapping to a hocvu
// question. moodle_xml_reader.cpp fills it from expat's events; nothing here knows XML.
#include <cstdint>
#include <string>
#include <vector>

#include "import/imported.hpp"

namespace hocvu {

struct MoodleText {
  std::string text;
  std::string format;  // the format attribute; empty when absent
};

struct MoodleAnswer {
  std::string fraction;
  MoodleText text;
  std::string feedback;
  std::string tolerance;
};

struct MoodleUnit {
  std::string name;
  std::string multiplier;
};

struct MoodleQuestion {
  std::string type;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string name;
  std::string idnumber;
  MoodleText questiontext;
  MoodleText generalfeedback;
  std::string defaultgrade;
  std::string single;
  std::string usecase;
  std::string category;  // <category><text> of a category "question"
  std::vector<MoodleAnswer> answers;
  std::vector<MoodleUnit> units;
  std::vector<std::string> tags;
  std::vector<std::string> hints;
  uint32_t files = 0;  // embedded files (images): never kept
  bool too_long = false;
};

// Adds `raw` to `reading` as a question, or a finding saying why it cannot be one; a category
// "question" changes `category` instead. `file` names the file in findings.
void add_moodle_question(MoodleQuestion&& raw, const std::string& file, std::string& category, ImportReading& reading);

}  // namespace hocvu
