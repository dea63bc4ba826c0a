// The hocvu executable: parses the command line, runs one subcommand, and turns the one
// fatal exception type into exit status 2.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "cli11_language.hpp"
#include "command.hpp"
#include "generated_docs.hpp"
#include "hocvu/version.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "terminal.hpp"
#include "text/edit_distance.hpp"

namespace hocvu::cli {

const std::vector<CommandSpec>& all_commands() {
  static const std::vector<CommandSpec> commands = {
      {"lint", message_id("cli.summary.lint"), add_lint_command},
      {"exam", message_id("cli.summary.exam"), add_exam_command},
      {"grade", message_id("cli.summary.grade"), add_grade_command},
      {"merge", message_id("cli.summary.merge"), add_merge_command},
      {"report", message_id("cli.summary.report"), add_report_command},
      {"keygen", message_id("cli.summary.keygen"), add_keygen_command},
      {"certify", message_id("cli.summary.certify"), add_certify_command},
      {"verify", message_id("cli.summary.verify"), add_verify_command},
      {"export", message_id("cli.summary.export"), add_export_command},
      {"import", message_id("cli.summary.import"), add_import_command},
      {"simulate", message_id("cli.summary.simulate"), add_simulate_command},
  };
  return commands;
}

namespace {

std::string command_list() {
  std::string out = std::string(ui_text("cli.commands_heading")) + "\n";
  for (const auto& command : all_commands()) {
    out += fmt::format("  {:<8}  {}\n", command.name, ui_text(command.summary));
  }
  out += fmt::format("  {:<8}  {}\n", "help", ui_text("cli.summary.help"));
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
  print_error(nearest.empty() ? ui_format("cli.not_a_command", fmt::arg("word", word))
                              : ui_format("cli.not_a_command_did_you_mean", fmt::arg("word", word),
                                          fmt::arg("nearest", nearest)));
  fmt::print(stderr, "{}{}\n", command_list(), ui_text("cli.run_help_for_more"));
  return false;
}

// The words after `hocvu help`, without --lang TAG (choose_interface_language has read it).
std::vector<std::string_view> help_words(int argc, char** argv) {
  std::vector<std::string_view> words;
  for (int i = 2; i < argc; ++i) {
    std::string_view word = argv[i];
    if (word == "--lang" && i + 1 < argc) {
      ++i;
    } else if (word.substr(0, 7) != "--lang=") {
      words.push_back(word);
    }
  }
  return words;
}

// `hocvu help [COMMAND]`, handled before CLI11 parses so that the topic is not taken for
// the command itself.
int show_help(CLI::App& app, int argc, char** argv) {
  std::vector<std::string_view> words = help_words(argc, argv);
  if (words.empty()) {
    fmt::print("{}", app.help());
    return kExitSuccess;
  }
  std::string_view topic = words.front();
  if (words.size() > 1) {
    print_error(ui_text("cli.help.one_topic"));
    return kExitFailure;
  }
  if (topic == "help") {
    fmt::print("{}", ui_text("cli.help.usage"));
    return kExitSuccess;
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() == topic) {
      fmt::print("{}", sub->help());
      return kExitSuccess;
    }
  }
  std::vector<std::string_view> names;
  for (const auto& command : all_commands()) {
    names.push_back(command.name);
  }
  std::string nearest = closest_match(topic, names);
  print_error(nearest.empty() ? ui_format("cli.help.no_command", fmt::arg("word", topic))
                              : ui_format("cli.help.no_command_did_you_mean", fmt::arg("word", topic),
                                          fmt::arg("nearest", nearest)));
  fmt::print(stderr, "{}", command_list());
  return kExitFailure;
}

// The language of every message of this run, chosen before the command tree is built so that
// help texts are in it too: --lang TAG (or --lang=TAG) anywhere on the command line, else the
// locale (LC_ALL, LC_MESSAGES, LANG), else English. A tag with no catalogue is left for the
// option's own check to report.
Language choose_interface_language(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view word = argv[i];
    std::optional<std::string_view> tag;
    if (word == "--lang" && i + 1 < argc) {
      tag = argv[i + 1];
    } else if (word.substr(0, 7) == "--lang=") {
      tag = word.substr(7);
    }
    if (tag) {
      if (auto language = catalogue_language(*tag)) {
        return *language;
      }
    }
  }
  return locale_language(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"))
      .value_or(Language::en);
}

int run(int argc, char** argv) {
  set_interface_language(choose_interface_language(argc, argv));
  if (!check_command_name(argc, argv)) {
    return kExitFailure;
  }
  CLI::App app{help_text("cli.app.description"), "hocvu"};
  use_interface_language(app);
  app.set_version_flag("--version", fmt::format("hocvu {}", kVersion), help_text("cli.version_flag"));
  app.footer(help_text("cli.app.footer"));
  std::vector<std::pair<CLI::App*, RunCommand>> runners;
  for (const auto& command : all_commands()) {
    RunCommand run_command = command.add(app);
    runners.emplace_back(app.get_subcommand(command.name), std::move(run_command));
  }
  app.add_subcommand("help", help_text("cli.summary.help"));
  label_help_flags(app);
  if (asks_for_generated_docs(argc, argv)) {
    return write_generated_docs(app, argc, argv);
  }
  if (argc >= 2 && std::string_view(argv[1]) == "help") {
    return show_help(app, argc, argv);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(parse_error_text(e));
    fmt::print(stderr, "{}\n", ui_format("cli.run_help_for_usage",
                                         fmt::arg("topic", app.get_subcommands().empty()
                                                               ? "" : " " + app.get_subcommands().front()->get_name())));
    return kExitFailure;
  }
  for (auto& [sub, run_command] : runners) {
    if (*sub) {
      return run_command();
    }
  }
  fmt::print("{}", app.help());
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
    hocvu::cli::print_error(hocvu::ui_text("cli.out_of_memory"));
    return hocvu::kExitFailure;
  } catch (const std::exception& e) {
    hocvu::cli::print_error(hocvu::ui_format("cli.internal_error", fmt::arg("what", e.what())));
    return hocvu::kExitFailure;
  }
}
