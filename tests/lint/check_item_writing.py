#!/usr/bin/python3
"""The bundled curriculum gives no item-writing finding: hocvu lint --format json on the repository
(framework/, question-banks/, reports/) must hold none of W410-W415 (per question) and W420-W423
(cue statistics per bank and per blueprint pool). Other findings are not this check's business.
Usage: check_item_writing.py --hocvu PATH (run in the repository root)."""
import argparse
import json
import subprocess
import sys

CODES = {"W410", "W411", "W412", "W413", "W414", "W415", "W420", "W421", "W422", "W423"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    args = parser.parse_args()
    run = subprocess.run([args.hocvu, "lint", "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"hocvu lint could not run (exit {run.returncode}):\n{run.stderr}")
        return 1
    report = json.loads(run.stdout)
    found = [d for d in report["diagnostics"] if d["code"] in CODES]
    for d in found:
        print(f"{d['file']}:{d['line']}:{d['column']}: {d['code']} {d['message']}")
    if found:
        print(f"{len(found)} item-writing findings in the bundled curriculum")
        return 1
    print(f"no item-writing findings in {report['questions']} questions of {report['files']} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
