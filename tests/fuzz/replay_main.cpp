// Replays a corpus through a fuzz target without libFuzzer, with the normal compiler: every
// file of every folder named (and every file named) is given to LLVMFuzzerTestOneInput once.
// A failed check or a sanitizer report aborts; an empty corpus fails too, so a corpus folder
// that moved cannot pass unnoticed.
//     fuzz_replay_yaml_compose tests/fuzz/corpus/fuzz_yaml_compose
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

// The files to replay, each folder's in name order; empty (with a message) when a path
// cannot be read.
bool collect(const std::vector<std::string>& paths, std::vector<fs::path>& files) {
  for (const auto& path : paths) {
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      files.emplace_back(path);
      continue;
    }
    fs::directory_iterator it(path, error);
    if (error) {
      std::fprintf(stderr, "fuzz replay: cannot read '%s': %s\n", path.c_str(), error.message().c_str());
      return false;
    }
    std::vector<fs::path> found;
    for (const auto& entry : it) {
      if (entry.is_regular_file()) {
        found.push_back(entry.path());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_FOLDER_OR_FILE...\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  if (!collect(std::vector<std::string>(argv + 1, argv + argc), files)) {
    return 2;
  }
  if (files.empty()) {
    std::fprintf(stderr, "fuzz replay: no files in the corpus given; add seed files to it\n");
    return 2;
  }
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "fuzz replay: cannot read '%s'\n", file.c_str());
      return 2;
    }
    // A failed check names the input before it aborts: say which file this is first.
    std::fprintf(stderr, "fuzz replay: %s\n", file.c_str());
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
  }
  std::printf("replayed %zu files\n", files.size());
  return 0;
}
