#include "exam/assemble.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <optional>

#include "exam/feasibility.hpp"
#include "exam/mip.hpp"
#include "exam/random.hpp"

namespace hocvu {

namespace {

constexpr double kGap = 0.5;  // relative: accepts the first form within 50% of the LP bound
// The first form GLPK finds meets every constraint; searching on for a better objective cost
// 10x the time in measurements (100 forms from 20,000 questions: 0.6 s against 6 s) for
// forms that were already within the blueprint's difficulty tolerance.
constexpr uint64_t kMaxNodes = 20000;  // a program this search cannot settle is reported, not waited for
constexpr double kDeviationWeight = 1.0;

// Which constraint families a program includes; diagnosis leaves one out at a time.
struct Families {
  bool overlap = true;
  bool exposure = true;
  bool difficulty = true;
  bool points = true;
  bool enemies = true;
  std::optional<size_t> skipped_count;  // a count constraint left out
};

class FormBuilder {
 public:
  FormBuilder(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed)
      : blueprint_(blueprint), pool_(pool), uses_(pool.items.size(), 0), max_uses_(max_uses(blueprint, forms)),
        seed_(seed), is_fixed_(pool.items.size(), false) {
    for (uint32_t f : pool.fixed) {
      is_fixed_[f] = true;
    }
  }

  // Builds form `index`; returns its items, or nullopt when it cannot be met.
  std::optional<std::vector<uint32_t>> build(uint32_t index, SolverReport& report) {
    Random random(seed_, index);
    std::vector<uint32_t> order = least_used_first(random);
    std::vector<double> noise(pool_.items.size());
    for (auto& value : noise) {
      value = random.unit();
    }
    size_t size = std::max<size_t>(6 * blueprint_.length, 240);
    for (;;) {
      std::vector<uint32_t> candidates = choose_candidates(order, size, Families{});
      auto result = solve(candidates, noise, Families{}, report);
      if (result) {
        record(*result);
        return result;
      }
      if (candidates.size() >= eligible_count(Families{})) {
        return std::nullopt;
      }
      size *= 4;
    }
  }

  // Which single constraint, left out, would let form `index` be built.
  std::string diagnose(uint32_t index) {
    SolverReport scratch;
    std::vector<double> noise(pool_.items.size(), 0.0);
    Random random(seed_, index);
    std::vector<uint32_t> order = least_used_first(random);
    std::vector<std::pair<Families, std::string>> trials;
    Families f;
    f.overlap = false;
    trials.emplace_back(f, fmt::format("'overlap: {}' (the earlier forms already use the questions it needs)",
                                       blueprint_.overlap.value_or(0)));
    f = Families{};
    f.exposure = false;
    trials.emplace_back(f, fmt::format("'exposure: {:g}' (the questions it needs are on enough forms already)",
                                       blueprint_.exposure.value_or(1)));
    f = Families{};
    f.difficulty = false;
    trials.emplace_back(f, "the difficulty constraint");
    f = Families{};
    f.points = false;
    trials.emplace_back(f, "the points constraint");
    f = Families{};
    f.enemies = false;
    trials.emplace_back(f, "the enemies of its questions");
    for (size_t c = 0; c < blueprint_.counts.size(); ++c) {
      f = Families{};
      f.skipped_count = c;
      trials.emplace_back(f, fmt::format("the count constraint on {}", describe(blueprint_.counts[c].select)));
    }
    for (const auto& [families, name] : trials) {
      auto candidates = choose_candidates(order, pool_.items.size(), families);
      if (solve(candidates, noise, families, scratch)) {
        return index == 0 ? fmt::format("form 1 cannot be built; it could be without {}", name)
                          : fmt::format("form {} cannot be built together with the forms before it; it could be "
                                        "without {}",
                                        index + 1, name);
      }
    }
    return fmt::format("form {} cannot be built: no single constraint left out would make it possible; the "
                       "constraints conflict with each other for these banks",
                       index + 1);
  }

 private:
  std::vector<uint32_t> least_used_first(Random& random) const {
    std::vector<uint32_t> order(pool_.items.size());
    std::iota(order.begin(), order.end(), 0u);
    random.shuffle(order);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return uses_[a] < uses_[b]; });
    return order;
  }

  bool usable(uint32_t item, const Families& families) const {
    return is_fixed_[item] || !families.exposure || uses_[item] < max_uses_;
  }

  size_t eligible_count(const Families& families) const {
    size_t count = 0;
    for (uint32_t i = 0; i < pool_.items.size(); ++i) {
      count += usable(i, families) ? 1 : 0;
    }
    return count;
  }

