#pragma once
// Reading response files: wide CSV, long CSV and JSON Lines, plain or gzip-compressed, from files
// or stdin, in UTF-8 or a legacy encoding. A reader turns a file into attempts and rejects, in
// batches, so memory stays flat however long the file is. See README "Response files".
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grade/attempt.hpp"
#include "grade/grading_key.hpp"

namespace hocvu {

enum class ResponseFormat { detect, wide, long_rows, jsonl };

// --encoding: utf-8 (the default; a BOM is skipped), utf-16 (BOM decides the byte order, little
// endian without one), utf-16le, utf-16be, windows-1258, tcvn3, vni.
enum class InputEncoding { utf8, utf16, utf16le, utf16be, windows1258, tcvn3, vni };

struct ReaderOptions {
  ResponseFormat format = ResponseFormat::detect;
  InputEncoding encoding = InputEncoding::utf8;
  char separator = 0;                   // 0: detected from the header (',' ';' or tab)
  size_t max_row_bytes = 16u << 20;     // a longer row is rejected (row_too_long), never held
};

// Parses a --format / --encoding value; nullopt when unknown.
std::optional<ResponseFormat> parse_response_format(const std::string& text);
std::optional<InputEncoding> parse_input_encoding(const std::string& text);

struct ResponseBatch {
  std::vector<Attempt> attempts;
  std::vector<Reject> rejects;
  uint64_t rows = 0;            // rows read in this batch: attempts' rows + rejected rows
};

// One input file ("-" is stdin; a name ending in .gz, or bytes starting with the gzip magic, is
// decompressed). Opening throws FatalError when the file cannot be read (exit 2); everything
// wrong inside it is a Reject.
class ResponseReader {
 public:
  ResponseReader(const std::string& path, uint32_t source, const GradingKey& key,
                 const ReaderOptions& options);
  ~ResponseReader();
  ResponseReader(const ResponseReader&) = delete;
  ResponseReader& operator=(const ResponseReader&) = delete;

  // Reads about `target_bytes` more of the file into `batch` (cleared first). Returns false
  // when the file is finished and `batch` is empty.
  bool next_batch(ResponseBatch& batch, size_t target_bytes);

  ResponseFormat format() const;     // as detected from the header (detect until the header is read)
  uint64_t bytes_read() const;       // raw bytes, before decompression: for progress
  std::string sha256() const;        // of the raw bytes; complete once next_batch returned false

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace hocvu
