#!/usr/bin/env bash
# Exam assembly benchmark: how fast `hocvu exam` assembles parallel forms of 40 questions under
# a blueprint of 26 constraints, from synthetic banks of 2,000 and 20,000 questions. See
# bench/README.md.
#
#   bench/run_exam_bench.sh [BUILD_DIR]     (default: build; `make bench` runs it)
#
# Builds nothing: it needs BUILD_DIR/hocvu and BUILD_DIR/bench/hocvu_make_bank. Generated data
# lives in BUILD_DIR/bench-data and is reused while its parameters and generator are unchanged.
# The blueprint is bench/exam-blueprint-dbqh.yaml, next to this script.
# Exits 0 when the benchmark ran (whether or not the goal was met), 2 when it could not run.
set -euo pipefail

BUILD_DIR=${1:-build}
HOCVU=$BUILD_DIR/hocvu
MAKE_BANK=$BUILD_DIR/bench/hocvu_make_bank
DATA=$BUILD_DIR/bench-data
BLUEPRINT=$(dirname "$0")/exam-blueprint-dbqh.yaml
TIME=/usr/bin/time
SEED=42
GOAL_QUESTIONS=20000   # 100 forms from 20,000 questions ...
GOAL_FORMS=100
GOAL_SECONDS=2         # ... in under 2 s of assembly (MB = 2^20 bytes throughout)
# What the check of the written forms holds them to; keep in step with the blueprint.
OVERLAP=8
EXPOSURE=0.2
POINTS_MIN=42
POINTS_MAX=52
DIFFICULTY_TOLERANCE=0.1

die() {
  echo "run_exam_bench: $*" >&2
  exit 2
}

[ -x "$MAKE_BANK" ] || die "$MAKE_BANK not found; build first (make build)"
[ -x "$HOCVU" ] || die "$HOCVU not found; build first (make build)"
[ -f "$BLUEPRINT" ] || die "$BLUEPRINT not found"
"$TIME" -f '%e %M' -o /dev/null true 2>/dev/null ||
  die "$TIME is not GNU time; install the 'time' package (scripts/bootstrap does)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# check_forms DIR FORMS: checks the forms hocvu wrote to DIR against the blueprint, from
# DIR/manifest.json: every count within its bounds, points, no question twice on a form, at
# most OVERLAP shared by two forms, each question on at most floor(EXPOSURE * FORMS) forms,
# and mean difficulties within twice the tolerance of each other (the target itself, the
# pool's mean, is not in the manifest). Prints "valid" or "INVALID: why"; "-" without python3.
check_forms() {
  command -v python3 >/dev/null || {
    echo "-"
    return
  }
  python3 - "$1/manifest.json" "$2" "$OVERLAP" "$EXPOSURE" "$POINTS_MIN" "$POINTS_MAX" "$DIFFICULTY_TOLERANCE" <<'PY'
import collections, itertools, json, math, sys
path, forms_wanted = sys.argv[1], int(sys.argv[2])
overlap, exposure, points_min, points_max, tolerance = int(sys.argv[3]), *map(float, sys.argv[4:])
forms = json.load(open(path, encoding="utf-8"))["forms"]
bad = []
if len(forms) != forms_wanted:
    bad.append(f"{len(forms)} forms")
for form in forms:
    for count in form["counts"]:
        if count["achieved"] < count["min"] or (count["max"] is not None and count["achieved"] > count["max"]):
            bad.append(f"form {form['id']}: {count['constraint']} {count['achieved']}")
    if not points_min - 1e-9 <= form["points"] <= points_max + 1e-9:
        bad.append(f"form {form['id']}: {form['points']} points")
    if len(set(form["question_ids"])) != len(form["question_ids"]):
        bad.append(f"form {form['id']}: a question twice")
sets = [set(form["question_ids"]) for form in forms]
shared = max((len(a & b) for a, b in itertools.combinations(sets, 2)), default=0)
if shared > overlap:
    bad.append(f"{shared} questions shared by two forms")
uses = max(collections.Counter(q for s in sets for q in s).values(), default=0)
if uses > max(1, math.floor(exposure * len(forms) + 1e-9)):
    bad.append(f"a question on {uses} forms")
means = [form["mean_difficulty"] for form in forms]
if means and max(means) - min(means) > 2 * tolerance + 1e-9:
    bad.append(f"mean difficulties from {min(means):.3f} to {max(means):.3f}")
print("valid" if not bad else "INVALID: " + "; ".join(bad[:3]))
PY
}

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

