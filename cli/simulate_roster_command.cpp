// hocvu simulate roster and hocvu simulate sittings: a made-up roster for a unit tree, and
// made-up sittings of its people over a campaign, for demos and benchmarks of hocvu report.
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <memory>

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
    throw FatalError(fmt::format("the units file or the framework has errors (above); fix them (hocvu lint {}) and try again",
                                 escape_unprintable(args.units)));
  }
  if (loaded.model.unit_trees.empty()) {
    throw FatalError(fmt::format("{} holds no unit tree (a units file starts with 'units:'; see reports/units.yaml)",
                                 escape_unprintable(args.units)));
  }
  return std::move(loaded.model.unit_trees.front());
}

void write_to_stdout(std::string_view chunk) {
  if (std::fwrite(chunk.data(), 1, chunk.size(), stdout) != chunk.size()) {
    throw FatalError("cannot write to standard output");
  }
}

int run_roster(const RosterArgs& args) {
  UnitTree tree = load_unit_tree_file(args);
  RosterPlan plan = plan_roster(tree);
  if (!plan.problem.empty()) {
    throw FatalError(fmt::format("{}: cannot draw a roster: {}", escape_unprintable(args.units), plan.problem));
  }
  if (args.out.empty() || args.out == "-") {
    write_simulated_roster_csv(tree, plan, args.options, write_to_stdout);
    if (std::fflush(stdout) != 0) throw FatalError("cannot write to standard output");
    return kExitSuccess;
  }
  if (ends_with(args.out, ".xlsx")) {
    write_simulated_roster_xlsx(tree, plan, args.options, args.out);
  } else {
    AtomicFile file(args.out);
    write_simulated_roster_csv(tree, plan, args.options, [&file](std::string_view chunk) { file.write(chunk); });
    file.commit();
  }
  print_note(fmt::format("{} people in {} of the {} units of {} → {}", args.options.people, plan.slots.size(),
                         tree.units.size(), escape_unprintable(args.units), escape_unprintable(args.out)));
  return kExitSuccess;
}

}  // namespace

RunCommand add_simulate_roster(CLI::App& simulate) {
  auto args = std::make_shared<RosterArgs>();
  CLI::App* roster = simulate.add_subcommand("roster", "a made-up roster of the people of a unit tree (csv or xlsx)");
  roster->add_option("--units", args->units, "the unit tree")->capture_default_str();
  roster->add_option("--data", args->data, "framework files or folders (default: framework/)");
  roster->add_option("-n,--people", args->options.people, "number of people")
      ->required()->check(whole_number(1, 100000000));
  roster->add_option("-s,--seed", args->options.seed, "seed: the same seed gives the same bytes")
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  roster->add_option("-o,--out", args->out, "output file, .csv or .xlsx (default: CSV on standard output)");
  roster->footer(
      "People NV0000001, NV0000002, ... are drawn into the leaf units in proportion to a plausible size of\n"
      "their kind, hold a role their unit lists (or its parent does), carry Vietnamese names with realistic\n"
      "family-name frequencies; about 2% have left, about 6% started in 2026. The national ids start with\n"
      "0000, which no real CCCD does: the data are made up, no real person is in them.\n"
      "CSV columns: person_id,full_name,unit,role,status,start_date,national_id. An .xlsx file looks like\n"
      "one from HR: a title row, then a Vietnamese header (Mã cán bộ, Họ và tên, Mã đơn vị, ...).\n"
      "\nExamples:\n"
      "  hocvu simulate roster --people 5000 --seed 1 -o roster.xlsx\n"
      "  hocvu simulate roster --units reports/units.yaml -n 1000000 -s 7 -o roster.csv\n");
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
    throw FatalError(fmt::format("{} '{}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30", option,
                                 escape_unprintable(text)));
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
      throw FatalError(fmt::format("the exam folder {} has errors (above); build it again with hocvu exam",
                                   escape_unprintable(folder)));
    }
    const GradingKey& key = keys.back().key;
    if (key.role.empty()) {
      throw FatalError(fmt::format("{}: the manifest names no role, so no one on the roster sits it; "
                                   "use a folder written by hocvu exam", escape_unprintable(folder)));
    }
    for (size_t i = 0; i + 1 < keys.size(); ++i) {
      if (keys[i].key.exam == key.exam) {
        throw FatalError(fmt::format("exam '{}' is named twice ({} and {}): each exam writes <exam>.csv",
                                     escape_unprintable(key.exam), escape_unprintable(folders[i]),
                                     escape_unprintable(folder)));
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
    print_note(fmt::format("{}: {} rows of the roster could not be used and are left out (first, line {}: {})",
                           escape_unprintable(args.roster), problems.size(), first.line,
                           escape_unprintable(first.message)));
  }
  return roster;
}

void print_summary(const SittingsSummary& summary, const std::string& out) {
  for (const auto& exam : summary.exams) {
    print_note(fmt::format("{}: {} people with role {}, {} sat, {} attempts, {} passed → {}/{}.csv",
                           escape_unprintable(exam.exam), exam.people, escape_unprintable(exam.role), exam.sat,
                           exam.attempts, exam.passed, escape_unprintable(out), escape_unprintable(exam.exam)));
  }
  if (summary.without_exam > 0) {
    print_note(fmt::format("{} {} a role that none of the exams certifies: they sit nothing", summary.without_exam,
                           summary.without_exam == 1 ? "person holds" : "people hold"));
  }
}

int run_sittings(const SittingsArgs& args) {
  SittingsOptions options;
  options.from = parse_day_option(args.from, "--from");
  options.to = parse_day_option(args.to, "--to");
  options.seed = args.seed;
  if (options.to < options.from) {
    throw FatalError(fmt::format("--to {} is before --from {}", args.to, args.from));
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
  CLI::App* sittings = simulate.add_subcommand("sittings", "made-up sittings of a roster's people over a campaign");
  sittings->add_option("--roster", args->roster, "the roster (.csv or .xlsx)")->required();
  sittings->add_option("--sheet", args->roster_options.sheet, "the roster's sheet (xlsx; default: the first)");
  sittings->add_option("--exam", args->exams, "exam folders written by hocvu exam (one per role)")->required();
  sittings->add_option("--from", args->from, "the campaign's first day")->capture_default_str();
  sittings->add_option("--to", args->to, "its last day: no attempt after it")->capture_default_str();
  sittings->add_option("-s,--seed", args->seed, "seed: the same seed gives the same bytes")
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  sittings->add_option("-o,--out", args->out, "output folder: one <exam>.csv per exam")->required();
  sittings->add_flag("--force", args->force, "replace the output folder even if it holds files hocvu did not write");
  sittings->footer(
      "Each person sits the exam whose manifest names their role. Units go at different paces (some\n"
      "finish early, most progress steadily, some lag, a few have not started), a person sits on a\n"
      "weekday within their unit's window, and a failure is usually retaken 2 to 6 weeks later (at\n"
      "most 3 attempts). Rows are in the wide response format with each attempt's date; grade them\n"
      "with hocvu grade. The data are made up.\n"
      "\nExamples:\n"
      "  hocvu simulate sittings --roster roster.xlsx --exam out/exam/dbqh --exam out/exam/ccvc-qh \\\n"
      "      --seed 1 --out out/sittings\n"
      "  hocvu grade --exam out/exam/dbqh --out results/dbqh out/sittings/dbqh.csv\n");
  return [args] { return run_sittings(*args); };
}

}  // namespace hocvu::cli
