#include "io/file.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "io/error.hpp"

using hocvu::FatalError;
using hocvu::file_size;
using hocvu::read_file;
using hocvu::write_file_atomically;

namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary directory, removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "hocvu-file-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path_)) {
      names.push_back(entry.path().filename().string());
    }
    return names;
  }

 private:
  fs::path path_;
};

unsigned permissions_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

}  // namespace

TEST_CASE("write_file_atomically creates a file that read_file reads back", "[file]") {
  ScratchDir dir;
  std::string path = dir.file("bank.yaml");
  write_file_atomically(path, "id: Q1\nstem: Câu hỏi\n");
  CHECK(read_file(path) == "id: Q1\nstem: Câu hỏi\n");
  CHECK(dir.entries() == std::vector<std::string>{"bank.yaml"});
  CHECK((permissions_of(path) & 0600) == 0600);
}

TEST_CASE("write_file_atomically replaces content and leaves no temporary file", "[file]") {
  ScratchDir dir;
  std::string path = dir.file("câu hỏi.yaml");
  write_file_atomically(path, std::string(10'000, 'x'));
  write_file_atomically(path, "short\n");
  CHECK(read_file(path) == "short\n");  // nothing of the longer old content is left
  write_file_atomically(path, "");
  CHECK(read_file(path) == "");
  CHECK(dir.entries() == std::vector<std::string>{"câu hỏi.yaml"});
}

TEST_CASE("write_file_atomically keeps the old file's permissions", "[file]") {
  ScratchDir dir;
  std::string path = dir.file("framework.yaml");
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
  ScratchDir dir;
  std::string path = dir.file("missing/bank.yaml");
  CHECK_THROWS_AS(write_file_atomically(path, "x"), FatalError);
  CHECK_THROWS_WITH(write_file_atomically(path, "x"), Catch::Contains(path));
}

TEST_CASE("read_file reads bytes exactly, across its buffer size", "[file]") {
  ScratchDir dir;
  std::string path = dir.file("data.bin");
  std::string bytes;
  for (size_t i = 0; i < 200'000; ++i) {
    bytes += static_cast<char>(i * 7 % 256);  // NUL bytes and every other byte value
  }
  write_file_atomically(path, bytes);
  CHECK(read_file(path) == bytes);
  CHECK(file_size(path) == 200'000);
}

TEST_CASE("read_file of a missing file throws FatalError naming the path", "[file]") {
  ScratchDir dir;
  std::string path = dir.file("không có.yaml");
  CHECK_THROWS_AS(read_file(path), FatalError);
  CHECK_THROWS_WITH(read_file(path),
                    "cannot open '" + path + "': " + std::string(std::strerror(ENOENT)));
}

TEST_CASE("file_size", "[file]") {
  ScratchDir dir;
  std::string empty = dir.file("empty.yaml");
  write_file_atomically(empty, "");
  CHECK(file_size(empty) == 0);
  std::string text = dir.file("text.yaml");
  write_file_atomically(text, "Việt\n");  // 6 bytes + newline
  CHECK(file_size(text) == 7);
  std::string missing = dir.file("missing.yaml");
  CHECK_THROWS_AS(file_size(missing), FatalError);
  CHECK_THROWS_WITH(file_size(missing), Catch::Contains(missing));
}
