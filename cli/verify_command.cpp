// hocvu verify: checks signed certificates (and their status list) against the issuer's key.
#include <fmt/format.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "io/error.hpp"
#include "text/escape.hpp"
#include "verify/verify_job.hpp"

namespace hocvu::cli {

namespace {

struct VerifyArgs {
  VerifyRequest request;
  std::string as_of;
  std::string format = "text";
};

std::string reason_counts(const VerifyOutcome& outcome) {
  std::string text;
  for (const auto& [reason, count] : outcome.failed_by_reason) {
    text += fmt::format("{}{} {}", text.empty() ? "" : ", ", reason, count);
  }
  return text;
}

// "credentials.jsonl:3: urn:uuid:...: revoked in status list ... (index 17)"
void print_text(const VerifyOutcome& outcome) {
  for (const auto& problem : outcome.problems) {
    const std::string where = problem.column > 0 ? fmt::format("{}:{}:{}", problem.file, problem.line, problem.column)
                                                 : fmt::format("{}:{}", problem.file, problem.line);
    const std::string who = problem.id.empty() ? "" : problem.id + ": ";
    fmt::print("{}\n", escape_unprintable(fmt::format("{}: {}{} [{}]", where, who, problem.message, problem.reason)));
  }
  if (outcome.problems_left_out > 0) {
    fmt::print("... and {} more problems not listed\n", outcome.problems_left_out);
  }
  fmt::print("verify: as of {}, issuer {}: {} verified, {} failed{}\n", format_date(outcome.as_of), outcome.issuer,
             outcome.verified, outcome.failed, outcome.failed > 0 ? " (" + reason_counts(outcome) + ")" : "");
}

void print_json(const VerifyOutcome& outcome) {
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  for (const auto& problem : outcome.problems) {
    problems.push_back({{"file", problem.file}, {"line", problem.line}, {"column", problem.column},
                        {"id", problem.id}, {"reason", problem.reason}, {"message", problem.message}});
  }
  const nlohmann::ordered_json doc = {
      {"as_of", format_date(outcome.as_of)}, {"issuer", outcome.issuer},    {"checked", outcome.checked},
      {"verified", outcome.verified},        {"failed", outcome.failed},    {"failed_by_reason", outcome.failed_by_reason},
      {"problems", problems},                {"problems_left_out", outcome.problems_left_out}};
  // A file name that is not UTF-8 is shown with U+FFFD rather than stopping the report.
  fmt::print("{}\n", escape_unprintable(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                                        EscapeNotation::json));
}

int run_verify(VerifyArgs& args) {
  if (!args.as_of.empty()) {
    args.request.as_of = parse_iso_date(args.as_of);
    if (!args.request.as_of) throw FatalError(fmt::format("--as-of '{}' is not a date; write it as 2026-12-31", args.as_of));
  }
  const VerifyOutcome outcome = run_verify_job(args.request);
  if (args.format == "json") {
    print_json(outcome);
  } else {
    print_text(outcome);
  }
  return outcome.failed > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_verify_command(CLI::App& app) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* verify = app.add_subcommand("verify", "check signed certificates and their status list");
  verify->add_option("--pub", args->request.public_key, "the issuer's public key (issuer.pub.json from hocvu keygen)")
      ->required();
  verify->add_option("files", args->request.inputs,
                     "credentials.jsonl, a credential or status list .json, or a folder written by hocvu certify")
      ->required();
  verify->add_option("--as-of", args->as_of, "the day to check validity on (default: today, or SOURCE_DATE_EPOCH's day)");
  verify->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  verify->footer(
      "For every credential: its eddsa-jcs-2022 proof against the key given (altered, forged and signed by\n"
      "another key are told apart), that its issuer is the key's did:key, that it is valid on the as-of day\n"
      "(validFrom, validUntil), and that its Bitstring Status List entry is not set (revoked). The status\n"
      "list credential (status.json, beside a .jsonl or given as a file) is verified the same way.\n"
      "Each failing credential is listed with file:line, its id and the reason; a summary line follows.\n"
      "Exit status: 0 all verified, 1 any failed, 2 could not run (no key, unreadable file).\n"
      "\nExamples:\n"
      "  hocvu verify --pub issuer.pub.json out/certify/\n"
      "  hocvu verify --pub issuer.pub.json credentials.jsonl status.json --as-of 2027-06-30\n"
      "  hocvu verify --pub issuer.pub.json one-certificate.json --format json\n");
  return [args] { return run_verify(*args); };
}

}  // namespace hocvu::cli
