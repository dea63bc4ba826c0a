#pragma once
// A file descriptor closed on every way out, and the loops every writer of one needs.
#include <unistd.h>

#include <string>
#include <string_view>

namespace hocvu {

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  // Closes now, so that a failing close (a full disk over NFS) can be reported.
  bool close() {
    int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

// The text of errno, for messages.
std::string system_error_text();

// Writes all of `bytes`, retrying after signals; throws FatalError naming `path` on failure.
void write_all(int fd, std::string_view bytes, const std::string& path);

}  // namespace hocvu
