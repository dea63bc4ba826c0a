#include "lint/linter.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "io/error.hpp"
#include "lint_test_support.hpp"
#include "scratch_folder.hpp"

namespace fs = std::filesystem;
using hocvu::collect_yaml_files;
using hocvu::FatalError;
using hocvu::LintOptions;
using hocvu::LintResult;
using hocvu::ReadSource;
using hocvu::SourceBytes;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::MemoryFiles;
using hocvu::test::ScratchFolder;

namespace {


// Several files with findings in each, and findings across them (duplicate ids, duplicate
// and near-duplicate stems, coverage).
MemoryFiles busy_files() {
  std::string shared = R"(  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Khi nhận được email yêu cầu đổi mật khẩu ngân hàng lập tức, cán bộ nên làm gì trước tiên?
    options:
      a: Gọi cho ngân hàng qua số điện thoại chính thức
      b: Bấm vào đường link trong email
    answer: c
)";
  std::string other = R"(  - id: Q2
    competency: "1.2"
    level: CB
    type: multiple
    stem: Khi nhận được thư yêu cầu đổi mật khẩu ngân hàng lập tức, cán bộ nên làm gì trước tiên?
    options:
      a: Gọi cho ngân hàng
      b: Xoá thư  
    answer: [a, b]
)";
  return {{kFrameworkPath, kFramework},
          {"bank/a.yaml", bank_yaml(shared, "b1")},
          {"bank/b.yaml", bank_yaml(shared + other, "b2")},
          {"bank/c.yaml", bank_yaml(other, "b1")},
          {"bank/d.yaml", "bank:\n\tid: x\n"},
          {"bank/e.yaml", "not: [a, b\n"},
          {"notes.yaml", "title: ghi chú \r\n"}};
}

}  // namespace

TEST_CASE("lint_files: diagnostics are sorted by file, line and column", "[linter]") {
  // Within a file the byte checks run before the model is read, so the raw order would put
  // the trailing space (column 5) first; and z.yaml is linted first.
  MemoryFiles files = {{"z.yaml", "x: 1  \ny: 2\n"}, {"a.yaml", "k: v\nm: n  \n"}};
  LintResult result = lint_memory(files, {"z.yaml", "a.yaml"});
  std::string order;
  for (const auto& d : result.diagnostics) {
    order += d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " +
             d.code() + "\n";
  }
  CHECK(order ==
        "a.yaml:1:1 E201\n"
        "a.yaml:2:5 W008\n"
        "z.yaml:1:1 E201\n"
        "z.yaml:1:5 W008\n");
  CHECK(result.model.files == std::vector<std::string>{"z.yaml", "a.yaml"});

  LintResult busy = lint_memory(busy_files(), LintOptions{});
  REQUIRE(busy.diagnostics.size() > 10);
  auto key = [](const hocvu::Diagnostic& d) { return std::tie(d.where.file, d.where.line, d.where.column); };
  for (size_t i = 1; i < busy.diagnostics.size(); ++i) {
    INFO(describe(busy.diagnostics[i - 1]) << "\n" << describe(busy.diagnostics[i]));
    CHECK_FALSE(key(busy.diagnostics[i]) < key(busy.diagnostics[i - 1]));
  }
}

TEST_CASE("lint_files: counts bytes and questions", "[linter]") {
  MemoryFiles files = busy_files();
  LintResult result = lint_memory(files);
  uint64_t bytes = 0;
  for (const auto& entry : files) {
    bytes += entry.second.size();
  }
  CHECK(result.bytes == bytes);
  CHECK(result.questions == 4);  // a: 1, b: 2, c: 1; d and e are not read as banks
  CHECK(result.model.frameworks.size() == 1);
}

TEST_CASE("lint_files: a file over the size limit is not read", "[linter]") {
  ReadSource huge = [](const std::string&, uint64_t) {
    SourceBytes source;
    source.size = 20000000;
    source.too_large = true;
    return source;
  };
  LintResult result = hocvu::lint_files({"big.yaml"}, LintOptions{}, huge);
  CHECK(describe(result.diagnostics) ==
        "big.yaml:0:0: E001 the file is 20000000 bytes, over the limit of 16777216 bytes; it is not read "
        "[split it into smaller files, or raise --max-file-size]\n");
  CHECK(result.bytes == 20000000);

  // Through the memory source: 11 bytes over a limit of 10; exactly 10 is read.
  LintOptions options = hocvu::test::no_coverage_options();
  options.load.max_file_size = 10;
  CHECK(describe(lint_memory({{"a.yaml", "bank: 123\n\n"}}, options).diagnostics) ==
        "a.yaml:0:0: E001 the file is 11 bytes, over the limit of 10 bytes; it is not read "
        "[split it into smaller files, or raise --max-file-size]\n");
  CHECK(hocvu::test::with_rule(lint_memory({{"a.yaml", "bank: 123\n"}}, options).diagnostics,
                               hocvu::Rule::file_too_large)
            .empty());
}

