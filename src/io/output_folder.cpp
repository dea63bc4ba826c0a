#include "io/output_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "io/descriptor.hpp"
#include "io/error.hpp"
#include "io/file.hpp"

namespace hocvu {

namespace {

namespace fs = std::filesystem;


// ".exam.hocvu-stage-": staging folders of `folder` start with this, then the pid of their run.
std::string staging_prefix(const fs::path& folder) {
  return "." + folder.filename().string() + ".hocvu-stage-";
}

// Staging folders whose run has ended (killed before it could clean up) are removed; those of
// a run still going are left to it.
void remove_stale_staging(const fs::path& folder) {
  std::string prefix = staging_prefix(folder);
  std::error_code error;
  fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    std::string name = entry.path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0 || !entry.is_directory(error) || entry.is_symlink(error)) {
      continue;
    }
    long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      fs::remove_all(entry.path(), error);
    }
  }
}

void fsync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

bool is_safe_relative(std::string_view relative) {
  if (relative.empty() || relative.front() == '/') {
    return false;
  }
  for (const auto& part : fs::path(std::string(relative))) {
    if (part == ".." || part == "." || part.empty()) {
      return false;
    }
  }
  return true;
}

std::set<std::string> listed_files(const fs::path& folder) {
  std::set<std::string> listed;
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(folder / OutputFolder::kListName, error))) {
    return listed;  // none, or a link: it vouches for nothing
  }
  std::string list;
  try {
    list = read_file((folder / OutputFolder::kListName).string());
  } catch (const FatalError&) {
    return listed;
  }
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find('\n', start);
    end = end == std::string::npos ? list.size() : end;
    if (end > start) {
      listed.insert(list.substr(start, end - start));
    }
    start = end + 1;
  }
  return listed;
}

}  // namespace

std::vector<std::string> foreign_files(const std::string& folder_name) {
  fs::path folder(folder_name);
  std::vector<std::string> foreign;
  std::error_code error;
  if (!fs::exists(fs::symlink_status(folder, error))) {
    return foreign;
  }
  std::set<std::string> listed = listed_files(folder);
  fs::recursive_directory_iterator it(folder, error);
  if (error) {
    throw FatalError(ui_format("load.io.cannot_read_folder", fmt::arg("path", folder_name), fmt::arg("reason", error.message())));
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    fs::file_status status = it->symlink_status(error);
    std::string relative = it->path().lexically_relative(folder).generic_string();
    if (fs::is_directory(status)) {
      continue;
    }
    // Only regular files are hocvu's: a link, even one named like the list, is someone else's.
    bool ours = fs::is_regular_file(status) && (relative == OutputFolder::kListName || listed.count(relative) > 0);
    if (!ours) {
      foreign.push_back(relative);
    }
  }
  if (error) {
    throw FatalError(ui_format("load.io.cannot_read_folder", fmt::arg("path", folder_name), fmt::arg("reason", error.message())));
  }
  std::sort(foreign.begin(), foreign.end());
  return foreign;
}

OutputFolder::OutputFolder(std::string folder, Overwrite overwrite)
    : folder_(fs::path(folder).lexically_normal().string()) {
  if (!folder_.empty() && folder_.back() == '/') {
    folder_.pop_back();
  }
  fs::path path(folder_);
  std::error_code error;
  fs::file_status status = fs::symlink_status(path, error);
  if (fs::is_symlink(status)) {
    throw FatalError(ui_format("load.io.out_is_symlink", fmt::arg("path", folder_)));
  }
  if (fs::exists(status) && !fs::is_directory(status)) {
    throw FatalError(ui_format("load.io.out_is_file", fmt::arg("path", folder_)));
  }
  if (overwrite == Overwrite::no) {
    std::vector<std::string> foreign = foreign_files(folder_);
    if (!foreign.empty()) {
      constexpr size_t kShown = 3;
      std::vector<std::string> shown(foreign.begin(), foreign.begin() + std::min(foreign.size(), kShown));
      std::string names = fmt::format("{}{}", fmt::join(shown, ", "), foreign.size() > kShown ? ", ..." : "");
      throw FatalError(ui_plural("load.io.out_has_foreign_files", foreign.size(), fmt::arg("path", folder_),
                                 fmt::arg("names", names)));
    }
  }
}

// Made at the first file, so a run that stops before writing (an exam that cannot be met)
// leaves nothing behind, not even the output folder's parents.
void OutputFolder::stage() {
  if (!staging_.empty()) {
    return;
  }
  fs::path path(folder_);
  fs::path parent = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::error_code error;
  fs::create_directories(parent, error);
  if (error) {
    throw FatalError(ui_format("load.io.cannot_create_out_folder", fmt::arg("path", parent.string()),
                               fmt::arg("reason", error.message())));
  }
  remove_stale_staging(path);
  std::string pattern = (parent / (staging_prefix(path) + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw FatalError(ui_format("load.io.cannot_create_staging", fmt::arg("path", folder_),
                               fmt::arg("reason", system_error_text())));
  }
  staging_ = pattern;
}

OutputFolder::~OutputFolder() {
  if (!staging_.empty()) {
    std::error_code error;
    fs::remove_all(staging_, error);
  }
}

std::string OutputFolder::path_for(std::string_view relative) {
  if (!is_safe_relative(relative)) {
    throw FatalError(ui_format("load.io.unsafe_name", fmt::arg("name", relative)));
  }
  stage();
  fs::path path = fs::path(staging_) / std::string(relative);
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) {
    throw FatalError(ui_format("load.io.cannot_create_folder", fmt::arg("path", path.parent_path().string()),
                               fmt::arg("reason", error.message())));
  }
  files_.emplace_back(relative);
  return path.string();
}

void OutputFolder::write(std::string_view relative, std::string_view contents, mode_t mode) {
  AtomicFile file(path_for(relative), mode);
  file.write(contents);
  file.commit();
}

void OutputFolder::commit() {
  stage();
  std::sort(files_.begin(), files_.end());
  files_.erase(std::unique(files_.begin(), files_.end()), files_.end());
  std::string list;
  for (const auto& file : files_) {
    list += file + "\n";
  }
  write_file_atomically((fs::path(staging_) / kListName).string(), list);
  fsync_path(staging_, O_RDONLY | O_DIRECTORY);
  std::error_code error;
  bool exists = fs::exists(fs::symlink_status(folder_, error));
  // Swap the new set in with one rename. The old one is then at the staging name, removed below,
  // or by the next run if this one is killed first.
  int swapped = exists ? ::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, folder_.c_str(), RENAME_EXCHANGE)
                       : ::rename(staging_.c_str(), folder_.c_str());
  if (swapped != 0 && exists && (errno == EINVAL || errno == ENOSYS)) {
    // A file system without RENAME_EXCHANGE: two renames, with a moment in between when the
    // folder is missing (never half-written).
    std::string old = staging_ + "-old";
    swapped = ::rename(folder_.c_str(), old.c_str());
    if (swapped == 0) {
      swapped = ::rename(staging_.c_str(), folder_.c_str());
      fs::remove_all(old, error);
    }
  }
  if (swapped != 0) {
    throw FatalError(ui_format("load.io.cannot_replace", fmt::arg("path", folder_), fmt::arg("reason", system_error_text())));
  }
  fs::path parent = fs::path(folder_).parent_path();
  fsync_path(parent.empty() ? "." : parent.string(), O_RDONLY | O_DIRECTORY);
  if (!exists) {
    staging_.clear();
  }
  // Otherwise the destructor removes the old set, now at the staging name.
}

}  // namespace hocvu
