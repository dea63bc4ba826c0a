#include "exam/assemble.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <optional>

#include "blueprint/feasibility.hpp"
#include "exam/mip.hpp"
#include "exam/random.hpp"

namespace hocvu {

namespace {

constexpr double kGap = 0.5;  // relative: accepts the first form within 50% of the LP bound
// The first form GLPK finds meets every constraint; searching on for a better objective cost
// 10x the time in measurements (100 forms from 20,000 questions: 0.6 s against 6 s) for
// forms that were already within the blueprint's difficulty tolerance.
// Work limits, in branch-and-bound nodes (counts keep results the same on every machine): a
// program this search cannot settle is reported, not waited for, and so is an exam whose
// forms together need more work than any reasonable blueprint does (the bench exam, 100 forms
// from 20,000 questions, uses 200 nodes).
constexpr uint64_t kMaxNodes = 2000;
constexpr uint64_t kMaxTotalNodes = 100000;
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
    // Each trial is a full solve: a blueprint with thousands of counts is not tried one by one.
    constexpr size_t kMaxCountTrials = 16;
    for (size_t c = 0; c < blueprint_.counts.size() && c < kMaxCountTrials; ++c) {
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

// The program of one form: a binary column per candidate question, rows added per family.
class FormProgram {
 public:
  using Terms = std::vector<std::pair<int, double>>;

  FormProgram(const Pool& pool, const std::vector<uint32_t>& candidates)
      : pool_(pool), candidates_(candidates), column_(pool.items.size(), -1) {}

  void add_candidate(uint32_t item, double cost, bool fixed) {
    column_[item] = mip_.add_column(true, fixed ? 1.0 : 0.0, 1.0, cost);
  }

  // One term per candidate whose weight is not zero.
  template <typename Weight>
  Terms weighted(Weight weight) const {
    Terms terms;
    for (uint32_t item : candidates_) {
      double value = weight(pool_.items[item]);
      if (value != 0.0) {
        terms.emplace_back(column_[item], value);
      }
    }
    return terms;
  }

  Terms members(const std::vector<uint32_t>& items) const {
    Terms terms;
    for (uint32_t item : items) {
      if (column_[item] >= 0) {
        terms.emplace_back(column_[item], 1.0);
      }
    }
    return terms;
  }

  int column(uint32_t item) const { return column_[item]; }
  MipModel& mip() { return mip_; }

  // The chosen questions, or nullopt when the program has no solution.
  std::optional<std::vector<uint32_t>> solve(SolverReport& report, bool& gave_up) const {
    MipModel::Result result = mip_.solve(MipModel::Limits{kGap, true, kMaxNodes});
    gave_up = gave_up || result.gave_up;
    report.candidates += candidates_.size();
    report.branch_nodes += result.branch_nodes;
    if (result.status != MipModel::Status::optimal && result.status != MipModel::Status::feasible) {
      return std::nullopt;
    }
    if (result.status == MipModel::Status::feasible) {
      report.status = "feasible";
    }
    std::vector<uint32_t> form;
    for (uint32_t item : candidates_) {
      if (result.values[column_[item]] > 0.5) {
        form.push_back(item);
      }
    }
    return form;
  }

 private:
  const Pool& pool_;
  const std::vector<uint32_t>& candidates_;
  std::vector<int> column_;
  MipModel mip_;
};

void add_counts(const Blueprint& blueprint, const Families& families, FormProgram& program) {
  for (size_t c = 0; c < blueprint.counts.size(); ++c) {
    const CountConstraint& count = blueprint.counts[c];
    if (families.skipped_count != c) {
      auto terms = program.weighted([&](const PoolItem& item) { return matches(count.select, item) ? 1.0 : 0.0; });
      program.mip().add_row(terms, count.min, std::min<double>(count.max, blueprint.length));
    }
  }
}

void add_points(const Blueprint& blueprint, FormProgram& program) {
  if (blueprint.points_min || blueprint.points_max) {
    auto terms = program.weighted([](const PoolItem& item) { return item.question->points; });
    program.mip().add_row(terms, blueprint.points_min.value_or(-MipModel::kNoBound),
                          blueprint.points_max.value_or(MipModel::kNoBound));
  }
}

// The summed deviation from the target mean stays within tolerance x length, and a column
// d >= |deviation| lets the objective prefer forms closer to the target.
void add_difficulty(const Blueprint& blueprint, const Pool& pool, FormProgram& program) {
  if (!blueprint.difficulty_tolerance) {
    return;
  }
  double target = blueprint.difficulty_mean.value_or(pool.default_target);
  int deviation = program.mip().add_column(false, 0, MipModel::kNoBound, kDeviationWeight);
  auto terms = program.weighted([&](const PoolItem& item) { return item.difficulty - target; });
  double limit = *blueprint.difficulty_tolerance * blueprint.length;
  program.mip().add_row(terms, -limit, limit);
  auto upper = terms;
  upper.emplace_back(deviation, -1.0);
  program.mip().add_row(upper, -MipModel::kNoBound, 0);
  terms.emplace_back(deviation, 1.0);
  program.mip().add_row(terms, 0, MipModel::kNoBound);
}

void add_enemies(const Pool& pool, FormProgram& program) {
  for (auto [a, b] : pool.enemies) {
    if (program.column(a) >= 0 && program.column(b) >= 0) {
      program.mip().add_row({{program.column(a), 1.0}, {program.column(b), 1.0}}, -MipModel::kNoBound, 1);
    }
  }
}

std::optional<std::vector<uint32_t>> FormBuilder::solve(const std::vector<uint32_t>& candidates,
                                                        const std::vector<double>& noise, const Families& families,
                                                        SolverReport& report) const {
  FormProgram program(pool_, candidates);
  for (uint32_t item : candidates) {
    // Prefer questions used on fewer forms (forms differ), then a seeded random order.
    program.add_candidate(item, uses_[item] + 0.5 * noise[item], is_fixed_[item]);
  }
  double length = blueprint_.length;
  program.mip().add_row(program.weighted([](const PoolItem&) { return 1.0; }), length, length);
  add_counts(blueprint_, families, program);
  if (families.points) {
    add_points(blueprint_, program);
  }
  if (families.difficulty) {
    add_difficulty(blueprint_, pool_, program);
  }
  if (families.enemies) {
    add_enemies(pool_, program);
  }
  if (families.overlap && blueprint_.overlap) {
    for (const auto& form : previous_) {
      // A row is needed only when the candidates include more of that form than may be shared.
      auto shared = program.members(form);
      if (shared.size() > *blueprint_.overlap) {
        program.mip().add_row(shared, -MipModel::kNoBound, *blueprint_.overlap);
      }
    }
  }
  return program.solve(report, gave_up_);
}

}  // namespace

Assembly assemble_forms(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed,
                        const AssemblyProgress& progress) {
  Assembly assembly;
  assembly.report.solver = MipModel::solver_name();
  assembly.report.status = "optimal";
  FormBuilder builder(blueprint, pool, forms, seed);
  for (uint32_t index = 0; index < forms; ++index) {
    if (assembly.report.branch_nodes > kMaxTotalNodes) {
      assembly.problems.push_back(fmt::format(
          "after {} of {} forms the solver had searched {} branch-and-bound nodes, more than the {} an exam may "
          "take; these constraints leave little room: ask for fewer forms, allow more overlap or exposure, or add "
          "questions",
          index, forms, assembly.report.branch_nodes, kMaxTotalNodes));
      assembly.report.status = "stopped";
      assembly.forms.clear();
      return assembly;
    }
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
    if (progress && !progress(index + 1, forms) && index + 1 < forms) {
      assembly.problems.push_back(fmt::format("assembly was stopped after {} of {} forms", index + 1, forms));
      assembly.report.status = "stopped";
      assembly.forms.clear();
      return assembly;
    }
  }
  return assembly;
}

}  // namespace hocvu
