#!/usr/bin/python3
"""Shards combine exactly: the worked example of the README, run and checked.

    /usr/bin/python3 tests/grade/shard_merge.py --hocvu build/hocvu --source .

In a scratch folder: builds the dbqh exam (hocvu exam), simulates 3,000 candidates with --noise,
splits them into parts/part-1.csv ... part-4.csv (a header each; part 3 also holds a second attempt
of a candidate of part 1, so a duplicate spans two parts), then runs, exactly as the README shows,

    parallel hocvu grade --exam EXAM --shard --quiet --out shards/{#} {} ::: parts/*.csv
    hocvu merge --out merged $(ls -d shards/* | sort -V)

and checks that
  - every output file of the merge is byte-identical to one `hocvu grade` over all parts in the
    same order, and the exit statuses agree (1: the noise makes rejected rows);
  - the duplicate attempt is flagged the same in both (in the part where it comes second);
  - --threads 1 and --threads 3 write byte-identical files;
  - merging refuses shards graded against a key that changed in between, and a key that changed
    since the shards were graded.
Exits 0 when all hold; otherwise prints what differs and keeps the scratch folder.
"""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

OUTPUTS = ["scores.csv", "competencies.csv", "rejects.csv", "items.csv", "distractors.csv", "summary.json",
           "analysis.html"]
PARTS = 4
CANDIDATES = 3000


class Failure(Exception):
    pass


def run(args, cwd, env, allowed=(0,), shell=False):
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, shell=shell, timeout=300)
    if proc.returncode not in allowed:
        raise Failure(f"{args} exited {proc.returncode} (allowed {allowed}):\n{proc.stderr.decode('utf-8', 'replace')}")
    return proc


