#include "io/file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <string>
#include <vector>

#include "io/error.hpp"
#include "scratch_folder.hpp"

using hocvu::FatalError;
using hocvu::file_size;
using hocvu::read_file;
using hocvu::write_file_atomically;

namespace fs = std::filesystem;
using hocvu::test::ScratchFolder;

namespace {

// Everything written into a FIFO until the writer closes it.
std::string read_fifo(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

unsigned permissions_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

}  // namespace

TEST_CASE("write_file_atomically creates a file that read_file reads back", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("bank.yaml");
  write_file_atomically(path, "id: Q1\nstem: Câu hỏi\n");
  CHECK(read_file(path) == "id: Q1\nstem: Câu hỏi\n");
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml"});
  CHECK((permissions_of(path) & 0600) == 0600);
}

TEST_CASE("write_file_atomically replaces content and leaves no temporary file", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("câu hỏi.yaml");
  write_file_atomically(path, std::string(10'000, 'x'));
  write_file_atomically(path, "short\n");
  CHECK(read_file(path) == "short\n");  // nothing of the longer old content is left
  write_file_atomically(path, "");
  CHECK(read_file(path) == "");
  CHECK(dir.entries() == std::vector<std::string>{"câu hỏi.yaml"});
}

TEST_CASE("write_file_atomically keeps the old file's permissions", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("framework.yaml");
  for (unsigned mode : {0640u, 0600u, 0755u, 0664u}) {
    INFO("mode " << fmt::format("{:o}", mode));
    write_file_atomically(path, "old\n");
    REQUIRE(::chmod(path.c_str(), mode) == 0);
    write_file_atomically(path, "new\n");
    CHECK(permissions_of(path) == mode);
    CHECK(read_file(path) == "new\n");
  }
  CHECK(dir.entries() == std::vector<std::string>{"framework.yaml"});
}

TEST_CASE("write_file_atomically into a missing folder throws with the path", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("missing/bank.yaml");
  CHECK_THROWS_AS(write_file_atomically(path, "x"), FatalError);
  CHECK_THROWS_WITH(write_file_atomically(path, "x"), Catch::Contains(path));
}

TEST_CASE("read_file reads bytes exactly, across its buffer size", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("data.bin");
  std::string bytes;
  for (size_t i = 0; i < 200'000; ++i) {
    bytes += static_cast<char>(i * 7 % 256);  // NUL bytes and every other byte value
  }
  write_file_atomically(path, bytes);
  CHECK(read_file(path) == bytes);
  CHECK(file_size(path) == 200'000);
}

TEST_CASE("read_file of a missing file throws FatalError naming the path", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("không có.yaml");
  CHECK_THROWS_AS(read_file(path), FatalError);
  CHECK_THROWS_WITH(read_file(path),
                    "cannot open '" + path + "': " + std::string(std::strerror(ENOENT)));
}

TEST_CASE("file_size", "[file]") {
  ScratchFolder dir;
  std::string empty = dir.path("empty.yaml");
  write_file_atomically(empty, "");
  CHECK(file_size(empty) == 0);
  std::string text = dir.path("text.yaml");
  write_file_atomically(text, "Việt\n");  // 6 bytes + newline
  CHECK(file_size(text) == 7);
  std::string missing = dir.path("missing.yaml");
  CHECK_THROWS_AS(file_size(missing), FatalError);
  CHECK_THROWS_WITH(file_size(missing), Catch::Contains(missing));
}

TEST_CASE("read_regular_file stops at the limit whatever stat says", "[file]") {
  ScratchFolder dir;
  std::string path = dir.add("a.yaml", std::string(100, 'x'));
  hocvu::FileBytes within = hocvu::read_regular_file(path, 100);
  CHECK_FALSE(within.too_large);
  CHECK(within.bytes.size() == 100);
  hocvu::FileBytes over = hocvu::read_regular_file(path, 99);
  CHECK(over.too_large);
  CHECK(over.size == 100);
  CHECK(over.bytes.empty());
}

TEST_CASE("read_regular_file refuses what is not a regular file, without blocking", "[file]") {
  ScratchFolder dir;
  std::string fifo = dir.path("pipe.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(hocvu::read_regular_file(fifo, 100),
                    "cannot read '" + fifo + "': it is a FIFO (named pipe), not a regular file; name a file or a "
                    "folder of files");
  CHECK_THROWS_WITH(read_file("/dev/zero"),
                    "cannot read '/dev/zero': it is a character device, not a regular file; name a file or a folder "
                    "of files");
  CHECK_THROWS_WITH(read_file(dir.path()), "cannot read '" + dir.path() +
                                               "': it is a folder, not a regular file; name a file or a folder of files");
}

TEST_CASE("AtomicFile writes in pieces and replaces the file on commit only", "[file]") {
  ScratchFolder dir;
  std::string path = dir.add("report.txt", "old");
  {
    hocvu::AtomicFile file(path);
    std::string piece(70000, 'a');  // larger than the buffer
    file.write("head ");
    file.write(piece);
    file.write(" tail");
    CHECK(read_file(path) == "old");  // nothing replaced before commit
    file.commit();
    CHECK(read_file(path) == "head " + piece + " tail");
  }
  {
    hocvu::AtomicFile abandoned(path);
    abandoned.write("never seen");
  }
  CHECK(read_file(path).substr(0, 5) == "head ");
  CHECK(dir.entries() == std::vector<std::string>{"report.txt"});  // no temporary file left
}

TEST_CASE("AtomicFile gives a new file the mode asked for", "[file]") {
  ScratchFolder dir;
  std::string path = dir.path("issuer.key");
  write_file_atomically(path, "secret", 0600);
  CHECK(permissions_of(path) == 0600);
}

TEST_CASE("write_file_atomically replaces a symbolic link itself, never the file it points to", "[file]") {
  ScratchFolder dir;
  std::string target = dir.add("elsewhere.txt", "keep me");
  std::string link = dir.path("gift.txt");
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
  write_file_atomically(link, "answers");
  CHECK(read_file(target) == "keep me");
  CHECK(read_file(link) == "answers");
  CHECK_FALSE(fs::is_symlink(link));
}

TEST_CASE("write_output streams into a FIFO instead of replacing it", "[file]") {
  ScratchFolder dir;
  std::string fifo = dir.path("report.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read_fifo(fifo); });
  hocvu::write_output(fifo, "report\n");
  reader.join();
  CHECK(received == "report\n");
  CHECK(fs::is_fifo(fifo));
}

TEST_CASE("same_file sees one file through two names", "[file]") {
  ScratchFolder dir;
  std::string a = dir.add("a.yaml");
  std::string b = dir.add("b.yaml");
  std::string link = dir.path("link.yaml");
  REQUIRE(::symlink(a.c_str(), link.c_str()) == 0);
  CHECK(hocvu::same_file(a, link));
  CHECK(hocvu::same_file(a, dir.path("./a.yaml")));
  CHECK_FALSE(hocvu::same_file(a, b));
  CHECK_FALSE(hocvu::same_file(a, dir.path("missing.yaml")));
}
