#pragma once
// The command tree as plain data, read from the CLI11 App that parses the command line: what
// the man pages and the shell completions are generated from, so that they say what --help says
// in whatever language the App's texts are in.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace hocvu::cli {

// What completes an option's value or a positional.
enum class ValueKind {
  none,    // a flag: takes no value
  choice,  // one of `values` (a CLI::IsMember check, or a validator named "{a,b}...")
  number,  // nothing to complete
  path,    // a file or folder name (every other text value)
};

struct OptionDoc {
  std::vector<std::string> short_names;  // "-f"
  std::vector<std::string> long_names;   // "--format"
  std::string name;                      // a positional's name, e.g. "paths"
  std::string type;                      // as --help shows it: "TEXT:{text,json}", "UINT:1 to 1000"
  std::string default_value;
  std::string help;
  std::vector<std::string> values;       // for ValueKind::choice
  ValueKind kind = ValueKind::none;
  bool required = false;
  bool repeats = false;                  // takes several values ("paths...")
};

// A footer (the text --help shows after the options) cut into its parts: prose paragraphs, the
// "Exit status:" sentence and the example lines.
struct FooterDoc {
  std::vector<std::string> paragraphs;  // lines of a paragraph joined by spaces
  std::string exit_status;              // after "Exit status:", joined; empty when the footer has none
  std::string examples_heading;         // "Examples:" or "Example (GNU parallel, ...):"
  std::vector<std::string> examples;    // the example lines as written, leading spaces removed
};

struct CommandDoc {
  std::vector<std::string> path;  // {"hocvu", "import", "gift"}
  std::string summary;
  std::vector<OptionDoc> options;
  std::vector<OptionDoc> positionals;
  std::vector<CommandDoc> subcommands;
  bool subcommand_required = false;
  FooterDoc footer;
};

// The command tree of `app` (hidden options, those of the empty group, are left out).
CommandDoc describe_command(const CLI::App& app);

// "a, b" -> {"a", "b"} for a CLI11 set description "{a,b}" found in `type`; empty when none.
std::vector<std::string> choice_values(const std::string& type);

FooterDoc split_footer(const std::string& footer);

// "hocvu lint", "hocvu-lint".
std::string joined(const std::vector<std::string>& path, const char* separator);

}  // namespace hocvu::cli
