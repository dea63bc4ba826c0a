// The prior difficulty of a question from its level, when the manifest states none.
#include "grade/grading_key.hpp"

namespace hocvu {

double default_difficulty(std::string_view level) {
  if (level == "CB") {
    return -1.0;
  }
  if (level == "TC") {
    return 0.0;
  }
  if (level == "NC") {
    return 1.0;
  }
  if (level == "CS") {
    return 2.0;
  }
  return 0.0;
}

}  // namespace hocvu
