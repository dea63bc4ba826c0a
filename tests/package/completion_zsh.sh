#!/usr/bin/env bash
# The generated zsh completion: valid zsh (zsh -n), and its functions hand _arguments the
# options, values and file actions hocvu's command line defines (_arguments is stubbed to print
# what it is given). Skipped (exit 77) without zsh, failed under CI=true (the bootstrap installs it).
# Usage: completion_zsh.sh BUILD_DIR
set -u
script="$1/completions/_hocvu"
if ! command -v zsh >/dev/null; then
  echo "zsh is not installed (./scripts/bootstrap installs it)"
  [ "${CI:-}" = true ] && exit 1 || exit 77
fi
zsh -n "$script" || { echo "FAIL: zsh -n $script"; exit 1; }
head -n1 "$script" | grep -qx '#compdef hocvu' || { echo "FAIL: the first line is not '#compdef hocvu'"; exit 1; }

specs=$(zsh -f -c '
  _arguments() { print -rl -- "$@" }
  _describe() {}
  source "$1" >/dev/null
  _hocvu_lint
  print -- ---
  _hocvu_exam
  print -- ---
  _hocvu_import_gift' zsh "$script") || { echo "FAIL: zsh could not run the completion functions"; exit 1; }

failures=0
expect() {
  if grep -qxF -- "$1" <<< "$specs"; then
    echo "ok: $1"
  else
    echo "FAIL: no spec '$1'"
    failures=$((failures + 1))
  fi
}
expect '(-f --format)-f[output\: text, json, sarif or github]:TEXT:(text json sarif github)'
expect '(-f --format)--format[output\: text, json, sarif or github]:TEXT:(text json sarif github)'
expect '--color[auto, always or never (NO_COLOR is honoured)]:TEXT:(auto always never)'
expect '--strict[warnings fail the run too (exit 1)]'
expect '*:paths:_files'
expect '1:blueprint:_files'
expect '--lang[language of messages and of the texts hocvu adds to papers and LMS files\: vi or en, a region may follow (default for the papers\: the blueprint'\''s language, else the framework'\''s)]:TEXT:(vi en)'
expect '(-n --forms)--forms[number of forms (default\: the blueprint'\''s)]:UINT: '
expect '1:FILE:_files'
[ "$failures" -eq 0 ] || { echo "$failures zsh completion check(s) failed"; exit 1; }
