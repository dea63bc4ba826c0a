#pragma once
// The safe fixes of `hocvu lint --fix`: changes that never alter what a text means.
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

// Removes a byte-order mark, turns CRLF (and CR, NEL, U+2028, U+2029) into LF, strips spaces at line ends and rewrites the
// text in Unicode NFC. Returns nullopt when nothing changes or when the bytes are not text
// that can be fixed safely (NUL bytes, invalid UTF-8).
std::optional<std::string> apply_safe_fixes(std::string_view bytes);

}  // namespace hocvu
