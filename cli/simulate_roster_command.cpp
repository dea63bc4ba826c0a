// hocvu simulate roster and hocvu simulate sittings: a made-up roster for a unit tree, and
// made-up sittings of its people over a campaign, for demos and benchmarks of hocvu report.
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "command.hpp"
#include "language_option.hpp"
#include "findings.hpp"
#include "grade/load_key.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/output_folder.hpp"
#include "load/load.hpp"
#include "number_options.hpp"
#include "report/roster.hpp"
#include "report/simulate_roster.hpp"
#include "report/simulate_sittings.hpp"
#include "simulate_commands.hpp"
#include "terminal.hpp"
#include "text/escape.hpp"

namespace hocvu::cli {

namespace {

struct RosterArgs {
  std::string units = "reports/units.yaml";
  std::vector<std::string> data;
  std::string out;
  RosterSimulationOptions options;
};

bool has_errors(const Diagnostics& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Diagnostic& finding) { return finding.severity() == Severity::error; });
}

bool is_folder(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

bool ends_with(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The units file, with the framework beside it (its roles are what units may name).
UnitTree load_unit_tree_file(const RosterArgs& args) {
  std::vector<std::string> paths{args.units};
  paths.insert(paths.end(), args.data.begin(), args.data.end());
  if (args.data.empty() && is_folder("framework")) {
    paths.push_back("framework");
  }
  LoadResult loaded = load_files(collect_yaml_files(paths), LoadOptions{});
  if (has_errors(loaded.diagnostics)) {
    fmt::print(stderr, "{}", text_report(loaded.diagnostics, use_color(ColorMode::automatic, stderr)));
    throw FatalError(ui_format("cli.simulate.broken_units", fmt::arg("units", escape_unprintable(args.units))));
  }
  if (loaded.model.unit_trees.empty()) {
    throw FatalError(ui_format("cli.simulate.no_unit_tree", fmt::arg("units", escape_unprintable(args.units))));
  }
  return std::move(loaded.model.unit_trees.front());
}

void write_to_stdout(std::string_view chunk) {
  if (std::fwrite(chunk.data(), 1, chunk.size(), stdout) != chunk.size()) {
    throw FatalError(std::string(ui_text("cli.cannot_write_stdout")));
  }
}

int run_roster(const RosterArgs& args) {
  UnitTree tree = load_unit_tree_file(args);
  RosterPlan plan = plan_roster(tree);
  if (!plan.problem.empty()) {
    throw FatalError(ui_format("cli.simulate.cannot_draw_roster", fmt::arg("units", escape_unprintable(args.units)),
                               fmt::arg("problem", plan.problem)));
  }
  if (args.out.empty() || args.out == "-") {
    write_simulated_roster_csv(tree, plan, args.options, write_to_stdout);
    if (std::fflush(stdout) != 0) throw FatalError(std::string(ui_text("cli.cannot_write_stdout")));
    return kExitSuccess;
  }
  if (ends_with(args.out, ".xlsx")) {
    write_simulated_roster_xlsx(tree, plan, args.options, args.out);
  } else {
    AtomicFile file(args.out);
    write_simulated_roster_csv(tree, plan, args.options, [&file](std::string_view chunk) { file.write(chunk); });
    file.commit();
  }
  print_note(ui_format("cli.simulate.roster_written", fmt::arg("people", args.options.people),
                       fmt::arg("used", plan.slots.size()), fmt::arg("units", tree.units.size()),
                       fmt::arg("file", escape_unprintable(args.units)), fmt::arg("out", escape_unprintable(args.out))));
  return kExitSuccess;
}

}  // namespace

RunCommand add_simulate_roster(CLI::App& simulate) {
  auto args = std::make_shared<RosterArgs>();
  CLI::App* roster = simulate.add_subcommand("roster", help_text("cli.simulate_roster.description"));
  roster->add_option("--units", args->units, help_text("cli.option.units"))->capture_default_str();
  roster->add_option("--data", args->data, help_text("cli.option.data"));
  roster->add_option("-n,--people", args->options.people, help_text("cli.simulate_roster.option.people"))
      ->required()->check(whole_number(1, 100000000));
  roster->add_option("-s,--seed", args->options.seed, help_text("cli.option.seed"))
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  roster->add_option("-o,--out", args->out, help_text("cli.simulate_roster.option.out"));
  add_message_language_option(*roster);
  roster->footer(help_text("cli.simulate_roster.footer"));
  return [args] { return run_roster(*args); };
}

namespace {

struct SittingsArgs {
  std::string roster;
  TableOptions roster_options;
  std::vector<std::string> exams;
  std::string from = "2025-09-15";
  std::string to = "2026-11-30";
  uint64_t seed = 0;
  std::string out;
  bool force = false;
};

Day parse_day_option(const std::string& text, const char* option) {
  std::optional<Day> day = parse_iso_date(text);
  if (!day) {
    throw FatalError(ui_format("cli.simulate.not_a_date", fmt::arg("option", option),
                               fmt::arg("value", escape_unprintable(text))));
  }
  return *day;
}

std::vector<LoadedKey> load_exams(const std::vector<std::string>& folders) {
  std::vector<LoadedKey> keys;
  for (const auto& folder : folders) {
    Diagnostics findings;
    keys.push_back(load_exam_folder(folder, findings));
    if (has_errors(findings)) {
      fmt::print(stderr, "{}", text_report(findings, use_color(ColorMode::automatic, stderr)));
      throw FatalError(ui_format("cli.simulate.broken_exam_folder", fmt::arg("folder", escape_unprintable(folder))));
    }
    const GradingKey& key = keys.back().key;
    if (key.role.empty()) {
      throw FatalError(ui_format("cli.simulate.no_role", fmt::arg("folder", escape_unprintable(folder))));
    }
    for (size_t i = 0; i + 1 < keys.size(); ++i) {
      if (keys[i].key.exam == key.exam) {
        throw FatalError(ui_format("cli.simulate.exam_twice", fmt::arg("exam", escape_unprintable(key.exam)),
                                   fmt::arg("first", escape_unprintable(folders[i])),
                                   fmt::arg("second", escape_unprintable(folder))));
      }
    }
  }
  return keys;
}

Roster read_roster_for_sittings(const SittingsArgs& args) {
  DataProblems problems;
  Roster roster = read_roster(args.roster, args.roster_options, problems);
  if (!problems.empty()) {
    const DataProblem& first = problems.front();
    print_note(ui_format("cli.simulate.roster_rows_left_out", fmt::arg("roster", escape_unprintable(args.roster)),
                         fmt::arg("count", problems.size()), fmt::arg("line", first.line),
                         fmt::arg("message", escape_unprintable(first.message))));
  }
  return roster;
}

void print_summary(const SittingsSummary& summary, const std::string& out) {
  for (const auto& exam : summary.exams) {
    print_note(ui_format("cli.simulate.sittings_written", fmt::arg("exam", escape_unprintable(exam.exam)),
                         fmt::arg("people", exam.people), fmt::arg("role", escape_unprintable(exam.role)),
                         fmt::arg("sat", exam.sat), fmt::arg("attempts", exam.attempts), fmt::arg("passed", exam.passed),
                         fmt::arg("out", escape_unprintable(out))));
  }
  if (summary.without_exam > 0) {
    print_note(ui_plural("cli.simulate.without_exam", summary.without_exam));
  }
}

int run_sittings(const SittingsArgs& args) {
  SittingsOptions options;
  options.from = parse_day_option(args.from, "--from");
  options.to = parse_day_option(args.to, "--to");
  options.seed = args.seed;
  if (options.to < options.from) {
    throw FatalError(ui_format("cli.simulate.to_before_from", fmt::arg("to", args.to), fmt::arg("from", args.from)));
  }
  std::vector<LoadedKey> loaded = load_exams(args.exams);
  Roster roster = read_roster_for_sittings(args);
  std::vector<const GradingKey*> keys;
  for (const auto& key : loaded) keys.push_back(&key.key);
  OutputFolder folder(args.out, args.force ? Overwrite::yes : Overwrite::no);
  std::vector<std::unique_ptr<AtomicFile>> files;
  for (const GradingKey* key : keys) {
    files.push_back(std::make_unique<AtomicFile>(folder.path_for(key->exam + ".csv")));
  }
  SittingsSummary summary = simulate_sittings(roster, keys, options, [&files](size_t exam, std::string_view bytes) {
    files[exam]->write(bytes);
  });
  for (auto& file : files) file->commit();
  folder.commit();
  print_summary(summary, args.out);
  return kExitSuccess;
}

}  // namespace

RunCommand add_simulate_sittings(CLI::App& simulate) {
  auto args = std::make_shared<SittingsArgs>();
  CLI::App* sittings = simulate.add_subcommand("sittings", help_text("cli.simulate_sittings.description"));
  sittings->add_option("--roster", args->roster, help_text("cli.simulate_sittings.option.roster"))->required();
  sittings->add_option("--sheet", args->roster_options.sheet, help_text("cli.option.sheet"));
  sittings->add_option("--exam", args->exams, help_text("cli.simulate_sittings.option.exam"))->required();
  sittings->add_option("--from", args->from, help_text("cli.simulate_sittings.option.from"))->capture_default_str();
  sittings->add_option("--to", args->to, help_text("cli.simulate_sittings.option.to"))->capture_default_str();
  sittings->add_option("-s,--seed", args->seed, help_text("cli.option.seed"))
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  sittings->add_option("-o,--out", args->out, help_text("cli.simulate_sittings.option.out"))->required();
  sittings->add_flag("--force", args->force, help_text("cli.option.force"));
  add_message_language_option(*sittings);
  sittings->footer(help_text("cli.simulate_sittings.footer"));
  return [args] { return run_sittings(*args); };
}

}  // namespace hocvu::cli