# run_exam DIR FORMS: assembles FORMS forms from DIR once; sets LOAD_SECONDS, ASSEMBLY_SECONDS,
# ELIGIBLE, WALL_SECONDS and PEAK_MB, and RESULT to what check_forms says of the forms, or to
# "infeasible": hocvu exits 1 when the blueprint cannot be met (a result: its reasons are
# printed). Any other failure stops the benchmark.
run_exam() {
  local dir=$1 forms=$2 rc=0 line times
  local out=$TMP/out-$forms
  rm -rf "$out"
  "$TIME" -f '%e %M' -o "$TMP/time" \
    "$HOCVU" exam "$BLUEPRINT" --data "$dir/framework" --data "$dir/question-banks" \
    --forms "$forms" --out "$out" >/dev/null 2>"$TMP/stderr" || rc=$?
  # GNU time writes "Command exited with non-zero status 1" first when the exit is not 0.
  read -r WALL_SECONDS peak_kb < <(tail -n 1 "$TMP/time")
  PEAK_MB=$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')
  LOAD_SECONDS=-
  ASSEMBLY_SECONDS=-
  ELIGIBLE=-
  if [ "$rc" -eq 1 ]; then
    RESULT=infeasible
    echo "run_exam_bench: hocvu exam could not meet the blueprint ($forms forms from $dir):" >&2
    cat "$TMP/stderr" >&2
    return
  fi
  if [ "$rc" -ne 0 ]; then
    echo "run_exam_bench: hocvu exam failed (exit $rc) on $dir with $forms forms:" >&2
    cat "$TMP/stderr" >&2
    exit 2
  fi
  # "hocvu: 100 forms of 40 questions from 9987 eligible in DIR (loading 0.41 s, assembly 0.93 s)"
  line=$(sed 's/\x1b\[[0-9;]*m//g' "$TMP/stderr" | grep -E '\(loading [0-9.]+ s, assembly [0-9.]+ s\)$' | tail -n 1 || true)
  [ -n "$line" ] || {
    cat "$TMP/stderr" >&2
    die "no '(loading X s, assembly Y s)' line in hocvu exam's output"
  }
  times=$(printf '%s\n' "$line" | sed -E 's/.*\(loading ([0-9.]+) s, assembly ([0-9.]+) s\)$/\1 \2/')
  read -r LOAD_SECONDS ASSEMBLY_SECONDS <<<"$times"
  ELIGIBLE=$(printf '%s\n' "$line" | sed -nE 's/.* from ([0-9]+) eligible .*/\1/p')
  ELIGIBLE=${ELIGIBLE:--}
  RESULT=$(check_forms "$out" "$forms")
}

echo "hocvu exam $BLUEPRINT: forms of 40 questions, 26 constraints (one run each)"
printf '%9s %8s %5s %7s %10s %8s %14s  %s\n' \
  "questions" "eligible" "forms" "load s" "assembly s" "total s" "peak memory MB" "result"

goal_result=infeasible
goal_assembly=-
for questions in 2000 20000; do
  dir=$DATA/exam-$((questions / 1000))k
  generate "$questions" $((questions / 1000)) "$dir"
  for forms in 20 100; do
    run_exam "$dir" "$forms"
    printf '%9d %8s %5d %7s %10s %8s %14s  %s\n' "$questions" "$ELIGIBLE" "$forms" "$LOAD_SECONDS" \
      "$ASSEMBLY_SECONDS" "$WALL_SECONDS" "$PEAK_MB" "$RESULT"
    if [ "$questions" -eq "$GOAL_QUESTIONS" ] && [ "$forms" -eq "$GOAL_FORMS" ]; then
      goal_result=$RESULT
      goal_assembly=$ASSEMBLY_SECONDS
    fi
  done
done
echo
echo "load s and assembly s come from hocvu's own report; total s is the wall-clock time of the"
echo "whole run under $TIME (it also includes writing the papers, keys and LMS files). result"
echo "checks the written forms against the blueprint (counts, points, overlap, exposure, spread"
echo "of the mean difficulties)."
echo

# --- the goal ---------------------------------------------------------------------------------
what="$GOAL_FORMS forms from $GOAL_QUESTIONS questions"
if [ "$goal_result" = infeasible ]; then
  echo "GOAL MISSED: $what could not be assembled (see above)"
elif [ "${goal_result#INVALID}" != "$goal_result" ]; then
  echo "GOAL MISSED: $what assembled in $goal_assembly s, but the forms break the blueprint ($goal_result)"
elif awk -v s="$goal_assembly" -v g="$GOAL_SECONDS" 'BEGIN { exit !(s < g) }'; then
  echo "GOAL MET: $what assembled in $goal_assembly s (goal < $GOAL_SECONDS s)"
else
  echo "GOAL MISSED: $what assembled in $goal_assembly s (goal < $GOAL_SECONDS s)"
fi
