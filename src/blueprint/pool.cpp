#include "blueprint/pool.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

double level_default(const Framework& framework, const std::string& level) {
  for (const auto& candidate : framework.levels) {
    if (candidate.id.value == level) {
      return candidate.default_difficulty.value_or(0.0);
    }
  }
  return 0.0;
}

void link_enemies_and_fixed(const Blueprint& blueprint, Pool& pool) {
  std::unordered_map<std::string, uint32_t> by_id;
  for (uint32_t i = 0; i < pool.items.size(); ++i) {
    by_id.emplace(pool.items[i].question->id.value, i);
  }
  for (uint32_t i = 0; i < pool.items.size(); ++i) {
    for (const auto& enemy : pool.items[i].question->enemies) {
      auto found = by_id.find(enemy.value);
      if (found != by_id.end() && found->second != i) {
        pool.enemies.emplace_back(std::min(i, found->second), std::max(i, found->second));
      }
    }
  }
  std::sort(pool.enemies.begin(), pool.enemies.end());
  pool.enemies.erase(std::unique(pool.enemies.begin(), pool.enemies.end()), pool.enemies.end());
  for (const auto& id : blueprint.fixed) {
    auto found = by_id.find(id.value);
    if (found == by_id.end()) {
      pool.missing_fixed.push_back(id.value);
    } else if (std::find(pool.fixed.begin(), pool.fixed.end(), found->second) == pool.fixed.end()) {
      pool.fixed.push_back(found->second);
    }
  }
}

// The exhibits of the framework's banks by id (the first of a duplicated id: E301).
std::unordered_map<std::string, const Exhibit*> framework_exhibits(const Model& model, const Framework& framework) {
  std::unordered_map<std::string, const Exhibit*> exhibits;
  for (const auto& bank : model.banks) {
    if (bank.framework.value == framework.id.value) {
      for (const auto& exhibit : bank.exhibits) {
        exhibits.emplace(exhibit.id.value, &exhibit);
      }
    }
  }
  return exhibits;
}

}  // namespace

Pool build_pool(const Model& model, const Blueprint& blueprint, const Framework& framework, const Role& role) {
  Pool pool;
  pool.targets = competency_targets(framework, role, blueprint);
  std::unordered_map<std::string, const CompetencyTarget*> targets;
  for (const auto& target : pool.targets) {
    targets.emplace(target.competency->id.value, &target);
  }
  std::unordered_map<std::string, const Exhibit*> exhibits = framework_exhibits(model, framework);
  for (const auto& bank : model.banks) {
    if (bank.framework.value != framework.id.value) {
      continue;
    }
    for (const auto& question : bank.questions) {
      auto found = targets.find(question.competency.value);
      if (question.status != QuestionStatus::active || !question.type || found == targets.end()) {
        continue;
      }
      const CompetencyTarget& where = *found->second;
      if (std::find(where.eligible.begin(), where.eligible.end(), question.level.value) == where.eligible.end()) {
        continue;
      }
      double difficulty = question.difficulty.value_or(level_default(framework, question.level.value));
      const Exhibit* exhibit = nullptr;
      if (question.exhibit) {
        auto named = exhibits.find(question.exhibit->value);
        exhibit = named == exhibits.end() ? nullptr : named->second;  // unknown: E302, which stops an exam
      }
      pool.items.push_back(PoolItem{&question, where.area, where.competency, where.area_index,
                                    where.competency_index, difficulty, exhibit});
    }
  }
  double total = 0;
  for (const auto& item : pool.items) {
    total += item.difficulty;
  }
  pool.default_target = pool.items.empty() ? 0 : total / static_cast<double>(pool.items.size());
  link_enemies_and_fixed(blueprint, pool);
  return pool;
}

bool selects(const CountSelector& select, const Question& q, const Area* area) {
  if (select.area && (area == nullptr || select.area->value != area->id.value)) return false;
  if (select.competency && select.competency->value != q.competency.value) return false;
  if (select.level && select.level->value != q.level.value) return false;
  if (select.type && (!q.type || *select.type != *q.type)) return false;
  if (select.tag && std::find(q.tags.begin(), q.tags.end(), select.tag->value) == q.tags.end()) return false;
  return true;
}

std::string describe(const CountSelector& select) {
  std::vector<std::string> parts;
  if (select.area) parts.push_back(fmt::format("area {}", select.area->value));
  if (select.competency) parts.push_back(fmt::format("competency {}", select.competency->value));
  if (select.level) parts.push_back(fmt::format("level {}", select.level->value));
  if (select.type) parts.push_back(fmt::format("type {}", question_type_name(*select.type)));
  if (select.tag) parts.push_back(fmt::format("tag {}", select.tag->value));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string describe_for_people(const CountSelector& select) {
  std::vector<std::string> parts;
  if (select.area) parts.push_back(ui_format("blueprint.select.area", fmt::arg("area", select.area->value)));
  if (select.competency) parts.push_back(ui_format("blueprint.select.competency", fmt::arg("competency", select.competency->value)));
  if (select.level) parts.push_back(ui_format("blueprint.select.level", fmt::arg("level", select.level->value)));
  if (select.type) parts.push_back(ui_format("blueprint.select.type", fmt::arg("type", question_type_name(*select.type))));
  if (select.tag) parts.push_back(ui_format("blueprint.select.tag", fmt::arg("tag", select.tag->value)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

const char* const kCoverageOriginEach = "coverage: each competency";
constexpr std::string_view kRequiredPrefix = "coverage: role ";
constexpr std::string_view kRequiredSuffix = " requires it";

std::string coverage_origin_required(const std::string& role) {
  return fmt::format("{}{}{}", kRequiredPrefix, role, kRequiredSuffix);
}

namespace {

// The origin in the interface language: it is kept in English for the manifest, and is one of
// the two texts above.
std::string origin_for_people(const std::string& origin) {
  if (origin == kCoverageOriginEach) {
    return std::string(ui_text("blueprint.origin.each"));
  }
  bool required = origin.size() > kRequiredPrefix.size() + kRequiredSuffix.size() &&
                  origin.compare(0, kRequiredPrefix.size(), kRequiredPrefix) == 0 &&
                  origin.compare(origin.size() - kRequiredSuffix.size(), kRequiredSuffix.size(), kRequiredSuffix) == 0;
  if (!required) {
    return origin;
  }
  std::string role = origin.substr(kRequiredPrefix.size(), origin.size() - kRequiredPrefix.size() - kRequiredSuffix.size());
  return ui_format("blueprint.origin.required", fmt::arg("role", role));
}

}  // namespace

std::string describe(const CountConstraint& count) {
  std::string text = describe_for_people(count.select);
  return count.origin.empty() ? text : fmt::format("{} ({})", text, origin_for_people(count.origin));
}

}  // namespace hocvu
