#pragma once
// Reading whole files and replacing files atomically.
#include <cstdint>
#include <string>

namespace hocvu {

// Reads the file; throws FatalError when it cannot be opened or read.
std::string read_file(const std::string& path);

// Size of a regular file in bytes; throws FatalError when it cannot be examined.
uint64_t file_size(const std::string& path);

// Writes `contents` to a temporary file beside `path` and renames it over `path`, so readers
// see the old file or the new one, never half of one. Keeps the old file's permissions.
void write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace hocvu
