// Fuzz target: hocvu import moodle-xml on any bytes. The first byte picks how the rest is cut
// into the pieces fed to the streaming reader (1 to 256 bytes, or whole), so cuts inside a tag,
// an entity or a UTF-8 sequence are reached; the questions and the bank written must be whole
// (import_check.hpp).
#include <string>

#include "import/moodle_xml_reader.hpp"
#include "import_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  size_t piece = data[0] == 0 ? size : data[0];
  std::string_view input = hocvu::fuzz::as_text(data + 1, size - 1);
  hocvu::MoodleXmlReader reader("q.xml");
  for (size_t offset = 0; offset < input.size(); offset += piece) {
    if (!reader.feed(input.substr(offset, piece))) break;
  }
  hocvu::fuzz::check_import(reader.finish(), "q.xml");
  return 0;
}
