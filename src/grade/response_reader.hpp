#pragma once
// Reading response files: wide CSV, long CSV and JSON Lines, plain or gzip-compressed, from files
// or stdin, in UTF-8 or a legacy encoding. A reader turns a file into attempts and rejects, in
// batches, so memory stays flat however long the file is. See README "Response files".
//
// The rules, as decided (record_splitter.hpp has the splitting ones):
// - Every row is one attempt (long format: one row of an attempt, Attempt::rows counts them) or
//   one reject. Blank lines (spaces and tabs only) are no rows. Lines are counted from 1 with LF,
//   CRLF and a lone CR as line ends; a row's line is where it starts.
// - The first non-blank line is the header (not a row), unless the file's first text byte is '{'
//   (JSON Lines). A header without a candidate_id column makes it a reject (not_responses), and
//   every later row too, so a file that is no response file is accounted for line by line.
// - Checks in order: quoting and length (malformed_quoting, row_too_long), NUL bytes, encoding
//   (invalid_encoding), then the format's own (field_count, missing_candidate, unknown_form,
//   unknown_question, repeated_answer, malformed_json).
// - Fields are trimmed of spaces and tabs (quoted ones too) and lose csv_field's formula guard
//   ('=...). Candidate ids are otherwise verbatim: "000123" stays "000123".
// - A UTF-8 byte-order mark is skipped at the start of the file and at the start of a row (files
//   joined with cat); anywhere else it is text. A row that repeats the header is rejected as
//   not_responses ("were two files joined?").
// - Column names match in any case; aliases ma_thi_sinh, ma_de, ngay, cau_hoi, tra_loi. Without a
//   form column, a key with one form gives every row that form. Wide: every other column is an
//   answer, by position (all digits) or question id; a non-blank answer in a column that is not
//   on the row's form is unknown_question, a blank one is fine. Long: the consecutive rows of one
//   candidate, form and date make one attempt.
// - Reject::raw holds the row's bytes as read: for UTF-8 and the single-byte encodings the
//   original bytes; for UTF-16 the UTF-8 the file was converted to (an unpaired surrogate shows
//   as byte 0xFF); for a row over the limit its first 4 KiB.
// - JSON Lines: ids must be JSON strings (a number would lose leading zeros); form may be a
//   number; responses' values may be strings, numbers, true/false (as text), null (omitted) or
//   lists of those (joined with ','); other keys are ignored; nesting is limited to 8 levels.
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
