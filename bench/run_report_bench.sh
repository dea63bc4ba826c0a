#!/usr/bin/env bash
# Report benchmark: how fast `hocvu report` writes the workbook, the JSON and the CSV for 1M people
# in about 3,500 units with about 3M graded attempts, and its peak memory; with the time of each
# phase that makes the data (units, exams, roster, sittings) and grades it. See bench/README.md.
#
#   bench/run_report_bench.sh [BUILD_DIR] [PEOPLE] [ATTEMPTS] [COMMUNES]
#   (default: build 1000000 3000000 3300; make bench)
#
# Sittings are simulated in rounds (seeds 1, 2, ...) until ATTEMPTS graded attempts are reached:
# one round gives about 1.4 attempts a person, so the later rounds stand in for the volume of a
# busier campaign (each round is its own results folder, as separate exports would be).
# Data lives in BUILD_DIR/bench-data/report and is reused while the hocvu binary and the sizes are
# unchanged. Exits 0 when the benchmark ran (goals met or not), 2 when it could not run.
set -euo pipefail

BUILD_DIR=${1:-build}
PEOPLE=${2:-1000000}
ATTEMPTS=${3:-3000000}
COMMUNES=${4:-3300}
HOCVU=$BUILD_DIR/hocvu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DATA=${HOCVU_BENCH_DATA:-$BUILD_DIR/bench-data/report}
TIME=/usr/bin/time
AS_OF=2026-11-30
GOAL_SECONDS=10     # the workbook of 1M people and 3M attempts in under 10 s ...
GOAL_MB=2048        # ... and under 2 GB

die() {
  echo "run_report_bench: $*" >&2
  exit 2
}

