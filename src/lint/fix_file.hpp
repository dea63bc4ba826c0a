#pragma once
// `hocvu lint --fix` on disk. A file is replaced by its fixed text only when the new file keeps
// what the old one had (owner, group, permissions, its one name) and nothing changed the file
// while --fix worked on it; otherwise it is left as it is, and the reason says why.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace hocvu {

// What tells one version of a file from another: a write, chmod, chown, new hard link or a file
// renamed over it changes at least one of these.
struct FileVersion {
  uint64_t device = 0;
  uint64_t inode = 0;
  uint64_t size = 0;
  int64_t modified_ns = 0;
  int64_t status_changed_ns = 0;
  uint32_t mode = 0;
  uint32_t owner = 0;
  uint32_t group = 0;
  uint64_t links = 0;
};

// Why a file was left as it is, worded to follow "'<file>' was not fixed: ".
struct FixRefusal {
  std::string reason;
};

// A file as --fix read it.
struct FixSnapshot {
  std::string path;  // the file itself, symbolic links resolved
  std::string bytes;
  FileVersion version;
};

// Reads `path` to fix it. Refuses a file that is not a regular file, has other hard links, or is
// larger than `max_size` bytes. Throws FatalError when the file cannot be opened or read.
std::variant<FixSnapshot, FixRefusal> read_for_fix(const std::string& path, uint64_t max_size);

// Writes `fixed` to a new file beside the snapshot's file, with its owner, group and permissions,
// and renames it over the file if the file still is the version read, byte for byte. Refuses
// (and leaves the file alone) when it is not, or when the owner and group cannot be kept.
// Throws FatalError when the new file cannot be written or renamed.
std::optional<FixRefusal> replace_if_unchanged(const FixSnapshot& snapshot, const std::string& fixed);

enum class FixResult { unchanged, fixed, refused };

struct FixOutcome {
  FixResult result;
  std::string reason;  // refused: why
};

// read_for_fix, apply_safe_fixes, replace_if_unchanged.
FixOutcome fix_file(const std::string& path, uint64_t max_size);

}  // namespace hocvu
