#include "grade/record_splitter.hpp"

#include <algorithm>
#include <cstring>

#include "grade/read_bytes.hpp"

namespace hocvu {

namespace {

// Reads start small (a folder may hold thousands of small files) and double up to kBlock.
constexpr size_t kFirstBlock = size_t{64} << 10;
constexpr size_t kBlock = size_t{1} << 20;

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

// The first LF or CR in [p, end), or end.
const char* find_line_end(const char* p, const char* end) {
  const void* lf = std::memchr(p, '\n', static_cast<size_t>(end - p));
  const char* limit = lf != nullptr ? static_cast<const char*>(lf) : end;
  const void* cr = std::memchr(p, '\r', static_cast<size_t>(limit - p));
  return cr != nullptr ? static_cast<const char*>(cr) : limit;
}

// Line ends in [p, end): LF, CRLF and lone CR each count once.
uint64_t count_line_ends(const char* p, const char* end) {
  uint64_t lines = 0;
  for (; p < end; ++p) {
    if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) ++lines;
  }
  return lines;
}

bool is_blank_line(const char* p, const char* end) {
  return std::all_of(p, end, [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

RecordSplitter::RecordSplitter(InputStream& input, size_t max_row_bytes)
    : input_(input), max_row_bytes_(std::max<size_t>(max_row_bytes, 1)), block_(kFirstBlock) {}

void RecordSplitter::set_mode(SplitMode mode, char separator) {
  mode_ = mode;
  separator_ = separator;
}

bool RecordSplitter::is_separator(char c) const {
  return separator_ != 0 ? c == separator_ : (c == ',' || c == ';' || c == '\t');
}

// Spaces around a quoted field; a tab too unless it separates.
bool RecordSplitter::is_pad(char c) const { return c == ' ' || (c == '\t' && !is_separator('\t')); }

// More text after what is unread; false at the end. Room grows with the unread text, so a long
// record scanned again after each fill costs linear time in all.
bool RecordSplitter::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    base_ += begin_;
    end_ -= begin_;
    begin_ = 0;
  }
  size_t room = std::max(block_, std::min(end_, max_row_bytes_));
  block_ = std::min(2 * block_, kBlock);
  if (buffer_.size() - end_ < room) buffer_.resize(end_ + room);
  size_t n = input_.read(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) {
    eof_ = true;
    return false;
  }
  end_ += n;
  return true;
}

// Length of the line ending at `at` (LF, CR or CRLF); `need_more` when a CR ends the buffer.
size_t RecordSplitter::line_ending(size_t at, bool& need_more) const {
  if (buffer_[at] == '\n') return 1;
  if (at + 1 < end_) return buffer_[at + 1] == '\n' ? 2 : 1;
  need_more = !eof_;
  return 1;
}

RecordSplitter::ScanResult RecordSplitter::stop(Scan scan, size_t at, RecordProblem problem) const {
  ScanResult result;
  result.scan = scan;
  result.end = at;
  result.problem = problem;
  return result;
}

// A record that ends at `at` (a line end, or the end of the text).
RecordSplitter::ScanResult RecordSplitter::record_end(size_t at, size_t from, uint64_t lines) const {
  if (at - from > max_row_bytes_) return stop(Scan::too_long, at);
  ScanResult result = stop(Scan::record, at);
  result.next = at;
  result.lines = lines;
  if (at < end_) {
    bool need_more = false;
    result.next = at + line_ending(at, need_more);
    if (need_more) return stop(Scan::need_more, at);
  } else if (!eof_) {
    return stop(Scan::need_more, at);
  }
  return result;
}

// The fast path: the record is one line unless it holds a quote.
RecordSplitter::ScanResult RecordSplitter::scan_line(size_t from) const {
  const char* data = buffer_.data();
  const char* line_end = find_line_end(data + from, data + end_);
  size_t at = static_cast<size_t>(line_end - data);
  if (at == end_ && !eof_) {
    return at - from > max_row_bytes_ ? stop(Scan::too_long, at) : stop(Scan::need_more, at);
  }
  if (is_blank_line(data + from, line_end)) {
    ScanResult result = record_end(at, from, 0);
    if (result.scan == Scan::record) result.scan = Scan::blank;
    return result;
  }
  if (mode_ == SplitMode::csv && std::memchr(data + from, '"', at - from) != nullptr) return scan_quoted(from);
  return record_end(at, from, 0);
}

// The careful path: field by field, so that quoted separators and line ends stay in their field.
RecordSplitter::ScanResult RecordSplitter::scan_quoted(size_t from) const {
  const char* data = buffer_.data();
  const bool may_span = base_ + from >= no_span_until_;
  const size_t limit = from + max_row_bytes_;
  uint64_t lines = 0;
  size_t p = from;
  for (;;) {  // one field a turn
    while (p < end_ && is_pad(data[p])) ++p;
    if (p < end_ && data[p] == '"') {
      for (++p;;) {  // inside the quotes, to the closing quote ("" is a quote)
        const void* quote = std::memchr(data + p, '"', end_ - p);
        size_t q = quote != nullptr ? static_cast<size_t>(static_cast<const char*>(quote) - data) : end_;
        uint64_t inside = count_line_ends(data + p, data + q);
        if (inside > 0 && !may_span) return stop(Scan::problem, q, RecordProblem::unclosed_quote);
        if (q > limit) return stop(Scan::problem, q, RecordProblem::unclosed_quote);
        if (quote == nullptr) return eof_ ? stop(Scan::problem, q, RecordProblem::unclosed_quote) : stop(Scan::need_more, q);
        lines += inside;
        p = q + 1;
        if (p == end_ && !eof_) return stop(Scan::need_more, p);
        if (p < end_ && data[p] == '"') {
          ++p;
          continue;
        }
        break;
      }
      while (p < end_ && is_pad(data[p])) ++p;
      if (p < end_ && !is_separator(data[p]) && !is_line_end(data[p])) {
        return stop(Scan::problem, p, RecordProblem::text_after_quote);
      }
    } else {
      while (p < end_ && !is_separator(data[p]) && !is_line_end(data[p])) ++p;
    }
    if (p > limit) return stop(Scan::too_long, p);
    if (p == end_ && !eof_) return stop(Scan::need_more, p);
    if (p == end_ || is_line_end(data[p])) {
      ScanResult result = record_end(p, from, lines);
      result.quoted = true;
      return result;
    }
    ++p;  // the separator
  }
}

// Blank lines before the text are consumed (and counted) here, so a file of nothing but line
// ends is never held whole.
std::optional<char> RecordSplitter::first_text_byte() {
  for (;;) {
    size_t at = begin_;
    while (at < end_ && (buffer_[at] == ' ' || buffer_[at] == '\t')) ++at;
    if (at < end_ && !is_line_end(buffer_[at])) return buffer_[at];
    if (at < end_) {
      bool need_more = false;
      size_t length = line_ending(at, need_more);
      if (!need_more) {
        begin_ = at + length;
        ++line_;
        continue;
      }
    }
    if (!fill()) return std::nullopt;
  }
}

// The end of the first line from begin_ (quotes or not), filling as needed; nullopt when that
// line is longer than the record limit.
std::optional<size_t> RecordSplitter::first_line_end() {
  for (;;) {
    size_t at = static_cast<size_t>(find_line_end(buffer_.data() + begin_, buffer_.data() + end_) - buffer_.data());
    if (at - begin_ > max_row_bytes_) return std::nullopt;
    if (at < end_ || eof_) return at;
    fill();
  }
}

// A quote went wrong: the record is its first line, and the lines up to `scanned_to` are read
// as single lines.
bool RecordSplitter::first_line_problem(RecordProblem problem, size_t scanned_to, Record& record) {
  no_span_until_ = std::max(no_span_until_, base_ + scanned_to);
  std::optional<size_t> at = first_line_end();
  if (!at) return cut_too_long(begin_, record);
  bool need_more = false;
  size_t next = *at < end_ ? *at + line_ending(*at, need_more) : *at;
  if (need_more) {  // a CR ends the buffer: is it CRLF?
    size_t offset = *at - begin_;
    fill();
    next = begin_ + offset + line_ending(begin_ + offset, need_more);
    at = begin_ + offset;
  }
  record.text = std::string_view(buffer_.data() + begin_, *at - begin_);
  record.line = line_;
  record.problem = problem;
  record.quoted = true;
  begin_ = next;
  ++line_;
  return true;
}

// A record over the limit: its first line's first kKeptPrefix bytes are kept, the rest of that
// line is skipped on the next call without being held.
bool RecordSplitter::cut_too_long(size_t scanned_to, Record& record) {
  no_span_until_ = std::max(no_span_until_, base_ + scanned_to);
  size_t available = std::min(end_ - begin_, kKeptPrefix);
  const char* start = buffer_.data() + begin_;
  kept_.assign(start, static_cast<size_t>(find_line_end(start, start + available) - start));
  record.text = kept_;
  record.line = line_;
  record.problem = RecordProblem::too_long;
  record.quoted = false;
  skipping_ = true;
  return true;
}

void RecordSplitter::skip_rest_of_line() {
  for (;;) {
    size_t at = static_cast<size_t>(find_line_end(buffer_.data() + begin_, buffer_.data() + end_) - buffer_.data());
    if (at < end_) {
      bool need_more = false;
      size_t length = line_ending(at, need_more);
      if (!need_more) {
        begin_ = at + length;
        break;
      }
    }
    begin_ = at;  // keeps a CR at the end of the buffer
    if (!fill()) {
      begin_ = end_;
      break;
    }
  }
  skipping_ = false;
  ++line_;
}

bool RecordSplitter::next(Record& record) {
  for (;;) {
    if (skipping_) skip_rest_of_line();
    if (begin_ == end_ && !fill()) return false;
    ScanResult result = scan_line(begin_);
    switch (result.scan) {
      case Scan::need_more:
        fill();  // at the end of the text, the scan takes the end as the record's end
        continue;
      case Scan::blank:
        begin_ = result.next;
        ++line_;
        continue;
      case Scan::too_long: return cut_too_long(result.end, record);
      case Scan::problem: return first_line_problem(result.problem, result.end, record);
      case Scan::record: break;
    }
    record.text = std::string_view(buffer_.data() + begin_, result.end - begin_);
    record.line = line_;
    record.problem = RecordProblem::none;
    record.quoted = result.quoted;
    begin_ = result.next;
    line_ += 1 + result.lines;
    return true;
  }
}

}  // namespace hocvu
