#pragma once
// A CSV file read record by record in 1 MiB chunks, hashed as it is read: the results of a
// million-candidate grading run are read without holding them. A record ends at a line break
// outside quotes; fields are split without a copy unless the record holds quotes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/hash.hpp"

namespace hocvu {

class RecordStream {
 public:
  // Throws FatalError when `path` is not a readable regular file.
  explicit RecordStream(const std::string& path);
  ~RecordStream();
  RecordStream(const RecordStream&) = delete;
  RecordStream& operator=(const RecordStream&) = delete;

  // The next record (without its line break, a CR before it removed), or false at the end.
  // `line` is the line where it starts. Valid until the next call.
  bool next(std::string_view& record, uint64_t& line);
  // The SHA-256 of the whole file: reads what is left.
  std::string sha256();

 private:
  bool fill();

  std::string path_;
  int fd_ = -1;
  std::string buffer_;
  size_t start_ = 0;
  bool eof_ = false;
  uint64_t line_ = 1;
  Sha256Stream hash_;
};

// Splits `record` at commas (RFC 4180 quotes undone, into `scratch`). False when a quote is
// unbalanced or text follows a closing quote.
bool split_record(std::string_view record, std::vector<std::string_view>& fields, std::string& scratch);

}  // namespace hocvu
