#include "lint/fix_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/error.hpp"
#include "scratch_folder.hpp"

using hocvu::fix_file;
using hocvu::FixOutcome;
using hocvu::FixRefusal;
using hocvu::FixResult;
using hocvu::FixSnapshot;
using hocvu::read_for_fix;
using hocvu::replace_if_unchanged;

namespace fs = std::filesystem;

using hocvu::test::ScratchFolder;

namespace {

constexpr uint64_t kNoLimit = 1u << 30;
constexpr const char* kChanged =
    "it changed while --fix was working on it, so it was left alone; run hocvu lint --fix again";

std::string read_back(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct stat stat_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info;
}

FixSnapshot snapshot_of(const std::string& path) {
  auto read = read_for_fix(path, kNoLimit);
  REQUIRE(std::holds_alternative<FixSnapshot>(read));
  return std::get<FixSnapshot>(read);
}

}  // namespace

TEST_CASE("fix_file rewrites a file with the safe fixes and keeps its permissions", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1  \r\nb: 2\r\n");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  FixOutcome outcome = fix_file(path, kNoLimit);
  CHECK(outcome.result == FixResult::fixed);
  CHECK(outcome.reason.empty());
  CHECK(read_back(path) == "a: 1\nb: 2\n");
  CHECK((stat_of(path).st_mode & 07777) == 0640);
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml"});  // no temporary file left
}

TEST_CASE("fix_file leaves a clean file untouched, the same inode", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1\n");
  ino_t inode = stat_of(path).st_ino;
  CHECK(fix_file(path, kNoLimit).result == FixResult::unchanged);
  CHECK(stat_of(path).st_ino == inode);
  CHECK(read_back(path) == "a: 1\n");
}

TEST_CASE("fix_file through a symbolic link fixes the file it points to and keeps the link", "[fix_file]") {
  ScratchFolder dir;
  std::string target = dir.add("bank.yaml", "a: 1  \n");
  std::string link = dir.path("link.yaml");
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
  CHECK(fix_file(link, kNoLimit).result == FixResult::fixed);
  CHECK(read_back(target) == "a: 1\n");
  CHECK(fs::is_symlink(link));
}

TEST_CASE("fix_file refuses a file with other hard links, which a new file would split", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1  \n");
  std::string other = dir.path("other-name.yaml");
  REQUIRE(::link(path.c_str(), other.c_str()) == 0);
  FixOutcome outcome = fix_file(path, kNoLimit);
  CHECK(outcome.result == FixResult::refused);
  CHECK(outcome.reason ==
        "it has 2 hard links, which --fix would split (it writes a new file, and the other names would keep the "
        "old text); fix it by hand");
  CHECK(read_back(path) == "a: 1  \n");
  CHECK(stat_of(path).st_ino == stat_of(other).st_ino);
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml", "other-name.yaml"});
}

TEST_CASE("fix_file refuses what is not a regular file, without blocking on a FIFO", "[fix_file]") {
  ScratchFolder dir;
  std::string fifo = dir.path("pipe.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  FixOutcome outcome = fix_file(fifo, kNoLimit);  // a blocking open would wait for a writer forever
  CHECK(outcome.result == FixResult::refused);
  CHECK(outcome.reason == "it is not a regular file");
  std::string folder = dir.path("folder.yaml");
  REQUIRE(fs::create_directory(folder));
  CHECK(fix_file(folder, kNoLimit).reason == "it is not a regular file");
}

TEST_CASE("fix_file refuses a file larger than the limit and throws for one it cannot open", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("big.yaml", "a: 1  \n");  // 7 bytes
  FixOutcome outcome = fix_file(path, 6);
  CHECK(outcome.result == FixResult::refused);
  CHECK(outcome.reason == "it is larger than --max-file-size (6 bytes)");
  CHECK(read_back(path) == "a: 1  \n");
  CHECK(fix_file(path, 7).result == FixResult::fixed);
  std::string missing = dir.path("missing.yaml");
  CHECK_THROWS_WITH(fix_file(missing, kNoLimit), "cannot open '" + missing + "': No such file or directory");
}

TEST_CASE("replace_if_unchanged keeps what was appended after the read", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1  \n");
  FixSnapshot snapshot = snapshot_of(path);
  std::ofstream(path, std::ios::binary | std::ios::app) << "b: 2\n";  // someone else writes meanwhile
  std::optional<FixRefusal> refusal = replace_if_unchanged(snapshot, "a: 1\n");
  REQUIRE(refusal);
  CHECK(refusal->reason == kChanged);
  CHECK(read_back(path) == "a: 1  \nb: 2\n");
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml"});
}

TEST_CASE("replace_if_unchanged notices a file replaced, removed, or changed in its bytes only", "[fix_file]") {
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1  \n");
  SECTION("another file renamed over it, with the same bytes") {
    FixSnapshot snapshot = snapshot_of(path);
    std::string other = dir.add("other", "a: 1  \n");
    REQUIRE(::rename(other.c_str(), path.c_str()) == 0);
    CHECK(replace_if_unchanged(snapshot, "a: 1\n")->reason == kChanged);
    CHECK(read_back(path) == "a: 1  \n");
  }
  SECTION("removed") {
    FixSnapshot snapshot = snapshot_of(path);
    REQUIRE(::unlink(path.c_str()) == 0);
    CHECK(replace_if_unchanged(snapshot, "a: 1\n")->reason == kChanged);
    CHECK_FALSE(fs::exists(path));  // not brought back
  }
  SECTION("other bytes behind the same size and times (timestamps can be coarse)") {
    FixSnapshot snapshot = snapshot_of(path);
    snapshot.bytes = "a: 2  \n";  // what a same-size rewrite within one timestamp tick would look like
    CHECK(replace_if_unchanged(snapshot, "a: 2\n")->reason == kChanged);
    CHECK(read_back(path) == "a: 1  \n");
  }
  SECTION("unchanged: replaced") {
    FixSnapshot snapshot = snapshot_of(path);
    CHECK_FALSE(replace_if_unchanged(snapshot, "a: 1\n"));
    CHECK(read_back(path) == "a: 1\n");
  }
  CHECK(dir.entries().size() <= 1);  // never a temporary file left
}

TEST_CASE("fix_file keeps the owner and group, or refuses when it cannot", "[fix_file]") {
  if (::geteuid() != 0) {
    WARN("not root: cannot make files of other owners to test with");
    return;
  }
  ScratchFolder dir;
  std::string path = dir.add("bank.yaml", "a: 1  \n");
  REQUIRE(::chown(path.c_str(), 12345, 23456) == 0);
  CHECK(fix_file(path, kNoLimit).result == FixResult::fixed);
  CHECK(stat_of(path).st_uid == 12345);
  CHECK(stat_of(path).st_gid == 23456);

  // As another user (nobody), in a folder anyone may write to, a root-owned file could be replaced
  // but the new file could not be given to root: refused, not silently taken over.
  std::string root_file = dir.add("root.yaml", "a: 1  \n");
  REQUIRE(::chmod(root_file.c_str(), 0666) == 0);
  REQUIRE(::chmod(fs::path(path).parent_path().c_str(), 0777) == 0);
  std::string reason = hocvu::test::as_nobody([&] { return fix_file(root_file, kNoLimit).reason; });
  CHECK(reason ==
        "the fixed file could not be given its owner and group (uid 0, gid 0): Operation not permitted; run hocvu "
        "lint --fix as its owner or as root");
  CHECK(read_back(root_file) == "a: 1  \n");
  CHECK(stat_of(root_file).st_uid == 0);
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml", "root.yaml"});
}
