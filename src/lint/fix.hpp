#pragma once
// The safe fixes of `hocvu lint --fix`: changes after which the file parses to the same values,
// apart from the normalisation that is the point of the fix.
#include <optional>
#include <string>
#include <string_view>

namespace hocvu {

// Removes a byte-order mark, turns CRLF and lone CR into LF, strips spaces at line ends where YAML
// drops them (not in '|' and '>' block scalars, where they are text) and rewrites the text in
// Unicode NFC. U+0085, U+2028 and U+2029 are left as they are: in a scalar they are text to
// libyaml, and only a person can tell what was meant. Returns nullopt when nothing changes or when
// the bytes are not text that can be fixed safely (NUL bytes, invalid UTF-8).
std::optional<std::string> apply_safe_fixes(std::string_view bytes);

}  // namespace hocvu
