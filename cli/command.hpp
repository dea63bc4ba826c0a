#pragma once
// The subcommand table: one entry per subcommand, each defined in its own file. The table
// also feeds `hocvu help` and the "did you mean" suggestions.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/interface.hpp"

namespace hocvu::cli {

// A help text from the catalogue in the interface language, as the std::string CLI11 takes.
inline std::string help_text(std::string_view key) { return std::string(ui_text(key)); }

// Runs the parsed subcommand and returns the process exit status.
using RunCommand = std::function<int()>;

struct CommandSpec {
  const char* name;
  std::string_view summary;  // a catalogue key: "cli.summary.lint"
  RunCommand (*add)(CLI::App& app);  // adds the subcommand and its options to `app`
};

const std::vector<CommandSpec>& all_commands();

RunCommand add_lint_command(CLI::App& app);
RunCommand add_exam_command(CLI::App& app);
RunCommand add_grade_command(CLI::App& app);
RunCommand add_merge_command(CLI::App& app);
RunCommand add_report_command(CLI::App& app);
RunCommand add_simulate_command(CLI::App& app);
RunCommand add_keygen_command(CLI::App& app);
RunCommand add_certify_command(CLI::App& app);
RunCommand add_verify_command(CLI::App& app);
RunCommand add_export_command(CLI::App& app);
RunCommand add_import_command(CLI::App& app);

}  // namespace hocvu::cli
