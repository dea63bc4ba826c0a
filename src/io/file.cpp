#include "io/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

#include "io/error.hpp"

namespace hocvu {

namespace {

std::string system_error_text() {
  return std::strerror(errno);
}

}  // namespace

std::string read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw FatalError(fmt::format("cannot open '{}': {}", path, system_error_text()));
  }
  std::string contents;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    contents.reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      std::string reason = system_error_text();
      ::close(fd);
      throw FatalError(fmt::format("cannot read '{}': {}", path, reason));
    }
    if (n == 0) {
      break;
    }
    contents.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return contents;
}

uint64_t file_size(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw FatalError(fmt::format("cannot open '{}': {}", path, system_error_text()));
  }
  return static_cast<uint64_t>(info.st_size);
}

void write_file_atomically(const std::string& requested_path, const std::string& contents) {
  // Through a symbolic link, replace the file it points to, not the link.
  char resolved[PATH_MAX];
  std::string path = ::realpath(requested_path.c_str(), resolved) != nullptr ? resolved : requested_path;
  std::string temp = path + ".hocvu-tmp-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw FatalError(fmt::format("cannot create a temporary file beside '{}': {}", path, system_error_text()));
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    ::fchmod(fd, info.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);  // mkstemp made it 0600; a new file gets the usual 0666 & ~umask
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      std::string reason = system_error_text();
      ::close(fd);
      ::unlink(temp.c_str());
      throw FatalError(fmt::format("cannot write '{}': {}", temp, reason));
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string reason = system_error_text();
    ::unlink(temp.c_str());
    throw FatalError(fmt::format("cannot write '{}': {}", temp, reason));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    std::string reason = system_error_text();
    ::unlink(temp.c_str());
    throw FatalError(fmt::format("cannot replace '{}': {}", path, reason));
  }
}

}  // namespace hocvu
