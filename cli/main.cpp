// The hocvu executable: parses the command line, runs one subcommand, and turns the one
// fatal exception type into exit status 2.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

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
      {"lint", "check framework, question-bank and blueprint files", add_lint_command},
      {"exam", "assemble parallel exam forms from a blueprint", add_exam_command},
      {"grade", "score response files: scores, mastery, item analysis", add_grade_command},
      {"merge", "combine grading shards (hocvu grade --shard) into one result", add_merge_command},
      {"report", "coverage by unit against the 2026 goal: Excel, CSV, JSON, Markdown", add_report_command},
      {"keygen", "create the issuer's key pair for signed certificates", add_keygen_command},
      {"certify", "signed Open Badges 3.0 certificates and their revocation list", add_certify_command},
      {"verify", "check signed certificates and their status list", add_verify_command},
      {"export", "the framework as 1EdTech CASE 1.1 JSON, for other tools", add_export_command},
      {"import", "questions from Moodle XML or GIFT as a hocvu question bank", add_import_command},
      {"simulate", "write simulated data for demos, tests and benchmarks", add_simulate_command},
  };
  return commands;
}

namespace {

std::string command_list() {
  std::string out = "Commands:\n";
  for (const auto& command : all_commands()) {
    out += fmt::format("  {:<8}  {}\n", command.name, command.summary);
  }
  out += fmt::format("  {:<8}  {}\n", "help", "show the options and examples of hocvu or one command");
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

// `hocvu help [COMMAND]`, handled before CLI11 parses so that the topic is not taken for
// the command itself.
int show_help(CLI::App& app, int argc, char** argv) {
  if (argc == 2) {
    fmt::print("{}", app.help());
    return kExitSuccess;
  }
  std::string_view topic = argv[2];
  if (argc > 3) {
    print_error("'hocvu help' takes one command name, e.g. hocvu help lint");
    return kExitFailure;
  }
  if (topic == "help") {
    fmt::print("Usage: hocvu help [COMMAND]\nShows the options and examples of one command, or of hocvu.\n");
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
  print_error(fmt::format("there is no command '{}'{}", topic,
                          nearest.empty() ? "" : fmt::format("; did you mean '{}'?", nearest)));
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
  CLI::App app{"hocvu: digital-skills assessment for \"Bình dân học vụ số – Quốc hội số\"", "hocvu"};
  app.set_version_flag("--version", fmt::format("hocvu {}", kVersion));
  app.footer(
      "Run 'hocvu help COMMAND' for the options of one command.\n"
      "\nExamples:\n"
      "  hocvu lint                      lint framework/ and question-banks/ here\n"
      "  hocvu lint --format sarif -o lint.sarif\n"
      "  hocvu lint --explain E401       what a rule means and how to fix it\n"
      "  hocvu exam framework/blueprints/dbqh.yaml --out out/exam/dbqh\n"
      "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses.csv\n"
      "  hocvu help grade                options of one command\n"
      "\nExit status: 0 success, 1 the run found problems, 2 it could not run.\n");
  std::vector<std::pair<CLI::App*, RunCommand>> runners;
  for (const auto& command : all_commands()) {
    RunCommand run_command = command.add(app);
    runners.emplace_back(app.get_subcommand(command.name), std::move(run_command));
  }
  app.add_subcommand("help", "show the options and examples of hocvu or one command");
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
    print_error(e.what());
    fmt::print(stderr, "Run 'hocvu help{}' for usage.\n",
               app.get_subcommands().empty() ? "" : " " + app.get_subcommands().front()->get_name());
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
    hocvu::cli::print_error("out of memory");
    return hocvu::kExitFailure;
  } catch (const std::exception& e) {
    hocvu::cli::print_error(fmt::format("internal error: {} (please report this)", e.what()));
    return hocvu::kExitFailure;
  }
}
