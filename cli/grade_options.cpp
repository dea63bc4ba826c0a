#include "grade_options.hpp"

#include <fmt/format.h>

#include "findings.hpp"
#include "io/error.hpp"
#include "number_options.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

std::string number_text(double value) { return fmt::format("{}", value); }

void add_threshold_options(CLI::App& command, ItemThresholds& thresholds) {
  command.add_option("--flag-too-hard", thresholds.too_hard, "flag items whose facility is below this")
      ->check(decimal_between(0, 1))->capture_default_str()->group("Item flags");
  command.add_option("--flag-too-easy", thresholds.too_easy, "flag items whose facility is above this")
      ->check(decimal_between(0, 1))->capture_default_str()->group("Item flags");
  command.add_option("--flag-weak-r", thresholds.weak_discrimination, "flag items whose item-rest r is below this")
      ->check(decimal_between(0, 1))->capture_default_str()->group("Item flags");
  command.add_option("--flag-low-efficiency", thresholds.low_efficiency,
                     "flag items whose discriminative efficiency is below this")
      ->check(decimal_between(0, 1))->capture_default_str()->group("Item flags");
  command.add_option("--flag-nonfunctioning", thresholds.nonfunctioning,
                     "flag distractors chosen by a smaller share than this")
      ->check(decimal_between(0, 1))->capture_default_str()->group("Item flags");
}

}  // namespace

void add_scoring_options(CLI::App& command, GradeRequest& request, GradeOptionText& text) {
  command.add_option("--pass-percent", request.pass_percent, "pass mark in percent (default: the exam's)")
      ->check(decimal_between(0, 100));
  command.add_option("--data", request.data, "the curriculum (framework files or folders), for areas with --key");
  command.add_option("--format", text.format, "response format (default: detected from the header)")
      ->check(CLI::IsMember({"detect", "wide", "long", "jsonl"}))->capture_default_str();
  command.add_option("--encoding", text.encoding, "text encoding of the response files")
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  command.add_option("--negative", request.rules.negative,
                     "a wrong (not omitted) answer costs this share of the item's points (e.g. 0.25)")
      ->check(decimal_between(0, 1))->capture_default_str();
  command.add_option("--partial", text.partial, "multiple response credit rule, as R/exams exams_eval")
      ->check(CLI::IsMember({"false", "false2", "true", "all", "none"}))->capture_default_str();
  command.add_option("--corrections", request.corrections_file, "key corrections after item review (YAML)");
  command.add_option("--mastery", request.mastery.share, "share of a competency's points that masters it")
      ->check(decimal_between(0, 1))->capture_default_str();
  command.add_option("--mastery-min-items", request.mastery.min_items,
                     "fewer questions of a competency on a form: not measured")
      ->check(whole_number(1, 1000))->capture_default_str();
  command.add_option("--duplicates", text.duplicates,
                     "a second attempt by a candidate on the same date: flag it, reject it, or allow (no check)")
      ->check(CLI::IsMember({"flag", "reject", "allow"}))->capture_default_str();
  command.add_option("--lang", text.language, "language of analysis.html: vi or en (a region may follow: en-GB)")
      ->check(catalogue_tag())->capture_default_str();
  add_threshold_options(command, request.thresholds);
}

void apply_option_text(const GradeOptionText& text, GradeRequest& request) {
  request.reader.format = parse_response_format(text.format).value_or(ResponseFormat::detect);
  request.reader.encoding = parse_input_encoding(text.encoding).value_or(InputEncoding::utf8);
  request.rules.partial = parse_partial_rule(text.partial).value_or(PartialRule::false2);
  request.duplicates = text.duplicates == "reject" ? DuplicatePolicy::reject
                       : text.duplicates == "allow" ? DuplicatePolicy::allow : DuplicatePolicy::flag;
  request.language = language_of_tag(text.language);
  const ItemThresholds& t = request.thresholds;
  request.options = {
      {"pass_percent", request.pass_percent ? number_text(*request.pass_percent) : ""},
      {"format", text.format},
      {"encoding", text.encoding},
      {"negative", number_text(request.rules.negative)},
      {"partial", text.partial},
      {"corrections", request.corrections_file},
      {"mastery", number_text(request.mastery.share)},
      {"mastery_min_items", std::to_string(request.mastery.min_items)},
      {"duplicates", text.duplicates},
      {"flag_too_hard", number_text(t.too_hard)},
      {"flag_too_easy", number_text(t.too_easy)},
      {"flag_weak_r", number_text(t.weak_discrimination)},
      {"flag_low_efficiency", number_text(t.low_efficiency)},
      {"flag_nonfunctioning", number_text(t.nonfunctioning)},
  };
}

void ProgressLine::update(const GradeProgress& progress) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  if (open_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? static_cast<double>(progress.bytes) / seconds : 0;
  std::string eta;
  if (progress.total_bytes > progress.bytes && rate > 0) {
    eta = fmt::format("  ETA {:.0f} s", static_cast<double>(progress.total_bytes - progress.bytes) / rate);
  }
  fmt::print(stderr, "\rhocvu: {} rows  {:.1f} MB/s{}\033[K", progress.rows, rate / 1e6, eta);
  open_ = true;
}

void ProgressLine::end() {
  if (open_) fmt::print(stderr, "\r\033[K");
  open_ = false;
}

int finish_grading(const GradeOutcome& outcome, const char* what, bool quiet) {
  if (outcome.status == GradeStatus::broken_key) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError("the key or the corrections have errors (above); fix them and grade again: nothing was written");
  }
  if (!quiet) {
    for (const auto& note : outcome.notes) print_note(note);
    print_note(fmt::format("{}: read {} rows = graded {} + rejected {}; outputs in {}{}", what, outcome.rows_read,
                           outcome.graded, outcome.rejected, outcome.out,
                           outcome.rejected > 0 ? " (rejected rows and why: rejects.csv)" : ""));
  }
  return outcome.rejected > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace hocvu::cli
