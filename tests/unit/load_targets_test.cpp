// Tests of src/model/load_targets.cpp (load_targets), through load_document.
#include <catch2/catch.hpp>

#include "load_document_support.hpp"
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "model/load.hpp"

using hocvu::Rule;
using hocvu::Targets;

namespace {

using load_support::Loaded;
using load_support::describe;

Loaded load(std::string_view yaml) { return load_support::load(yaml, "targets.yaml"); }

using Lines = std::vector<std::string>;

// Every field. Lines: 6 start, 8 first milestone, 9 second, 11 first role, 14 first certification.
constexpr std::string_view kTargets = R"(targets:
  id: qh-2026
  title: Phổ cập kỹ năng số
  framework: qh-kns
  units: qh-units
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: dbqh, level: CB}
    - {role: ccvc-qh, level: TC}
  certifications:
    - {exam: dbqh, role: dbqh, level: CB}
    - {exam: ccvc-qh-tc, role: ccvc-qh, level: TC}
  grace_days: 90
  validity_days: 730
  roster_status:
    active: [active, đang công tác]
    left: [left, nghỉ việc]
  status_rules:
    pace_weeks: 6
    on_track_margin: 2.5
)";

// kTargets with the text `from` (found once) replaced by `to`.
std::string with(const std::string& from, const std::string& to) {
  std::string text(kTargets);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("load_targets reads every field", "[load][targets]") {
  auto loaded = load(kTargets);
  CHECK(describe(loaded.diagnostics) == Lines{});
  REQUIRE(loaded.document.targets);
  const Targets& t = *loaded.document.targets;
  CHECK(t.id.value == "qh-2026");
  CHECK(t.title == "Phổ cập kỹ năng số");
  CHECK(t.framework.value == "qh-kns");
  CHECK(t.units.value == "qh-units");
  CHECK(t.start.value == "2025-09-13");
  CHECK(t.start.pos.line == 6);
  REQUIRE(t.milestones.size() == 2);
  CHECK(t.milestones[0].date.value == "2025-12-31");
  CHECK(t.milestones[0].percent == 40);
  CHECK(t.milestones[1].date.value == "2026-12-31");
  CHECK(t.milestones[1].date.pos.line == 9);
  CHECK(t.milestones[1].percent == 100);
  REQUIRE(t.roles.size() == 2);
  CHECK(t.roles[1].role.value == "ccvc-qh");
  CHECK(t.roles[1].level.value == "TC");
  REQUIRE(t.certifications.size() == 2);
  CHECK(t.certifications[1].exam.value == "ccvc-qh-tc");
  CHECK(t.certifications[1].role.value == "ccvc-qh");
  CHECK(t.certifications[1].level.value == "TC");
  CHECK(t.certifications[0].exam.pos.line == 14);
  CHECK(t.grace_days == 90);
  CHECK(t.validity_days == 730u);
  CHECK(t.active_statuses == std::vector<std::string>{"active", "đang công tác"});
  CHECK(t.left_statuses == std::vector<std::string>{"left", "nghỉ việc"});
  CHECK(t.status.pace_weeks == 6);
  CHECK(t.status.on_track_margin == 2.5);
}

TEST_CASE("load_targets: the optional fields and their defaults", "[load][targets]") {
  std::string text(kTargets);
  text = text.substr(0, text.find("  grace_days:"));
  auto loaded = load(text);
  CHECK(describe(loaded.diagnostics) == Lines{});
  REQUIRE(loaded.document.targets);
  const Targets& t = *loaded.document.targets;
  CHECK(t.grace_days == 0);
  CHECK_FALSE(t.validity_days);
  CHECK(t.active_statuses == std::vector<std::string>{"active"});
  CHECK(t.left_statuses == std::vector<std::string>{"left"});
  CHECK(t.status.pace_weeks == 4);
  CHECK(t.status.on_track_margin == 0);
}

TEST_CASE("load_targets: dates that are not dates", "[load][targets]") {
  const char* const hint = "write the date as YYYY-MM-DD, e.g. 2026-12-31";
  auto loaded = load(with("start: 2025-09-13", "start: 13/09/2025"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{fmt::format("6:10 E207 'start' of targets qh-2026 is '13/09/2025', which is not a date [{}]", hint)});
  auto milestone = load(with("2025-12-31", "2025-02-30"));
  CHECK(describe(milestone.diagnostics) ==
        Lines{fmt::format("8:14 E207 'date' of milestone is '2025-02-30', which is not a date [{}]", hint)});
  // A date that is not one is not compared with the others: no order finding comes of it.
  CHECK(milestone.diagnostics.size() == 1);
}

TEST_CASE("load_targets: E901 milestones out of order, a target that goes down, a late start", "[load][targets]") {
  auto swapped = load(with("    - {date: 2025-12-31, percent: 40}\n    - {date: 2026-12-31, percent: 100}\n",
                           "    - {date: 2026-12-31, percent: 100}\n    - {date: 2025-12-31, percent: 40}\n"));
  CHECK(describe(swapped.diagnostics) ==
        Lines{"9:14 E901 milestone 2025-12-31 is not after milestone 2026-12-31, listed before it [list the "
              "milestones in date order, one per date]",
              "9:14 E901 milestone 2025-12-31 sets 40%, below the 100% of milestone 2026-12-31, listed before it [a "
              "target never goes down: correct the percents, or the order of the milestones]"});
  CHECK(swapped.diagnostics.at(0).rule == Rule::milestone_order);

  auto same_day = load(with("2026-12-31", "2025-12-31"));
  CHECK(describe(same_day.diagnostics) ==
        Lines{"9:14 E901 milestone 2025-12-31 is not after milestone 2025-12-31, listed before it [list the "
              "milestones in date order, one per date]"});

  auto down = load(with("percent: 100", "percent: 35.5"));
  CHECK(describe(down.diagnostics) ==
        Lines{"9:14 E901 milestone 2026-12-31 sets 35.5%, below the 40% of milestone 2025-12-31, listed before it [a "
              "target never goes down: correct the percents, or the order of the milestones]"});

  auto late = load(with("start: 2025-09-13", "start: 2025-12-31"));
  CHECK(describe(late.diagnostics) ==
        Lines{"6:10 E901 the start 2025-12-31 is not before the first milestone (2025-12-31) [the trajectory rises "
              "from 0% on the start date: set it before the first milestone]"});

  auto past_unreadable = load(with("    - {date: 2026-12-31, percent: 100}\n",
                                   "    - {date: 2026-12-31, percent: 100}\n    - {date: 2026-13-01, percent: 200}\n"
                                   "    - {date: 2026-06-30, percent: 90}\n"));
  CHECK(describe(past_unreadable.diagnostics) ==
        Lines{"10:14 E207 'date' of milestone is '2026-13-01', which is not a date [write the date as YYYY-MM-DD, "
              "e.g. 2026-12-31]",
              "10:35 E207 'percent' of milestone is 200; it must be from 0 to 100 []",
              "11:14 E901 milestone 2026-06-30 is not after milestone 2026-12-31, listed before it [list the "
              "milestones in date order, one per date]",
              "11:14 E901 milestone 2026-06-30 sets 90%, below the 100% of milestone 2026-12-31, listed before it [a "
              "target never goes down: correct the percents, or the order of the milestones]"});

  auto equal_percents = load(with("percent: 100", "percent: 40"));
  CHECK(describe(equal_percents.diagnostics) == Lines{});  // a target may stay level
}

TEST_CASE("load_targets: percents, days and weeks out of range", "[load][targets]") {
  auto loaded = load(with("percent: 100", "percent: 120"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"9:35 E207 'percent' of milestone is 120; it must be from 0 to 100 []"});
  auto days = load(with("grace_days: 90", "grace_days: 1.5"));
  CHECK(describe(days.diagnostics) == Lines{"16:15 E203 'grace_days' should be a whole number, not 1.5 of targets "
                                            "qh-2026 []"});
  auto weeks = load(with("pace_weeks: 6", "pace_weeks: 0"));
  CHECK(describe(weeks.diagnostics) ==
        Lines{"22:17 E207 'pace_weeks' of status_rules is 0; it must be from 1 to 52 []"});
  auto validity = load(with("validity_days: 730", "validity_days: 0"));
  CHECK(describe(validity.diagnostics) ==
        Lines{"17:18 E207 'validity_days' of targets qh-2026 is 0; it must be from 1 to 36500 []"});
}

TEST_CASE("load_targets: no milestones, a role listed twice, a status both active and left", "[load][targets]") {
  auto empty = load(with("  milestones:\n    - {date: 2025-12-31, percent: 40}\n    - {date: 2026-12-31, percent: 100}\n",
                         "  milestones: []\n"));
  CHECK(describe(empty.diagnostics) ==
        Lines{"7:15 E202 targets qh-2026 has no milestones [list at least the deadline: {date: 2026-12-31, "
              "percent: 100}]"});

  auto twice = load(with("{role: ccvc-qh, level: TC}", "{role: dbqh, level: TC}"));
  CHECK(describe(twice.diagnostics) ==
        Lines{"12:14 E301 role 'dbqh' is listed twice; its first level is at targets.yaml:11 [keep one level per "
              "role]"});

  auto both = load(with("left: [left, nghỉ việc]", "left: [left, Đang  công tác]"));
  CHECK(describe(both.diagnostics) ==
        Lines{"20:18 E207 status 'Đang  công tác' is listed both as active and as left [keep it in one of the two "
              "lists]"});
}

TEST_CASE("load_targets: unknown keys, missing fields, wrong kinds", "[load][targets]") {
  auto loaded = load(R"(targets:
  id: qh-2026
  title: T
  framework: qh-kns
  start: 2025-09-13
  milestone: []
  roles: {dbqh: CB}
  certifications:
    - {exam: dbqh, role: dbqh}
    - dbqh
  roster_status:
    active: [active]
  status_rules: {pace_week: 4}
)");
  CHECK(describe(loaded.diagnostics) ==
        Lines{"6:3 E204 unknown key 'milestone' in targets qh-2026 [did you mean 'milestones'?]",
              "2:3 E202 targets qh-2026 has no 'units' [add 'units:' to this targets]",
              "2:3 E202 targets qh-2026 has no 'milestones' [add 'milestones:' to this targets]",
              "7:10 E203 'roles' of targets qh-2026 is a mapping, not a list [write one item per line, each "
              "starting with '- ']",
              "10:7 E203 each item here should be a certification (a mapping of keys), not a single value []",
              "9:7 E202 certification has no 'level' [add 'level:' to this certification]",
              "12:5 E202 roster_status has no 'left' [add 'left:' to this roster_status]",
              "13:18 E204 unknown key 'pace_week' in status_rules [did you mean 'pace_weeks'?]"});
  REQUIRE(loaded.document.targets);
  CHECK(loaded.document.targets->certifications.size() == 1);
}

TEST_CASE("load_targets: a header that is not a mapping", "[load][targets]") {
  auto loaded = load("targets: qh-2026\n");
  CHECK(describe(loaded.diagnostics) ==
        Lines{"1:10 E203 'targets' of targets file is a single value, not a mapping [write one 'key: value' per "
              "line, indented under it]"});
  REQUIRE(loaded.document.targets);
  CHECK(loaded.document.targets->milestones.empty());
}
