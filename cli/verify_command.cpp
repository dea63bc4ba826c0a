// hocvu verify: checks signed certificates (and their status list) against the issuer's key.
#include <fmt/format.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "language_option.hpp"
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
    fmt::print("{}\n", ui_format("cli.verify.left_out", fmt::arg("count", outcome.problems_left_out)));
  }
  const std::string as_of = format_date(outcome.as_of);
  fmt::print("{}\n", outcome.failed > 0 ? ui_format("cli.verify.summary_failed", fmt::arg("as_of", as_of),
                                                    fmt::arg("issuer", outcome.issuer),
                                                    fmt::arg("verified", outcome.verified),
                                                    fmt::arg("failed", outcome.failed),
                                                    fmt::arg("reasons", reason_counts(outcome)))
                                        : ui_format("cli.verify.summary", fmt::arg("as_of", as_of),
                                                    fmt::arg("issuer", outcome.issuer),
                                                    fmt::arg("verified", outcome.verified)));
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
    if (!args.request.as_of) throw FatalError(ui_format("cli.as_of_not_a_date", fmt::arg("value", args.as_of)));
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
  CLI::App* verify = app.add_subcommand("verify", help_text("cli.verify.description"));
  verify->add_option("--pub", args->request.public_key, help_text("cli.verify.option.pub"))
      ->required();
  verify->add_option("files", args->request.inputs,
                     help_text("cli.verify.option.files"))
      ->required();
  verify->add_option("--as-of", args->as_of, help_text("cli.verify.option.as_of"));
  verify->add_option("--format", args->format, help_text("cli.verify.option.format"))->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  add_message_language_option(*verify);
  verify->footer(help_text("cli.verify.footer"));
  return [args] { return run_verify(*args); };
}

}  // namespace hocvu::cli
