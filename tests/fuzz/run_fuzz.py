#!/usr/bin/python3
"""Runs every libFuzzer target of tests/fuzz for a while, starting from its committed corpus.

    /usr/bin/python3 tests/fuzz/run_fuzz.py --build build-fuzz --seconds 60 [--target fuzz_yaml_compose]

`make test-fuzz` builds the targets (clang, HOCVU_FUZZ=ON) into build-fuzz/ and runs this. Each
target fuzz_<name> (built from tests/fuzz/fuzz_<name>.cpp) runs for --seconds with:
  - the corpus: <build>/fuzz/<target>/new/ first, where libFuzzer writes the new inputs it finds
    (kept between runs, never in the repository), then tests/fuzz/corpus/<target>/ (read only);
  - -rss_limit_mb=2048 -timeout=10, and from tests/fuzz/<target>.options (section [libfuzzer],
    OSS-Fuzz style) any other flags such as dict and max_len; max_len is 16384 when not set;
  - crashes, leaks, timeouts and out-of-memory inputs written to <build>/fuzz/<target>/artifacts/.
libFuzzer's output goes to <build>/fuzz/<target>/log.txt. Prints one line per target; for a
target that failed, the end of its log and the reproducer, and exits 1. Standard library only.
"""
import argparse
import configparser
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULTS = {"max_len": "16384", "rss_limit_mb": "2048", "timeout": "10"}
LOG_TAIL_LINES = 40


def targets_in_source():
    return sorted(name[:-4] for name in os.listdir(HERE) if re.fullmatch(r"fuzz_\w+\.cpp", name))


def libfuzzer_flags(target):
    """-flag=value for the defaults and the target's .options file; a relative dict is found here."""
    flags = dict(DEFAULTS)
    path = os.path.join(HERE, target + ".options")
    if os.path.exists(path):
        config = configparser.ConfigParser()
        config.read(path, encoding="utf-8")
        if config.has_section("libfuzzer"):
            flags.update(config["libfuzzer"])
    if "dict" in flags:
        flags["dict"] = os.path.join(HERE, flags["dict"])
    return [f"-{key}={value}" for key, value in flags.items()]


def run_target(binary, target, seconds, scratch):
    new = os.path.join(scratch, "new")
    artifacts = os.path.join(scratch, "artifacts")
    os.makedirs(new, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    seeds = os.path.join(HERE, "corpus", target)
    if not os.path.isdir(seeds) or not os.listdir(seeds):
        print(f"{target}: no seed corpus in {seeds}; add a few valid and broken inputs there")
        return False
    before = set(os.listdir(artifacts))
    log_path = os.path.join(scratch, "log.txt")
    command = [binary, new, seeds, f"-max_total_time={seconds}", f"-artifact_prefix={artifacts}/",
               "-print_final_stats=1"] + libfuzzer_flags(target)
    start = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as log:
        log.write(" ".join(command) + "\n")
        log.flush()
        status = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode
    elapsed = time.monotonic() - start
    with open(log_path, encoding="utf-8", errors="replace") as log:
        lines = log.read().splitlines()
    runs = next((m.group(1) for m in map(re.compile(r"stat::number_of_executed_units:\s*(\d+)").search, lines) if m), "?")
    coverage = next((m.group(1) for m in map(re.compile(r"\bcov: (\d+)").search, reversed(lines)) if m), "?")
    written = [m.group(1) for m in map(re.compile(r"Test unit written to (\S+)").search, lines) if m]
    found = sorted(set(os.path.join(artifacts, name) for name in set(os.listdir(artifacts)) - before) | set(written))
    if status == 0 and not found:
        print(f"{target}: ok, {runs} runs in {elapsed:.0f} s, coverage {coverage}, corpus {len(os.listdir(new))} new "
              f"inputs in {new}")
        return True
    print(f"{target}: FAILED (libFuzzer exit status {status}) after {elapsed:.0f} s; the end of {log_path}:")
    for line in lines[-LOG_TAIL_LINES:]:
        print("    " + line)
    for reproducer in found:
        print(f"{target}: reproducer {reproducer}")
        print(f"    run it again: {binary} {reproducer}")
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, help="the HOCVU_FUZZ=ON build folder")
    parser.add_argument("--seconds", type=int, default=60, help="fuzzing time per target")
    parser.add_argument("--target", action="append", help="run only this target (repeatable)")
    args = parser.parse_args()
    targets = args.target or targets_in_source()
    ok = True
    for target in targets:
        binary = os.path.join(os.path.abspath(args.build), "tests", "fuzz", target)
        if not os.access(binary, os.X_OK):
            print(f"{target}: no executable {binary}; build it with make test-fuzz")
            ok = False
            continue
        scratch = os.path.join(os.path.abspath(args.build), "fuzz", target)
        ok = run_target(binary, target, args.seconds, scratch) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
