// hocvu simulate responses: realistic response files for demos, tests and benchmarks; the
// roster and sittings subcommands are in simulate_roster_command.cpp.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "command.hpp"
#include "findings.hpp"
#include "grade/load_key.hpp"
#include "grade/simulate.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "number_options.hpp"
#include "simulate_commands.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct SimulateArgs {
  std::string exam;
  std::string out;
  std::string format = "wide";
  SimulationOptions options;
};

void check_key(const Diagnostics& findings) {
  bool errors = false;
  for (const auto& finding : findings) errors = errors || finding.severity() == Severity::error;
  if (errors) {
    fmt::print(stderr, "{}", text_report(findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError("the exam folder has errors (above); build it again with hocvu exam");
  }
}

int run_simulate(SimulateArgs& args) {
  Diagnostics findings;
  LoadedKey loaded = load_exam_folder(args.exam, findings);
  check_key(findings);
  args.options.format = args.format == "jsonl" ? ResponseFormat::jsonl
                        : args.format == "long" ? ResponseFormat::long_rows : ResponseFormat::wide;
  if (args.out.empty() || args.out == "-") {
    simulate_responses(loaded.key, args.options, [](std::string_view chunk) {
      if (std::fwrite(chunk.data(), 1, chunk.size(), stdout) != chunk.size()) {
        throw FatalError("cannot write to standard output");
      }
    });
    if (std::fflush(stdout) != 0) throw FatalError("cannot write to standard output");
    return kExitSuccess;
  }
  AtomicFile file(args.out);
  simulate_responses(loaded.key, args.options, [&file](std::string_view chunk) { file.write(chunk); });
  file.commit();
  return kExitSuccess;
}

}  // namespace

RunCommand add_simulate_command(CLI::App& app) {
  auto args = std::make_shared<SimulateArgs>();
  CLI::App* simulate = app.add_subcommand("simulate", "write simulated data for demos, tests and benchmarks");
  simulate->require_subcommand(1);
  CLI::App* responses = simulate->add_subcommand("responses", "simulated response file of an exam (Rasch model)");
  responses->add_option("--exam", args->exam, "the exam folder written by hocvu exam")->required();
  responses->add_option("-n,--candidates", args->options.candidates, "number of candidates")
      ->required()->check(whole_number(1, 100000000));
  responses->add_option("-s,--seed", args->options.seed, "seed: the same seed gives the same bytes")
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  responses->add_option("--format", args->format, "file format")
      ->check(CLI::IsMember({"wide", "long", "jsonl"}))->capture_default_str();
  responses->add_flag("--noise", args->options.noise, "about 0.1% malformed rows, for testing rejects");
  responses->add_option("--date", args->options.date, "the attempts' date")->capture_default_str();
  responses->add_option("-o,--out", args->out, "output file (default: standard output)");
  responses->footer(
      "Candidates QH000001, QH000002, ... take the forms in turn; each has an ability drawn from N(0,1)\n"
      "and answers a question of prior difficulty b right with probability 1/(1+exp(b-ability)), with\n"
      "some blanks and double marks. The data are made up: no real person is in them.\n"
      "\nExamples:\n"
      "  hocvu simulate responses --exam out/exam/dbqh --candidates 500 --seed 1 -o responses.csv\n"
      "  hocvu simulate responses --exam out/exam/dbqh -n 1000000 --format jsonl | gzip > big.jsonl.gz\n");
  RunCommand roster = add_simulate_roster(*simulate);
  RunCommand sittings = add_simulate_sittings(*simulate);
  return [args, simulate, roster, sittings] {
    if (simulate->get_subcommand("roster")->parsed()) return roster();
    if (simulate->get_subcommand("sittings")->parsed()) return sittings();
    return run_simulate(*args);
  };
}

}  // namespace hocvu::cli
