// hocvu simulate responses: realistic response files for demos, tests and benchmarks; the
// roster and sittings subcommands are in simulate_roster_command.cpp.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "command.hpp"
#include "language_option.hpp"
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
    throw FatalError(std::string(ui_text("cli.simulate.broken_exam")));
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
        throw FatalError(std::string(ui_text("cli.cannot_write_stdout")));
      }
    });
    if (std::fflush(stdout) != 0) throw FatalError(std::string(ui_text("cli.cannot_write_stdout")));
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
  CLI::App* simulate = app.add_subcommand("simulate", help_text("cli.simulate.description"));
  simulate->require_subcommand(1);
  add_message_language_option(*simulate);
  CLI::App* responses = simulate->add_subcommand("responses", help_text("cli.simulate_responses.description"));
  responses->add_option("--exam", args->exam, help_text("cli.simulate_responses.option.exam"))->required();
  responses->add_option("-n,--candidates", args->options.candidates, help_text("cli.simulate_responses.option.candidates"))
      ->required()->check(whole_number(1, 100000000));
  responses->add_option("-s,--seed", args->options.seed, help_text("cli.option.seed"))
      ->check(whole_number(0, UINT64_MAX))->capture_default_str();
  responses->add_option("--format", args->format, help_text("cli.simulate_responses.option.format"))
      ->check(CLI::IsMember({"wide", "long", "jsonl"}))->capture_default_str();
  responses->add_flag("--noise", args->options.noise, help_text("cli.simulate_responses.option.noise"));
  responses->add_option("--date", args->options.date, help_text("cli.simulate_responses.option.date"))->capture_default_str();
  responses->add_option("-o,--out", args->out, help_text("cli.simulate_responses.option.out"));
  add_message_language_option(*responses);
  responses->footer(help_text("cli.simulate_responses.footer"));
  RunCommand roster = add_simulate_roster(*simulate);
  RunCommand sittings = add_simulate_sittings(*simulate);
  return [args, simulate, roster, sittings] {
    if (simulate->get_subcommand("roster")->parsed()) return roster();
    if (simulate->get_subcommand("sittings")->parsed()) return sittings();
    return run_simulate(*args);
  };
}

}  // namespace hocvu::cli
