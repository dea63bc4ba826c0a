// Reads reports/targets.yaml: milestones, the level each role must be certified at, the exams that
// certify them, and the rules a report applies. What one file can show is checked here
// (dates, milestone order, a role listed twice); references to other files are checked when the
// model is complete (load/report_checks.cpp).
#include <fmt/format.h>

#include <map>
#include <set>

#include "i18n/interface.hpp"
#include "model/load.hpp"
#include "text/date.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {


// A date field: its text, reported unless it is an ISO date. Returns the day when it is one.
std::optional<Day> read_date(const FileContext& context, FieldReader& reader, std::string_view key,
                             LocatedText& out) {
  out = reader.text(key, Need::required);
  if (out.value.empty()) {
    return std::nullopt;
  }
  auto day = parse_iso_date(out.value);
  if (!day) {
    context.report(Rule::invalid_value, out.pos,
                   ui_format("load.targets.not_a_date", fmt::arg("key", key), fmt::arg("what", reader.what()),
                             fmt::arg("text", out.value)),
                   std::string(ui_text("load.targets.date_hint")));
  }
  return day;
}

struct ReadMilestone {
  Milestone milestone;
  std::optional<Day> day;         // empty when the date is not one (reported)
  std::optional<double> percent;  // empty when missing or out of range (reported)
};

ReadMilestone load_milestone(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "milestone", {"date", "percent"});
  ReadMilestone read;
  read.day = read_date(context, reader, "date", read.milestone.date);
  read.percent = reader.number("percent", Need::required, 0, 100);
  read.milestone.percent = read.percent.value_or(0);
  return read;
}

// Milestones in strictly increasing date order, targets that never go down, and a start
// before the first of them. Each is compared with the latest one before it whose date (or
// percent) could be read.
void check_milestone_order(const FileContext& context, const LocatedText& start, std::optional<Day> start_day,
                           const std::vector<ReadMilestone>& milestones) {
  const ReadMilestone* dated = nullptr;
  const ReadMilestone* with_percent = nullptr;
  for (const ReadMilestone& here : milestones) {
    const std::string& date = here.milestone.date.value;
    if (here.day && dated == nullptr && start_day && *start_day >= *here.day) {
      context.report(Rule::milestone_order, start.pos,
                     ui_format("load.targets.start_not_before", fmt::arg("start", start.value), fmt::arg("date", date)),
                     std::string(ui_text("load.targets.start_not_before_hint")));
    }
    if (here.day && dated != nullptr && *here.day <= *dated->day) {
      context.report(Rule::milestone_order, here.milestone.date.pos,
                     ui_format("load.targets.milestone_not_after", fmt::arg("date", date),
                               fmt::arg("previous", dated->milestone.date.value)),
                     std::string(ui_text("load.targets.milestone_not_after_hint")));
    }
    if (here.percent && with_percent != nullptr && *here.percent < *with_percent->percent) {
      context.report(Rule::milestone_order, here.milestone.date.pos,
                     ui_format("load.targets.milestone_goes_down", fmt::arg("date", date),
                               fmt::arg("percent", fmt::format("{:g}", *here.percent)),
                               fmt::arg("previous_percent", fmt::format("{:g}", *with_percent->percent)),
                               fmt::arg("previous", with_percent->milestone.date.value)),
                     std::string(ui_text("load.targets.milestone_goes_down_hint")));
    }
    dated = here.day ? &here : dated;
    with_percent = here.percent ? &here : with_percent;
  }
}

void load_milestones(const FileContext& context, FieldReader& reader, std::optional<Day> start_day,
                     Targets& targets) {
  auto list = reader.sequence("milestones", Need::required);
  if (!list) {
    return;
  }
  std::vector<ReadMilestone> read;
  for (NodeId item : mapping_items(context, *list, "milestone")) {
    read.push_back(load_milestone(context, item));
  }
  if (context.document.child_count(*list) == 0) {
    context.report(Rule::missing_field, *list, ui_format("load.targets.no_milestones", fmt::arg("what", reader.what())),
                   ui_format("load.targets.no_milestones_hint"));
  }
  check_milestone_order(context, targets.start, start_day, read);
  for (auto& entry : read) {
    targets.milestones.push_back(std::move(entry.milestone));
  }
}

