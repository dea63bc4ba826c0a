#include "blueprint/maximum_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>

namespace hocvu {

namespace {

std::string plural(uint64_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// "S1", "S1, S2", ... at most five, then "...".
std::string id_list(const std::vector<std::string>& ids) {
  std::string text;
  for (size_t i = 0; i < ids.size() && i < 5; ++i) {
    text += (i == 0 ? "" : ", ") + ids[i];
  }
  return ids.size() > 5 ? text + ", ..." : text;
}

// Fixed questions are on every form, so each counts against every maximum it matches.
bool check_fixed_maximum(const Pool& pool, const CountConstraint& count, std::vector<Shortfall>& out) {
  std::vector<std::string> ids;
  for (uint32_t f : pool.fixed) {
    if (matches(count.select, pool.items[f])) {
      ids.push_back(pool.items[f].question->id.value);
    }
  }
  if (ids.size() <= count.max) {
    return true;
  }
  bool one = ids.size() == 1;
  out.push_back({count.pos,
                 fmt::format("{}: at most {} on a form, but fixed question{} {} {} on every form",
                             describe(count), count.max, one ? "" : "s", id_list(ids), one ? "is" : "are"),
                 fmt::format("take {} out of 'fixed', or allow more of {}", one ? "it" : "them",
                             describe(count))});
  return false;
}

// The questions of `within` (every question when null) outside `cap` must give each form at
// least `per_form`: `cap` allows only so many, and `why` says where the number comes from.
void check_rest(const Blueprint& blueprint, const Pool& pool, uint32_t forms, const CountConstraint* within,
                const CountConstraint& cap, uint32_t per_form, const std::string& why, std::vector<Shortfall>& out) {
  auto in_rest = [&](uint32_t i) {
    return (within == nullptr || matches(within->select, pool.items[i])) && !matches(cap.select, pool.items[i]);
  };
  uint64_t available = 0;
  for (uint32_t i = 0; i < pool.items.size(); ++i) {
    available += in_rest(i) ? 1 : 0;
  }
  // Fixed questions are on every form: shared by every two, and exempt from exposure (as in check_size).
  auto fixed_in_rest = static_cast<uint32_t>(std::count_if(pool.fixed.begin(), pool.fixed.end(), in_rest));
  fixed_in_rest = std::min(fixed_in_rest, per_form);
  auto all_fixed = static_cast<uint32_t>(std::min<size_t>(pool.fixed.size(), blueprint.length));
  std::optional<uint32_t> overlap;
  if (blueprint.overlap) {
    overlap = *blueprint.overlap >= all_fixed ? *blueprint.overlap - all_fixed : 0;
  }
  uint64_t needed = fixed_in_rest + questions_needed(forms, per_form - fixed_in_rest, overlap, blueprint.exposure);
  if (needed <= available) {
    return;
  }
  std::string rest = within == nullptr ? fmt::format("questions outside {}", describe(cap))
                                       : fmt::format("{} outside {}", describe(*within), describe(cap));
  out.push_back({cap.pos,
                 fmt::format("{}: at least {} on a form ({}); {} of at least {} need at least {}; the banks have {} "
                             "active",
                             rest, per_form, why, describe_sharing(blueprint, forms), plural(per_form, "question"),
                             plural(needed, "question"), available),
                 fmt::format("allow more of {}, or write more {}", describe(cap), rest)});
}

}  // namespace

// A maximum leaves the rest of each form, and the rest of what each minimum asks for, to the
// questions outside it: with `exactly: 0` for competency 1.1, forms of 8 take all 8 elsewhere.
void check_maximums(const Blueprint& blueprint, const Pool& pool, uint32_t forms, std::vector<Shortfall>& out) {
  // Each pair scans the pool: a blueprint with thousands of counts is not paired in full.
  constexpr size_t kMaxPairs = 256;
  size_t pairs = 0;
  for (const auto& cap : blueprint.counts) {
    if (cap.max >= blueprint.length || !check_fixed_maximum(pool, cap, out)) {
      continue;
    }
    check_rest(blueprint, pool, forms, nullptr, cap, blueprint.length - cap.max,
               fmt::format("forms of {}, {} allows {}", blueprint.length, describe(cap), cap.max), out);
    for (const auto& want : blueprint.counts) {
      if (&want == &cap || want.min <= cap.max || want.min > blueprint.length || pairs++ >= kMaxPairs) {
        continue;
      }
      if (describe(want) == describe(cap)) {
        out.push_back({cap.pos, fmt::format("the constraints on {} ask for at least {} and at most {}",
                                            describe(cap), want.min, cap.max)});
        continue;
      }
      check_rest(blueprint, pool, forms, &want, cap, want.min - cap.max,
                 fmt::format("{} asks for {}, {} allows {}", describe(want), want.min, describe(cap),
                             cap.max),
                 out);
    }
  }
}

}  // namespace hocvu
