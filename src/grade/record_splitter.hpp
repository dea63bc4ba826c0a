#pragma once
// Cutting a response file's text into records (rows), block by block: RFC 4180, so a quoted field
// may hold separators and line breaks and the record then spans lines. Line ends are LF, CRLF
// and a lone CR (old Mac spreadsheets). Blank lines (nothing but spaces and tabs) are skipped
// and are no rows. A quote is a quote only at the start of a field (after spaces); inside an
// unquoted field it is a plain character.
//
// Damage stays local and costs linear time:
// - a quote that is not closed by the end of the file, or not within `max_row_bytes`, or is
//   followed by text other than a separator or a line end, makes the record's FIRST LINE a
//   problem record; reading goes on at the next line. The lines the failed scan passed over are
//   then read as single lines (a quote there does not span lines), so no byte is scanned more
//   than twice;
// - a record longer than `max_row_bytes` is handed out cut to its first kKeptPrefix bytes and
//   the rest of its line is skipped without being held, quotes or not.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

class InputStream;

constexpr size_t kKeptPrefix = 4096;

enum class RecordProblem : uint8_t {
  none,
  unclosed_quote,    // text: the first line of the record
  text_after_quote,  // text: the first line of the record
  too_long,          // text: the first kKeptPrefix bytes
};

struct Record {
  std::string_view text;   // without the line ending; valid until the next call to next()
  uint64_t line = 0;       // 1-based line where it starts
  RecordProblem problem = RecordProblem::none;
  bool quoted = false;     // holds a quoted field: cut it with the careful cutter
};

enum class SplitMode : uint8_t {
  csv,    // quotes as above
  lines,  // every line a record, quotes plain characters (JSON Lines)
};

class RecordSplitter {
 public:
  RecordSplitter(InputStream& input, size_t max_row_bytes);

  // `separator` 0 takes any of , ; and tab as a separator (to read a header before it is known).
  void set_mode(SplitMode mode, char separator);

  // The first byte of the text that is not a space, tab or line end; nullopt for blank text.
  std::optional<char> first_text_byte();

  // The next record; false at the end of the text.
  bool next(Record& record);

  uint64_t bytes_consumed() const { return base_ + begin_; }  // text bytes, for batch sizes

 private:
  enum class Scan : uint8_t { record, blank, need_more, problem, too_long };
  struct ScanResult {
    Scan scan = Scan::need_more;
    size_t end = 0;        // the record's end (before the line ending); for problems, where the scan stopped
    size_t next = 0;       // where the next record starts
    uint64_t lines = 0;    // line ends inside the record
    RecordProblem problem = RecordProblem::none;
    bool quoted = false;
  };

  bool fill();
  bool is_separator(char c) const;
  ScanResult scan_line(size_t from) const;
  ScanResult scan_quoted(size_t from) const;
  size_t line_ending(size_t at, bool& need_more) const;
  ScanResult record_end(size_t at, size_t from, uint64_t lines) const;
  ScanResult stop(Scan scan, size_t at, RecordProblem problem = RecordProblem::none) const;
  bool is_pad(char c) const;
  std::optional<size_t> first_line_end();
  bool first_line_problem(RecordProblem problem, size_t scanned_to, Record& record);
  bool cut_too_long(size_t scanned_to, Record& record);
  void skip_rest_of_line();

  InputStream& input_;
  size_t max_row_bytes_;
  SplitMode mode_ = SplitMode::csv;
  char separator_ = 0;
  size_t block_;                 // how much the next fill reads at least
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;   // unread text in buffer_
  uint64_t base_ = 0;            // stream offset of buffer_[0]
  bool eof_ = false;
  uint64_t line_ = 1;            // line at begin_
  uint64_t no_span_until_ = 0;   // stream offset before which quotes do not span lines
  bool skipping_ = false;        // inside the rest of a too-long line
  std::string kept_;             // a too-long record's prefix
};

}  // namespace hocvu
