#!/usr/bin/python3
"""The generated man pages: one per command, clean for groff (no warning with -ww), readable by
lexgrog (whatis) and man -l, in step with --help, and the same bytes from the same hocvu (a date
only from SOURCE_DATE_EPOCH). The Vietnamese pages (--man-vi) are the same pages, as clean, with
Vietnamese section titles, and man -L vi finds them in a vi/man1 folder as they are installed.

Usage: check_man_pages.py --hocvu BUILD/hocvu --man BUILD/man [--man-vi BUILD/man-vi]
"""
import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

# hocvu.1 and every command below it that has options (help has none).
EXPECTED_PAGES = sorted(f"{name}.1" for name in [
    "hocvu", "hocvu-lint", "hocvu-exam", "hocvu-grade", "hocvu-merge", "hocvu-report", "hocvu-keygen",
    "hocvu-certify", "hocvu-verify", "hocvu-export", "hocvu-export-case", "hocvu-import",
    "hocvu-import-moodle-xml", "hocvu-import-gift", "hocvu-simulate", "hocvu-simulate-responses",
    "hocvu-simulate-roster", "hocvu-simulate-sittings"])

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(command, env=None):
    return subprocess.run(command, capture_output=True, text=True, env=env)


def generate(hocvu, folder, env=None):
    result = run([hocvu, "--generate-man", folder], env)
    check(result.returncode == 0, f"--generate-man {folder} exited {result.returncode}: {result.stderr}")
    return {name: open(os.path.join(folder, name), "rb").read() for name in sorted(os.listdir(folder))}


VI_SECTIONS = ["TÊN", "TÓM TẮT", "MÔ TẢ", "TÙY CHỌN", "TRẠNG THÁI THOÁT", "XEM THÊM"]


def check_vi_pages(folder):
    """The Vietnamese pages: the same names, clean for groff and lexgrog, Vietnamese sections."""
    built = sorted(name for name in os.listdir(folder) if name.endswith(".1"))
    check(built == EXPECTED_PAGES, f"vi pages {built}, expected {EXPECTED_PAGES}")
    pages = {}
    for name in built:
        path = os.path.join(folder, name)
        groff = run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", path])
        check(groff.returncode == 0 and groff.stderr == "", f"vi {name}: groff warns: {groff.stderr.strip()}")
        # man-db's lexgrog knows the NAME heading in Vietnamese ("TÊN") when it is plain UTF-8.
        whatis = run(["lexgrog", path])
        check(whatis.returncode == 0 and f"{name[:-2]} - " in whatis.stdout, f"vi {name}: lexgrog: {whatis.stdout.strip()}")
        text = run(["groff", "-k", "-man", "-Tutf8", "-P-cbou", "-rLL=100n", path]).stdout
        for section in VI_SECTIONS:
            check(f"\n{section}\n" in text, f"vi {name}: no {section} section")
        pages[name] = text
    lint = pages.get("hocvu-lint.1", "")
    for expected in ["hocvu lint [TÙY CHỌN] [paths ...]", "Một trong các giá trị: text, json, sarif, github.",
                     "Mặc định: text.", "hocvu lint --format sarif -o lint.sarif", "--lang", "hocvu(1)"]:
        check(expected in lint, f"vi hocvu-lint.1 lacks '{expected}'")
    # Installed as share/man/vi/man1 beside man1: man -L vi finds it there (man-db looks in the
    # language's folder of each MANPATH entry; with -M it does not).
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(folder, os.path.join(tmp, "vi", "man1"))
        shutil.copytree(folder, os.path.join(tmp, "man1"))
        shown = run(["man", "-L", "vi", "-w", "hocvu-lint"], dict(os.environ, MANPATH=tmp))
        check(shown.stdout.strip().startswith(os.path.join(tmp, "vi", "man1", "hocvu-lint.1")),
              f"man -L vi -w hocvu-lint: {shown.stdout.strip()} {shown.stderr.strip()}")
    return len(built)


