// hocvu certify: signed Open Badges 3.0 credentials for the people covered, and a status list.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "certify/certify_job.hpp"
#include "command.hpp"
#include "language_option.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "number_options.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

struct CertifyArgs {
  CertifyRequest request;
  std::string as_of;
  bool quiet = false;
};

// Counts and where the files are: nothing personal.
void print_summary(const CertifyOutcome& outcome) {
  fmt::print(stderr, "{}\n", ui_plural("cli.certify.summary", outcome.credentials,
                                       fmt::arg("as_of", format_date(outcome.as_of)), fmt::arg("active", outcome.active),
                                       fmt::arg("issued", outcome.issued), fmt::arg("renewed", outcome.renewed),
                                       fmt::arg("unchanged", outcome.unchanged), fmt::arg("expired", outcome.expired),
                                       fmt::arg("revoked", outcome.revoked)));
  if (outcome.problems > 0) {
    std::string codes;
    for (const auto& [code, count] : outcome.problems_by_code) {
      codes += fmt::format("{}{} {}", codes.empty() ? "" : ", ", code, count);
    }
    fmt::print(stderr, "{}\n", ui_plural("cli.certify.problems", outcome.problems, fmt::arg("codes", codes),
                                         fmt::arg("out", outcome.out)));
  }
  fmt::print(stderr, "{}\n", ui_format("cli.certify.written", fmt::arg("out", outcome.out),
                                       fmt::arg("bits", outcome.status_bits)));
}

int run_certify(CertifyArgs& args) {
  if (!args.as_of.empty()) {
    args.request.as_of = parse_iso_date(args.as_of);
    if (!args.request.as_of) throw FatalError(ui_format("cli.as_of_not_a_date", fmt::arg("value", args.as_of)));
  }
  CertifyOutcome outcome = run_certify_job(args.request);
  if (!outcome.written) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError(ui_plural("cli.certify.broken_inputs", outcome.findings.size()));
  }
  if (!args.quiet) print_summary(outcome);
  return outcome.problems > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_certify_command(CLI::App& app) {
  auto args = std::make_shared<CertifyArgs>();
  CertifyRequest& request = args->request;
  CLI::App* certify = app.add_subcommand("certify", help_text("cli.certify.description"));
  certify->add_option("--roster", request.inputs.roster, help_text("cli.certify.option.roster"))->required();
  certify->add_option("--results", request.inputs.results, help_text("cli.option.results"))->required();
  certify->add_option("--key", request.key, help_text("cli.certify.option.key"))->required();
  certify->add_option("-o,--out", request.out, help_text("cli.certify.option.out"))->required();
  certify->add_option("--previous", request.previous,
                      help_text("cli.certify.option.previous"));
  certify->add_option("--as-of", args->as_of, help_text("cli.certify.option.as_of"));
  certify->add_option("--issuer-name", request.issuer_name, help_text("cli.certify.option.issuer_name"))
      ->capture_default_str();
  certify->add_option("--status-url", request.status_url,
                      help_text("cli.certify.option.status_url"));
  certify->add_option("--units", request.inputs.units, help_text("cli.option.units"))->capture_default_str();
  certify->add_option("--targets", request.inputs.targets, help_text("cli.certify.option.targets"))->capture_default_str();
  certify->add_option("--data", request.inputs.data, help_text("cli.option.data"));
  certify->add_option("--sheet", request.inputs.roster_options.sheet, help_text("cli.option.sheet"));
  certify->add_option("--encoding", request.inputs.roster_options.encoding, help_text("cli.option.encoding"))
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  certify->add_option("--threads", request.threads, help_text("cli.certify.option.threads"))
      ->check(whole_number(1, 256));
  certify->add_flag("-q,--quiet", args->quiet, help_text("cli.option.quiet"));
  add_message_language_option(*certify);
  certify->footer(help_text("cli.certify.footer"));
  return [args] { return run_certify(*args); };
}

}  // namespace hocvu::cli
