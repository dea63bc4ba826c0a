#pragma once
// Reading credentials from untrusted bytes: JSON Lines split into bounded lines, and one
// credential's text checked before it is parsed (valid UTF-8, nesting at most 64 deep, no
// member name twice in an object), so hostile input gives a problem, never a crash.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace hocvu {

constexpr size_t kMaxCredentialBytes = 1024 * 1024;  // one line of credentials.jsonl
constexpr int kMaxCredentialDepth = 64;

struct CredentialText {
  std::optional<nlohmann::json> value;  // an object when the text is a credential
  std::string reason;                   // stable code when not: not-utf8, not-json, too-deep, ...
  std::string message;                  // plain words
  size_t column = 0;                    // 1-based byte column of the problem, 0 when none
};

// Parses one credential's JSON text. Never throws for bad input.
CredentialText parse_credential_text(std::string_view text);

// The lines of a stream, each at most `max_bytes` long (the rest of a longer line is skipped
// and the line marked), with "\n" or "\r\n" endings removed.
class BoundedLineReader {
 public:
  explicit BoundedLineReader(std::istream& in, size_t max_bytes = kMaxCredentialBytes)
      : in_(in), max_bytes_(max_bytes) {}

  struct Line {
    std::string text;
    uint64_t number = 0;      // 1-based
    uint64_t length = 0;      // bytes in the whole line, skipped ones included
    bool too_long = false;
  };
  // The next line, or false at the end of the stream.
  bool next(Line& line);

 private:
  bool fill();

  std::istream& in_;
  size_t max_bytes_;
  std::string buffer_;
  size_t at_ = 0;
  uint64_t number_ = 0;
  bool ended_ = false;
};

}  // namespace hocvu
