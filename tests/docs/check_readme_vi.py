#!/usr/bin/python3
"""The worked day in README.vi.md shows what hocvu really prints.

Every ```console block of README.vi.md is a session: a line starting with "$ " is a command,
the lines after it (up to the next command or the end of the block) are what it prints, stdout
then stderr, as a Vietnamese terminal shows them (LANG=vi_VN.UTF-8). The blocks run in order in
one scratch folder holding a copy of the bundled framework/, question-banks/, reports/ and
examples/, so a later command reads what an earlier one wrote. A command ending in
"# exit N" must exit N; any other must exit 0.

Durations ("0,37 s", "0.37 s") are compared as "<t> s", and the issuer's did:key (keygen makes a
new key each time) as "did:key:<key>". With --update the blocks are rewritten
from the actual output (then read the diff).
Usage: check_readme_vi.py --hocvu PATH --source ROOT [--update]
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"^```console\n(.*?)^```\n", re.S | re.M)
DURATION = re.compile(r"\b\d+(?:[.,]\d+)? s\b")
DID_KEY = re.compile(r"did:key:z[1-9A-HJ-NP-Za-km-z]+")
EXIT = re.compile(r"\s+# exit (\d+)$")


def run(command, hocvu, cwd):
    """Output of one "$ ..." line, and whether its exit status is what the line says."""
    expected_exit = 0
    found = EXIT.search(command)
    if found:
        expected_exit = int(found.group(1))
        command = command[:found.start()]
    words = shlex.split(command)
    if words[0] != "hocvu":
        raise SystemExit(f"README.vi.md: only hocvu commands may be shown, not: {command}")
    env = {"PATH": "/usr/bin:/bin", "LANG": "vi_VN.UTF-8", "HOME": cwd}
    proc = subprocess.run([hocvu] + words[1:], cwd=cwd, env=env, capture_output=True, timeout=300)
    output = (proc.stdout + proc.stderr).decode("utf-8")
    return output, proc.returncode, expected_exit


def session(block, hocvu, cwd):
    """The block as it should read: its commands, each followed by its actual output."""
    out = []
    problems = []
    for line in block.splitlines():
        if line.startswith("$ "):
            output, status, expected = run(line[2:], hocvu, cwd)
            if status != expected:
                problems.append(f"'{line[2:]}' exited {status}, README.vi.md says {expected}")
            out.append(line)
            out.extend(output.rstrip("\n").splitlines() if output.strip() else [])
    return "\n".join(out) + "\n", problems


def normalise(text):
    return DID_KEY.sub("did:key:<key>", DURATION.sub("<t> s", text))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--update", action="store_true")
    opts = parser.parse_args()
    readme_path = os.path.join(opts.source, "README.vi.md")
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    scratch = tempfile.mkdtemp(prefix="hocvu-readme-vi-")
    try:
        for folder in ("framework", "question-banks", "reports", "examples"):
            shutil.copytree(os.path.join(opts.source, folder), os.path.join(scratch, folder))
        failures = []
        pieces = []
        last = 0
        blocks = list(BLOCK.finditer(readme))
        if len(blocks) < 5:
            print(f"README.vi.md has {len(blocks)} console blocks; the worked day needs at least 5")
            return 1
        for match in blocks:
            actual, problems = session(match.group(1), os.path.abspath(opts.hocvu), scratch)
            failures.extend(problems)
            if normalise(actual) != normalise(match.group(1)):
                failures.append("a block differs:\n--- README.vi.md:\n" + match.group(1) + "--- hocvu prints:\n" + actual)
            pieces.append(readme[last:match.start(1)] + actual)
            last = match.end(1)
        pieces.append(readme[last:])
        if opts.update:
            with open(readme_path, "w", encoding="utf-8") as f:
                f.write("".join(pieces))
            print(f"README.vi.md: {len(blocks)} blocks rewritten")
            return 0
        for failure in failures:
            print(failure)
        print(f"README.vi.md: {len(blocks)} console blocks, {len(failures)} problems")
        return 1 if failures else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
