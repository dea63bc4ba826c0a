#include "blueprint/maximum_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

std::string questions(uint64_t n) { return ui_plural("blueprint.questions", n); }

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
  out.push_back({count.pos,
                 ui_plural("blueprint.fixed_over_max", ids.size(), fmt::arg("constraint", describe(count)),
                           fmt::arg("max", count.max), fmt::arg("ids", id_list(ids))),
                 ui_plural("blueprint.fixed_over_max.hint", ids.size(), fmt::arg("constraint", describe(count)))});
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
  std::string rest = within == nullptr ? ui_format("blueprint.rest.all", fmt::arg("cap", describe(cap)))
                                       : ui_format("blueprint.rest.within", fmt::arg("within", describe(*within)),
                                                   fmt::arg("cap", describe(cap)));
  out.push_back({cap.pos,
                 ui_format("blueprint.rest_too_few", fmt::arg("rest", rest), fmt::arg("per_form", per_form),
                           fmt::arg("why", why), fmt::arg("sharing", describe_sharing(blueprint, forms)),
                           fmt::arg("min", questions(per_form)), fmt::arg("needed", questions(needed)),
                           fmt::arg("available", available)),
                 ui_format("blueprint.rest_too_few.hint", fmt::arg("cap", describe(cap)), fmt::arg("rest", rest))});
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
               ui_format("blueprint.why.cap", fmt::arg("length", blueprint.length), fmt::arg("cap", describe(cap)),
                         fmt::arg("max", cap.max)),
               out);
    for (const auto& want : blueprint.counts) {
      if (&want == &cap || want.min <= cap.max || want.min > blueprint.length || pairs++ >= kMaxPairs) {
        continue;
      }
      if (describe(want) == describe(cap)) {
        out.push_back({cap.pos, ui_format("blueprint.constraints_conflict", fmt::arg("constraint", describe(cap)),
                                          fmt::arg("min", want.min), fmt::arg("max", cap.max))});
        continue;
      }
      check_rest(blueprint, pool, forms, &want, cap, want.min - cap.max,
                 ui_format("blueprint.why.want", fmt::arg("want", describe(want)), fmt::arg("min", want.min),
                           fmt::arg("cap", describe(cap)), fmt::arg("max", cap.max)),
                 out);
    }
  }
}

}  // namespace hocvu
