#!/usr/bin/python3
"""Runs one end-to-end case: hocvu with the case's arguments in a scratch copy of its input,
then compares exit status, stdout and stderr with the golden files beside it.

A case is a folder under tests/e2e/cases/ holding:
  args             the arguments, one per line ({source} is the repository root)
  input/           files copied into the scratch folder, which is the working directory
                   (absent, and no shared_input: the working directory is the repository root,
                   read-only use)
  shared_input     optional: lines "REPO_PATH NAME": a file or folder of the repository copied into
                   the scratch folder as NAME (before input/), so that cases share one fixture
                   and the paths hocvu writes in its outputs stay relative
  before           optional: hocvu runs made first, one a line (arguments split as a shell would,
                   no expansion), each of which must exit 0 or 1: e.g. the shards a merge reads
  env              optional: lines "NAME=VALUE" added to the environment hocvu runs in, which is
                   otherwise PATH, HOME and LANG=C.UTF-8 (English messages): LANG=vi_VN.UTF-8 runs
                   a case in Vietnamese, as an official's terminal would
  expected_exit    the exit status
  expected_stdout  golden standard output
  expected_stderr  golden standard error (optional: not compared when absent)
  expected_files/  optional: files the run must leave in the scratch folder, compared exactly
  expected_absent  optional: paths (one a line) the run must not leave in the scratch folder
Files named *.key (issuer keys) are made mode 0600 in the scratch folder: git keeps only the x bit,
and hocvu refuses a secret key that others can read.
In args and in the names of input files, {xNN} stands for the ASCII character of hex code NN
({x1b} is ESC, {x0d} CR): names with control characters, which git and editors handle badly, are made at
run time.
Set UPDATE_GOLDEN=1 to rewrite the golden files from the actual output.
Durations in stderr ("0.37 s") are compared as "<t> s": they differ from run to run.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile


def read(path):
    with open(path, "rb") as f:
        return f.read()


def compare(name, expected_path, actual, update):
    if update:
        with open(expected_path, "wb") as f:
            f.write(actual)
        return True
    expected = read(expected_path)
    if expected == actual:
        return True
    print(f"--- {name} differs from {expected_path}")
    print("--- expected:\n" + expected.decode("utf-8", "replace"))
    print("--- actual:\n" + actual.decode("utf-8", "replace"))
    return False


def read_env(case):
    """env: see the module docstring."""
    path = os.path.join(case, "env")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("=", 1) for line in f if line.strip())


def control_characters(text):
    """{x1b} -> ESC: see the module docstring."""
    return re.sub(r"\{x([0-7][0-9a-f])\}", lambda m: chr(int(m.group(1), 16)), text)


def rename_with_control_characters(folder):
    for root, dirs, names in os.walk(folder, topdown=False):
        for name in names + dirs:
            decoded = control_characters(name)
            if decoded != name:
                os.rename(os.path.join(root, name), os.path.join(root, decoded))


def copy_shared_input(case, source, scratch):
    """shared_input: see the module docstring. True when there is any."""
    path = os.path.join(case, "shared_input")
    if not os.path.exists(path):
        return False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            origin, name = line.split()
            origin = os.path.join(source, origin)
            if os.path.isdir(origin):
                shutil.copytree(origin, os.path.join(scratch, name), dirs_exist_ok=True)
            else:
                os.makedirs(os.path.dirname(os.path.join(scratch, name)) or scratch, exist_ok=True)
                shutil.copyfile(origin, os.path.join(scratch, name))
    return True


def protect_keys(folder):
    """*.key: see the module docstring."""
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".key"):
                os.chmod(os.path.join(root, name), 0o600)


def run_before(case, hocvu, cwd, env):
    """before: see the module docstring. Returns an error message, or None."""
    path = os.path.join(case, "before")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            proc = subprocess.run([hocvu] + shlex.split(line), cwd=cwd, env=env, capture_output=True, timeout=120)
            if proc.returncode not in (0, 1):
                return f"before: '{line.strip()}' exited {proc.returncode}:\n{proc.stderr.decode('utf-8', 'replace')}"
    return None


def check_absent(case, scratch):
    path = os.path.join(case, "expected_absent")
    if not os.path.exists(path):
        return True
    ok = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            name = line.strip()
            if name and os.path.lexists(os.path.join(scratch, name)):
                print(f"--- {name} exists, but the run must not leave it")
                ok = False
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--case", required=True)
    parser.add_argument("--source", required=True)
    opts = parser.parse_args()
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    case = opts.case
    with open(os.path.join(case, "args"), encoding="utf-8") as f:
        args = [control_characters(line.rstrip("\n").replace("{source}", opts.source)) for line in f if line.strip()]

    scratch = tempfile.mkdtemp(prefix="hocvu-e2e-")
    input_dir = os.path.join(case, "input")
    cwd = opts.source
    if copy_shared_input(case, opts.source, scratch):
        cwd = scratch
    if os.path.isdir(input_dir):
        shutil.copytree(input_dir, scratch, dirs_exist_ok=True)
        rename_with_control_characters(scratch)
        cwd = scratch
    protect_keys(scratch)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratch}
    env.update(read_env(opts.case))
    failure = run_before(case, opts.hocvu, cwd, env)
    if failure:
        print(f"{failure}\nscratch folder kept: {scratch}")
        return 1
    try:
        proc = subprocess.run([opts.hocvu] + args, cwd=cwd, env=env, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        print(f"hocvu did not finish in 120 s; scratch folder kept: {scratch}")
        return 1

    ok = compare("exit status", os.path.join(case, "expected_exit"), f"{proc.returncode}\n".encode(), update)
    ok &= compare("stdout", os.path.join(case, "expected_stdout"), proc.stdout, update)
    stderr_path = os.path.join(case, "expected_stderr")
    if os.path.exists(stderr_path) or update:
        stderr = re.sub(rb"\b\d+\.\d+ s\b", b"<t> s", proc.stderr)
        ok &= compare("stderr", stderr_path, stderr, update)
    files_dir = os.path.join(case, "expected_files")
    if os.path.isdir(files_dir):
        for root, _, names in os.walk(files_dir):
            for name in names:
                rel = os.path.relpath(os.path.join(root, name), files_dir)
                actual_path = os.path.join(scratch, rel)
                actual = read(actual_path) if os.path.exists(actual_path) else b"<missing>"
                ok &= compare(f"file {rel}", os.path.join(files_dir, rel), actual, update)
    ok &= check_absent(case, scratch)
    if not ok:
        print(f"stderr was:\n{proc.stderr.decode('utf-8', 'replace')}")
        print(f"scratch folder kept: {scratch}")
        return 1
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
