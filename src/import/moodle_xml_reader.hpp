#pragma once
// Reading Moodle XML question files (Moodle's "Export questions > Moodle XML format", and the
// moodle.xml hocvu exam writes) with expat, streamed: memory grows with the questions kept, never
// with the file. No DTD is read, no entity declared in the file is expanded (the first one stops
// the reading: billion laughs, external entities), and every text is bounded.
#include <memory>
#include <string>
#include <string_view>

#include "import/imported.hpp"

namespace hocvu {

class MoodleXmlReader {
 public:
  explicit MoodleXmlReader(std::string file);  // `file` names the file in findings
  ~MoodleXmlReader();
  MoodleXmlReader(const MoodleXmlReader&) = delete;
  MoodleXmlReader& operator=(const MoodleXmlReader&) = delete;

  // Parses the next piece of the file (any size, any cut); false once reading has stopped (the
  // file was refused, or is not XML from here on), when the rest need not be read.
  bool feed(std::string_view bytes);
  // Ends the parse: the questions read and the findings, sorted by place.
  ImportReading finish();

  class Parser;

 private:
  std::unique_ptr<Parser> parser_;
};

// The whole of a Moodle XML file from memory, fed in pieces.
ImportReading read_moodle_xml(std::string_view bytes, const std::string& file);

}  // namespace hocvu