  // Fixed questions, enough of each constrained group, then the least used up to `size`.
  std::vector<uint32_t> choose_candidates(const std::vector<uint32_t>& order, size_t size, const Families& families) {
    std::vector<bool> chosen(pool_.items.size(), false);
    std::vector<uint32_t> candidates;
    auto take = [&](uint32_t item) {
      if (!chosen[item] && usable(item, families)) {
        chosen[item] = true;
        candidates.push_back(item);
      }
    };
    for (uint32_t f : pool_.fixed) {
      take(f);
    }
    for (const auto& count : blueprint_.counts) {
      size_t wanted = 4 * static_cast<size_t>(count.min) + 4;
      for (size_t k = 0; k < order.size() && wanted > 0; ++k) {
        if (matches(count.select, pool_.items[order[k]]) && usable(order[k], families)) {
          take(order[k]);
          --wanted;
        }
      }
    }
    for (size_t k = 0; k < order.size() && candidates.size() < size; ++k) {
      take(order[k]);
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates;
  }

  std::optional<std::vector<uint32_t>> solve(const std::vector<uint32_t>& candidates, const std::vector<double>& noise,
                                             const Families& families, SolverReport& report) const;

  void record(const std::vector<uint32_t>& form) {
    for (uint32_t item : form) {
      ++uses_[item];
    }
    previous_.push_back(form);
  }

  const Blueprint& blueprint_;
  const Pool& pool_;
  std::vector<uint32_t> uses_;
  uint32_t max_uses_;
  uint64_t seed_;
  std::vector<bool> is_fixed_;
  std::vector<std::vector<uint32_t>> previous_;
  mutable bool gave_up_ = false;  // some program hit kMaxNodes: say so when explaining

 public:
  bool gave_up() const { return gave_up_; }
};

std::optional<std::vector<uint32_t>> FormBuilder::solve(const std::vector<uint32_t>& candidates,
                                                        const std::vector<double>& noise, const Families& families,
                                                        SolverReport& report) const {
  MipModel mip;
  std::vector<int> column(pool_.items.size(), -1);
  std::vector<std::pair<int, double>> all;
  for (uint32_t item : candidates) {
    // Prefer questions used on fewer forms (forms differ), then a seeded random order.
    double cost = uses_[item] + 0.5 * noise[item];
    double fixed = is_fixed_[item] ? 1.0 : 0.0;
    column[item] = mip.add_column(true, fixed, 1.0, cost);
    all.emplace_back(column[item], 1.0);
  }
  double length = blueprint_.length;
  mip.add_row(all, length, length);
  for (size_t c = 0; c < blueprint_.counts.size(); ++c) {
    const CountConstraint& count = blueprint_.counts[c];
    if (families.skipped_count == c) {
      continue;
    }
    std::vector<std::pair<int, double>> terms;
    for (uint32_t item : candidates) {
      if (matches(count.select, pool_.items[item])) {
        terms.emplace_back(column[item], 1.0);
      }
    }
    mip.add_row(terms, count.min, std::min<double>(count.max, length));
  }
  if (families.points && (blueprint_.points_min || blueprint_.points_max)) {
    std::vector<std::pair<int, double>> terms;
    for (uint32_t item : candidates) {
      terms.emplace_back(column[item], pool_.items[item].question->points);
    }
    mip.add_row(terms, blueprint_.points_min.value_or(-MipModel::kNoBound),
                blueprint_.points_max.value_or(MipModel::kNoBound));
  }
  if (families.difficulty && blueprint_.difficulty_tolerance) {
    // d >= |sum (b_i - target) x_i|, and that sum within the tolerance times the length.
    double target = blueprint_.difficulty_mean.value_or(pool_.default_target);
    int deviation = mip.add_column(false, 0, MipModel::kNoBound, kDeviationWeight);
    std::vector<std::pair<int, double>> terms;
    for (uint32_t item : candidates) {
      terms.emplace_back(column[item], pool_.items[item].difficulty - target);
    }
    double limit = *blueprint_.difficulty_tolerance * length;
    mip.add_row(terms, -limit, limit);
    auto upper = terms;
    upper.emplace_back(deviation, -1.0);
    mip.add_row(upper, -MipModel::kNoBound, 0);
    auto lower = terms;
    lower.emplace_back(deviation, 1.0);
    mip.add_row(lower, 0, MipModel::kNoBound);
  }
  if (families.enemies) {
    for (auto [a, b] : pool_.enemies) {
      if (column[a] >= 0 && column[b] >= 0) {
        mip.add_row({{column[a], 1.0}, {column[b], 1.0}}, -MipModel::kNoBound, 1);
      }
    }
  }
  if (families.overlap && blueprint_.overlap) {
    for (const auto& form : previous_) {
      std::vector<std::pair<int, double>> terms;
      for (uint32_t item : form) {
        if (column[item] >= 0) {
          terms.emplace_back(column[item], 1.0);
        }
      }
      mip.add_row(terms, -MipModel::kNoBound, *blueprint_.overlap);
    }
  }
  MipModel::Result result = mip.solve(MipModel::Limits{kGap, true, kMaxNodes});
  gave_up_ = gave_up_ || result.gave_up;
  report.candidates += candidates.size();
  report.branch_nodes += result.branch_nodes;
  if (result.status != MipModel::Status::optimal && result.status != MipModel::Status::feasible) {
    return std::nullopt;
  }
  if (result.status == MipModel::Status::feasible) {
    report.status = "feasible";
  }
  std::vector<uint32_t> form;
  for (uint32_t item : candidates) {
    if (result.values[column[item]] > 0.5) {
      form.push_back(item);
    }
  }
  return form;
}

}  // namespace

Assembly assemble_forms(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed,
                        const AssemblyProgress& progress) {
  Assembly assembly;
  assembly.report.solver = MipModel::solver_name();
  assembly.report.status = "optimal";
  for (const auto& shortfall : check_counts(blueprint, pool, forms)) {
    assembly.problems.push_back(shortfall.message);
  }
  if (!assembly.problems.empty()) {
    assembly.report.status = "not solved";
    return assembly;
  }
  FormBuilder builder(blueprint, pool, forms, seed);
  for (uint32_t index = 0; index < forms; ++index) {
    auto form = builder.build(index, assembly.report);
    if (!form) {
      assembly.problems.push_back(builder.diagnose(index));
      if (builder.gave_up()) {
        assembly.problems.push_back(fmt::format("the solver stopped searching after {} branch-and-bound nodes "
                                                "without settling some programs, so this explanation may be "
                                                "incomplete",
                                                kMaxNodes));
      }
      assembly.report.status = "infeasible";
      assembly.forms.clear();
      return assembly;
    }
    assembly.forms.push_back(std::move(*form));
    if (progress) {
      progress(index + 1, forms);
    }
  }
  return assembly;
}

}  // namespace hocvu