TEST_CASE("lint_files: a file that cannot be read is fatal", "[linter]") {
  MemoryFiles files = {{"a.yaml", "bank:\n"}};
  CHECK_THROWS_AS(lint_memory(files, {"a.yaml", "missing.yaml"}), FatalError);
  LintOptions options = hocvu::test::no_coverage_options();
  options.load.threads = 4;
  CHECK_THROWS_AS(lint_memory(files, {"missing.yaml", "a.yaml", "a.yaml", "a.yaml"}, options), FatalError);
}

TEST_CASE("lint_files: the same input gives the same diagnostics", "[linter]") {
  LintResult first_run = lint_memory(busy_files(), LintOptions{});
  std::string first = describe(first_run.diagnostics);
  std::string second = describe(lint_memory(busy_files(), LintOptions{}).diagnostics);
  CHECK(first == second);
  // The input has findings of many kinds, so the comparison means something. Coverage (E501) is
  // held back: d.yaml and e.yaml could not be read.
  CHECK(first_run.notes.size() == 1);
  for (const char* code : {"E006", "E101", "W007", "W008", "E301", "E401", "E405", "W406", "W408"}) {
    INFO(code);
    CHECK(first.find(std::string(": ") + code + " ") != std::string::npos);
  }
}

TEST_CASE("lint_files: one thread and four threads give the same diagnostics", "[linter]") {
  LintOptions one;
  one.load.threads = 1;
  LintOptions four;
  four.load.threads = 4;
  std::string single = describe(lint_memory(busy_files(), one).diagnostics);
  for (int run = 0; run < 5; ++run) {
    CHECK(describe(lint_memory(busy_files(), four).diagnostics) == single);
  }
}

TEST_CASE("collect_yaml_files: folders give their .yaml and .yml files, sorted", "[linter]") {
  ScratchFolder scratch;
  scratch.add("banks/b.yaml");
  scratch.add("banks/a.yml");
  scratch.add("banks/notes.txt");
  scratch.add("banks/README.md");
  scratch.add("banks/sub/c.yaml");
  scratch.add("banks/.git/d.yaml");
  scratch.add("banks/sub/.hidden/e.yaml");
  std::vector<std::string> expected = {scratch.path("banks/a.yml"), scratch.path("banks/b.yaml"),
                                       scratch.path("banks/sub/c.yaml")};
  CHECK(collect_yaml_files({scratch.path("banks")}) == expected);
  // A file named directly is kept whatever its extension.
  CHECK(collect_yaml_files({scratch.path("banks/notes.txt")}) ==
        std::vector<std::string>{scratch.path("banks/notes.txt")});
}

TEST_CASE("collect_yaml_files: a missing path is fatal", "[linter]") {
  ScratchFolder scratch;
  std::string missing = scratch.path("nowhere");
  CHECK_THROWS_AS(collect_yaml_files({missing}), FatalError);
  CHECK_THROWS_WITH(collect_yaml_files({missing}), "cannot open '" + missing + "': no such file or folder");
}

TEST_CASE("collect_yaml_files: a file named twice is listed once", "[linter]") {
  ScratchFolder scratch;
  std::string a = scratch.add("banks/a.yaml");
  std::string b = scratch.add("banks/b.yaml");
  std::string folder = scratch.path("banks");
  CHECK(collect_yaml_files({b, folder}) == std::vector<std::string>{b, a});
  CHECK(collect_yaml_files({folder, b}) == std::vector<std::string>{a, b});
  CHECK(collect_yaml_files({folder, folder}) == std::vector<std::string>{a, b});
}

TEST_CASE("collect_yaml_files: a file named twice in different spellings is listed once", "[linter]") {
  ScratchFolder scratch;
  std::string a = scratch.add("banks/a.yaml");
  std::string b = scratch.add("banks/b.yaml");
  std::string folder = scratch.path("banks");
  std::vector<std::string> files = collect_yaml_files({folder + "/./b.yaml", folder});
  CHECK(files.size() == 2);
}
