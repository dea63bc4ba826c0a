#pragma once
// From questions as read to a bank: ids (the LMS name when it is a hocvu id, else IMP-0001 by
// place in the file), the competency and level given on the command line, a source note, every
// text in NFC, and each question once.
#include <string>

#include "import/imported.hpp"

namespace hocvu {

struct ImportSettings {
  std::string file;         // the path findings name
  std::string format_name;  // "Moodle XML" or "GIFT", for source notes
  std::string source_name;  // the file as source notes name it (its base name)
  std::string bank_id;
  std::string framework;    // empty: left for the author
  std::string language = "vi";
  std::string competency;   // empty: left for the author
  std::string level;        // empty: left for the author
};

struct ImportedBank {
  Bank bank;
  Diagnostics diagnostics;  // the reading's, then duplicates
  uint32_t seen = 0;        // questions in the file
  uint32_t duplicates = 0;  // questions met again and imported once
};

ImportedBank finish_import(ImportReading&& reading, const ImportSettings& settings);

// Whether two questions ask the same thing: type, stem, explanation, points, unit, answer, and
// for choice questions the same options with the same ones right, in any order.
bool same_question(const Question& a, const Question& b);

// The id `hocvu import` gives the question at `ordinal` when its name is not an id: IMP-0007.
std::string generated_id(uint32_t ordinal);

}  // namespace hocvu
