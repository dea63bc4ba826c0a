#pragma once
// The one exception type: a run that cannot go on (unreadable input, unwritable output).
// Expected problems in the data are diagnostics, never exceptions.
#include <stdexcept>
#include <string>

namespace hocvu {

class FatalError : public std::runtime_error {
 public:
  explicit FatalError(const std::string& message) : std::runtime_error(message) {}
};

// Exit codes shared by every subcommand.
enum ExitStatus : int {
  kExitSuccess = 0,   // the run completed and found nothing wrong
  kExitProblems = 1,  // the run completed and found problems (lint errors, rejected rows)
  kExitFailure = 2,   // the run could not complete (usage, unreadable file)
};

}  // namespace hocvu
