// Fuzz target: hocvu import gift on any bytes: findings name the file and say something, the
// questions and the bank written must be whole (import_check.hpp).
#include <string>

#include "import/gift_reader.hpp"
#include "import_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = hocvu::fuzz::as_text(data, size);
  hocvu::fuzz::check_import(hocvu::read_gift(input, "q.gift"), "q.gift");
  return 0;
}
