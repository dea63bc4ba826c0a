// hocvu certify: signed Open Badges 3.0 credentials for the people covered, and a status list.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "certify/certify_job.hpp"
#include "command.hpp"
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
  fmt::print(stderr, "certify: as of {}: {} credential{} ({} active): {} issued, {} renewed, {} unchanged, "
             "{} expired, {} revoked\n", format_date(outcome.as_of), outcome.credentials,
             outcome.credentials == 1 ? "" : "s", outcome.active, outcome.issued, outcome.renewed, outcome.unchanged,
             outcome.expired, outcome.revoked);
  if (outcome.problems > 0) {
    std::string codes;
    for (const auto& [code, count] : outcome.problems_by_code) {
      codes += fmt::format("{}{} {}", codes.empty() ? "" : ", ", code, count);
    }
    fmt::print(stderr, "certify: {} data problem{} ({}), listed in {}/problems.csv\n", outcome.problems,
               outcome.problems == 1 ? "" : "s", codes, outcome.out);
  }
  fmt::print(stderr, "certify: written {}/ (credentials.jsonl, credentials.csv, changes.csv, status.json: {} bits)\n",
             outcome.out, outcome.status_bits);
}

int run_certify(CertifyArgs& args) {
  if (!args.as_of.empty()) {
    args.request.as_of = parse_iso_date(args.as_of);
    if (!args.request.as_of) throw FatalError(fmt::format("--as-of '{}' is not a date; write it as 2026-12-31", args.as_of));
  }
  CertifyOutcome outcome = run_certify_job(args.request);
  if (!outcome.written) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError(fmt::format("the YAML files have {} error{}; fix them (hocvu lint) and run again",
                                 outcome.findings.size(), outcome.findings.size() == 1 ? "" : "s"));
  }
  if (!args.quiet) print_summary(outcome);
  return outcome.problems > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace

RunCommand add_certify_command(CLI::App& app) {
  auto args = std::make_shared<CertifyArgs>();
  CertifyRequest& request = args->request;
  CLI::App* certify = app.add_subcommand("certify", "signed Open Badges 3.0 certificates and their revocation list");
  certify->add_option("--roster", request.inputs.roster, "the roster: .csv or .xlsx (as for hocvu report)")->required();
  certify->add_option("--results", request.inputs.results, "folders written by hocvu grade (one or more)")->required();
  certify->add_option("--key", request.key, "the issuer's secret key file (hocvu keygen), mode 600")->required();
  certify->add_option("-o,--out", request.out, "the folder to write (replaced whole)")->required();
  certify->add_option("--previous", request.previous,
                      "the folder of an earlier certify run: its ids and indexes are kept, what lost its pass revoked");
  certify->add_option("--as-of", args->as_of, "the date (default: today, or SOURCE_DATE_EPOCH's day)");
  certify->add_option("--issuer-name", request.issuer_name, "the issuer's name in every credential")
      ->capture_default_str();
  certify->add_option("--status-url", request.status_url,
                      "where status.json will be published (default: a urn:uuid made from the issuer's did)");
  certify->add_option("--units", request.inputs.units, "the unit tree")->capture_default_str();
  certify->add_option("--targets", request.inputs.targets, "milestones, certifications, validity")->capture_default_str();
  certify->add_option("--data", request.inputs.data, "framework files or folders (default: framework/)");
  certify->add_option("--sheet", request.inputs.roster_options.sheet, "the roster's sheet (xlsx; default: the first)");
  certify->add_option("--encoding", request.inputs.roster_options.encoding, "the roster's encoding (CSV)")
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  certify->add_option("--threads", request.threads, "signing threads (default: all cores); output is the same for any")
      ->check(whole_number(1, 256));
  certify->add_flag("-q,--quiet", args->quiet, "no summary on stderr");
  certify->footer(
      "Every person covered on the as-of date (the coverage rule of hocvu report) gets an Open Badges 3.0\n"
      "OpenBadgeCredential signed with eddsa-jcs-2022; the national id appears only salted and hashed.\n"
      "status.json is a signed Bitstring Status List in which each credential has an index. With\n"
      "--previous, ids and indexes are kept, a credential no pass supports any more is revoked (it stays\n"
      "in the files), and changes.csv says what changed and why.\n"
      "Exit status: 0 done, 1 done and the roster or results had data problems (problems.csv),\n"
      "2 could not run.\n"
      "\nExamples:\n"
      "  hocvu keygen --out issuer.key\n"
      "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --out certs/2026-06 \\\n"
      "      --status-url https://hocvu.quochoi.vn/status/1\n"
      "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --as-of 2026-12-31 \\\n"
      "      --previous certs/2026-06 --out certs/2026-12\n"
      "  hocvu verify --pub issuer.pub.json certs/2026-12/credentials.jsonl certs/2026-12/status.json\n");
  return [args] { return run_certify(*args); };
}

}  // namespace hocvu::cli
