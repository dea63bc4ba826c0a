#!/usr/bin/env bash
# Grading benchmark: how fast `hocvu grade` grades 1M and 4M candidates x 40 questions in wide CSV
# and 1M in JSON Lines with every output, its peak memory, against the reading floor (`wc -l`) and
# a pandas script that computes only totals and facility. See bench/README.md.
#
#   bench/run_grade_bench.sh [BUILD_DIR] [SIZES]   (default: build, "1000000 4000000"; make bench)
#
# Data lives in BUILD_DIR/bench-data/grade and is reused while the hocvu binary is unchanged.
# Exits 0 when the benchmark ran (goals met or not), 2 when it could not run.
set -euo pipefail

BUILD_DIR=${1:-build}
SIZES=${2:-"1000000 4000000"}
read -r FIRST _ <<<"$SIZES"     # the size the goals and the other formats use
LAST=${SIZES##* }               # the size memory is compared at
HOCVU=$BUILD_DIR/hocvu
MAKE_BANK=$BUILD_DIR/bench/hocvu_make_bank
DATA=${HOCVU_BENCH_DATA:-$BUILD_DIR/bench-data/grade}
BLUEPRINT=$(dirname "$0")/exam-blueprint-dbqh.yaml
PANDAS=$(dirname "$0")/pandas_totals.py
TIME=/usr/bin/time
GOAL_SECONDS=0.8   # 1M x 40 graded with every output ...
GOAL_PANDAS=15     # ... at least 15 times faster than the pandas script

die() {
  echo "run_grade_bench: $*" >&2
  exit 2
}

[ -x "$HOCVU" ] || die "$HOCVU not found; build first (make build)"
[ -x "$MAKE_BANK" ] || die "$MAKE_BANK not found; build first (make build)"
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null || die "$TIME is not GNU time (scripts/bootstrap installs it)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$DATA"

# The exam: 4 forms of 40 from a synthetic bank of 2,000 questions (the exam benchmark's generator).
stamp="hocvu=$(sha256sum <"$HOCVU" | cut -d' ' -f1) sizes=$SIZES"
if [ ! -f "$DATA/.stamp" ] || [ "$(cat "$DATA/.stamp")" != "$stamp" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  "$MAKE_BANK" --questions 2000 --files 4 --seed 42 --out "$DATA/bank" >/dev/null || die "$MAKE_BANK failed"
  "$HOCVU" exam "$BLUEPRINT" --data "$DATA/bank/framework" --data "$DATA/bank/question-banks" --forms 4 \
    --out "$DATA/exam" >/dev/null 2>&1 || die "hocvu exam failed on the bench bank"
  for n in $SIZES; do
    "$HOCVU" simulate responses --exam "$DATA/exam" --candidates "$n" --seed 7 -o "$DATA/wide-$n.csv"
  done
  "$HOCVU" simulate responses --exam "$DATA/exam" --candidates "$FIRST" --seed 7 --format jsonl -o "$DATA/jsonl-$FIRST.jsonl"
  printf '%s\n' "$stamp" >"$DATA/.stamp"
fi

# timed LABEL CMD...: best wall-clock seconds of 3 runs and the largest peak memory (MB).
timed() {
  local best="" peak=0 t m
  for _ in 1 2 3; do
    "$TIME" -f '%e %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/stderr" || [ $? -eq 1 ] || {
      cat "$TMP/stderr" >&2
      die "failed: $*"
    }
    read -r t m < <(tail -n 1 "$TMP/time")
    best=$(awk -v a="${best:-$t}" -v b="$t" 'BEGIN { print (b < a ? b : a) }')
    peak=$(awk -v a="$peak" -v b="$m" 'BEGIN { print (b > a ? b : a) }')
  done
  SECONDS_BEST=$best
  PEAK_MB=$(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }')
}

echo "hocvu grade: every output (scores, competencies, items, distractors, summary, analysis), $(nproc) cores,"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %9s %8s %10s %8s %9s\n' "input" "MB" "seconds" "rows/s" "MB/s" "peak MB"
row() {
  local label=$1 file=$2 rows mb
  rows=$3
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
  printf '%-28s %9s %8s %10.0f %8.1f %9s\n' "$label" "$mb" "$SECONDS_BEST" \
    "$(awk -v r="$rows" -v s="$SECONDS_BEST" 'BEGIN { print (s > 0 ? r / s : 0) }')" \
    "$(awk -v m="$mb" -v s="$SECONDS_BEST" 'BEGIN { print (s > 0 ? m / s : 0) }')" "$PEAK_MB"
}
declare -A GRADE_SECONDS GRADE_PEAK
for n in $SIZES; do
  timed "$HOCVU" grade --exam "$DATA/exam" --out "$TMP/out" --force --quiet "$DATA/wide-$n.csv"
  GRADE_SECONDS[$n]=$SECONDS_BEST
  GRADE_PEAK[$n]=$PEAK_MB
  row "hocvu grade wide $n" "$DATA/wide-$n.csv" "$n"
  timed "$HOCVU" grade --exam "$DATA/exam" --out "$TMP/out" --force --quiet --duplicates allow "$DATA/wide-$n.csv"
  row "  --duplicates allow" "$DATA/wide-$n.csv" "$n"
  timed wc -l "$DATA/wide-$n.csv"
  row "  wc -l (reading floor)" "$DATA/wide-$n.csv" "$n"
done
timed "$HOCVU" grade --exam "$DATA/exam" --out "$TMP/out" --force --quiet "$DATA/jsonl-$FIRST.jsonl"
row "hocvu grade jsonl $FIRST" "$DATA/jsonl-$FIRST.jsonl" "$FIRST"
timed "$HOCVU" grade --exam "$DATA/exam" --out "$TMP/out" --force --quiet --threads 1 "$DATA/wide-$FIRST.csv"
row "hocvu grade wide, 1 thread" "$DATA/wide-$FIRST.csv" "$FIRST"

PANDAS_SECONDS=-
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  "$TIME" -f '%e %M' -o "$TMP/time" /usr/bin/python3 "$PANDAS" "$DATA/exam/key.csv" "$DATA/wide-$FIRST.csv" >/dev/null
  read -r PANDAS_SECONDS pandas_kb < <(tail -n 1 "$TMP/time")
  printf '%-28s %9s %8s %10s %8s %9s\n' "pandas totals+facility" "" "$PANDAS_SECONDS" "" "" \
    "$(awk -v k="$pandas_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

one=${GRADE_SECONDS[$FIRST]:-}
if [ -n "$one" ]; then
  verdict=$(awk -v s="$one" -v g="$GOAL_SECONDS" 'BEGIN { print (s < g ? "met" : "NOT met") }')
  echo "goal: 1M x 40 in under ${GOAL_SECONDS} s: $FIRST in ${one} s, $verdict"
  if [ "$PANDAS_SECONDS" != "-" ]; then
    awk -v p="$PANDAS_SECONDS" -v s="$one" -v g="$GOAL_PANDAS" \
      'BEGIN { r = p / s; printf "goal: %d x faster than pandas: %.1f x, %s\n", g, r, (r >= g ? "met" : "NOT met") }'
  fi
  if [ "$LAST" != "$FIRST" ]; then
    awk -v a="${GRADE_PEAK[$FIRST]}" -v b="${GRADE_PEAK[$LAST]}" -v n1="$FIRST" -v n2="$LAST" \
      'BEGIN { d = (b - a) / a * 100; printf "goal: peak memory at %d within 10%% of %d: %.1f MB vs %.1f MB (%+.0f%%), %s\n", n2, n1, b, a, d, (d <= 10 ? "met" : "NOT met") }'
  fi
fi
