#!/usr/bin/env bash
# Certify benchmark: how fast `hocvu certify` signs one Open Badges 3.0 credential per covered
# person and writes the status list, and its peak memory; then a rerun with --previous that keeps
# every id (the earlier folder read back and every proof in it checked) and one with a results
# folder left out (revocations). The data is simulated as the report benchmark's is (units, the
# bundled exams, a roster, one round of sittings, graded). See bench/README.md.
#
#   bench/run_certify_bench.sh [BUILD_DIR] [PEOPLE] [COMMUNES]
#   (default: build 100000 300)
#
# Data lives in BUILD_DIR/bench-data/certify and is reused while the hocvu binary and the sizes
# are unchanged. The issuer key is the test key (tests/certify/issuer.key). Exits 0 when the
# benchmark ran, 2 when it could not run.
set -euo pipefail

BUILD_DIR=${1:-build}
PEOPLE=${2:-100000}
COMMUNES=${3:-300}
HOCVU=$BUILD_DIR/hocvu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DATA=${HOCVU_BENCH_DATA:-$BUILD_DIR/bench-data/certify}
TIME=/usr/bin/time
AS_OF=2026-11-30

die() {
  echo "run_certify_bench: $*" >&2
  exit 2
}

[ -x "$HOCVU" ] || die "$HOCVU not found; build first (make build)"
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null || die "$TIME is not GNU time (scripts/bootstrap installs it)"
"$HOCVU" help certify >/dev/null 2>&1 || die "this hocvu has no 'certify' command"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# phase CMD...: runs CMD under GNU time; LAST_SECONDS and LAST_PEAK_MB say how long and how much.
# Exit status 1 (data problems listed) counts as a completed run.
phase() {
  "$TIME" -v -o "$TMP/time" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || [ $? -eq 1 ] || {
    cat "$TMP/stderr" >&2
    die "failed: $*"
  }
  LAST_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$TMP/time")
  LAST_PEAK_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$TMP/time")
}

echo "hocvu certify: $PEOPLE people, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Data: the unit tree, the bundled exams, the roster, one round of sittings, graded.
stamp="hocvu=$(sha256sum <"$HOCVU" | cut -d' ' -f1) people=$PEOPLE communes=$COMMUNES"
if [ ! -f "$DATA/.stamp" ] || [ "$(cat "$DATA/.stamp")" != "$stamp" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  phase /usr/bin/python3 "$HERE/make_report_units.py" --units "$ROOT/reports/units.yaml" --communes "$COMMUNES" \
    --out "$DATA/units.yaml"
  for blueprint in "$ROOT"/framework/blueprints/*.yaml; do
    phase "$HOCVU" exam "$blueprint" --data "$ROOT/framework" --data "$ROOT/question-banks" \
      --out "$DATA/exam/$(basename "$blueprint" .yaml)"
  done
  phase "$HOCVU" simulate roster --units "$DATA/units.yaml" --data "$ROOT/framework" --people "$PEOPLE" --seed 1 \
    -o "$DATA/roster.csv"
  phase "$HOCVU" simulate sittings --roster "$DATA/roster.csv" $(printf -- '--exam %s ' "$DATA"/exam/*) \
    --from 2025-09-15 --to "$AS_OF" --seed 1 --out "$DATA/sittings"
  for file in "$DATA"/sittings/*.csv; do
    id=$(basename "$file" .csv)
    phase "$HOCVU" grade --exam "$DATA/exam/$id" --out "$DATA/results/$id" --quiet "$file"
  done
  printf '%s\n' "$stamp" >"$DATA/.stamp"
else
  echo "  (data reused from $DATA: delete it to make it again)"
fi

cp "$ROOT/tests/certify/issuer.key" "$TMP/issuer.key"
chmod 600 "$TMP/issuer.key"
folders=("$DATA"/results/*)
common=(--roster "$DATA/roster.csv" --data "$ROOT/framework" --units "$DATA/units.yaml"
        --targets "$ROOT/reports/targets.yaml" --key "$TMP/issuer.key" --as-of "$AS_OF")

# 2. A first run, a rerun that changes nothing, a rerun without the first results folder.
report() {  # LABEL FOLDER
  local lines bytes
  lines=$(wc -l <"$2/credentials.jsonl")
  bytes=$(stat -c %s "$2/credentials.jsonl")
  printf '%-44s %8s s %9s MB peak   %s credentials, %s MB; %s\n' "$1" "$LAST_SECONDS" "$LAST_PEAK_MB" "$lines" \
    "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" "$(grep -o '[0-9]* issued.*revoked' "$TMP/stderr")"
}
phase "$HOCVU" certify "${common[@]}" $(printf -- '--results %s ' "${folders[@]}") --out "$TMP/first"
report "hocvu certify (first run)" "$TMP/first"
phase "$HOCVU" certify "${common[@]}" $(printf -- '--results %s ' "${folders[@]}") --previous "$TMP/first" \
  --out "$TMP/again"
report "hocvu certify --previous (nothing changed)" "$TMP/again"
cmp -s "$TMP/first/credentials.jsonl" "$TMP/again/credentials.jsonl" || die "a rerun changed credentials.jsonl"
phase "$HOCVU" certify "${common[@]}" $(printf -- '--results %s ' "${folders[@]:1}") --previous "$TMP/again" \
  --out "$TMP/revoked"
report "hocvu certify --previous (one folder out)" "$TMP/revoked"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
