#pragma once
// Man pages (roff, man(7) macros) generated from the command tree: hocvu.1 and one
// hocvu-<command>.1 per subcommand (hocvu-import-gift.1 for a nested one), from the same texts as
// --help. The fixed words (section names, labels) come from ManTexts, so that a page in another
// language is the same generator given that language's App and texts.
#include <string>
#include <vector>

#include "command_doc.hpp"

namespace hocvu::cli {

struct ManTexts {
  std::string manual = "hocvu manual";
  std::string name = "NAME";
  std::string synopsis = "SYNOPSIS";
  std::string description = "DESCRIPTION";
  std::string arguments = "ARGUMENTS";
  std::string options = "OPTIONS";
  std::string commands = "COMMANDS";
  std::string examples = "EXAMPLES";
  std::string exit_status = "EXIT STATUS";
  std::string environment = "ENVIRONMENT";
  std::string see_also = "SEE ALSO";
  std::string options_word = "OPTIONS";  // in the synopsis: [OPTIONS]
  std::string command_word = "COMMAND";
  std::string values = "One of";
  std::string value = "Value";
  std::string default_value = "Default";
  std::string required = "Required.";
  // For a command whose footer has no "Exit status:" sentence.
  std::string exit_status_default = "0 success, 1 the run found problems, 2 it could not run.";
  std::string no_color = "When set to anything, the output has no colour (https://no-color.org), unless --color "
                         "always is given.";
  std::string source_date_epoch = "Seconds since 1970-01-01 UTC: their day is the default date instead of today, "
                                  "so that a rerun gives the same bytes (reproducible-builds.org).";
};

struct ManPage {
  std::string file_name;  // "hocvu-lint.1"
  std::string roff;
};

// Every page of the tree under `root` (the "help" command, which has no options, gets none).
// `version` goes in the page footer; `date` too, when not empty (SOURCE_DATE_EPOCH's day).
std::vector<ManPage> man_pages(const CommandDoc& root, const ManTexts& texts, const std::string& version,
                               const std::string& date);

enum class Utf8 { escape, keep };
// `text` for roff: backslashes, leading dots and option dashes (`every_dash`: all dashes) escaped,
// and non-ASCII characters as \[uXXXX] unless kept, so that groff reads the page in any locale.
std::string roff_escape(const std::string& text, bool every_dash, Utf8 utf8 = Utf8::escape);

}  // namespace hocvu::cli
