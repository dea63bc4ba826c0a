// `hocvu simulate roster`: who is drawn where, and each person's row. The names are in
// simulate_names.cpp, the xlsx writer in simulate_roster_xlsx.cpp.
#include "report/simulate_roster.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "exam/random.hpp"
#include "i18n/interface.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr double kLeftShare = 0.02;
constexpr double kStarted2026Share = 0.06;
constexpr double kStarted2025Share = 0.06;

// Words of a unit's kind and the people such a leaf unit plausibly holds. The first word found
// in the kind wins, so "commune-council" is a commune.
struct KindSize {
  const char* word;
  double people;
};
const KindSize kKindSizes[] = {
    {"commune", 30}, {"ward", 30},     {"xa", 30},         {"phuong", 30},   {"zone", 30},
    {"council", 70}, {"hdnd", 70},     {"delegation", 25}, {"doan", 25},     {"committee", 30},
    {"ethnic", 30},  {"uy-ban", 30},   {"department", 35}, {"vu", 35},       {"audit", 120},
    {"region", 120}, {"kiem-toan", 120}, {"office", 60},   {"van-phong", 60}, {"province", 80},
    {"city", 80},
};
constexpr double kUnknownKindSize = 25;

std::string lowercase_ascii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower;
}

bool is_leaf(const UnitTree& tree, uint32_t index) {
  return index + 1 >= tree.units.size() || tree.units[index + 1].parent != index;
}

template <typename Weighted>
size_t draw_weighted(const std::vector<Weighted>& items, double total, Random& random) {
  double draw = random.unit() * total;
  for (size_t i = 0; i < items.size(); ++i) {
    draw -= items[i].weight;
    if (draw < 0) {
      return i;
    }
  }
  return items.size() - 1;
}

double total_weight(const std::vector<WeightedName>& names) {
  double total = 0;
  for (const auto& name : names) {
    total += name.weight;
  }
  return total;
}

std::string full_name(Random& random) {
  static const double family_total = total_weight(family_names());
  static const double men_total = total_weight(middle_names(false));
  static const double women_total = total_weight(middle_names(true));
  bool female = random.unit() < 0.5;
  std::string name = family_names()[draw_weighted(family_names(), family_total, random)].name;
  const auto& middles = middle_names(female);
  name += ' ';
  name += middles[draw_weighted(middles, female ? women_total : men_total, random)].name;
  const auto& givens = given_names(female);
  name += ' ';
  name += givens[random.below(givens.size())];
  return name;
}

// Mostly before 2025 (1990-2024), about 6% in 2025 and 6% in 2026 (January to October).
Day start_date(Random& random) {
  double draw = random.unit();
  if (draw < kStarted2026Share) {
    return day_from_civil(2026, 1, 1) + static_cast<Day>(random.below(304));
  }
  if (draw < kStarted2026Share + kStarted2025Share) {
    return day_from_civil(2025, 1, 1) + static_cast<Day>(random.below(365));
  }
  Day first = day_from_civil(1990, 1, 1);
  return first + static_cast<Day>(random.below(static_cast<uint64_t>(day_from_civil(2025, 1, 1) - first)));
}

size_t draw_slot(const RosterPlan& plan, Random& random) {
  double draw = random.unit() * plan.cumulative.back();
  auto found = std::upper_bound(plan.cumulative.begin(), plan.cumulative.end(), draw);
  return std::min(static_cast<size_t>(found - plan.cumulative.begin()), plan.slots.size() - 1);
}

}  // namespace

double unit_size_of_kind(std::string_view kind) {
  std::string lower = lowercase_ascii(kind);
  for (const auto& entry : kKindSizes) {
    if (lower.find(entry.word) != std::string::npos) {
      return entry.people;
    }
  }
  return kUnknownKindSize;
}

std::vector<std::string> inherited_roles(const UnitTree& tree, uint32_t index) {
  // Bounded by the tree's size: a malformed parent chain cannot loop forever.
  for (size_t steps = 0; index < tree.units.size() && steps <= tree.units.size(); ++steps) {
    const Unit& unit = tree.units[index];
    if (!unit.roles.empty()) {
      std::vector<std::string> roles;
      for (const auto& role : unit.roles) {
        roles.push_back(role.value);
      }
      return roles;
    }
    index = unit.parent;
  }
  return {};
}

RosterPlan plan_roster(const UnitTree& tree) {
  RosterPlan plan;
  double total = 0;
  for (uint32_t index = 0; index < tree.units.size(); ++index) {
    if (!is_leaf(tree, index)) {
      continue;
    }
    std::vector<std::string> roles = inherited_roles(tree, index);
    if (roles.empty()) {
      continue;
    }
    double weight = unit_size_of_kind(tree.units[index].kind);
    total += weight;
    plan.slots.push_back(RosterSlot{index, weight, std::move(roles)});
    plan.cumulative.push_back(total);
  }
  if (plan.slots.empty()) {
    plan.problem = ui_text(tree.units.empty() ? message_id("roster.no_units") : message_id("roster.no_roles"));
  }
  return plan;
}

void simulate_person(const UnitTree& tree, const RosterPlan& plan, uint64_t seed, uint64_t index,
                     SimulatedPerson& person) {
  Random random(seed, index);
  const RosterSlot& slot = plan.slots[draw_slot(plan, random)];
  person.id = fmt::format("NV{:07}", index + 1);
  person.full_name = full_name(random);
  person.unit = tree.units[slot.unit].id.value;
  person.role = slot.roles[random.below(slot.roles.size())];
  person.status = random.unit() < kLeftShare ? "left" : "active";
  person.start = start_date(random);
  person.national_id = fmt::format("0000{:08}", random.below(100000000));
}

void write_simulated_roster_csv(const UnitTree& tree, const RosterPlan& plan, const RosterSimulationOptions& options,
                                const std::function<void(std::string_view)>& write) {
  std::string chunk = "person_id,full_name,unit,role,status,start_date,national_id\n";
  SimulatedPerson person;
  for (uint64_t index = 0; index < options.people && !plan.slots.empty(); ++index) {
    simulate_person(tree, plan, options.seed, index, person);
    for (const std::string* text : {&person.id, &person.full_name, &person.unit, &person.role, &person.status}) {
      append_csv_field(chunk, *text);
      chunk += ',';
    }
    chunk += format_date(person.start);
    chunk += ',';
    chunk += person.national_id;
    chunk += '\n';
    if (chunk.size() >= kChunkBytes) {
      write(chunk);
      chunk.clear();
    }
  }
  write(chunk);
}

}  // namespace hocvu
