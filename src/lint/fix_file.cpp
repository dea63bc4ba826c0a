#include "lint/fix_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/descriptor.hpp"
#include "io/error.hpp"
#include "lint/fix.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunk = 1 << 16;


// Closes a file descriptor at the end of its scope.

// A temporary file that is removed at the end of its scope unless it was renamed into place.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  ~TempFile() {
    if (!path_.empty()) {
      ::unlink(path_.c_str());
    }
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  void keep() { path_.clear(); }

 private:
  std::string path_;
};

int64_t nanoseconds(const struct timespec& time) {
  return static_cast<int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

FileVersion version_of(const struct stat& info) {
  return FileVersion{static_cast<uint64_t>(info.st_dev),   static_cast<uint64_t>(info.st_ino),
                     static_cast<uint64_t>(info.st_size),  nanoseconds(info.st_mtim),
                     nanoseconds(info.st_ctim),            static_cast<uint32_t>(info.st_mode),
                     static_cast<uint32_t>(info.st_uid),   static_cast<uint32_t>(info.st_gid),
                     static_cast<uint64_t>(info.st_nlink)};
}

bool same_version(const FileVersion& a, const FileVersion& b) {
  return a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified_ns == b.modified_ns &&
         a.status_changed_ns == b.status_changed_ns && a.mode == b.mode && a.owner == b.owner &&
         a.group == b.group && a.links == b.links;
}

// Through a symbolic link, the file it points to is fixed; the link stays.
std::string resolve(const std::string& path) {
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) {
    throw FatalError(ui_format("lint.fix.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  return resolved;
}

// Opens without following a last symbolic link and without blocking on a FIFO or device.
int open_for_reading(const std::string& path) {
  return ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK);
}

// Reads at most `limit` bytes from `fd`; nullopt when a read fails (errno says why).
std::optional<std::string> read_up_to(int fd, uint64_t limit) {
  std::string bytes;
  char buffer[kChunk];
  while (bytes.size() < limit) {
    ssize_t n = ::read(fd, buffer, static_cast<size_t>(std::min<uint64_t>(sizeof buffer, limit - bytes.size())));
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      return std::nullopt;
    }
    if (n == 0) {
      break;
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
  return bytes;
}


// Whether the file at the snapshot's path still is the snapshot: the same inode, untouched since
// (size, times, mode, owner, links) and, since timestamps can be coarser than two quick writes,
// the same bytes.
bool still_unchanged(const FixSnapshot& snapshot) {
  Descriptor file(open_for_reading(snapshot.path));
  struct stat info {};
  if (file.get() < 0 || ::fstat(file.get(), &info) != 0 || !same_version(version_of(info), snapshot.version)) {
    return false;
  }
  // One byte more than was read, to see growth that left the metadata alone.
  std::optional<std::string> now = read_up_to(file.get(), snapshot.bytes.size() + 1);
  return now && *now == snapshot.bytes;
}


}  // namespace

std::variant<FixSnapshot, FixRefusal> read_for_fix(const std::string& path, uint64_t max_size) {
  FixSnapshot snapshot;
  snapshot.path = resolve(path);
  Descriptor file(open_for_reading(snapshot.path));
  struct stat info {};
  if (file.get() < 0 || ::fstat(file.get(), &info) != 0) {
    throw FatalError(ui_format("lint.fix.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  if (!S_ISREG(info.st_mode)) {
    return FixRefusal{std::string(ui_text("lint.fix.not_regular"))};
  }
  if (info.st_nlink > 1) {
    // Renaming a new file into place would leave the other names with the old text.
    return FixRefusal{ui_format("lint.fix.hard_links", fmt::arg("links", info.st_nlink))};
  }
  if (static_cast<uint64_t>(info.st_size) > max_size) {
    return FixRefusal{ui_format("lint.fix.too_large", fmt::arg("bytes", max_size))};
  }
  snapshot.version = version_of(info);
  std::optional<std::string> bytes = read_up_to(file.get(), snapshot.version.size + 1);
  if (!bytes) {
    throw FatalError(ui_format("lint.fix.cannot_read", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  if (bytes->size() != snapshot.version.size) {
    return FixRefusal{std::string(ui_text("lint.fix.changed"))};
  }
  snapshot.bytes = std::move(*bytes);
  return snapshot;
}

std::optional<FixRefusal> replace_if_unchanged(const FixSnapshot& snapshot, const std::string& fixed) {
  std::string pattern = snapshot.path + ".hocvu-fix-XXXXXX";
  Descriptor out(::mkstemp(pattern.data()));
  if (out.get() < 0) {
    throw FatalError(
        ui_format("lint.fix.cannot_create_temp", fmt::arg("path", snapshot.path), fmt::arg("reason", system_error_text())));
  }
  TempFile temp(pattern);
  // Owner first: a chown by anyone but root clears the set-user-id and set-group-id bits.
  if (::fchown(out.get(), snapshot.version.owner, snapshot.version.group) != 0) {
    return FixRefusal{ui_format("lint.fix.cannot_chown", fmt::arg("uid", snapshot.version.owner),
                                fmt::arg("gid", snapshot.version.group), fmt::arg("reason", system_error_text()))};
  }
  if (::fchmod(out.get(), snapshot.version.mode & 07777) != 0) {
    throw FatalError(ui_format("lint.fix.cannot_chmod", fmt::arg("path", temp.path()), fmt::arg("reason", system_error_text())));
  }
  write_all(out.get(), fixed, temp.path());
  if (::fsync(out.get()) != 0 || !out.close()) {
    throw FatalError(ui_format("lint.fix.cannot_write", fmt::arg("path", temp.path()), fmt::arg("reason", system_error_text())));
  }
  // The last look before the rename. rename() is not compare-and-swap: a write that lands between
  // this check and the rename, or later through a descriptor opened before the rename, goes to
  // the old inode and is lost. The window is a few system calls wide; no POSIX call closes it.
  if (!still_unchanged(snapshot)) {
    return FixRefusal{std::string(ui_text("lint.fix.changed"))};
  }
  if (::rename(temp.path().c_str(), snapshot.path.c_str()) != 0) {
    throw FatalError(ui_format("lint.fix.cannot_replace", fmt::arg("path", snapshot.path), fmt::arg("reason", system_error_text())));
  }
  temp.keep();
  return std::nullopt;
}

FixOutcome fix_file(const std::string& path, uint64_t max_size) {
  std::variant<FixSnapshot, FixRefusal> read = read_for_fix(path, max_size);
  if (auto* refusal = std::get_if<FixRefusal>(&read)) {
    return FixOutcome{FixResult::refused, refusal->reason};
  }
  const FixSnapshot& snapshot = std::get<FixSnapshot>(read);
  std::optional<std::string> fixed = apply_safe_fixes(snapshot.bytes);
  if (!fixed) {
    return FixOutcome{FixResult::unchanged, ""};
  }
  if (std::optional<FixRefusal> refusal = replace_if_unchanged(snapshot, *fixed)) {
    return FixOutcome{FixResult::refused, refusal->reason};
  }
  return FixOutcome{FixResult::fixed, ""};
}

}  // namespace hocvu
