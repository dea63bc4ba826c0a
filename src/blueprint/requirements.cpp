#include "blueprint/requirements.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "blueprint/pool.hpp"

namespace hocvu {

namespace {

std::string level_at(const Framework& framework, int rank) {
  return rank < 0 ? std::string() : framework.levels[static_cast<size_t>(rank)].id.value;
}

const Requirement* first_requirement(const Role& role, const std::string& competency) {
  for (const auto& requirement : role.requirements) {
    if (requirement.competency.value == competency) {
      return &requirement;
    }
  }
  return nullptr;
}

// The level a requirement names: its `level`, else the highest of its range.
int requirement_rank(const Framework& framework, const Requirement& requirement) {
  if (!requirement.level.value.empty()) {
    return level_rank(framework, requirement.level.value);
  }
  int top = static_cast<int>(framework.levels.size()) - 1;
  auto levels = range_levels(framework, requirement.eligible, 0, top);
  return levels.empty() ? -1 : level_rank(framework, levels.back());
}

std::vector<std::string> eligible_levels(const Framework& framework, const Requirement* requirement, int rank,
                                         int requirement_level) {
  if (requirement != nullptr && requirement->eligible.written() && rank == requirement_level) {
    return range_levels(framework, requirement->eligible, rank, rank);
  }
  return {level_at(framework, rank)};
}

// A blueprint's range keeps its own levels, up to the highest the competency allows.
std::vector<std::string> within_blueprint(const Framework& framework, const Blueprint& blueprint,
                                          std::vector<std::string> eligible) {
  if (!blueprint.eligible.written() || eligible.empty()) {
    return eligible;
  }
  int top = level_rank(framework, eligible.back());
  std::vector<std::string> kept;
  int last = static_cast<int>(framework.levels.size()) - 1;
  for (const auto& level : range_levels(framework, blueprint.eligible, 0, last)) {
    if (level_rank(framework, level) <= top) {
      kept.push_back(level);
    }
  }
  return kept;
}

}  // namespace

std::vector<CompetencyTarget> competency_targets(const Framework& framework, const Role& role,
                                                 const Blueprint& blueprint) {
  int baseline = role.baseline ? level_rank(framework, role.baseline->value) : -1;
  int certified = level_rank(framework, blueprint.level.value);
  std::vector<CompetencyTarget> targets;
  size_t competency_index = 0;
  for (size_t a = 0; a < framework.areas.size(); ++a) {
    for (const auto& competency : framework.areas[a].competencies) {
      CompetencyTarget target{&framework.areas[a], &competency, a, competency_index++, "", false, {}};
      const Requirement* requirement = first_requirement(role, competency.id.value);
      int required = requirement != nullptr ? requirement_rank(framework, *requirement) : -1;
      // The blueprint's level raises what the role requires; it adds no competency the role leaves out.
      int rank = std::max(baseline, required) < 0 ? -1 : std::max({baseline, required, certified});
      target.required = required >= 0 && required > baseline && required >= certified;
      if (rank >= 0) {
        target.level = level_at(framework, rank);
        target.eligible = within_blueprint(framework, blueprint, eligible_levels(framework, requirement, rank, required));
      }
      targets.push_back(std::move(target));
    }
  }
  return targets;
}

uint64_t coverage_questions(const FormCoverage& coverage, const std::vector<CompetencyTarget>& targets) {
  uint64_t total = 0;
  for (const auto& target : targets) {
    if (target.eligible.empty()) {
      continue;
    }
    uint32_t each = coverage.each_min;
    bool measured = target.required && std::count(target.eligible.begin(), target.eligible.end(), target.level) > 0;
    total += measured ? std::max(each, coverage.required_min) : each;
  }
  return total;
}

bool each_min_fits(const Blueprint& blueprint, const std::vector<CompetencyTarget>& targets) {
  return coverage_questions(blueprint.coverage, targets) <= blueprint.length;
}

std::vector<CountConstraint> coverage_constraints(const Blueprint& blueprint, const Role& role,
                                                  const std::vector<CompetencyTarget>& targets) {
  const FormCoverage& coverage = blueprint.coverage;
  std::vector<CountConstraint> constraints;
  bool each = coverage.each_min > 0 && each_min_fits(blueprint, targets);
  for (const auto& target : targets) {
    const LocatedText id{target.competency->id.value, coverage.pos};
    bool measurable = std::count(target.eligible.begin(), target.eligible.end(), target.level) > 0;
    if (target.required && measurable && coverage.required_min > 0) {
      CountConstraint count;
      count.select.competency = id;
      count.select.level = LocatedText{target.level, coverage.pos};
      count.min = coverage.required_min;
      count.pos = coverage.pos;
      count.origin = coverage_origin_required(role.id.value);
      constraints.push_back(std::move(count));
    }
    if (each && !target.eligible.empty()) {
      CountConstraint count;
      count.select.competency = id;
      count.min = coverage.each_min;
      count.pos = coverage.pos;
      count.origin = kCoverageOriginEach;
      constraints.push_back(std::move(count));
    }
  }
  return constraints;
}

Blueprint with_coverage(const Blueprint& blueprint, const Role& role, const std::vector<CompetencyTarget>& targets) {
  Blueprint covered = blueprint;
  auto added = coverage_constraints(blueprint, role, targets);
  covered.counts.insert(covered.counts.end(), added.begin(), added.end());
  return covered;
}

}  // namespace hocvu
