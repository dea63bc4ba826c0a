#!/usr/bin/env bash
# The generated bash completion, called as bash calls it: COMP_WORDS and COMP_CWORD set, then
# _hocvu, then COMPREPLY compared with what hocvu's command line defines.
# Usage: completion_bash.sh BUILD_DIR
set -u
script="$1/completions/hocvu"
failures=0

# check "WORDS" CWORD "EXPECTED" [folder to run in]
check() {
  local words=$1 cword=$2 expected=$3 folder=${4:-.}
  local got
  got=$(cd "$folder" && bash -c '
    source "$0" || exit 3
    read -r -a COMP_WORDS <<< "$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$2
    _hocvu
    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' "$script" "$words" "$cword")
  if [ "${got% }" != "$expected" ]; then
    echo "FAIL: '$words<TAB>' gave '${got% }', expected '$expected'"
    failures=$((failures + 1))
  else
    echo "ok: '$words<TAB>' -> $expected"
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/banks" && touch "$tmp/banks.yaml" "$tmp/blueprint.yaml"

check "hocvu li" 1 "lint"
check "hocvu " 1 "certify exam export grade help import keygen lint merge report simulate verify"
check "hocvu lint --for" 2 "--format"
check "hocvu lint --format " 3 "github json sarif text"
check "hocvu lint --format s" 3 "sarif"
check "hocvu lint --color " 3 "always auto never"
check "hocvu lint --min-questions " 3 ""
check "hocvu exam --lang " 3 "en vi"
check "hocvu grade --partial f" 3 "false false2"
check "hocvu report --lang " 3 "en vi"
check "hocvu simulate r" 2 "responses roster"
check "hocvu simulate responses --format " 4 "jsonl long wide"
check "hocvu import " 2 "gift moodle-xml"
check "hocvu export case --o" 3 "--out"
# File names for positionals and path options, in the folder the shell is in.
check "hocvu lint b" 2 "banks banks.yaml blueprint.yaml" "$tmp"
check "hocvu exam bl" 2 "blueprint.yaml" "$tmp"
check "hocvu grade --out ban" 3 "banks banks.yaml" "$tmp"
# An option value that is a subcommand's name does not move into that subcommand.
check "hocvu lint --output lint --f" 4 "--fix --format"

if [ "$failures" -ne 0 ]; then
  echo "$failures completion check(s) failed"
  exit 1
fi
