// The hocvu executable: parses the command line, runs one subcommand, and turns the one
// fatal exception type into exit status 2.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "command.hpp"
#include "hocvu/version.hpp"
#include "io/error.hpp"
#include "terminal.hpp"
#include "text/edit_distance.hpp"

namespace hocvu::cli {

const std::vector<CommandSpec>& all_commands() {
  static const std::vector<CommandSpec> commands = {
      {"lint", "check framework and question-bank files", add_lint_command},
  };
  return commands;
}

namespace {

std::string command_list() {
  std::string out = "Commands:\n";
  for (const auto& command : all_commands()) {
    out += fmt::format("  {:<8}  {}\n", command.name, command.summary);
  }
  out += fmt::format("  {:<8}  {}\n", "help", "show help for hocvu or one command");
  return out;
}

// Catches a mistyped command before CLI11 does, to suggest the nearest one.
bool check_command_name(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    return true;
  }
  std::string_view word = argv[1];
  std::vector<std::string_view> names{"help"};
  for (const auto& command : all_commands()) {
    names.push_back(command.name);
  }
  if (std::find(names.begin(), names.end(), word) != names.end()) {
    return true;
  }
  std::string nearest = closest_match(word, names);
  print_error(fmt::format("'{}' is not a hocvu command{}", word,
                          nearest.empty() ? "" : fmt::format("; did you mean '{}'?", nearest)));
  fmt::print(stderr, "{}Run 'hocvu help' for more.\n", command_list());
  return false;
}

int run(int argc, char** argv) {
  if (!check_command_name(argc, argv)) {
    return kExitFailure;
  }
  CLI::App app{"hocvu: digital-skills assessment for \"Bình dân học vụ số – Quốc hội số\"", "hocvu"};
  app.set_version_flag("--version", fmt::format("hocvu {}", kVersion));
  app.footer(command_list() +
             "\nExamples:\n"
             "  hocvu lint                      lint framework/ and question-banks/ here\n"
             "  hocvu lint --format sarif -o lint.sarif\n"
             "  hocvu lint --explain E401       what a rule means and how to fix it\n"
             "  hocvu help lint                 options of one command\n");
  std::vector<std::pair<CLI::App*, RunCommand>> runners;
  for (const auto& command : all_commands()) {
    RunCommand run_command = command.add(app);
    runners.emplace_back(app.get_subcommand(command.name), std::move(run_command));
  }
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "show help for hocvu or one command");
  help->add_option("command", help_topic, "the command to explain");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    fmt::print(stderr, "Run 'hocvu help{}' for usage.\n",
               app.get_subcommands().empty() ? "" : " " + app.get_subcommands().front()->get_name());
    return kExitFailure;
  }
  if (*help || runners.end() == std::find_if(runners.begin(), runners.end(), [](auto& r) { return bool(*r.first); })) {
    if (help_topic.empty()) {
      fmt::print("{}", app.help());
      return *help ? kExitSuccess : kExitFailure;
    }
    for (auto& [sub, unused] : runners) {
      if (sub->get_name() == help_topic) {
        fmt::print("{}", sub->help());
        return kExitSuccess;
      }
    }
    print_error(fmt::format("there is no command '{}'", help_topic));
    return kExitFailure;
  }
  for (auto& [sub, run_command] : runners) {
    if (*sub) {
      return run_command();
    }
  }
  return kExitFailure;
}

}  // namespace

}  // namespace hocvu::cli

int main(int argc, char** argv) {
  try {
    return hocvu::cli::run(argc, argv);
  } catch (const hocvu::FatalError& e) {
    hocvu::cli::print_error(e.what());
    return hocvu::kExitFailure;
  } catch (const std::bad_alloc&) {
    hocvu::cli::print_error("out of memory");
    return hocvu::kExitFailure;
  } catch (const std::exception& e) {
    hocvu::cli::print_error(fmt::format("internal error: {} (please report this)", e.what()));
    return hocvu::kExitFailure;
  }
}
