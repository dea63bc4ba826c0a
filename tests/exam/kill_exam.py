#!/usr/bin/python3
"""Kills `hocvu exam` at random moments while it rewrites an output folder, and checks that the
folder always holds one whole exam: the old set or the new one, never papers of one run beside
the key of another, never a file of an earlier, larger exam. Also checks the refusals that keep
an output folder safe: files hocvu did not write, and links planted in it.

    kill_exam.py --hocvu build/hocvu --blueprint framework/blueprints/dbqh.yaml \
                 --data framework question-banks [--trials 25]

Prints one line per check and "N passed, M failed"; exits 1 when any check fails.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def snapshot(folder):
    """Every file below `folder` (relative path → bytes); links are recorded as such."""
    files = {}
    for root, dirs, names in os.walk(folder):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            files[rel] = ("link", os.readlink(path)) if os.path.islink(path) else open(path, "rb").read()
    return files


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, name, problems):
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for problem in problems[:10]:
                print(f"     {problem}")
        else:
            self.passed += 1
            print(f"PASS {name}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--blueprint", required=True)
    parser.add_argument("--data", nargs="+", required=True)
    parser.add_argument("--trials", type=int, default=25)
    opts = parser.parse_args()
    hocvu = os.path.abspath(opts.hocvu)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    scratch = tempfile.mkdtemp(prefix="hocvu-kill-")
    out = os.path.join(scratch, "exam")
    checks = Checks()

    def command(forms, seed, *extra):
        return [hocvu, "exam", opts.blueprint, "--data", *opts.data, "--forms", str(forms), "--seed", str(seed),
                "--out", out, *extra]

    def run(forms, seed, *extra):
        return subprocess.run(command(forms, seed, *extra), env=env, capture_output=True, timeout=300)

    # The two whole sets a kill may leave: a larger exam, then a smaller one written over it.
    configs = [(4, 1), (2, 2)]
    expected = {}
    durations = []
    for forms, seed in configs:
        started = time.monotonic()
        proc = run(forms, seed)
        durations.append(time.monotonic() - started)
        checks.report(f"hocvu exam --forms {forms} --seed {seed} writes its exam",
                      [] if proc.returncode == 0 else [proc.stderr.decode("utf-8", "replace")])
        expected[(forms, seed)] = snapshot(out)
    big, small = expected[configs[0]], expected[configs[1]]
    checks.report("the smaller exam replaces the larger one whole: no forms/103.* or 104.* left",
                  [p for p in small if p.startswith(("forms/103", "forms/104"))] +
                  [p for p in small if p != ".hocvu-files" and p not in small.get(".hocvu-files", b"").decode().split()])

    # Kill runs at random moments; after each, the folder is one of the whole sets.
    rng = random.Random(2026)
    state = snapshot(out)
    longest = max(durations)
    mixed, stale_left = [], []
    kills = 0
    for trial in range(opts.trials):
        forms, seed = configs[trial % 2]
        proc = subprocess.Popen(command(forms, seed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, longest * 1.2))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        now = snapshot(out)
        if now != state and now != expected[(forms, seed)]:
            mixed.append(f"trial {trial}: {len(now)} files, neither the set before nor the set of --forms {forms}")
        state = now
    checks.report(f"after {opts.trials} runs ({kills} killed mid-run) the folder always held one whole exam", mixed)
    proc = run(*configs[1])
    leftovers = [name for name in os.listdir(scratch) if name != "exam"]
    checks.report("a run after the kills cleans up the staging folders they left",
                  ([proc.stderr.decode()] if proc.returncode else []) + leftovers)
    checks.report("and writes the same exam as an uninterrupted run", [] if snapshot(out) == small else ["differs"])

    # Files hocvu did not write are refused (exit 2) and kept, unless --force.
    notes = os.path.join(out, "notes.txt")
    with open(notes, "w") as f:
        f.write("ghi chú của tôi")
    proc = run(*configs[0])
    message = proc.stderr.decode("utf-8", "replace")
    checks.report("a folder holding a file hocvu did not write is refused (exit 2) and left as it was",
                  ([] if proc.returncode == 2 else [f"exit {proc.returncode}"]) +
                  ([] if "did not write (notes.txt)" in message and "--force" in message else [message]) +
                  ([] if os.path.exists(notes) else ["notes.txt was removed"]))

    # A link planted where hocvu writes a file is never written through, even with --force.
    outside = os.path.join(scratch, "outside.txt")
    with open(outside, "w") as f:
        f.write("not the answers")
    os.remove(notes)
    os.remove(os.path.join(out, "gift.txt"))
    os.symlink(outside, os.path.join(out, "gift.txt"))
    refused = run(*configs[0])
    forced = run(*configs[0], "--force")
    with open(outside) as f:
        untouched = f.read() == "not the answers"
    checks.report("a link in the output folder is refused, and --force replaces the link, not its target",
                  ([] if refused.returncode == 2 else [f"exit {refused.returncode} without --force"]) +
                  ([] if forced.returncode == 0 else [forced.stderr.decode("utf-8", "replace")]) +
                  ([] if untouched else ["the file the link pointed to was overwritten"]) +
                  ([] if snapshot(out) == big else ["the folder is not the exam that was asked for"]))

    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
