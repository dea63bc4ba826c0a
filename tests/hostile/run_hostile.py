#!/usr/bin/python3
"""Runs hocvu lint on every hostile file and checks that it fails cleanly.

    /usr/bin/python3 tests/hostile/run_hostile.py --hocvu build/hocvu --corpus tests/hostile

The corpus is files/ (small text files, committed) plus the files make_corpus.py writes at test
time (big or binary ones). All are put in a fresh scratch folder, which is the working directory
of each run:  hocvu lint --format json --min-questions 0 <file> . A file passes when
  - hocvu exits with status 1 (findings), within 20 s, with a peak RSS under 1 GiB (three times
    both with --sanitized, for an ASan/UBSan build);
  - stdout is a JSON report whose diagnostics include every code expected.txt lists for the file,
    and every diagnostic has file (the name given), line, column, code and message;
  - stderr shows no sanitizer report, no 'runtime error' and no 'internal error'.
No rlimits are set (the test also runs under AddressSanitizer, which reserves huge address
space); memory is measured through os.wait4. Prints one line per file and a closing
'N passed, M failed'; exits 1 if any failed, keeping the scratch folder for a look.
Options: -k SUBSTRING runs only the files whose name contains it; --keep keeps the scratch folder.
Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # importing make_corpus must leave no __pycache__ in the source tree

TIMEOUT_SECONDS = 20.0
MAX_RSS_BYTES = 1 << 30
# Under AddressSanitizer and UBSan every run is several times slower and heavier (instrumented
# code, shadow memory): the limits, there to catch unbounded work, grow by this factor.
SANITIZED_FACTOR = 3
MAX_REPORT_BYTES = 256 << 20  # a report this large for one file is a finding in itself
CODE = re.compile(r"^[EW]\d{3}$")
BAD_STDERR = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error", "internal error")
REQUIRED_FIELDS = {"file": str, "line": int, "column": int, "code": str, "message": str}


def read_expected(path):
    """expected.txt → {file name: [codes]}. Codes are the trailing E123/W123 words; the name may
    contain spaces."""
    expected = {}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            words = line.split(" ")
            codes = []
            while len(words) > 1 and CODE.match(words[-1]):
                codes.insert(0, words.pop())
            name = " ".join(words)
            if not codes:
                raise SystemExit(f"{path}:{number}: no codes for '{name}'")
            if name in expected:
                raise SystemExit(f"{path}:{number}: '{name}' is listed twice")
            expected[name] = codes
    return expected


class Launcher:
    """Starts the hocvu runs from a small helper process.

    A child's ru_maxrss starts from the RSS of the process that forked it (Linux copies the
    high-water mark through fork and exec), so runs forked from this script would be charged
    with the corpus it generated and the reports it parsed. The helper stays at the size of a
    bare Python, which is then the floor of every measurement (about 10 MB)."""

    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-B", os.path.abspath(__file__), "--launcher"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def run(self, args, cwd, stdout_path, stderr_path, env):
        request = {"args": args, "cwd": cwd, "stdout": stdout_path, "stderr": stderr_path, "env": env,
                   "timeout": TIMEOUT_SECONDS}
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        if not reply:
            raise SystemExit("the launcher process died")
        return json.loads(reply)

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def launcher_main():
    """The helper's loop: one JSON request per line in, one JSON reply per line out."""
    for line in sys.stdin.buffer:
        request = json.loads(line)
        with open(request["stdout"], "wb") as out, open(request["stderr"], "wb") as err:
            start = time.monotonic()
            try:
                child = subprocess.Popen(request["args"], cwd=request["cwd"], env=request["env"],
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=err)
            except OSError as e:
                sys.stdout.write(json.dumps({"error": f"cannot start {request['args'][0]}: {e}"}) + "\n")
                sys.stdout.flush()
                continue
            deadline = start + request["timeout"]
            timed_out = False
            delay = 0.001
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid == child.pid:
                    break
                if time.monotonic() >= deadline:
                    timed_out = True
                    os.kill(child.pid, signal.SIGKILL)
                    pid, status, usage = os.wait4(child.pid, 0)
                    break
                time.sleep(delay)
                delay = min(delay * 2, 0.02)
            seconds = time.monotonic() - start
        code = os.waitstatus_to_exitcode(status)
        child.returncode = code  # reaped here; keeps Popen from waiting on it again
        reply = {"exit": code, "timed_out": timed_out, "seconds": seconds, "peak": usage.ru_maxrss * 1024}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def run_hocvu(launcher, hocvu, name, cwd, out_dir):
    """Runs hocvu on one file; returns (exit code or None on timeout, seconds, peak RSS bytes,
    stdout path, stderr path)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)
    stdout_path = os.path.join(out_dir, safe + ".stdout")
    stderr_path = os.path.join(out_dir, safe + ".stderr")
    env = dict(os.environ)
    env.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    args = [hocvu, "lint", "--format", "json", "--min-questions", "0", name]
    result = launcher.run(args, cwd, stdout_path, stderr_path, env)
    if "error" in result:
        raise SystemExit(result["error"])
    code = None if result["timed_out"] else result["exit"]
    return code, result["seconds"], result["peak"], stdout_path, stderr_path


def check_report(stdout_path, name, expected_codes):
    """Returns (codes found, problems)."""
    size = os.path.getsize(stdout_path)
    if size > MAX_REPORT_BYTES:
        return [], [f"stdout is {size / 2**20:.0f} MB, over {MAX_REPORT_BYTES >> 20} MB; not parsed"]
    with open(stdout_path, "rb") as f:
        data = f.read()
    try:
        report = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        head = data[:200].decode("utf-8", "replace")
        return [], [f"stdout is not valid JSON ({e}); it starts: {head!r}"]
    if not isinstance(report, dict) or not isinstance(report.get("diagnostics"), list):
        return [], ["stdout JSON has no 'diagnostics' list"]
    problems = []
    codes = set()
    bad_fields = 0
    first_bad = None
    for d in report["diagnostics"]:
        missing = [] if isinstance(d, dict) else ["(not an object)"]
        if isinstance(d, dict):
            for field, kind in REQUIRED_FIELDS.items():
                value = d.get(field)
                if not isinstance(value, kind) or isinstance(value, bool):
                    missing.append(field)
            if isinstance(d.get("code"), str):
                codes.add(d["code"])
                if not CODE.match(d["code"]):
                    missing.append("code format")
            if isinstance(d.get("file"), str) and d["file"] != name:
                missing.append(f"file is {d['file']!r}, not {name!r}")
            for field in ("line", "column"):
                if isinstance(d.get(field), int) and d[field] < 0:
                    missing.append(f"{field} < 0")
        if missing:
            bad_fields += 1
            if first_bad is None:
                first_bad = (d, missing)
    if bad_fields:
        shown = json.dumps(first_bad[0], ensure_ascii=False)[:300]
        problems.append(f"{bad_fields} diagnostic(s) with bad or missing fields ({', '.join(first_bad[1])}), e.g. {shown}")
    if not report["diagnostics"]:
        problems.append("no diagnostics")
    missing_codes = [c for c in expected_codes if c not in codes]
    if missing_codes:
        problems.append(f"missing expected code(s) {' '.join(missing_codes)}")
    return sorted(codes), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hocvu", required=True, help="the hocvu binary")
    parser.add_argument("--corpus", required=True, help="tests/hostile (holds files/ and expected.txt)")
    parser.add_argument("-k", dest="only", default="", help="run only files whose name contains this")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder even when all pass")
    parser.add_argument("--sanitized", action="store_true",
                        help=f"hocvu is built with the sanitizers: limits {SANITIZED_FACTOR} times as large")
    opts = parser.parse_args()
    if opts.sanitized:
        global TIMEOUT_SECONDS, MAX_RSS_BYTES
        TIMEOUT_SECONDS *= SANITIZED_FACTOR
        MAX_RSS_BYTES *= SANITIZED_FACTOR
    hocvu = os.path.abspath(opts.hocvu)
    corpus = os.path.abspath(opts.corpus)
    if not os.access(hocvu, os.X_OK):
        print(f"{hocvu} is not an executable file")
        print("0 passed, 1 failed")
        return 1
    launcher = Launcher()  # before anything big is loaded here
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import make_corpus

    expected = read_expected(os.path.join(corpus, "expected.txt"))

    scratch = tempfile.mkdtemp(prefix="hocvu-hostile-")
    inputs = os.path.join(scratch, "inputs")
    outputs = os.path.join(scratch, "outputs")
    os.mkdir(inputs)
    os.mkdir(outputs)
    committed_dir = os.path.join(corpus, "files")
    committed = sorted(os.listdir(committed_dir))
    for name in committed:
        shutil.copyfile(os.path.join(committed_dir, name), os.path.join(inputs, name))
    started = time.monotonic()
    generated = make_corpus.generate(inputs)
    print(f"corpus: {len(committed)} committed + {len(generated)} generated files in {inputs} "
          f"({time.monotonic() - started:.1f} s to generate)", flush=True)

    passed = failed = 0
    clash = set(committed) & set(generated)
    unlisted = sorted(set(committed) | set(generated)) if not opts.only else []
    unlisted = [n for n in unlisted if n not in expected]
    absent = [n for n in expected if n not in committed and n not in generated]
    for name in sorted(clash):
        print(f"FAIL {name}: both committed in files/ and generated by make_corpus.py")
        failed += 1
    for name in unlisted:
        print(f"FAIL {name}: not listed in expected.txt")
        failed += 1
    for name in absent:
        if opts.only in name:
            print(f"FAIL {name}: listed in expected.txt but neither in files/ nor generated")
            failed += 1

    for name in [n for n in expected if n not in absent and opts.only in n]:
        code, seconds, peak, stdout_path, stderr_path = run_hocvu(launcher, hocvu, name, inputs, outputs)
        problems = []
        if code is None:
            problems.append(f"timed out after {TIMEOUT_SECONDS:.0f} s (killed)")
        elif code != 1:
            problems.append(f"exit status {code}, expected 1" + (" (killed by a signal)" if code < 0 else ""))
        if seconds > TIMEOUT_SECONDS:
            problems.append(f"took {seconds:.1f} s, over {TIMEOUT_SECONDS:.0f} s")
        if peak >= MAX_RSS_BYTES:
            problems.append(f"peak RSS {peak / 2**20:.0f} MB, over {MAX_RSS_BYTES >> 20} MB")
        with open(stderr_path, "rb") as f:
            stderr = f.read().decode("utf-8", "replace")
        for marker in BAD_STDERR:
            if marker in stderr:
                line = next(l for l in stderr.splitlines() if marker in l)
                problems.append(f"stderr has '{marker}': {line.strip()[:200]}")
        codes = []
        if code is not None:
            codes, report_problems = check_report(stdout_path, name, expected[name])
            problems += report_problems
        verdict = "FAIL" if problems else "ok  "
        shown = " ".join(codes) if codes else "-"
        print(f"{verdict} {name}  [{shown}]  {seconds:.2f} s  {peak / 2**20:.0f} MB", flush=True)
        for problem in problems:
            print(f"       {problem}")
        if problems:
            print(f"       expected: {' '.join(expected[name])}; stdout: {stdout_path}; stderr: {stderr_path}")
            print(f"       rerun: cd {inputs} && {hocvu} lint --format json --min-questions 0 '{name}'")
            failed += 1
        else:
            passed += 1
            os.unlink(stdout_path)
            os.unlink(stderr_path)

    launcher.close()
    if failed or opts.keep:
        print(f"scratch folder kept: {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--launcher"]:
        launcher_main()
    else:
        sys.exit(main())
