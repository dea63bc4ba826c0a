#include "exam/assemble.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <optional>

#include "blueprint/feasibility.hpp"
#include "exam/mip.hpp"
#include "exam/random.hpp"
#include "i18n/interface.hpp"

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
// Explaining a form that cannot be built solves one program per constraint left out, each on
// the whole pool: all of them together get this many nodes, and at most half the time left.
constexpr uint64_t kMaxDiagnosisNodes = 5 * kMaxNodes;
constexpr double kDiagnosisTimeShare = 0.5;
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

// What solving one program gave: a form, none (proven impossible, or not settled within the
// node limit: `status` tells which), or no answer because the deadline passed.
struct Attempt {
  MipModel::Status status = MipModel::Status::failed;
  std::vector<uint32_t> form;

  bool solved() const { return status == MipModel::Status::optimal || status == MipModel::Status::feasible; }
  bool out_of_time() const { return status == MipModel::Status::out_of_time; }
};

// One program of the diagnosis: the families it keeps, and the one it leaves out, by name.
struct Trial {
  Families families;
  std::string name;
};

class FormBuilder {
 public:
  FormBuilder(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed, const Deadline& deadline)
      : blueprint_(blueprint), pool_(pool), uses_(pool.items.size(), 0), max_uses_(max_uses(blueprint, forms)),
        seed_(seed), deadline_(deadline), is_fixed_(pool.items.size(), false) {
    for (uint32_t f : pool.fixed) {
      is_fixed_[f] = true;
    }
  }

  // Builds form `index`: its items when solved (and recorded as used).
  Attempt build(uint32_t index, SolverReport& report) {
    Random random(seed_, index);
    std::vector<uint32_t> order = least_used_first(random);
    std::vector<double> noise(pool_.items.size());
    for (auto& value : noise) {
      value = random.unit();
    }
    size_t size = std::max<size_t>(6 * blueprint_.length, 240);
    for (;;) {
      std::vector<uint32_t> candidates = choose_candidates(order, size, Families{});
      Attempt attempt = solve(candidates, noise, Families{}, kMaxNodes, deadline_, report);
      gave_up_ = gave_up_ || attempt.status == MipModel::Status::failed;
      if (attempt.solved()) {
        record(attempt.form);
      }
      if (attempt.solved() || attempt.out_of_time() || candidates.size() >= eligible_count(Families{})) {
        return attempt;
      }
      size *= 4;
    }
  }

  // Which single constraint, left out, would let form `index` be built. Says so plainly when
  // the node budget or the share of the time left runs out before any trial settles it.
  std::string diagnose(uint32_t index) {
    std::vector<double> noise(pool_.items.size(), 0.0);
    Random random(seed_, index);
    std::vector<uint32_t> order = least_used_first(random);
    Deadline deadline = deadline_.share(kDiagnosisTimeShare);
    uint64_t budget = kMaxDiagnosisNodes;
    bool undecided = false;
    for (const auto& [families, name] : trials(index)) {
      if (budget == 0) {
        undecided = true;
        break;
      }
      auto candidates = choose_candidates(order, pool_.items.size(), families);
      SolverReport scratch;
      Attempt attempt = solve(candidates, noise, families, std::min(kMaxNodes, budget), deadline, scratch);
      budget -= std::min(budget, scratch.branch_nodes);
      if (attempt.out_of_time()) {
        return ui_format("exam.assemble.diagnosis_out_of_time", fmt::arg("cannot_build", cannot_build(index)));
      }
      if (attempt.solved()) {
        return ui_format("exam.assemble.could_be_without", fmt::arg("cannot_build", cannot_build(index)),
                         fmt::arg("constraint", name));
      }
      undecided = undecided || attempt.status != MipModel::Status::infeasible;
    }
    if (undecided) {
      return ui_format("exam.assemble.diagnosis_undecided", fmt::arg("cannot_build", cannot_build(index)),
                       fmt::arg("per_program", kMaxNodes), fmt::arg("in_all", kMaxDiagnosisNodes));
    }
    return ui_format("exam.assemble.constraints_conflict", fmt::arg("form", index + 1));
  }

  bool gave_up() const { return gave_up_; }

 private:
  std::string cannot_build(uint32_t index) const {
    return index == 0 ? std::string(ui_text("exam.assemble.first_form_impossible"))
                      : ui_format("exam.assemble.form_impossible", fmt::arg("form", index + 1));
  }

  // One trial per constraint family that constrains form `index`: leaving out one that does
  // not would solve the program that already failed again, and could only name it wrongly.
  std::vector<Trial> trials(uint32_t index) const {
    std::vector<Trial> out;
    auto without = [&](bool Families::*family, std::string name) {
      Families f;
      f.*family = false;
      out.push_back({f, std::move(name)});
    };
    if (blueprint_.overlap && index > 0) {
      without(&Families::overlap, ui_format("exam.assemble.without_overlap", fmt::arg("overlap", *blueprint_.overlap)));
    }
    if (any_used_up()) {
      without(&Families::exposure, ui_format("exam.assemble.without_exposure",
                                             fmt::arg("exposure", fmt::format("{:g}", blueprint_.exposure.value_or(1)))));
    }
    if (blueprint_.difficulty_tolerance) {
      without(&Families::difficulty, std::string(ui_text("exam.assemble.without_difficulty")));
    }
    if (blueprint_.points_min || blueprint_.points_max) {
      without(&Families::points, std::string(ui_text("exam.assemble.without_points")));
    }
    if (!pool_.enemies.empty()) {
      without(&Families::enemies, std::string(ui_text("exam.assemble.without_enemies")));
    }
    // Each trial is a full solve: a blueprint with thousands of counts is not tried one by one.
    constexpr size_t kMaxCountTrials = 16;
    for (size_t c = 0; c < blueprint_.counts.size() && c < kMaxCountTrials; ++c) {
      Families f;
      f.skipped_count = c;
      out.push_back({f, ui_format("exam.assemble.without_count", fmt::arg("constraint", describe(blueprint_.counts[c])))});
    }
    return out;
  }

