// Tests of src/load/load.cpp: the loading stage every job starts with.
#include "load/load.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "io/error.hpp"
#include "io/hash.hpp"
#include "lint_test_support.hpp"
#include "scratch_folder.hpp"

namespace fs = std::filesystem;
using hocvu::collect_yaml_files;
using hocvu::FatalError;
using hocvu::LoadOptions;
using hocvu::LoadResult;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::memory_source;
using hocvu::test::ScratchFolder;

namespace {

const std::string kQuestions =
    "  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: multiple\n    stem: Câu hỏi một?\n"
    "    options:\n      a: Một\n      b: Hai\n      c: Ba\n    answer: [c, a]\n"
    "  - id: Q2\n    competency: \"1.1\"\n    level: CB\n    type: numeric\n    stem: Bao nhiêu?\n"
    "    answer: 12.5\n    tolerance: 0.5\n"
    "  - id: Q3\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: Đúng không?\n"
    "    answer: false\n"
    "  - id: Q4\n    competency: \"1.1\"\n    level: CB\n    type: short_text\n    stem: Tên ứng dụng?\n"
    "    answer: [VNeID, ứng dụng VNeID]\n"
    "  - id: Q5\n    competency: \"1.1\"\n    level: CB\n    type: single\n    stem: Chọn một?\n"
    "    options:\n      a: Một\n      b: Hai\n    answer: d\n";

// The framework, then the bank.
LoadResult load_memory(const std::string& bank) {
  return hocvu::load_files({kFrameworkPath, "bank.yaml"}, LoadOptions{},
                           memory_source({{kFrameworkPath, kFramework}, {"bank.yaml", bank}}));
}

}  // namespace

TEST_CASE("load_files: answers are parsed once, for their type", "[load]") {
  LoadResult load = load_memory(bank_yaml(kQuestions));
  REQUIRE(load.model.banks.size() == 1);
  const auto& questions = load.model.banks[0].questions;
  REQUIRE(questions.size() == 5);
  CHECK(std::get<hocvu::ChoiceAnswer>(*questions[0].answer) == hocvu::ChoiceAnswer{{"c", "a"}});
  CHECK(std::get<hocvu::NumericAnswer>(*questions[1].answer) == hocvu::NumericAnswer{12.5, 0.5});
  CHECK(std::get<hocvu::TrueFalseAnswer>(*questions[2].answer) == hocvu::TrueFalseAnswer{false});
  CHECK(std::get<hocvu::TextAnswer>(*questions[3].answer) == hocvu::TextAnswer{{"VNeID", "ứng dụng VNeID"}});
  CHECK_FALSE(questions[4].answer);  // 'd' is not an option: reported, and no answer to score against
  CHECK(describe(load.diagnostics) ==
        "bank.yaml:43:13: E401 answer 'd' of question Q5 is not one of its options (a, b) [use one of the option "
        "keys, or add the missing option]\n");
}

TEST_CASE("load_files: every file's SHA-256 is of the bytes that were parsed", "[load]") {
  std::string bank = bank_yaml(kQuestions);
  LoadResult load = load_memory(bank);
  REQUIRE(load.inputs.size() == 2);
  CHECK(load.inputs[0].path == kFrameworkPath);
  CHECK(load.inputs[0].sha256 == hocvu::sha256_hex(kFramework));
  CHECK(load.inputs[1].path == "bank.yaml");
  CHECK(load.inputs[1].sha256 == hocvu::sha256_hex(bank));
  CHECK(load.model.files == std::vector<std::string>{kFrameworkPath, "bank.yaml"});
}

TEST_CASE("load_files: a job's hook sees each file's document and model with their texts", "[load]") {
  std::vector<std::string> stems;
  hocvu::FileHook hook = [&stems](uint32_t file, const hocvu::Document&, const hocvu::LoadedDocument& loaded,
                                  hocvu::Diagnostics&) {
    if (loaded.bank) {
      CHECK(file == 1);
      for (const auto& question : loaded.bank->questions) {
        stems.push_back(question.stem.value);
      }
    }
  };
  LoadOptions options;
  options.keep_texts = false;
  options.threads = 1;
  hocvu::test::MemoryFiles files = {{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(kQuestions)}};
  LoadResult load = hocvu::load_files({kFrameworkPath, "bank.yaml"}, options, memory_source(files), hook);
  CHECK(stems.size() == 5);
  CHECK(stems[0] == "Câu hỏi một?");
  CHECK(load.model.banks[0].questions[0].stem.value.empty());  // dropped after the hook
  CHECK(load.model.banks[0].questions[0].answer);               // what jobs score against stays
}

