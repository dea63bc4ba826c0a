#!/usr/bin/env bash
# Lint throughput benchmark: how fast `hocvu lint` checks 100,000 synthetic questions, and how
# it compares with yamllint on a 10,000-question slice. See bench/README.md.
#
#   bench/run_lint_bench.sh [BUILD_DIR]     (default: build; `make bench` runs it)
#
# Builds nothing: it needs BUILD_DIR/hocvu and BUILD_DIR/bench/hocvu_make_bank. Generated data
# lives in BUILD_DIR/bench-data and is reused while its parameters and generator are unchanged.
# Exits 0 when the benchmark ran (whether or not the goal was met), 2 when it could not run.
set -euo pipefail

BUILD_DIR=${1:-build}
HOCVU=$BUILD_DIR/hocvu
MAKE_BANK=$BUILD_DIR/bench/hocvu_make_bank
DATA=$BUILD_DIR/bench-data
TIME=/usr/bin/time
SEED=42
RUNS=3
GOAL_SECONDS=2     # 100,000 questions in under 2 s ...
GOAL_PEAK_MB=200   # ... and under 200 MB peak memory (MB = 2^20 bytes throughout)

die() {
  echo "run_lint_bench: $*" >&2
  exit 2
}

[ -x "$MAKE_BANK" ] || die "$MAKE_BANK not found; build first (make build)"
[ -x "$HOCVU" ] || die "$HOCVU not found; build first (make build)"
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null ||
  die "$TIME is not GNU time; install the 'time' package (scripts/bootstrap does)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# generate QUESTIONS FILES DIR: writes the data set unless DIR already holds it, as recorded in
# DIR/.stamp (parameters and a checksum of the generator, so a changed generator regenerates).
generate() {
  local questions=$1 files=$2 dir=$3 want
  want="questions=$questions files=$files seed=$SEED generator=$(sha256sum <"$MAKE_BANK" | cut -d' ' -f1)"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$want" ]; then
    return
  fi
  rm -rf "$dir"
  "$MAKE_BANK" --questions "$questions" --files "$files" --seed "$SEED" --out "$dir" >/dev/null ||
    die "$MAKE_BANK failed"
  printf '%s\n' "$want" >"$dir/.stamp"
}

# yaml_files DIR: the number of YAML files and their size in MB.
yaml_files() {
  find "$1/framework" "$1/question-banks" -type f -name '*.yaml' -printf '%s\n' |
    awk '{ n++; b += $1 } END { printf "%d %.1f\n", n, b / 1048576 }'
}

# time_hocvu DIR: runs hocvu lint on DIR once; sets SECONDS_TAKEN and PEAK_MB. Exit 0 (clean)
# and 1 (findings) are both a completed run; anything else stops the benchmark.
time_hocvu() {
  local dir=$1 rc=0
  "$TIME" -f '%e %M' -o "$TMP/time" \
    "$HOCVU" lint --format json --min-questions 0 "$dir/framework" "$dir/question-banks" \
    >/dev/null 2>"$TMP/stderr" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "run_lint_bench: hocvu lint failed (exit $rc) on $dir:" >&2
    cat "$TMP/stderr" >&2
    tail -n 2 "$TMP/time" >&2
    exit 2
  fi
  if [ "$rc" -eq 1 ]; then
    FINDINGS=1
  fi
  # GNU time writes "Command exited with non-zero status 1" first when the exit is not 0.
  read -r SECONDS_TAKEN PEAK_KB < <(tail -n 1 "$TMP/time")
  PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN { printf "%.1f", k / 1024 }')
}

FINDINGS=0
BIG=$DATA/lint-100k
SLICE=$DATA/lint-10k
BIG_QUESTIONS=100000
SLICE_QUESTIONS=10000

# --- 100,000 questions, best of 3 -------------------------------------------------------------
generate "$BIG_QUESTIONS" 100 "$BIG"
read -r big_files big_mb < <(yaml_files "$BIG")

best=""
peak=0
for _ in $(seq "$RUNS"); do
  time_hocvu "$BIG"
  if [ -z "$best" ] || awk -v a="$SECONDS_TAKEN" -v b="$best" 'BEGIN { exit !(a < b) }'; then
    best=$SECONDS_TAKEN
  fi
  peak=$(awk -v a="$PEAK_MB" -v b="$peak" 'BEGIN { print (a > b) ? a : b }')
done

echo "hocvu lint --format json --min-questions 0, $BIG_QUESTIONS questions (best of $RUNS runs)"
awk -v f="$big_files" -v mb="$big_mb" -v s="$best" -v q="$BIG_QUESTIONS" -v p="$peak" 'BEGIN {
  d = (s > 0.01) ? s : 0.01   # GNU time reports hundredths of a second
  printf "%7s %8s %9s %8s %13s %14s\n", "files", "MB", "seconds", "MB/s", "questions/s", "peak memory MB"
  printf "%7d %8.1f %9.2f %8.1f %13.0f %14.1f\n", f, mb, s, mb / d, q / d, p
}'
echo

# --- 10,000-question slice: yamllint and hocvu ------------------------------------------------
generate "$SLICE_QUESTIONS" 10 "$SLICE"
read -r slice_files slice_mb < <(yaml_files "$SLICE")
echo "$SLICE_QUESTIONS-question slice: $slice_files files, $slice_mb MB (one run each)"
printf '%-22s %9s %14s\n' "tool" "seconds" "peak memory MB"

if command -v yamllint >/dev/null; then
  rc=0
  "$TIME" -f '%e %M' -o "$TMP/time" yamllint -d relaxed "$SLICE/framework" "$SLICE/question-banks" \
    >/dev/null 2>"$TMP/stderr" || rc=$?
  # Exit 1 means problems found (listed on stdout) but also a crash (a traceback on stderr).
  if [ "$rc" -eq 0 ] || { [ "$rc" -eq 1 ] && [ ! -s "$TMP/stderr" ]; }; then
    read -r y_seconds y_kb < <(tail -n 1 "$TMP/time")
    awk -v s="$y_seconds" -v k="$y_kb" 'BEGIN { printf "%-22s %9.2f %14.1f\n", "yamllint -d relaxed", s, k / 1024 }'
  else
    echo "yamllint -d relaxed    failed (exit $rc): $(tail -n 1 "$TMP/stderr")"
  fi
else
  echo "yamllint -d relaxed    not installed (scripts/bootstrap installs it); skipped"
fi

time_hocvu "$SLICE"
awk -v s="$SECONDS_TAKEN" -v p="$PEAK_MB" 'BEGIN { printf "%-22s %9.2f %14.1f\n", "hocvu lint", s, p }'
echo

if [ "$FINDINGS" -eq 1 ]; then
  echo "note: hocvu lint reported findings (exit 1) on the synthetic data, which should be clean;"
  echo "      run $HOCVU lint --min-questions 0 $SLICE/framework $SLICE/question-banks to see them."
  echo
fi

# --- the goal ---------------------------------------------------------------------------------
if awk -v s="$best" -v p="$peak" -v gs="$GOAL_SECONDS" -v gp="$GOAL_PEAK_MB" 'BEGIN { exit !(s < gs && p < gp) }'; then
  verdict="GOAL MET"
else
  verdict="GOAL MISSED"
fi
echo "$verdict: $BIG_QUESTIONS questions in $best s (goal < $GOAL_SECONDS s), peak $peak MB (goal < $GOAL_PEAK_MB MB)"