  // Whether some question may not be used again under the exposure limit.
  bool any_used_up() const {
    for (uint32_t i = 0; i < pool_.items.size(); ++i) {
      if (!usable(i, Families{})) {
        return true;
      }
    }
    return false;
  }

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

  Attempt solve(const std::vector<uint32_t>& candidates, const std::vector<double>& noise, const Families& families,
                uint64_t max_nodes, const Deadline& deadline, SolverReport& report) const;

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
  Deadline deadline_;
  std::vector<bool> is_fixed_;
  std::vector<std::vector<uint32_t>> previous_;
  bool gave_up_ = false;  // a program of build() hit its node limit: say so when explaining
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

  // The chosen questions, when the program has a solution.
  Attempt solve(uint64_t max_nodes, const Deadline& deadline, SolverReport& report) const {
    MipModel::Result result = mip_.solve(MipModel::Limits{kGap, true, max_nodes, deadline});
    report.candidates += candidates_.size();
    report.branch_nodes += result.branch_nodes;
    Attempt attempt;
    attempt.status = result.status;
    if (!attempt.solved()) {
      return attempt;
    }
    if (result.status == MipModel::Status::feasible) {
      report.status = "feasible";
    }
    for (uint32_t item : candidates_) {
      if (result.values[column_[item]] > 0.5) {
        attempt.form.push_back(item);
      }
    }
    return attempt;
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

Attempt FormBuilder::solve(const std::vector<uint32_t>& candidates, const std::vector<double>& noise,
                           const Families& families, uint64_t max_nodes, const Deadline& deadline,
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
  return program.solve(max_nodes, deadline, report);
}

// Ends an assembly that has no forms to give, saying why.
void stop(Assembly& assembly, const char* status, std::string problem) {
  assembly.problems.push_back(std::move(problem));
  assembly.report.status = status;
  assembly.forms.clear();
}

}  // namespace

namespace {

// Forms are built one after another, so early forms can use up what a later one needs (the last
// questions of a requirement at their exposure limit). A form that cannot be built then starts
// the exam again with another sample, drawn from the seed: still the same on every machine.
constexpr uint32_t kRestarts = 3;

enum class Ending { built, cornered, stopped };

Ending build_all(FormBuilder& builder, uint32_t forms, Assembly& assembly, const AssemblyProgress& progress,
                 const Deadline& deadline) {
  for (uint32_t index = 0; index < forms; ++index) {
    if (assembly.report.branch_nodes > kMaxTotalNodes) {
      stop(assembly, "stopped",
           ui_format("exam.assemble.too_many_nodes", fmt::arg("built", index), fmt::arg("forms", forms),
                     fmt::arg("nodes", assembly.report.branch_nodes), fmt::arg("limit", kMaxTotalNodes)));
      return Ending::stopped;
    }
    Attempt attempt = builder.build(index, assembly.report);
    if (attempt.out_of_time()) {
      assembly.out_of_time = true;
      stop(assembly, "out of time", ui_format("exam.assemble.while_building", fmt::arg("form", index + 1), fmt::arg("forms", forms)));
      return Ending::stopped;
    }
    if (!attempt.solved()) {
      return Ending::cornered;
    }
    assembly.forms.push_back(std::move(attempt.form));
    bool go_on = !progress || progress(index + 1, forms);
    if (index + 1 < forms && (!go_on || deadline.passed())) {
      assembly.out_of_time = deadline.passed();
      stop(assembly, "stopped", ui_format("exam.assemble.stopped_after", fmt::arg("built", index + 1), fmt::arg("forms", forms)));
      return Ending::stopped;
    }
  }
  return Ending::built;
}

}  // namespace

Assembly assemble_forms(const Blueprint& blueprint, const Pool& pool, uint32_t forms, uint64_t seed,
                        const AssemblyProgress& progress, const Deadline& deadline) {
  Assembly assembly;
  assembly.report.solver = MipModel::solver_name();
  assembly.report.status = "optimal";
  for (uint32_t restart = 0; restart < kRestarts; ++restart) {
    uint64_t sample_seed = restart == 0 ? seed : Random(seed, restart).next();
    FormBuilder builder(blueprint, pool, forms, sample_seed, deadline);
    assembly.forms.clear();
    if (build_all(builder, forms, assembly, progress, deadline) != Ending::cornered) {
      return assembly;
    }
    // A first form that cannot be built has nothing before it to blame: say why at once.
    if (assembly.forms.empty() || restart + 1 == kRestarts) {
      uint32_t index = static_cast<uint32_t>(assembly.forms.size());
      stop(assembly, "infeasible", builder.diagnose(index));
      if (builder.gave_up()) {
        assembly.problems.push_back(ui_format("exam.assemble.gave_up", fmt::arg("nodes", kMaxNodes)));
      }
      return assembly;
    }
  }
  return assembly;
}

}  // namespace hocvu
