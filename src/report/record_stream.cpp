#include "report/record_stream.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunk = 1 << 20;

// Where the record starting at `from` ends (the index of its '\n'), or npos when the buffer
// ends first. Quotes are counted only in records that hold one.
size_t record_end(std::string_view buffer, size_t from) {
  size_t newline = buffer.find('\n', from);
  if (newline == std::string_view::npos) return newline;
  std::string_view candidate = buffer.substr(from, newline - from);
  if (candidate.find('"') == std::string_view::npos) return newline;
  bool quoted = false;
  for (size_t i = from; i < buffer.size(); ++i) {
    if (buffer[i] == '"') quoted = !quoted;
    else if (buffer[i] == '\n' && !quoted) return i;
  }
  return std::string_view::npos;
}

}  // namespace

RecordStream::RecordStream(const std::string& path) : path_(path) {
  check_regular_file(path);
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw FatalError(ui_format("report.results.cannot_open", fmt::arg("path", path), fmt::arg("reason", std::strerror(errno))));
}

RecordStream::~RecordStream() {
  if (fd_ >= 0) ::close(fd_);
}

bool RecordStream::fill() {
  if (eof_) return false;
  if (start_ > 0) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  ssize_t got = 0;
  do {
    got = ::read(fd_, buffer_.data() + old, kChunk);
  } while (got < 0 && errno == EINTR);
  if (got < 0) throw FatalError(ui_format("report.results.cannot_read", fmt::arg("path", path_), fmt::arg("reason", std::strerror(errno))));
  buffer_.resize(old + static_cast<size_t>(got));
  hash_.update(std::string_view(buffer_).substr(old));
  if (got == 0) eof_ = true;
  return got > 0;
}

bool RecordStream::next(std::string_view& record, uint64_t& line) {
  size_t end = record_end(buffer_, start_);
  while (end == std::string::npos && fill()) end = record_end(buffer_, start_);
  if (end == std::string::npos) {
    if (start_ >= buffer_.size()) return false;
    end = buffer_.size();  // the last record, without a line break
  }
  record = std::string_view(buffer_).substr(start_, end - start_);
  line = line_;
  line_ += static_cast<uint64_t>(std::count(record.begin(), record.end(), '\n')) + 1;
  start_ = std::min(end + 1, buffer_.size());
  if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
  return true;
}

std::string RecordStream::sha256() {
  while (fill()) {
    start_ = buffer_.size();
  }
  return hash_.hex();
}

bool split_record(std::string_view record, std::vector<std::string_view>& fields, std::string& scratch) {
  fields.clear();
  if (record.find('"') == std::string_view::npos) {
    size_t from = 0;
    for (;;) {
      size_t comma = record.find(',', from);
      fields.push_back(record.substr(from, comma == std::string_view::npos ? comma : comma - from));
      if (comma == std::string_view::npos) return true;
      from = comma + 1;
    }
  }
  scratch.clear();
  scratch.reserve(record.size());  // views into scratch stay valid: it never grows past this
  std::vector<std::pair<size_t, size_t>> spans;
  size_t i = 0;
  for (;;) {
    size_t begin = scratch.size();
    if (i < record.size() && record[i] == '"') {
      ++i;
      for (;;) {
        if (i >= record.size()) return false;
        if (record[i] == '"') {
          if (i + 1 < record.size() && record[i + 1] == '"') {
            scratch += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        scratch += record[i++];
      }
      if (i < record.size() && record[i] != ',') return false;
    } else {
      while (i < record.size() && record[i] != ',') {
        if (record[i] == '"') return false;
        scratch += record[i++];
      }
    }
    spans.emplace_back(begin, scratch.size() - begin);
    if (i >= record.size()) break;
    ++i;  // the comma
  }
  for (auto [begin, size] : spans) fields.push_back(std::string_view(scratch).substr(begin, size));
  return true;
}

}  // namespace hocvu
