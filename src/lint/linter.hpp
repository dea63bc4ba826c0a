#pragma once
// The lint job: load the files (load/load.hpp), then lint's own checks across them: duplicate
// stems, coverage of role requirements, blueprint references and counting.
#include <cstdint>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/load.hpp"
#include "model/model.hpp"

namespace hocvu {

struct LintOptions {
  // Texts are dropped once a file is read: lint's checks across files need only ids,
  // references, positions and stem fingerprints.
  LoadOptions load = LoadOptions{16u << 20, ComposeLimits{}, 0, false};
  size_t min_questions = 4;  // per competency and level a role requires; 0 turns the check off
  // Questions aligned with outcomes and exhibits in use (W308-W311). Always on for people; the
  // unit tests of other rules turn it off, since their small banks name no outcomes.
  bool alignment = true;
};

struct LintResult {
  Model model;
  Diagnostics diagnostics;  // sorted
  uint64_t bytes = 0;
  size_t questions = 0;
  // What was not checked, and why, in plain sentences ("coverage and blueprint counts not checked: ..."): not
  // findings of a file, so the executable shows them beside the summary.
  std::vector<std::string> notes;
};

LintResult lint_files(const std::vector<std::string>& paths, const LintOptions& options,
                      const ReadSource& read = read_source_from_disk);

}  // namespace hocvu
