#pragma once
// Reading regular files within a size limit, and writing files so that a reader sees the old
// file or the new one, never half of one.
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace hocvu {

struct FileBytes {
  std::string bytes;
  uint64_t size = 0;        // bytes read, or the size that made the file too large
  bool too_large = false;   // over `max_size`: `bytes` is empty
};

// Reads at most `max_size` bytes of a regular file; a larger one (or one that grows past the
// limit while it is read) comes back `too_large`, whatever stat() said. Throws FatalError when
// the file cannot be opened or read, or is not a regular file (a folder, a FIFO, a device):
// those could block forever or never end.
FileBytes read_regular_file(const std::string& path, uint64_t max_size);

// Throws FatalError, as read_regular_file does, unless `path` is a regular file (or a link to one).
void check_regular_file(const std::string& path);

// The whole of a regular file; throws FatalError as read_regular_file does, and when it is
// over 1 GiB.
std::string read_file(const std::string& path);

// Size of a regular file in bytes; throws FatalError when it cannot be examined.
uint64_t file_size(const std::string& path);

// Whether two paths name the same file (same device and inode). False when either does not exist.
bool same_file(const std::string& a, const std::string& b);

// A file written in pieces and replaced in one step: the pieces go to a temporary file beside
// `path`; commit() flushes it to disk and renames it over `path`; destruction without commit
// removes it. A symbolic link at `path` is replaced itself, never written through. A new file
// gets `mode` (less the umask); a file replaced keeps its own permissions.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path, mode_t mode = 0666);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  void write(std::string_view bytes);
  void commit();

 private:
  void flush();

  std::string path_;
  std::string temp_;
  int fd_ = -1;
  std::string buffer_;
};

// Writes `contents` with an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view contents, mode_t mode = 0666);

// Writes a report to `path`. A regular file (or a new one) is replaced atomically; a FIFO,
// terminal or other device is written to as a stream (/dev/stdout, /proc/self/fd/1, a named
// pipe), never replaced by a file.
void write_output(const std::string& path, std::string_view contents);

}  // namespace hocvu
