#include "load/report_references.hpp"

#include <fmt/format.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/interface.hpp"
#include "model/field_reader.hpp"
#include "model/model_reporter.hpp"
#include "text/edit_distance.hpp"

namespace hocvu {

namespace {

// Ids of one kind with where each was first written: reports repeats (E301) and references to
// ids that are not there (E302, with the nearest id while the run's suggestion budget lasts).
class KnownIds {
 public:
  KnownIds(const ModelReporter& reporter, SuggestionBudget& budget, const char* kind)
      : reporter_(reporter), budget_(budget), kind_(kind) {}

  void add(const LocatedText& id) {
    if (id.value.empty()) {
      return;  // missing: already reported
    }
    auto [first, inserted] = ids_.emplace(id.value, id.pos);
    if (!inserted) {
      reporter_.report(Rule::duplicate_id, id.pos,
                       ui_format("load.refs.duplicate_id", fmt::arg("kind", record_name(kind_)), fmt::arg("id", id.value),
                                 fmt::arg("where", reporter_.where(first->second))),
                       std::string(ui_text("load.refs.duplicate_id_hint")));
    }
  }
  // Adds without reporting a repeat (ids whose repeats are reported elsewhere).
  void add_quietly(const LocatedText& id) { ids_.emplace(id.value, id.pos); }

  bool empty() const { return ids_.empty(); }
  bool contains(const std::string& id) const { return ids_.count(id) > 0; }

  // True when `ref` is known or empty (missing: already reported); else reports it.
  bool resolve(const LocatedText& ref, std::string_view context, const std::string& fallback_hint = "") const {
    if (ref.value.empty() || contains(ref.value)) {
      return true;
    }
    std::string nearest;
    if (budget_.spend(ids_.size())) {
      std::vector<std::string_view> candidates;
      for (const auto& entry : ids_) {
        candidates.push_back(entry.first);  // sorted: the same suggestion on every run
      }
      nearest = closest_match(ref.value, candidates, budget_);
    }
    reporter_.report(Rule::unknown_reference, ref.pos,
                     ui_format("load.refs.unknown", fmt::arg("context", context), fmt::arg("kind", record_name(kind_)),
                               fmt::arg("ref", ref.value)),
                     nearest.empty() ? fallback_hint : ui_format("load.did_you_mean", fmt::arg("name", nearest)));
    return false;
  }

