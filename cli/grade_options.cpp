#include "grade_options.hpp"

#include <fmt/format.h>

#include "command.hpp"
#include "findings.hpp"
#include "io/error.hpp"
#include "number_options.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

std::string number_text(double value) { return fmt::format("{}", value); }

void add_threshold_options(CLI::App& command, ItemThresholds& thresholds) {
  command.add_option("--flag-too-hard", thresholds.too_hard, help_text("cli.grade.option.flag_too_hard"))
      ->check(decimal_between(0, 1))->capture_default_str()->group(help_text("cli.grade.group.item_flags"));
  command.add_option("--flag-too-easy", thresholds.too_easy, help_text("cli.grade.option.flag_too_easy"))
      ->check(decimal_between(0, 1))->capture_default_str()->group(help_text("cli.grade.group.item_flags"));
  command.add_option("--flag-weak-r", thresholds.weak_discrimination, help_text("cli.grade.option.flag_weak_r"))
      ->check(decimal_between(0, 1))->capture_default_str()->group(help_text("cli.grade.group.item_flags"));
  command.add_option("--flag-low-efficiency", thresholds.low_efficiency,
                     help_text("cli.grade.option.flag_low_efficiency"))
      ->check(decimal_between(0, 1))->capture_default_str()->group(help_text("cli.grade.group.item_flags"));
  command.add_option("--flag-nonfunctioning", thresholds.nonfunctioning,
                     help_text("cli.grade.option.flag_nonfunctioning"))
      ->check(decimal_between(0, 1))->capture_default_str()->group(help_text("cli.grade.group.item_flags"));
}

}  // namespace

void add_scoring_options(CLI::App& command, GradeRequest& request, GradeOptionText& text) {
  command.add_option("--pass-percent", request.pass_percent, help_text("cli.grade.option.pass_percent"))
      ->check(decimal_between(0, 100));
  command.add_option("--data", request.data, help_text("cli.grade.option.data"));
  command.add_option("--format", text.format, help_text("cli.grade.option.format"))
      ->check(CLI::IsMember({"detect", "wide", "long", "jsonl"}))->capture_default_str();
  command.add_option("--encoding", text.encoding, help_text("cli.grade.option.encoding"))
      ->check(CLI::IsMember({"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"}))
      ->capture_default_str();
  command.add_option("--negative", request.rules.negative,
                     help_text("cli.grade.option.negative"))
      ->check(decimal_between(0, 1))->capture_default_str();
  command.add_option("--partial", text.partial, help_text("cli.grade.option.partial"))
      ->check(CLI::IsMember({"false", "false2", "true", "all", "none"}))->capture_default_str();
  command.add_option("--corrections", request.corrections_file, help_text("cli.grade.option.corrections"));
  command.add_option("--mastery", request.mastery.share, help_text("cli.grade.option.mastery"))
      ->check(decimal_between(0, 1))->capture_default_str();
  command.add_option("--mastery-min-items", request.mastery.min_items,
                     help_text("cli.grade.option.mastery_min_items"))
      ->check(whole_number(1, 1000))->capture_default_str();
  command.add_option("--duplicates", text.duplicates,
                     help_text("cli.grade.option.duplicates"))
      ->check(CLI::IsMember({"flag", "reject", "allow"}))->capture_default_str();
  command.add_option("--lang", text.language, help_text("cli.option.lang"))
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
    eta = ui_format("cli.grade.progress_eta", fmt::arg("seconds", fmt::format("{:.0f}", static_cast<double>(progress.total_bytes - progress.bytes) / rate)));
  }
  fmt::print(stderr, "\rhocvu: {}{}\033[K", ui_format("cli.grade.progress", fmt::arg("rows", progress.rows), fmt::arg("rate", fmt::format("{:.1f}", rate / 1e6))),
             eta);
  open_ = true;
}

void ProgressLine::end() {
  if (open_) fmt::print(stderr, "\r\033[K");
  open_ = false;
}

int finish_grading(const GradeOutcome& outcome, std::string_view what_key, bool quiet) {
  if (outcome.status == GradeStatus::broken_key) {
    fmt::print(stderr, "{}", text_report(outcome.findings, use_color(ColorMode::automatic, stderr)));
    throw FatalError(std::string(ui_text("cli.grade.broken_key")));
  }
  if (!quiet) {
    for (const auto& note : outcome.notes) print_note(note);
    print_note(ui_format(outcome.rejected > 0 ? "cli.grade.done_with_rejects" : "cli.grade.done",
                         fmt::arg("what", ui_text(what_key)), fmt::arg("read", outcome.rows_read),
                         fmt::arg("graded", outcome.graded), fmt::arg("rejected", outcome.rejected),
                         fmt::arg("out", outcome.out)));
  }
  return outcome.rejected > 0 ? kExitProblems : kExitSuccess;
}

}  // namespace hocvu::cli
