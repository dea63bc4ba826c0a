#include "grade/read_bytes.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <string_view>
#include <vector>

#include "i18n/interface.hpp"
#include "io/descriptor.hpp"
#include "io/error.hpp"
#include "io/hash.hpp"

namespace hocvu {

namespace {

// Compressed input and UTF-16 are read in blocks of this size; plain files go straight into the
// caller's buffer.
constexpr size_t kRawBlock = size_t{256} << 10;

enum class Compression { undecided, plain, gzip };

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// A descriptor of its own, so closing it never closes the process's stdin.
int open_input(const std::string& path) {
  if (path == "-") {
    int fd = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) throw FatalError(ui_format("grade.read.stdin", fmt::arg("reason", system_error_text())));
    return fd;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw FatalError(ui_format("grade.read.file", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    throw FatalError(ui_format("grade.read.folder", fmt::arg("path", path)));
  }
  return fd;
}

// UTF-8 of one code point below U+10000 (surrogates excluded by the caller) or above it.
size_t put_utf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// UTF-16 code units to UTF-8, as many as fit; an incomplete unit or pair at the end of `in`
// waits for more input unless `at_end`. Unpaired surrogates become kInvalidUtf16Marker.
struct Utf16Decoder {
  bool big_endian = false;

  uint32_t unit(const unsigned char* p) const {
    return big_endian ? (uint32_t{p[0]} << 8 | p[1]) : (uint32_t{p[1]} << 8 | p[0]);
  }

  size_t decode(const unsigned char* in, size_t& at, size_t end, char* out, size_t capacity, bool at_end) const {
    size_t written = 0;
    while (capacity - written >= 4 && end - at >= 2) {
      uint32_t u = unit(in + at);
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (end - at < 4 && !at_end) break;
        uint32_t low = end - at >= 4 ? unit(in + at + 2) : 0;
        if (low >= 0xDC00 && low <= 0xDFFF) {
          written += put_utf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), out + written);
          at += 4;
          continue;
        }
        out[written++] = kInvalidUtf16Marker;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        out[written++] = kInvalidUtf16Marker;
      } else {
        written += put_utf8(u, out + written);
      }
      at += 2;
    }
    if (at_end && end - at == 1 && capacity > written) {
      out[written++] = kInvalidUtf16Marker;
      ++at;
    }
    return written;
  }
};

}  // namespace

struct InputStream::State {
  State(const std::string& path_, InputEncoding encoding_)
      : path(path_), encoding(encoding_), fd(open_input(path_)), raw(kRawBlock) {}

  std::string path;
  InputEncoding encoding = InputEncoding::utf8;
  Descriptor fd;
  Sha256Stream hash;
  uint64_t raw_bytes = 0;
  bool raw_eof = false;
  std::vector<unsigned char> raw;
  size_t raw_at = 0, raw_end = 0;

  Compression compression = Compression::undecided;
  z_stream zlib{};
  bool zlib_open = false;
  bool member_ended = false;  // the last gzip member ended; another may follow

  bool started = false;   // the byte-order mark has been looked for
  bool plain_eof = false;
  std::vector<unsigned char> units;  // UTF-16 input waiting to be decoded
  size_t units_at = 0, units_end = 0;
  Utf16Decoder utf16;

  ~State() {
    if (zlib_open) inflateEnd(&zlib);
  }

  [[noreturn]] void fail(const std::string& reason) const {
    throw FatalError(ui_format("grade.read.file", fmt::arg("path", path), fmt::arg("reason", reason)));
  }

  // Up to `capacity` raw bytes into `out`, counted and hashed; 0 at the end of the file.
  size_t read_file(unsigned char* out, size_t capacity) {
    if (raw_eof) return 0;
    for (;;) {
      ssize_t n = ::read(fd.get(), out, capacity);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(system_error_text());
      if (n == 0) raw_eof = true;
      auto size = static_cast<size_t>(n);
      raw_bytes += size;
      hash.update(std::string_view(reinterpret_cast<const char*>(out), size));
      return size;
    }
  }

  // More raw bytes into `raw` when it is used up; false at the end of the file.
  bool fill_raw() {
    if (raw_at < raw_end) return true;
    raw_at = 0;
    raw_end = read_file(raw.data(), raw.size());
    return raw_end > 0;
  }

  void decide_compression() {
    fill_raw();
    bool magic = raw_end - raw_at >= 2 && raw[raw_at] == 0x1F && raw[raw_at + 1] == 0x8B;
    compression = magic || ends_with(path, ".gz") ? Compression::gzip : Compression::plain;
    if (compression == Compression::gzip) {
      if (inflateInit2(&zlib, 16 + MAX_WBITS) != Z_OK) fail(std::string(ui_text("grade.read.zlib_start")));
      zlib_open = true;
    }
  }

