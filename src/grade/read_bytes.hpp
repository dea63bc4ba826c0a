#pragma once
// The bytes of one response file, in blocks: read from a file or stdin, gunzipped when
// compressed (zlib, several gzip members in a row too), hashed as read, and, for UTF-8 and
// UTF-16, made UTF-8 text with the byte-order mark at the start dropped. Single-byte legacy
// encodings pass through as they are: rows are converted one by one (legacy_decoder.hpp), so a
// rejected row can keep its original bytes. Memory stays at a few blocks for any file size.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "grade/response_reader.hpp"

namespace hocvu {

// The byte that stands for an unpaired UTF-16 surrogate or a lone last byte in the UTF-8 made
// from UTF-16: never valid UTF-8, so the row that holds it is rejected as invalid_encoding.
constexpr char kInvalidUtf16Marker = '\xFF';

class InputStream {
 public:
  // "-" is stdin. Throws FatalError (naming `path` and the reason) when it cannot be opened.
  InputStream(const std::string& path, InputEncoding encoding);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Puts up to `capacity` (at least 8) bytes of text in `out`; returns 0 only at the end. Throws
  // FatalError when reading fails or compressed data is damaged or cut short.
  size_t read(char* out, size_t capacity);

  uint64_t raw_bytes() const;  // read from the file so far, before decompression
  std::string sha256() const;  // of those raw bytes

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace hocvu
