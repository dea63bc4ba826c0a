#pragma once
// What the fuzz targets share: the input as text, and checks of what must hold for any input.
// A failed check aborts, which libFuzzer and the replay tests report as a crash with the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "text/utf8.hpp"

#define HOCVU_FUZZ_CHECK(condition)                                                                  \
  do {                                                                                               \
    if (!(condition)) {                                                                              \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);     \
      std::abort();                                                                                  \
    }                                                                                                \
  } while (false)

namespace hocvu::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

// Every finding names one of the files read, says something, and is valid UTF-8 whatever
// the input held (the JSON and SARIF writers need that); a file's findings are bounded.
template <typename IsKnownFile>
void check_findings(const Diagnostics& diagnostics, IsKnownFile is_known_file, size_t files) {
  HOCVU_FUZZ_CHECK(diagnostics.size() <= files * (Diagnostics::kMaxPerFile + 1));
  for (const auto& d : diagnostics) {
    HOCVU_FUZZ_CHECK(is_known_file(d.where.file));
    HOCVU_FUZZ_CHECK(!d.message.empty());
    HOCVU_FUZZ_CHECK(find_invalid_utf8(d.message) == std::string_view::npos);
    HOCVU_FUZZ_CHECK(find_invalid_utf8(d.hint) == std::string_view::npos);
  }
}

}  // namespace hocvu::fuzz
