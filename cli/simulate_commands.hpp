#pragma once
// The subcommands of `hocvu simulate` beside `responses`: `roster` and `sittings`
// (simulate_roster_command.cpp), each added under the `simulate` subcommand.
#include "command.hpp"

namespace hocvu::cli {

RunCommand add_simulate_roster(CLI::App& simulate);
RunCommand add_simulate_sittings(CLI::App& simulate);

}  // namespace hocvu::cli