  size_t read_raw(char* out, size_t capacity) {
    if (raw_at == raw_end) return read_file(reinterpret_cast<unsigned char*>(out), capacity);  // no copy
    if (!fill_raw()) return 0;
    size_t n = std::min(capacity, raw_end - raw_at);
    std::memcpy(out, raw.data() + raw_at, n);
    raw_at += n;
    return n;
  }

  size_t read_gzip(char* out, size_t capacity) {
    zlib.next_out = reinterpret_cast<unsigned char*>(out);
    zlib.avail_out = static_cast<uInt>(capacity);
    while (zlib.avail_out == capacity) {
      if (!fill_raw()) {
        if (!member_ended) fail(std::string(ui_text("grade.read.gzip_cut_short")));
        break;
      }
      if (member_ended) {  // another gzip member follows (cat a.gz b.gz, pigz, bgzip)
        inflateReset(&zlib);
        member_ended = false;
      }
      zlib.next_in = raw.data() + raw_at;
      zlib.avail_in = static_cast<uInt>(raw_end - raw_at);
      int status = inflate(&zlib, Z_NO_FLUSH);
      raw_at = raw_end - zlib.avail_in;
      if (status == Z_STREAM_END) {
        member_ended = true;
      } else if (status != Z_OK && status != Z_BUF_ERROR) {
        fail(ui_format("grade.read.gzip_damaged", fmt::arg("detail", zlib.msg != nullptr ? zlib.msg : "zlib error")));
      }
    }
    return capacity - zlib.avail_out;
  }

  // Bytes as stored, gunzipped when compressed.
  size_t read_plain(char* out, size_t capacity) {
    if (compression == Compression::undecided) decide_compression();
    return compression == Compression::gzip ? read_gzip(out, capacity) : read_raw(out, capacity);
  }

  // At least `want` bytes unless the file is shorter.
  size_t read_at_least(char* out, size_t capacity, size_t want) {
    size_t got = 0;
    while (got < want) {
      size_t n = read_plain(out + got, capacity - got);
      if (n == 0) break;
      got += n;
    }
    return got;
  }

  size_t read_utf8(char* out, size_t capacity) {
    if (started) return read_plain(out, capacity);
    started = true;
    size_t got = read_at_least(out, capacity, 3);
    if (got >= 3 && std::memcmp(out, "\xEF\xBB\xBF", 3) == 0) {
      std::memmove(out, out + 3, got - 3);
      got -= 3;
      if (got == 0) return read_plain(out, capacity);
    }
    return got;
  }

  void start_utf16() {
    started = true;
    units.resize(kRawBlock);
    units_end = read_at_least(reinterpret_cast<char*>(units.data()), units.size(), 2);
    bool le_bom = units_end >= 2 && units[0] == 0xFF && units[1] == 0xFE;
    bool be_bom = units_end >= 2 && units[0] == 0xFE && units[1] == 0xFF;
    utf16.big_endian = encoding == InputEncoding::utf16be || (encoding == InputEncoding::utf16 && be_bom);
    if ((le_bom && !utf16.big_endian) || (be_bom && utf16.big_endian)) units_at = 2;
  }

  size_t read_utf16(char* out, size_t capacity) {
    if (!started) start_utf16();
    for (;;) {
      if (units_end - units_at < 4 && !plain_eof) {  // room for a surrogate pair
        std::memmove(units.data(), units.data() + units_at, units_end - units_at);
        units_end -= units_at;
        units_at = 0;
        size_t n = read_plain(reinterpret_cast<char*>(units.data()) + units_end, units.size() - units_end);
        plain_eof = n == 0;
        units_end += n;
        continue;
      }
      // Never 0 before the end: at least 4 units are waiting, or all there will be.
      return utf16.decode(units.data(), units_at, units_end, out, capacity, plain_eof);
    }
  }
};

InputStream::InputStream(const std::string& path, InputEncoding encoding)
    : state_(std::make_unique<State>(path, encoding)) {}

InputStream::~InputStream() = default;

size_t InputStream::read(char* out, size_t capacity) {
  State& s = *state_;
  switch (s.encoding) {
    case InputEncoding::utf8: return s.read_utf8(out, capacity);
    case InputEncoding::utf16:
    case InputEncoding::utf16le:
    case InputEncoding::utf16be: return s.read_utf16(out, capacity);
    default: return s.read_plain(out, capacity);
  }
}

uint64_t InputStream::raw_bytes() const { return state_->raw_bytes; }

std::string InputStream::sha256() const { return state_->hash.hex(); }

}  // namespace hocvu