[ -x "$HOCVU" ] || die "$HOCVU not found; build first (make build)"
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null || die "$TIME is not GNU time (scripts/bootstrap installs it)"
[ -f "$ROOT/reports/units.yaml" ] || die "$ROOT/reports/units.yaml not found"
"$HOCVU" help report >/dev/null 2>&1 || die "this hocvu has no 'report' command yet"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# phase LABEL CMD...: runs CMD under GNU time (-v), adds its wall-clock seconds to PHASE_SECONDS
# and keeps the largest peak memory in PHASE_PEAK_KB. Exit status 1 (data problems listed,
# rows rejected) counts as a completed run.
PHASE_SECONDS=0
PHASE_PEAK_KB=0
phase() {
  "$TIME" -v -o "$TMP/time" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || [ $? -eq 1 ] || {
    cat "$TMP/stderr" >&2
    die "failed: $*"
  }
  local wall peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$TMP/time")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$TMP/time")
  PHASE_SECONDS=$(awk -v a="$PHASE_SECONDS" -v b="$wall" 'BEGIN { printf "%.2f", a + b }')
  PHASE_PEAK_KB=$(awk -v a="$PHASE_PEAK_KB" -v b="$peak" 'BEGIN { print (b > a ? b : a) }')
  LAST_SECONDS=$wall
  LAST_PEAK_MB=$(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }')
}
reset_phase() { PHASE_SECONDS=0; PHASE_PEAK_KB=0; }
peak_mb() { awk -v k="$PHASE_PEAK_KB" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Data rows of a CSV file (its header not counted).
data_rows() { echo $(($(wc -l <"$1") - 1)); }

echo "hocvu report: $PEOPLE people, about $ATTEMPTS attempts, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Data: the unit tree, the six exams of the bundled blueprints, the roster, the sittings.
stamp="hocvu=$(sha256sum <"$HOCVU" | cut -d' ' -f1) people=$PEOPLE attempts=$ATTEMPTS communes=$COMMUNES"
if [ ! -f "$DATA/.stamp" ] || [ "$(cat "$DATA/.stamp")" != "$stamp" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  reset_phase
  phase /usr/bin/python3 "$HERE/make_report_units.py" --units "$ROOT/reports/units.yaml" --communes "$COMMUNES" \
    --out "$DATA/units.yaml"
  echo "  units: $(cat "$TMP/stdout")"
  for blueprint in "$ROOT"/framework/blueprints/*.yaml; do
    id=$(basename "$blueprint" .yaml)
    phase "$HOCVU" exam "$blueprint" --data "$ROOT/framework" --data "$ROOT/question-banks" --out "$DATA/exam/$id"
  done
  phase "$HOCVU" simulate roster --units "$DATA/units.yaml" --data "$ROOT/framework" --people "$PEOPLE" --seed 1 \
    -o "$DATA/roster.csv"
  attempts=0 round=0
  while [ "$round" -eq 0 ] || [ "$attempts" -lt "$ATTEMPTS" ]; do
    round=$((round + 1))
    phase "$HOCVU" simulate sittings --roster "$DATA/roster.csv" $(printf -- '--exam %s ' "$DATA"/exam/*) \
      --from 2025-09-15 --to "$AS_OF" --seed "$round" --out "$DATA/sittings-$round"
    for file in "$DATA/sittings-$round"/*.csv; do attempts=$((attempts + $(data_rows "$file"))); done
  done
  echo "$round" >"$DATA/rounds"
  printf '%-34s %8s s %9s MB peak   (%s rounds of sittings, %s attempts)\n' "data generation" "$PHASE_SECONDS" \
    "$(peak_mb)" "$round" "$attempts"

  # 2. Grading: every exam's sittings of every round, each into its own results folder.
  reset_phase
  for sittings in "$DATA"/sittings-*; do
    for file in "$sittings"/*.csv; do
      id=$(basename "$file" .csv)
      phase "$HOCVU" grade --exam "$DATA/exam/$id" --out "$DATA/results/$(basename "$sittings")/$id" --quiet "$file"
    done
  done
  printf '%-34s %8s s %9s MB peak\n' "grading" "$PHASE_SECONDS" "$(peak_mb)"
  printf '%s\n' "$stamp" >"$DATA/.stamp"
else
  echo "  (data and grading reused from $DATA: delete it to time them again)"
fi

# 3. The report, in each format, from the same inputs.
results=()
for folder in "$DATA"/results/*/*/; do results+=(--results "${folder%/}"); done
scored=0
for scores in "$DATA"/results/*/*/scores.csv; do scored=$((scored + $(data_rows "$scores"))); done
echo "  report inputs: $(data_rows "$DATA/roster.csv") people, $scored graded attempts in $((${#results[@]} / 2)) results folders"
declare -A REPORT_SECONDS REPORT_PEAK
for out in report.xlsx report.json report.csv; do
  rm -f "$TMP/$out"
  reset_phase
  phase "$HOCVU" report --roster "$DATA/roster.csv" "${results[@]}" --data "$ROOT/framework" --units "$DATA/units.yaml" \
    --targets "$ROOT/reports/targets.yaml" --as-of "$AS_OF" --out "$TMP/$out"
  [ -s "$TMP/$out" ] || die "hocvu report wrote no $out"
  REPORT_SECONDS[$out]=$LAST_SECONDS
  REPORT_PEAK[$out]=$LAST_PEAK_MB
  printf '%-34s %8s s %9s MB peak   %s MB written\n' "hocvu report --out $out" "$LAST_SECONDS" "$LAST_PEAK_MB" \
    "$(awk -v b="$(stat -c %s "$TMP/$out")" 'BEGIN { printf "%.1f", b / 1048576 }')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

awk -v s="${REPORT_SECONDS[report.xlsx]}" -v m="${REPORT_PEAK[report.xlsx]}" -v gs="$GOAL_SECONDS" -v gm="$GOAL_MB" \
  -v n="$PEOPLE" -v a="$scored" \
  'BEGIN { printf "goal: the workbook of %d people and %d attempts in under %d s and %d MB: %s s, %s MB, %s\n",
           n, a, gs, gm, s, m, (s < gs && m < gm ? "met" : "NOT met") }'