TEST_CASE("collect_yaml_files: a folder that cannot be read is fatal, not skipped", "[load]") {
  ScratchFolder scratch;
  scratch.add("banks/a.yaml");
  scratch.add("banks/sub/b.yaml");
  fs::permissions(scratch.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(scratch.path("banks"), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(scratch.path("banks/sub"), fs::perms::owner_all);  // nobody else may list it
  auto collect = [&] {
    collect_yaml_files({scratch.path("banks")});
    return std::string("collected");
  };
  // Root reads every folder, so the check runs as another user.
  std::string result = ::geteuid() == 0 ? hocvu::test::as_nobody(collect) : collect();
  CHECK(result == "cannot read folder '" + scratch.path("banks/sub") +
                      "': Permission denied; fix its permissions or leave it out");
}

TEST_CASE("collect_yaml_files: a bank reached through a link is loaded once", "[load]") {
  ScratchFolder scratch;
  std::string real = scratch.add("banks/kns-1.yaml");
  fs::create_directories(scratch.path("more"));
  fs::create_symlink(real, scratch.path("more/kns-1-link.yaml"));
  fs::create_directory_symlink(scratch.path("banks"), scratch.path("banks-link"));
  CHECK(collect_yaml_files({scratch.path("banks"), scratch.path("more"), scratch.path("banks-link/kns-1.yaml")}) ==
        std::vector<std::string>{real});
}

TEST_CASE("load_files: a FIFO among the inputs is refused, not waited on", "[load]") {
  ScratchFolder scratch;
  std::string fifo = scratch.path("pipe.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_AS(hocvu::load_files({fifo}, LoadOptions{}), FatalError);
}

TEST_CASE("curriculum_paths: the paths given, else the curriculum folders here", "[load]") {
  CHECK(hocvu::curriculum_paths({"a.yaml"}, "lint") == std::vector<std::string>{"a.yaml"});
  ScratchFolder scratch;
  std::string here = fs::current_path().string();
  fs::current_path(scratch.path());
  CHECK_THROWS_WITH(hocvu::curriculum_paths({}, "exam"),
                    "no paths given, and there is no framework/ or question-banks/ folder here; run hocvu exam in a "
                    "curriculum repository or give the framework and bank folders with --data, e.g. --data "
                    "~/curriculum/framework --data ~/curriculum/question-banks");
  fs::create_directories("question-banks");
  CHECK(hocvu::curriculum_paths({}, "exam") == std::vector<std::string>{"question-banks"});
  fs::current_path(here);
}

TEST_CASE("curriculum_paths: lint reads reports/ too, exam does not", "[load]") {
  using hocvu::ReportFolder;
  ScratchFolder scratch;
  std::string here = fs::current_path().string();
  fs::current_path(scratch.path());
  fs::create_directories("reports");
  CHECK_THROWS_WITH(hocvu::curriculum_paths({}, "exam"),
                    "no paths given, and there is no framework/ or question-banks/ folder here; run hocvu exam in a "
                    "curriculum repository or give the framework and bank folders with --data, e.g. --data "
                    "~/curriculum/framework --data ~/curriculum/question-banks");
  CHECK(hocvu::curriculum_paths({}, "lint", ReportFolder::include) == std::vector<std::string>{"reports"});
  fs::create_directories("framework");
  CHECK(hocvu::curriculum_paths({}, "exam") == std::vector<std::string>{"framework"});
  CHECK(hocvu::curriculum_paths({}, "lint", ReportFolder::include) ==
        std::vector<std::string>{"framework", "reports"});
  fs::remove("reports");
  fs::remove("framework");
  CHECK_THROWS_WITH(hocvu::curriculum_paths({}, "lint", ReportFolder::include),
                    "no paths given, and there is no framework/, question-banks/ or reports/ folder here; run hocvu "
                    "lint in a curriculum repository or name the files to read");
  fs::current_path(here);
}
