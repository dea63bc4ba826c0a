#pragma once
// A set of output files that replaces a folder as a whole: the files are written into a
// staging folder beside it, and commit() swaps that in with one atomic rename. A reader (or a
// run killed at any moment) sees the old set or the new one, never a mix, and no file of an
// earlier, larger set is left behind. The staging folder is fresh, so nothing is ever written
// through a symbolic link that was planted in the output folder.
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

// Whether files that hocvu did not write may be replaced with the folder.
enum class Overwrite { no, yes };

class OutputFolder {
 public:
  // The list of files hocvu wrote, kept in the folder: what a later run may replace.
  static constexpr const char* kListName = ".hocvu-files";

  // Checks `folder`: throws FatalError when it is a symbolic link or not a folder, or (unless
  // `overwrite` is yes) holds anything that is not in its list of files hocvu wrote. The staging
  // folder is made at the first file (removing those left by killed runs).
  OutputFolder(std::string folder, Overwrite overwrite);
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;
  ~OutputFolder();  // without commit(): removes the staging folder, leaves `folder` as it was

  // Where to write `relative` ('/'-separated, inside the set) before commit; its folders are
  // made. Use it with AtomicFile for output written in pieces.
  std::string path_for(std::string_view relative);
  void write(std::string_view relative, std::string_view contents, mode_t mode = 0666);
  void commit();

  const std::string& folder() const { return folder_; }

 private:
  void stage();

  std::string folder_;
  std::string staging_;
  std::vector<std::string> files_;
};

// The entries below `folder` (relative paths, folders not listed) that are not in its list of
// files hocvu wrote, or are not regular files where hocvu wrote one. Empty for a folder that
// does not exist. Sorted.
std::vector<std::string> foreign_files(const std::string& folder);

}  // namespace hocvu
