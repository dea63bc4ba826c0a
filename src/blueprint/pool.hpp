#pragma once
// The questions a blueprint may draw from, with what assembly needs of each.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "blueprint/requirements.hpp"
#include "model/model.hpp"

namespace hocvu {

struct PoolItem {
  const Question* question = nullptr;
  const Area* area = nullptr;
  const Competency* competency = nullptr;
  size_t area_index = 0;        // position of the area in the framework
  size_t competency_index = 0;  // position of the competency in the framework
  double difficulty = 0;        // the question's prior, or its level's default
  const Exhibit* exhibit = nullptr;  // the question's exhibit, from a bank of the framework
};

struct Pool {
  std::vector<PoolItem> items;  // in bank file order
  std::vector<std::pair<uint32_t, uint32_t>> enemies;  // pairs of item indices, each once
  std::vector<uint32_t> fixed;  // items on every form
  std::vector<std::string> missing_fixed;  // fixed ids that are not eligible questions
  double default_target = 0;    // mean difficulty of the pool
  std::vector<CompetencyTarget> targets;  // what the forms must measure of each competency
};

// The active questions, in banks of the blueprint's framework, at a level that counts for their
// competency (blueprint/requirements.hpp).
Pool build_pool(const Model& model, const Blueprint& blueprint, const Framework& framework, const Role& role);

// Whether a question of `area` counts towards a count constraint: assembly, the counting
// checks and the manifest all ask this one function.
bool selects(const CountSelector& select, const Question& question, const Area* area);
inline bool matches(const CountSelector& select, const PoolItem& item) {
  return selects(select, *item.question, item.area);
}

// "competency 6.2, level TC", "area 1", "type multiple", "tag ai": always in English, for the
// manifest (a machine file).
std::string describe(const CountSelector& select);
// The same in the interface language, for messages.
std::string describe_for_people(const CountSelector& select);
// describe_for_people, with where a constraint comes from when the blueprint did not write it:
// "competency 6.2, level TC (coverage: role dbqh requires it)".
std::string describe(const CountConstraint& count);

// CountConstraint::origin of the constraints coverage adds: English, as the manifest writes it.
std::string coverage_origin_required(const std::string& role);
extern const char* const kCoverageOriginEach;

}  // namespace hocvu
