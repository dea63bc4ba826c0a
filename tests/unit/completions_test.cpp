#include "completions.hpp"

#include <catch2/catch.hpp>

#include "cli_doc_fixture.hpp"

using hocvu::cli::bash_completion;
using hocvu::cli::describe_command;
using hocvu::cli::zsh_completion;

TEST_CASE("bash_completion: subcommands, option values, files and nothing for numbers", "[completions]") {
  hocvu::cli::test::ToyValues values;
  auto app = hocvu::cli::test::toy_app(values);
  std::string bash = bash_completion(describe_command(*app));
  CHECK(bash.find("      'toy check'|'toy import'|'toy import gift') command=") != std::string::npos);
  CHECK(bash.find("    'toy')\n      if [[ $cur == -* ]]; then _hocvu_words '-h --help'; "
                  "else _hocvu_words 'check import'; fi\n") != std::string::npos);
  CHECK(bash.find("        -f|--format) _hocvu_words 'text json'; return ;;\n") != std::string::npos);
  CHECK(bash.find("        -j|--jobs) COMPREPLY=(); return ;;\n") != std::string::npos);
  CHECK(bash.find("'-h --help -f --format -j --jobs --strict'; else _hocvu_files; fi\n") != std::string::npos);
  CHECK(bash.find("complete -F _hocvu toy\n") != std::string::npos);
}

TEST_CASE("zsh_completion: one function per command, _arguments specs with values", "[completions]") {
  hocvu::cli::test::ToyValues values;
  auto app = hocvu::cli::test::toy_app(values);
  std::string zsh = zsh_completion(describe_command(*app));
  CHECK(zsh.rfind("#compdef toy\n", 0) == 0);
  CHECK(zsh.find("    '(-f --format)'{-f,--format}'[output format]:TEXT:(text json)' \\\n") != std::string::npos);
  CHECK(zsh.find("    '--strict[warnings fail the run too]' \\\n") != std::string::npos);
  CHECK(zsh.find("    '*:paths:_files'\n") != std::string::npos);
  CHECK(zsh.find("        'import:bring files in'\n") != std::string::npos);
  CHECK(zsh.find("        gift) _toy_import_gift && ret=0 ;;\n") != std::string::npos);
  CHECK(zsh.find("    '1:FILE:_files'\n") != std::string::npos);
  CHECK(zsh.substr(zsh.size() - 10) == "_toy \"$@\"\n");
}