def check_page(path, name):
    # -k: preconv reads the UTF-8 of the NAME line (as man does); -ww: every warning.
    groff = run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", path])
    check(groff.returncode == 0 and groff.stderr == "", f"{name}: groff warns: {groff.stderr.strip()}")
    whatis = run(["lexgrog", path])
    check(whatis.returncode == 0 and f"{name[:-2]} - " in whatis.stdout, f"{name}: lexgrog: {whatis.stdout.strip()}")
    shown = run(["man", "-l", path], dict(os.environ, MANWIDTH="100"))
    check(shown.returncode == 0 and shown.stdout, f"{name}: man -l exited {shown.returncode}: {shown.stderr}")
    # The page as text, without bold or underline (-P-cbou), to look for what it must say.
    text = run(["groff", "-k", "-man", "-Tutf8", "-P-cbou", "-rLL=100n", path])
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "SEE ALSO"]:
        check(f"\n{section}\n" in text.stdout, f"{name}: no {section} section")
    return text.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--man", required=True, help="the folder the build generated")
    parser.add_argument("--man-vi", help="the folder of the Vietnamese pages the build generated")
    args = parser.parse_args()

    built = sorted(name for name in os.listdir(args.man) if name.endswith(".1"))
    check(built == EXPECTED_PAGES, f"pages {built}, expected {EXPECTED_PAGES}")
    for name in built:
        with gzip.open(os.path.join(args.man, name + ".gz"), "rb") as packed:
            check(packed.read() == open(os.path.join(args.man, name), "rb").read(), f"{name}.gz is not {name}")

    pages = {name: check_page(os.path.join(args.man, name), name) for name in built}
    lint = pages.get("hocvu-lint.1", "")
    for expected in ["hocvu lint [OPTIONS] [paths ...]", "-f, --format TEXT", "One of: text, json, sarif, github.",
                     "Default: text.", "hocvu lint --format sarif -o lint.sarif", "NO_COLOR", "hocvu(1)"]:
        check(expected in lint, f"hocvu-lint.1 lacks '{expected}'")
    report = pages.get("hocvu-report.1", "")
    check("SOURCE_DATE_EPOCH" in report, "hocvu-report.1 names no SOURCE_DATE_EPOCH")
    check("ENVIRONMENT" not in pages.get("hocvu-exam.1", ""), "hocvu-exam.1 has an ENVIRONMENT section")
    top = pages.get("hocvu.1", "")
    for see_also in ["hocvu-lint(1)", "hocvu-simulate(1)", "hocvu help"]:
        check(see_also in top, f"hocvu.1 lacks '{see_also}'")
    check("Bình dân học vụ số" in top, "hocvu.1 lost the programme's Vietnamese name")
    # Every option that hocvu lint --help shows is in the page.
    help_text = run([args.hocvu, "lint", "--help"]).stdout
    for option in sorted(set(re.findall(r"--[a-z][a-z-]*", help_text))):
        check(option in lint, f"hocvu-lint.1 lacks {option}")

    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        first = generate(args.hocvu, os.path.join(tmp, "a"), env)
        again = generate(args.hocvu, os.path.join(tmp, "b"), env)
        check(first == again, "two runs gave different bytes")
        check(b'.TH HOCVU\\-LINT 1 "" "hocvu ' in first.get("hocvu-lint.1", b""), "a date without SOURCE_DATE_EPOCH")
        dated = generate(args.hocvu, os.path.join(tmp, "c"), dict(env, SOURCE_DATE_EPOCH="1767225600"))
        check(b'.TH HOCVU\\-LINT 1 "2026-01-01" "hocvu ' in dated.get("hocvu-lint.1", b""),
              "SOURCE_DATE_EPOCH 1767225600 did not date the page 2026-01-01")
        bad = run([args.hocvu, "--generate-man"])
        check(bad.returncode == 2 and "error:" in bad.stderr, f"--generate-man without a folder: {bad.returncode}")

    vi_pages = check_vi_pages(args.man_vi) if args.man_vi else 0

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(built)} man pages and {vi_pages} Vietnamese ones checked, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
