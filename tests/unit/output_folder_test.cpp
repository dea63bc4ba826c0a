// Tests of src/io/output_folder.cpp: output sets swapped in whole, never mixed, never through links.
#include "io/output_folder.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "io/error.hpp"
#include "io/file.hpp"
#include "scratch_folder.hpp"

namespace fs = std::filesystem;
using hocvu::FatalError;
using hocvu::OutputFolder;
using hocvu::Overwrite;
using hocvu::read_file;
using hocvu::test::ScratchFolder;
using Names = std::vector<std::string>;

namespace {

void write_set(const std::string& folder, const Names& files, Overwrite overwrite = Overwrite::no) {
  OutputFolder out(folder, overwrite);
  for (const auto& file : files) {
    out.write(file, "content of " + file);
  }
  out.commit();
}

}  // namespace

TEST_CASE("OutputFolder: a new folder gets the files and the list of them", "[output_folder]") {
  ScratchFolder dir;
  std::string out = dir.path("out/exam");
  write_set(out, {"forms/101.md", "key.csv"});
  CHECK(read_file(out + "/forms/101.md") == "content of forms/101.md");
  CHECK(read_file(out + "/.hocvu-files") == "forms/101.md\nkey.csv\n");
  CHECK(dir.entries("out") == Names{"exam"});  // no staging folder left
}

TEST_CASE("OutputFolder: a smaller second set leaves no file of the first", "[output_folder]") {
  ScratchFolder dir;
  std::string out = dir.path("exam");
  write_set(out, {"forms/101.md", "forms/102.md", "forms/103.md", "forms/104.md", "key.csv"});
  write_set(out, {"forms/101.md", "forms/102.md", "key.csv"});
  CHECK(dir.entries("exam/forms") == Names{"101.md", "102.md"});
  CHECK(dir.entries() == Names{"exam"});
}

TEST_CASE("OutputFolder: nothing changes until commit", "[output_folder]") {
  ScratchFolder dir;
  std::string out = dir.path("exam");
  write_set(out, {"key.csv"});
  {
    OutputFolder abandoned(out, Overwrite::no);
    abandoned.write("key.csv", "half a run");
    abandoned.write("forms/999.md", "half a run");
  }  // as when the run fails before commit
  CHECK(read_file(out + "/key.csv") == "content of key.csv");
  CHECK(dir.entries() == Names{"exam"});
  CHECK(dir.entries("exam") == Names{".hocvu-files", "key.csv"});
}

TEST_CASE("OutputFolder: files hocvu did not write are refused, unless overwrite", "[output_folder]") {
  ScratchFolder dir;
  std::string out = dir.path("exam");
  write_set(out, {"key.csv"});
  dir.add("exam/notes.txt", "mine");
  CHECK_THROWS_WITH(OutputFolder(out, Overwrite::no),
                    "the output folder '" + out + "' holds 1 file that hocvu did not write (notes.txt); choose an "
                    "empty folder with --out, move them away, or pass --force to replace the folder and everything "
                    "in it");
  CHECK(read_file(out + "/notes.txt") == "mine");
  write_set(out, {"key.csv"}, Overwrite::yes);
  CHECK(dir.entries("exam") == Names{".hocvu-files", "key.csv"});
}

TEST_CASE("OutputFolder: a folder never written by hocvu is refused when it is not empty", "[output_folder]") {
  ScratchFolder dir;
  dir.add("report/a.txt");
  dir.add("report/b.txt");
  dir.add("report/sub/c.txt");
  dir.add("report/sub/d.txt");
  CHECK_THROWS_WITH(OutputFolder(dir.path("report"), Overwrite::no),
                    "the output folder '" + dir.path("report") + "' holds 4 files that hocvu did not write (a.txt, "
                    "b.txt, sub/c.txt, ...); choose an empty folder with --out, move them away, or pass --force to "
                    "replace the folder and everything in it");
  fs::create_directories(dir.path("empty"));
  write_set(dir.path("empty"), {"key.csv"});
  CHECK(dir.entries("empty") == Names{".hocvu-files", "key.csv"});
}

TEST_CASE("OutputFolder: links planted in the folder are never written through", "[output_folder]") {
  ScratchFolder dir;
  std::string out = dir.path("exam");
  write_set(out, {"gift.txt", "forms/101.md"});
  std::string elsewhere = dir.add("elsewhere/gift.txt", "not answers");
  fs::remove(out + "/gift.txt");
  fs::create_symlink(elsewhere, out + "/gift.txt");
  // A link where hocvu wrote a file is not hocvu's.
  CHECK_THROWS_AS(OutputFolder(out, Overwrite::no), FatalError);
  CHECK(hocvu::foreign_files(out) == Names{"gift.txt"});
  write_set(out, {"gift.txt", "forms/101.md"}, Overwrite::yes);
  CHECK(read_file(elsewhere) == "not answers");
  CHECK_FALSE(fs::is_symlink(out + "/gift.txt"));
  CHECK(read_file(out + "/gift.txt") == "content of gift.txt");
}

TEST_CASE("OutputFolder: a list of files that is a link vouches for nothing", "[output_folder]") {
  ScratchFolder dir;
  std::string list = dir.add("elsewhere/list", "notes.txt\n");
  dir.add("report/notes.txt", "mine");
  fs::create_symlink(list, dir.path("report/.hocvu-files"));
  CHECK(hocvu::foreign_files(dir.path("report")) == Names{".hocvu-files", "notes.txt"});
}

TEST_CASE("OutputFolder: the output folder itself may not be a link or a file", "[output_folder]") {
  ScratchFolder dir;
  fs::create_directories(dir.path("real"));
  fs::create_directory_symlink(dir.path("real"), dir.path("link"));
  CHECK_THROWS_WITH(OutputFolder(dir.path("link"), Overwrite::yes),
                    "the output folder '" + dir.path("link") +
                        "' is a symbolic link; give the folder it points to, or another folder");
  dir.add("file");
  CHECK_THROWS_WITH(OutputFolder(dir.path("file"), Overwrite::yes),
                    "the output folder '" + dir.path("file") + "' is a file, not a folder; choose another with --out");
}

TEST_CASE("OutputFolder: staging folders of runs that were killed are removed", "[output_folder]") {
  ScratchFolder dir;
  // pid 2^22 + 1 is above Linux's pid_max limit, so no live process has it.
  fs::create_directories(dir.path(".exam.hocvu-stage-4194305-abcdef/forms"));
  fs::create_directories(dir.path(".exam.hocvu-stage-" + std::to_string(::getpid()) + "-live"));
  write_set(dir.path("exam"), {"key.csv"});
  CHECK(dir.entries() == Names{".exam.hocvu-stage-" + std::to_string(::getpid()) + "-live", "exam"});
}

TEST_CASE("OutputFolder: paths that leave the set are refused", "[output_folder]") {
  ScratchFolder dir;
  OutputFolder out(dir.path("exam"), Overwrite::no);
  CHECK_THROWS_WITH(out.path_for("../key.csv"), "'../key.csv' is not a safe file name inside the output folder");
  CHECK_THROWS_AS(out.path_for("/etc/passwd"), FatalError);
  CHECK_THROWS_AS(out.path_for(""), FatalError);
}

TEST_CASE("OutputFolder: a run that writes nothing leaves nothing, not even the parent folders", "[output_folder]") {
  ScratchFolder dir;
  { OutputFolder unused(dir.path("out/exam/dbqh"), Overwrite::no); }
  CHECK(dir.entries().empty());
}
