#include "terminal.hpp"

#include <unistd.h>

#include <cstdlib>

#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "text/escape.hpp"

namespace hocvu::cli {

bool use_color(ColorMode mode, std::FILE* stream) {
  switch (mode) {
    case ColorMode::always: return true;
    case ColorMode::never: return false;
    case ColorMode::automatic: break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') {
    return false;
  }
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") {
    return false;
  }
  return isatty(fileno(stream)) != 0;
}

void print_error(std::string_view message) {
  std::fflush(stdout);  // keep the order of stdout and stderr when both go to one place
  fmt::print(stderr, "hocvu: {}: {}\n", ui_text("cli.prefix.error"), escape_unprintable(message));
}

void print_note(std::string_view message) {
  std::fflush(stdout);
  fmt::print(stderr, "hocvu: {}\n", escape_unprintable(message));
}

void print_warning(std::string_view message) {
  std::fflush(stdout);
  fmt::print(stderr, "hocvu: {}: {}\n", ui_text("cli.prefix.warning"), escape_unprintable(message));
}

}  // namespace hocvu::cli