 private:
  const ModelReporter& reporter_;
  SuggestionBudget& budget_;
  const char* kind_;
  std::map<std::string, Pos> ids_;
};

struct Checker {
  const Model& model;
  ModelReporter reporter;
  SuggestionBudget budget;
};

// Unit ids once per tree; unit roles among the roles of the frameworks loaded (none loaded:
// nothing to check them against, and the targets say which framework is missing).
void check_unit_tree(Checker& checker, const UnitTree& tree, const KnownIds& roles) {
  KnownIds units(checker.reporter, checker.budget, "unit");
  for (const auto& unit : tree.units) {
    units.add(unit.id);
    if (roles.empty()) {
      continue;
    }
    for (const auto& role : unit.roles) {
      roles.resolve(role, record_name("unit", unit.id.value));
    }
  }
}

// The rank of each level of the framework (its order in the file, lowest first).
std::map<std::string, size_t> level_ranks(const Framework& framework) {
  std::map<std::string, size_t> ranks;
  for (const auto& level : framework.levels) {
    ranks.emplace(level.id.value, ranks.size());
  }
  return ranks;
}

// Each role target certified by some exam at its level or above; each certified role with a
// target level. References already reported unknown are left out.
void check_role_certifications(Checker& checker, const Targets& targets, const Framework& framework) {
  std::map<std::string, size_t> ranks = level_ranks(framework);
  std::map<std::string, const RoleTarget*> target_of;
  for (const auto& target : targets.roles) {
    target_of.emplace(target.role.value, &target);
  }
  for (const auto& [role, target] : target_of) {
    auto wanted = ranks.find(target->level.value);
    if (role.empty() || wanted == ranks.end()) {
      continue;
    }
    std::vector<std::string> below;
    bool certified = false;
    bool unknown_level = false;  // already reported: whether it would certify is unknown
    for (const auto& certification : targets.certifications) {
      if (certification.role.value != role) {
        continue;
      }
      auto rank = ranks.find(certification.level.value);
      unknown_level |= rank == ranks.end();
      if (rank != ranks.end()) {
        certified |= rank->second >= wanted->second;
        below.push_back(ui_format("load.refs.certified_at", fmt::arg("exam", certification.exam.value),
                                  fmt::arg("level", certification.level.value)));
      }
    }
    if (certified || unknown_level) {
      continue;
    }
    std::string message =
        below.empty() ? ui_format("load.refs.role_not_certified", fmt::arg("role", role),
                                  fmt::arg("level", target->level.value))
                      : ui_format("load.refs.role_certified_below", fmt::arg("role", role),
                                  fmt::arg("level", target->level.value), fmt::arg("exams", fmt::join(below, ", ")));
    checker.reporter.report(Rule::role_target_mismatch, target->role.pos, std::move(message),
                            ui_format("load.refs.role_not_certified_hint", fmt::arg("role", role),
                                      fmt::arg("level", target->level.value)));
  }
  std::map<std::string, bool> reported;
  for (const auto& certification : targets.certifications) {
    const std::string& role = certification.role.value;
    if (role.empty() || target_of.count(role) > 0 || reported[role]) {
      continue;
    }
    reported[role] = true;
    checker.reporter.report(Rule::role_target_mismatch, certification.role.pos,
                            ui_format("load.refs.certified_role_without_target", fmt::arg("exam", certification.exam.value),
                                      fmt::arg("role", role)),
                            ui_format("load.refs.certified_role_without_target_hint", fmt::arg("role", role)));
  }
}

const Framework* find_framework(const Model& model, const std::string& id) {
  for (const auto& framework : model.frameworks) {
    if (framework.id.value == id) {
      return &framework;
    }
  }
  return nullptr;
}

// Roles and levels of the targets' framework, then whether every role can be certified.
void check_targets_in_framework(Checker& checker, const Targets& targets, const Framework& framework) {
  KnownIds roles(checker.reporter, checker.budget, "role");
  KnownIds levels(checker.reporter, checker.budget, "level");
  for (const auto& role : framework.roles) roles.add_quietly(role.id);
  for (const auto& level : framework.levels) levels.add_quietly(level.id);
  std::string context = record_name("targets", targets.id.value);
  for (const auto& target : targets.roles) {
    roles.resolve(target.role, context);
    levels.resolve(target.level, context);
  }
  for (const auto& certification : targets.certifications) {
    roles.resolve(certification.role, context);
    levels.resolve(certification.level, context);
  }
  check_role_certifications(checker, targets, framework);
}

void check_targets(Checker& checker, const Targets& targets, const KnownIds& frameworks, const KnownIds& trees) {
  std::string context = record_name("targets", targets.id.value);
  const std::string& file = checker.model.files[targets.pos.file];
  frameworks.resolve(targets.framework, context,
                     ui_format("load.refs.lint_targets_with_framework", fmt::arg("file", file)));
  trees.resolve(targets.units, context,
                std::string(ui_text("load.refs.lint_targets_with_units")));
  if (const Framework* framework = find_framework(checker.model, targets.framework.value)) {
    check_targets_in_framework(checker, targets, *framework);
  }
}

}  // namespace

void check_report_references(const Model& model, Diagnostics& diagnostics) {
  Checker checker{model, ModelReporter(model, diagnostics), SuggestionBudget()};
  KnownIds frameworks(checker.reporter, checker.budget, "framework");
  KnownIds roles(checker.reporter, checker.budget, "role");  // of every framework
  for (const auto& framework : model.frameworks) {
    frameworks.add_quietly(framework.id);  // a repeat is check_references' to report
    for (const auto& role : framework.roles) {
      roles.add_quietly(role.id);
    }
  }
  KnownIds trees(checker.reporter, checker.budget, "unit tree");
  for (const auto& tree : model.unit_trees) {
    trees.add(tree.id);
    check_unit_tree(checker, tree, roles);
  }
  KnownIds targets_ids(checker.reporter, checker.budget, "targets");
  for (const auto& targets : model.targets) {
    targets_ids.add(targets.id);
    check_targets(checker, targets, frameworks, trees);
  }
}

}  // namespace hocvu