void load_role_targets(const FileContext& context, FieldReader& reader, Targets& targets) {
  auto list = reader.sequence("roles", Need::required);
  if (!list) {
    return;
  }
  std::map<std::string, Pos> seen;
  for (NodeId item : mapping_items(context, *list, "role target")) {
    FieldReader role_reader(context, item, "role target", {"role", "level"});
    RoleTarget target{role_reader.id("role", Need::required), role_reader.id("level", Need::required)};
    if (!target.role.value.empty()) {
      auto [first, inserted] = seen.emplace(target.role.value, target.role.pos);
      if (!inserted) {
        context.report(Rule::duplicate_id, target.role.pos,
                       ui_format("load.targets.role_twice", fmt::arg("role", target.role.value),
                                 fmt::arg("path", context.path), fmt::arg("line", first->second.line)),
                       std::string(ui_text("load.targets.role_twice_hint")));
      }
    }
    targets.roles.push_back(std::move(target));
  }
}

void load_certifications(const FileContext& context, FieldReader& reader, Targets& targets) {
  auto list = reader.sequence("certifications", Need::required);
  if (!list) {
    return;
  }
  for (NodeId item : mapping_items(context, *list, "certification")) {
    FieldReader cert(context, item, "certification", {"exam", "role", "level"});
    Certification certification;
    certification.exam = cert.id("exam", Need::required);
    certification.role = cert.id("role", Need::required);
    certification.level = cert.id("level", Need::required);
    targets.certifications.push_back(std::move(certification));
  }
}

std::vector<std::string> values_of(std::vector<LocatedText> located) {
  std::vector<std::string> values;
  for (auto& value : located) {
    values.push_back(std::move(value.value));
  }
  return values;
}

// The roster's status values; a value listed both as active and as left is reported (compared
// as the roster compares them: case, spacing and Unicode form aside).
void load_roster_status(const FileContext& context, FieldReader& reader, Targets& targets) {
  auto node = reader.mapping("roster_status", Need::optional);
  if (!node) {
    if (!reader.find("roster_status")) {
      targets.active_statuses = {"active"};
      targets.left_statuses = {"left"};
    }
    return;
  }
  FieldReader status(context, *node, "roster_status", {"active", "left"});
  std::vector<LocatedText> active = status.text_list("active", Need::required);
  std::vector<LocatedText> left = status.text_list("left", Need::required);
  std::set<std::string> active_keys;
  for (const auto& value : active) {
    active_keys.insert(comparison_key(value.value, Punctuation::keep));
  }
  for (const auto& value : left) {
    if (active_keys.count(comparison_key(value.value, Punctuation::keep)) > 0) {
      context.report(Rule::invalid_value, value.pos,
                     ui_format("load.targets.status_both", fmt::arg("status", value.value)),
                     std::string(ui_text("load.targets.status_both_hint")));
    }
  }
  targets.active_statuses = values_of(std::move(active));
  targets.left_statuses = values_of(std::move(left));
}

void load_status_rules(const FileContext& context, FieldReader& reader, Targets& targets) {
  if (auto node = reader.mapping("status_rules", Need::optional)) {
    FieldReader rules(context, *node, "status_rules", {"pace_weeks", "on_track_margin"});
    targets.status.pace_weeks = rules.whole_number("pace_weeks", Need::optional, 1, 52).value_or(4);
    targets.status.on_track_margin = rules.number("on_track_margin", Need::optional, 0, 100).value_or(0);
  }
}

void load_header(const FileContext& context, NodeId node, Targets& targets) {
  FieldReader reader(context, node, "targets",
                     {"id", "title", "description", "framework", "units", "start", "milestones", "roles",
                      "certifications", "grace_days", "validity_days", "roster_status", "status_rules"});
  targets.id = reader.id("id", Need::required);
  targets.title = reader.text("title", Need::required).value;
  reader.text("description", Need::optional);
  targets.framework = reader.id("framework", Need::required);
  targets.units = reader.id("units", Need::required);
  std::optional<Day> start_day = read_date(context, reader, "start", targets.start);
  load_milestones(context, reader, start_day, targets);
  load_role_targets(context, reader, targets);
  load_certifications(context, reader, targets);
  targets.grace_days = reader.whole_number("grace_days", Need::optional, 0, 3650).value_or(0);
  targets.validity_days = reader.whole_number("validity_days", Need::optional, 1, 36500);
  load_roster_status(context, reader, targets);
  load_status_rules(context, reader, targets);
}

}  // namespace

Targets load_targets(const FileContext& context, NodeId root) {
  FieldReader top(context, root, "targets file", {"targets"});
  Targets targets;
  targets.pos = context.pos(root);
  targets.id.pos = targets.pos;  // the file, even when the header is unreadable
  if (auto header = top.mapping("targets", Need::required)) {
    load_header(context, *header, targets);
  }
  return targets;
}

}  // namespace hocvu
