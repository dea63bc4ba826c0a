#include "io/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

#include "io/descriptor.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

constexpr uint64_t kWholeFileLimit = uint64_t{1} << 30;


std::string_view file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return ui_text("load.io.kind_folder");
  if (S_ISFIFO(mode)) return ui_text("load.io.kind_fifo");
  if (S_ISCHR(mode)) return ui_text("load.io.kind_character_device");
  if (S_ISBLK(mode)) return ui_text("load.io.kind_block_device");
  if (S_ISSOCK(mode)) return ui_text("load.io.kind_socket");
  return ui_text("load.io.kind_other");
}



FatalError not_regular(const std::string& path, mode_t mode) {
  return FatalError(ui_format("load.io.not_regular", fmt::arg("path", path), fmt::arg("kind", file_kind(mode))));
}

}  // namespace

std::string system_error_text() {
  return std::strerror(errno);
}

void write_all(int fd, std::string_view bytes, const std::string& path) {
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw FatalError(ui_format("load.io.cannot_write", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
    }
    written += static_cast<size_t>(n);
  }
}

void check_regular_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw FatalError(ui_format("load.io.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  if (!S_ISREG(info.st_mode)) {
    throw not_regular(path, info.st_mode);
  }
}

FileBytes read_regular_file(const std::string& path, uint64_t max_size) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) {
    throw FatalError(ui_format("load.io.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw FatalError(ui_format("load.io.cannot_read", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  if (!S_ISREG(info.st_mode)) {
    throw not_regular(path, info.st_mode);
  }
  FileBytes file;
  if (static_cast<uint64_t>(info.st_size) > max_size) {
    file.size = static_cast<uint64_t>(info.st_size);
    file.too_large = true;
    return file;
  }
  file.bytes.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw FatalError(ui_format("load.io.cannot_read", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
    }
    if (n == 0) {
      break;
    }
    file.bytes.append(buffer, static_cast<size_t>(n));
    if (file.bytes.size() > max_size) {  // grew while being read
      file.size = file.bytes.size();
      file.too_large = true;
      std::string().swap(file.bytes);
      return file;
    }
  }
  file.size = file.bytes.size();
  return file;
}

std::string read_file(const std::string& path) {
  FileBytes file = read_regular_file(path, kWholeFileLimit);
  if (file.too_large) {
    throw FatalError(ui_format("load.io.too_large", fmt::arg("path", path)));
  }
  return std::move(file.bytes);
}

uint64_t file_size(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw FatalError(ui_format("load.io.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
  }
  return static_cast<uint64_t>(info.st_size);
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat first {};
  struct stat second {};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 && first.st_dev == second.st_dev &&
         first.st_ino == second.st_ino;
}

AtomicFile::AtomicFile(std::string path, mode_t mode) : path_(std::move(path)), temp_(path_ + ".hocvu-tmp-XXXXXX") {
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) {
    throw FatalError(ui_format("load.io.cannot_create_temp", fmt::arg("path", path_), fmt::arg("reason", system_error_text())));
  }
  struct stat info {};
  // lstat: a link is replaced, so the new file's permissions come from `mode`, not the target.
  if (::lstat(path_.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    ::fchmod(fd_, info.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);  // mkstemp made it 0600
    ::umask(mask);
    ::fchmod(fd_, mode & ~mask & 07777);
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void AtomicFile::write(std::string_view bytes) {
  constexpr size_t kBufferSize = 1 << 16;
  if (buffer_.size() + bytes.size() > kBufferSize) {
    flush();
  }
  if (bytes.size() >= kBufferSize) {
    write_all(fd_, bytes, temp_);
  } else {
    buffer_.append(bytes);
  }
}

void AtomicFile::flush() {
  write_all(fd_, buffer_, temp_);
  buffer_.clear();
}

void AtomicFile::commit() {
  flush();
  if (::fsync(fd_) != 0) {
    throw FatalError(ui_format("load.io.cannot_write", fmt::arg("path", temp_), fmt::arg("reason", system_error_text())));
  }
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    std::string reason = system_error_text();
    ::unlink(temp_.c_str());
    throw FatalError(ui_format("load.io.cannot_write", fmt::arg("path", temp_), fmt::arg("reason", reason)));
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::string reason = system_error_text();
    ::unlink(temp_.c_str());
    throw FatalError(ui_format("load.io.cannot_replace", fmt::arg("path", path_), fmt::arg("reason", reason)));
  }
}

void write_file_atomically(const std::string& path, std::string_view contents, mode_t mode) {
  AtomicFile file(path, mode);
  file.write(contents);
  file.commit();
}

void write_output(const std::string& path, std::string_view contents) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    Descriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
      throw FatalError(ui_format("load.io.cannot_open", fmt::arg("path", path), fmt::arg("reason", system_error_text())));
    }
    write_all(fd.get(), contents, path);
    return;
  }
  write_file_atomically(path, contents);
}

}  // namespace hocvu
