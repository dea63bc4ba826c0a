#pragma once
// Reading GIFT question files (Moodle's text format: ::title:: text {=right ~wrong}, and the
// gift.txt hocvu exam writes). Questions are separated by blank lines; every finding has the
// line and column of what is wrong.
#include <string>
#include <string_view>

#include "import/imported.hpp"

namespace hocvu {

// The questions of GIFT `text` (UTF-8; a byte-order mark is skipped) and the findings of reading
// them; `file` names the file in findings.
ImportReading read_gift(std::string_view text, const std::string& file);

}  // namespace hocvu