def split_into_parts(all_rows_path, parts_dir):
    """parts/part-N.csv, each with the header; part 3 gains a second attempt of part 1's first candidate."""
    with open(all_rows_path, "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b""
    header, rows = lines[0], lines[1:-1]
    os.makedirs(parts_dir)
    size = (len(rows) + PARTS - 1) // PARTS
    chunks = [rows[i * size:(i + 1) * size] for i in range(PARTS)]
    duplicate = chunks[0][0]
    chunks[2].insert(len(chunks[2]) // 2, duplicate)
    for number, chunk in enumerate(chunks, 1):
        with open(os.path.join(parts_dir, f"part-{number}.csv"), "wb") as f:
            f.write(header + b"\n" + b"\n".join(chunk) + b"\n")
    return duplicate.split(b",")[0].decode()


def compare_folders(expected, actual, what):
    for name in OUTPUTS:
        a, b = os.path.join(expected, name), os.path.join(actual, name)
        if not os.path.exists(b):
            raise Failure(f"{what}: {name} is missing in {actual}")
        if not filecmp.cmp(a, b, shallow=False):
            raise Failure(f"{what}: {name} differs between {expected} and {actual}")


def check_duplicate(folder, candidate):
    with open(os.path.join(folder, "scores.csv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split(",") for line in f][1:]
    mine = [row for row in rows if row[0] == candidate]
    flags = [row[-1] for row in mine]
    if len(mine) != 2 or "duplicate_attempt" in flags[0] or "duplicate_attempt" not in flags[1]:
        raise Failure(f"{folder}: candidate {candidate} should have 2 attempts, the second flagged: {mine}")
    if not mine[1][9].endswith("part-3.csv"):
        raise Failure(f"{folder}: the duplicate attempt of {candidate} should be in part 3: {mine[1]}")


def check_changed_key(scratch, env, exam):
    """A key edited between two shards, or since the shards, is refused by merge."""
    moved = os.path.join(scratch, "exam-edited")
    shutil.copytree(exam, moved)
    part = os.path.join("parts", "part-1.csv")
    run(["hocvu", "grade", "--exam", "exam-edited", "--shard", "-q", "--out", "edit/1", part], scratch, env, (0, 1))
    with open(os.path.join(moved, "manifest.json"), "ab") as f:
        f.write(b"\n")  # still the same JSON, other bytes: another SHA-256
    run(["hocvu", "grade", "--exam", "exam-edited", "--shard", "-q", "--out", "edit/2", part], scratch, env, (0, 1))
    proc = run(["hocvu", "merge", "--out", "edit/merged", "edit/1", "edit/2"], scratch, env, (2,))
    if b"another key" not in proc.stderr:
        raise Failure(f"merge of shards of two keys: unexpected message {proc.stderr!r}")
    proc = run(["hocvu", "merge", "--out", "edit/merged", "edit/1"], scratch, env, (2,))
    if b"changed since the shards were graded" not in proc.stderr:
        raise Failure(f"merge after the key changed: unexpected message {proc.stderr!r}")
    if os.path.exists(os.path.join(scratch, "edit", "merged")):
        raise Failure("a refused merge wrote its output folder")


def check(opts, scratch):
    bin_dir = os.path.join(scratch, "bin")
    os.makedirs(bin_dir)
    os.symlink(os.path.abspath(opts.hocvu), os.path.join(bin_dir, "hocvu"))
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratch}
    source = os.path.abspath(opts.source)
    run(["hocvu", "exam", os.path.join(source, "framework/blueprints/dbqh.yaml"), "--data",
         os.path.join(source, "framework"), os.path.join(source, "question-banks"), "--out", "exam"], scratch, env)
    run(["hocvu", "simulate", "responses", "--exam", "exam", "--candidates", str(CANDIDATES), "--seed", "2026",
         "--noise", "-o", "all.csv"], scratch, env)
    candidate = split_into_parts(os.path.join(scratch, "all.csv"), os.path.join(scratch, "parts"))

    # The README's two lines. parallel's status is the number of jobs that failed: a shard with
    # rejected rows exits 1 and counts, so up to PARTS is fine; the shards' own messages are checked.
    proc = run("parallel hocvu grade --exam exam --shard --quiet --out shards/{#} {} ::: parts/*.csv",
               scratch, env, tuple(range(PARTS + 1)), shell=True)
    if proc.stderr:
        raise Failure(f"parallel grading printed: {proc.stderr.decode('utf-8', 'replace')}")
    merged = run("hocvu merge --out merged $(ls -d shards/* | sort -V)", scratch, env, (0, 1), shell=True)

    parts = [os.path.join("parts", f"part-{n}.csv") for n in range(1, PARTS + 1)]
    single = run(["hocvu", "grade", "--exam", "exam", "--out", "single"] + parts, scratch, env, (0, 1))
    if merged.returncode != single.returncode or single.returncode != 1:
        raise Failure(f"exit statuses: merge {merged.returncode}, grade {single.returncode}; both should be 1 "
                      "(the noise makes rejected rows)")
    summary = single.stderr.decode().replace("grading:", "merge:").replace("outputs in single", "outputs in merged")
    if merged.stderr.decode() != summary:
        raise Failure(f"merge says {merged.stderr!r}, grade says {single.stderr!r}")
    compare_folders(os.path.join(scratch, "single"), os.path.join(scratch, "merged"), "merge against one run")
    check_duplicate(os.path.join(scratch, "single"), candidate)

    run(["hocvu", "grade", "--exam", "exam", "--threads", "1", "-q", "--out", "threads-1"] + parts, scratch, env, (1,))
    run(["hocvu", "grade", "--exam", "exam", "--threads", "3", "-q", "--out", "threads-3"] + parts, scratch, env, (1,))
    compare_folders(os.path.join(scratch, "threads-1"), os.path.join(scratch, "threads-3"), "--threads 1 against 3")
    compare_folders(os.path.join(scratch, "single"), os.path.join(scratch, "threads-1"), "default threads against 1")

    check_changed_key(scratch, env, os.path.join(scratch, "exam"))
    print(f"shard_merge: {PARTS} shards of {CANDIDATES} simulated candidates merge byte for byte into what one "
          f"run writes; threads 1 and 3 agree; {single.stderr.decode().strip()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True, help="the repository root (framework/, question-banks/)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    opts = parser.parse_args()
    if shutil.which("parallel") is None:
        print("shard_merge: GNU parallel is not installed (scripts/bootstrap installs it)")
        return 1
    scratch = tempfile.mkdtemp(prefix="hocvu-shards-")
    try:
        check(opts, scratch)
    except (Failure, subprocess.TimeoutExpired) as failure:
        print(f"shard_merge: FAILED: {failure}\nscratch folder kept: {scratch}")
        return 1
    if opts.keep:
        print(f"scratch folder kept: {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
