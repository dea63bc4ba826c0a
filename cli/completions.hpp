#pragma once
// Bash and zsh completion scripts generated from the command tree: subcommands, options, the
// values of options with a fixed set (CLI::IsMember), file names for positionals and other text
// values, nothing for numbers.
#include <string>

#include "command_doc.hpp"

namespace hocvu::cli {

// For ${datadir}/bash-completion/completions/hocvu: defines _hocvu and binds it to hocvu.
std::string bash_completion(const CommandDoc& root);

// For ${datadir}/zsh/vendor-completions/_hocvu (#compdef hocvu).
std::string zsh_completion(const CommandDoc& root);

}  // namespace hocvu::cli
