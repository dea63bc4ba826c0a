#include "completions.hpp"

#include <fmt/format.h>

namespace hocvu::cli {

namespace {

constexpr const char* kGeneratedNote = "generated from hocvu's command line by hocvu --generate-completions";

std::vector<const CommandDoc*> all_commands_under(const CommandDoc& root) {
  std::vector<const CommandDoc*> out{&root};
  for (const auto& sub : root.subcommands) {
    auto below = all_commands_under(sub);
    out.insert(out.end(), below.begin(), below.end());
  }
  return out;
}

std::vector<std::string> names_of(const OptionDoc& option) {
  std::vector<std::string> names = option.short_names;
  names.insert(names.end(), option.long_names.begin(), option.long_names.end());
  return names;
}

std::string words(const std::vector<std::string>& list) {
  return fmt::format("{}", fmt::join(list, " "));
}

// --- bash ---

std::string bash_value_cases(const CommandDoc& command) {
  std::string out;
  for (const auto& option : command.options) {
    if (option.kind == ValueKind::none) continue;
    std::string action = option.kind == ValueKind::choice ? fmt::format("_hocvu_words '{}'", words(option.values))
                         : option.kind == ValueKind::path ? "_hocvu_files"
                                                          : "COMPREPLY=()";
    out += fmt::format("        {}) {}; return ;;\n", fmt::join(names_of(option), "|"), action);
  }
  return out;
}

std::string bash_command_case(const CommandDoc& command) {
  std::vector<std::string> options;
  for (const auto& option : command.options) {
    for (const auto& name : names_of(option)) options.push_back(name);
  }
  std::vector<std::string> subcommands;
  for (const auto& sub : command.subcommands) subcommands.push_back(sub.path.back());
  std::string rest = !subcommands.empty()              ? fmt::format("_hocvu_words '{}'", words(subcommands))
                     : !command.positionals.empty() ? std::string("_hocvu_files")
                                                     : fmt::format("_hocvu_words '{}'", words(options));
  std::string out = fmt::format("    '{}')\n", joined(command.path, " "));
  std::string values = bash_value_cases(command);
  if (!values.empty()) out += "      case $prev in\n" + values + "      esac\n";
  out += fmt::format("      if [[ $cur == -* ]]; then _hocvu_words '{}'; else {}; fi\n      ;;\n", words(options), rest);
  return out;
}

// --- zsh ---

std::string zsh_quote(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string function_name(const CommandDoc& command) {
  std::string name = "_" + joined(command.path, "_");
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  return name;
}

std::string zsh_action(const OptionDoc& option) {
  std::string type = option.type.substr(0, option.type.find(':'));
  switch (option.kind) {
    case ValueKind::choice: return fmt::format(":{}:({})", type, words(option.values));
    case ValueKind::path: return fmt::format(":{}:_files", type);
    case ValueKind::number: return fmt::format(":{}: ", type);
    case ValueKind::none: break;
  }
  return "";
}

std::string zsh_option_spec(const OptionDoc& option) {
  std::vector<std::string> names = names_of(option);
  std::string help = zsh_quote(option.help);
  std::string repeat = option.repeats ? "*" : "";
  if (names.size() == 1) {
    return fmt::format("'{}{}[{}]{}'", repeat, names[0], help, zsh_action(option));
  }
  return fmt::format("'{}({})'{{{}}}'[{}]{}'", repeat, words(names), fmt::join(names, ","), help, zsh_action(option));
}

std::string zsh_positional_spec(const OptionDoc& positional, size_t index) {
  std::string action = positional.kind == ValueKind::choice ? fmt::format("({})", words(positional.values))
                       : positional.kind == ValueKind::number ? " "
                                                              : "_files";
  return fmt::format("'{}:{}:{}'", positional.repeats ? std::string("*") : std::to_string(index),
                     zsh_quote(positional.name), action);
}

std::string zsh_function(const CommandDoc& command) {
  std::vector<std::string> specs;
  for (const auto& option : command.options) specs.push_back(zsh_option_spec(option));
  std::string out = fmt::format("{}() {{\n", function_name(command));
  if (command.subcommands.empty()) {
    for (size_t i = 0; i < command.positionals.size(); ++i) {
      specs.push_back(zsh_positional_spec(command.positionals[i], i + 1));
    }
    out += "  _arguments -s -S \\\n";
    for (size_t i = 0; i < specs.size(); ++i) {
      out += fmt::format("    {}{}\n", specs[i], i + 1 < specs.size() ? " \\" : "");
    }
    return out + "}\n\n";
  }
  specs.push_back("'1:command:->command'");
  specs.push_back("'*::argument:->argument'");
  out += "  local curcontext=$curcontext state line ret=1\n  _arguments -C -s -S \\\n";
  for (const auto& spec : specs) out += fmt::format("    {} \\\n", spec);
  out += "    && ret=0\n  case $state in\n    command)\n      local -a commands=(\n";
  for (const auto& sub : command.subcommands) {
    out += fmt::format("        '{}:{}'\n", sub.path.back(), zsh_quote(sub.summary));
  }
  out += "      )\n      _describe -t commands command commands && ret=0\n      ;;\n    argument)\n";
  out += "      case $words[1] in\n";
  for (const auto& sub : command.subcommands) {
    out += fmt::format("        {}) {} && ret=0 ;;\n", sub.path.back(), function_name(sub));
  }
  out += "      esac\n      ;;\n  esac\n  return ret\n}\n\n";
  return out;
}

}  // namespace

std::string bash_completion(const CommandDoc& root) {
  std::string out = fmt::format("# bash completion for {0}: {1}.\n\n", root.path.front(), kGeneratedNote);
  out += "_hocvu_words() { mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\"); }\n";
  out += "_hocvu_files() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); }\n\n";
  out += "_hocvu() {\n  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n";
  out += fmt::format("  local command={} i\n  COMPREPLY=()\n", root.path.front());
  out += "  # The subcommand typed so far: the words that name a subcommand of the one before.\n";
  out += "  for ((i = 1; i < COMP_CWORD; i++)); do\n    case \"$command ${COMP_WORDS[i]}\" in\n";
  std::vector<std::string> paths;
  for (const CommandDoc* command : all_commands_under(root)) {
    if (command != &root) paths.push_back("'" + joined(command->path, " ") + "'");
  }
  out += fmt::format("      {}) command=\"$command ${{COMP_WORDS[i]}}\" ;;\n    esac\n  done\n", fmt::join(paths, "|"));
  out += "  case $command in\n";
  for (const CommandDoc* command : all_commands_under(root)) out += bash_command_case(*command);
  out += "  esac\n}\n\n";
  out += fmt::format("complete -F _hocvu {}\n", root.path.front());
  return out;
}

std::string zsh_completion(const CommandDoc& root) {
  std::string out = fmt::format("#compdef {0}\n# zsh completion for {0}: {1}.\n\n", root.path.front(), kGeneratedNote);
  std::vector<const CommandDoc*> commands = all_commands_under(root);
  for (auto it = commands.rbegin(); it != commands.rend(); ++it) out += zsh_function(**it);
  out += fmt::format("{} \"$@\"\n", function_name(root));
  return out;
}

}  // namespace hocvu::cli
