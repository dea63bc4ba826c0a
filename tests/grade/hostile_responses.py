#!/usr/bin/python3
"""Hostile response files through `hocvu grade`: nothing crashes or hangs, and every row is
accounted for.

    /usr/bin/python3 tests/grade/hostile_responses.py --hocvu build/hocvu --source . [--sanitized] [-k NAME]

The corpus is made at test time in a scratch folder (see CORPUS): ragged rows, quotes spanning
lines, NUL bytes, a 10 MB field, invalid UTF-8, byte-order marks in the middle, unknown forms, an
empty file, a header alone, files that are not CSV at all (PNG bytes, random bytes, a corrupt
gzip), a 20 MB line, CR-only line ends, 100,000 rows of garbage in CSV and JSON Lines, deep JSON,
and a gzip of 100 MB of line ends. Each file is graded alone against tests/grade/data/exam:

    hocvu grade --exam EXAM --out out/NAME --threads 2 FILE

and passes when
  - hocvu exits 0 or 1 (2 only for the files marked unreadable), within the time limit, under
    RLIMIT_CPU and (without --sanitized) RLIMIT_AS, with a peak RSS under the memory limit;
  - stderr holds no sanitizer report, and says "read N rows = graded G + rejected R" with N = G + R;
  - N is the number of rows counted here, independently, from the bytes: RFC 4180 records
    (quoted fields may span lines; LF, CRLF and a lone CR end lines; blank lines are no rows),
    with hocvu's documented rules for damage (record_splitter.hpp: a broken quote costs the
    record's first line, the lines its scan passed over are then single lines; a record over
    16 MiB is cut at its first line), minus the header when it is a response header;
  - scores.csv holds G data rows (one per row: the corpus has no long files with several rows per
    attempt) and rejects.csv R, and summary.json says the same for the file.
Prints one line per file and 'N passed, M failed'; exits 1 when any failed, keeping the scratch folder.
"""
import argparse
import csv
import gzip
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

TIMEOUT_SECONDS = 60
CPU_SECONDS = 30
MAX_RSS_BYTES = 1 << 30
ADDRESS_SPACE_BYTES = 4 << 30
SANITIZED_FACTOR = 3
MAX_ROW = 16 << 20
TIME = "/usr/bin/time"  # GNU time (Debian package time), for the peak RSS
BAD_STDERR = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error", "internal error")
SUMMARY = re.compile(r"read (\d+) rows = graded (\d+) \+ rejected (\d+)")

HEADER = b"candidate_id,form,date,1,2,3,4,5,6"
GOOD_101 = b"C%d,101,2026-11-20,B;D,SUM,75,A,C,F"


# ---------------------------------------------------------------------------------------------
# The corpus: name -> (bytes, whether the first record is a response header, exit statuses allowed)

def rows_of(lines, end=b"\n"):
    return end.join(lines) + end


def ragged():
    rng = random.Random(1)
    lines = [HEADER]
    for i in range(200):
        width = rng.randint(1, 15)
        lines.append(b",".join([b"R%d" % i, b"101"] + [b"A"] * width)[: 4 + 3 * width])
    return rows_of(lines)


def quotes_spanning():
    return rows_of([
        HEADER,
        GOOD_101 % 1,
        b'C2,101,2026-11-20,"B;\nD","S\r\nUM",75,A,C,F',         # quoted line breaks: one row of 3 lines
        b'C3,101,2026-11-20,"B"";D",SUM,75,A,C,F',               # an escaped quote
        b'C4,101,2026-11-20,"B" ,SUM,75,A,C,F',                  # a space after the closing quote
        b'C5,101,2026-11-20,"B"x,SUM,75,A,C,F',                  # text after the quote
        b'C6,101,2026-11-20,B"D,SUM,75,A,C,F',                   # a quote inside an unquoted field
        GOOD_101 % 7,
        b'C8,101,2026-11-20,"B;D,SUM,75,A,C,F',                  # never closed: the rest are single lines
        b'C9,101,2026-11-20,"B;\nD",SUM,75,A,C,F',               # which no longer span
        GOOD_101 % 10,
    ])


def nul_bytes():
    return rows_of([HEADER, GOOD_101 % 1, b"C2,101,2026-11-20,B\x00,SUM,75,A,C,F", b"\x00", b"\x00" * 5000,
                    b'C3,101,2026-11-20,"B\x00\nD",SUM,75,A,C,F', GOOD_101 % 4])


def nul_header():
    return rows_of([b"candidate_id,form,\x00date,1,2,3,4,5,6", GOOD_101 % 1, GOOD_101 % 2])


def big_field():
    ten_mb = b"x" * (10 << 20)
    return rows_of([HEADER, GOOD_101 % 1, b"C2,101,2026-11-20,B;D," + ten_mb + b",75,A,C,F",
                    b"C3,101,2026-11-20," + ten_mb + b",SUM,75,A,C,F",
                    b'C4,101,2026-11-20,B;D,"' + ten_mb + b'",75,A,C,F', GOOD_101 % 5])


def invalid_utf8():
    return rows_of([HEADER, b"C1,101,2026-11-20,B;D,S\xffM,75,A,C,F", b"C2,101,2026-11-20,B;D,\xc0\x80,75,A,C,F",
                    b"C3,101,2026-11-20,B;D,\xed\xa0\x80,75,A,C,F", b"C\xe1\xba,101,2026-11-20,B,,,,,",
                    GOOD_101 % 4, b"C5,101,2026-11-20,B;D,S\xe1"], end=b"\n")[:-1]  # ends inside a character


def bom_middle():
    bom = b"\xef\xbb\xbf"
    return bom + rows_of([HEADER, GOOD_101 % 1, bom + GOOD_101 % 2, b"C3,101,2026-11-20,B;D," + bom + b"SUM,75,A,C,F",
                          bom, bom + HEADER, b"C4" + bom + b",101,2026-11-20,B;D,SUM,75,A,C,F", GOOD_101 % 5])


def unknown_forms():
    return rows_of([HEADER] + [b"U%d,%s,2026-11-20,A,,,,," % (i, f) for i, f in
                               enumerate([b"101", b"109", b"", b"\xc4\x90\xe1\xbb\x81 1", b"101 ", b"0101", b"1e2",
                                          b"'=101", b"102"])])


def png():
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    rng = random.Random(3)
    pixels = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(3 * 64)) for _ in range(64))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def random_bytes():
    rng = random.Random(4)
    return bytes(rng.randrange(256) for _ in range(1 << 16))


def huge_line():
    return rows_of([HEADER, GOOD_101 % 1, b"C2,101,2026-11-20," + b"A" * (20 << 20), GOOD_101 % 3,
                    # a quote never closed within the 16 MiB limit: the lines it passed over are rows
                    b'C4,101,2026-11-20,"' + (b"B" * 1023 + b"\n") * (17 << 10), GOOD_101 % 5])


def cr_only():
    return rows_of([HEADER, GOOD_101 % 1, b"", b'C2,101,2026-11-20,B;D,"S\rUM",75,A,C,F', GOOD_101 % 3], end=b"\r")


def garbage_csv():
    rng = random.Random(5)
    alphabet = b'ABCD,;"\t \r\n01x\xc3\xa0'
    lines = [HEADER]
    for i in range(100000):
        body = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        lines.append(b"G%d,%s,%s" % (i, rng.choice([b"101", b"102", b"9"]), body))
    return rows_of(lines)


def garbage_jsonl():
    rng = random.Random(6)
    pieces = [b'{"candidate_id":"J', b'","form":"101","responses":{"1":"B"}}', b"{", b"}", b"[", b"]", b'"', b":",
              b",", b"null", b"\\u0000", b"\\", b"1e999", b'"form":102', b"\xff", b" "]
    lines = [b'{"candidate_id":"J0","form":"101","responses":{"1":"B;D"}}']
    for i in range(100000):
        lines.append(b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    return rows_of(lines)


def deep_jsonl():
    return rows_of([b'{"candidate_id":"D1","form":"101","responses":{"1":"B"},"x":' + b"[" * 100000 + b"]" * 100000 + b"}",
                    b'{"candidate_id":"D2","form":"101","responses":' + b'{"a":' * 50000 + b"1" + b"}" * 50000 + b"}",
                    b'{"candidate_id":"D3","form":"101","responses":{"1":"B;D"}}'])


def long_garbage():
    rng = random.Random(7)
    lines = [b"candidate_id,form,question,response,date"]
    for i in range(20000):
        lines.append(b"L%d,101,%s,%s,2026-11-20" % (i % 50, rng.choice([b"1", b"6", b"7", b"Q9", b"Q1.1-CB-02", b""]),
                                                    rng.choice([b"A", b"B;D", b"", b"zz", b"75"])))
    return rows_of(lines)


def gzip_of_line_ends():
    return gzip.compress(HEADER + b"\n" + b"\n" * (100 << 20) + (GOOD_101 % 1) + b"\n", compresslevel=9, mtime=0)


def corrupt_gzip():
    good = gzip.compress(rows_of([HEADER] + [GOOD_101 % i for i in range(1000)]), mtime=0)
    return good[: len(good) // 2] + b"\x00garbage" * 10


def header_unclosed_quote():
    return rows_of([b'candidate_id,"form,date,1,2,3,4,5,6', GOOD_101 % 1, GOOD_101 % 2])


CORPUS = {
    # name: (make, header is a response header, exit statuses allowed)
    "ragged.csv": (ragged, True, (1,)),
    "quotes-spanning.csv": (quotes_spanning, True, (1,)),
    "nul.csv": (nul_bytes, True, (1,)),
    "nul-header.csv": (nul_header, False, (1,)),
    "big-field.csv": (big_field, True, (1,)),
    "invalid-utf8.csv": (invalid_utf8, True, (1,)),
    "bom-middle.csv": (bom_middle, True, (1,)),
    "unknown-forms.csv": (unknown_forms, True, (1,)),
    "empty.csv": (lambda: b"", False, (0,)),
    "blank.csv": (lambda: b"\n  \n\t\r\n\r\r\n ", False, (0,)),
    "header-only.csv": (lambda: HEADER + b"\r\n", True, (0,)),
    "header-only-no-newline.csv": (lambda: HEADER, True, (0,)),
    "image.png": (png, False, (1,)),
    "random.bin": (random_bytes, False, (1,)),
    "huge-line.csv": (huge_line, True, (1,)),
    "cr-only.csv": (cr_only, True, (0,)),
    "garbage.csv": (garbage_csv, True, (1,)),
    "garbage.jsonl": (garbage_jsonl, None, (1,)),
    "deep.jsonl": (deep_jsonl, None, (1,)),
    "long-garbage.csv": (long_garbage, True, (1,)),
    "line-ends.csv.gz": (gzip_of_line_ends, True, (0,)),
    "corrupt.csv.gz": (corrupt_gzip, True, (2,)),
    "header-unclosed-quote.csv": (header_unclosed_quote, False, (1,)),
}


# ---------------------------------------------------------------------------------------------
# Counting rows, independently of hocvu's code: RFC 4180 records with record_splitter.hpp's rules.

def line_end(data, start):
    """The first LF or CR at or after start, or len(data)."""
    lf = data.find(b"\n", start)
    lf = len(data) if lf < 0 else lf
    cr = data.find(b"\r", start, lf)
    return lf if cr < 0 else cr


def after_line_end(data, at):
    if at >= len(data):
        return at
    return at + 2 if data[at:at + 2] == b"\r\n" else at + 1


BLANK = re.compile(rb"[ \t\r\n]*")


def skip_blank_lines(data, pos):
    """The start of the first line at or after pos that is not blank (spaces, tabs, line ends
    only), or len(data): a file of a hundred million line ends is skipped in one step."""
    first = BLANK.match(data, pos).end()
    if first >= len(data):
        return len(data)
    return max(data.rfind(b"\n", pos, first), data.rfind(b"\r", pos, first), pos - 1) + 1


def detect_separator(header):
    counts, quoted = {b",": 0, b";": 0, b"\t": 0}, False
    for c in header:
        c = bytes([c])
        if c == b'"':
            quoted = not quoted
        if not quoted and c in counts:
            counts[c] += 1
    if counts[b"\t"] > counts[b","] and counts[b"\t"] > counts[b";"]:
        return b"\t"
    return b";" if counts[b";"] > counts[b","] else b","


class Splitter:
    """Records of `data`: a list of (text, problem)."""

    def __init__(self, data, csv_mode):
        self.data, self.csv_mode = data, csv_mode
        self.separator = None  # any of , ; tab until the header is read
        self.no_span_until = 0

    def is_separator(self, c):
        return c in (b",", b";", b"\t") if self.separator is None else c == self.separator

    def is_pad(self, c):
        return c == b" " or (c == b"\t" and not self.is_separator(b"\t"))

    def first_line(self, start, problem, scanned_to):
        self.no_span_until = max(self.no_span_until, scanned_to)
        end = line_end(self.data, start)
        if end - start > MAX_ROW:
            problem = "too_long"
        return (self.data[start:end][:4096], problem), after_line_end(self.data, end)

    def scan_quoted(self, start):
        data, n = self.data, len(self.data)
        may_span, limit, p = start >= self.no_span_until, start + MAX_ROW, start
        while True:
            while p < n and self.is_pad(data[p:p + 1]):
                p += 1
            if p < n and data[p:p + 1] == b'"':
                p += 1
                while True:
                    q = data.find(b'"', p)
                    q = n if q < 0 else q
                    spans = line_end(data, p) < q
                    if (spans and not may_span) or q > limit or q == n:
                        return self.first_line(start, "unclosed_quote", q)
                    p = q + 1
                    if data[p:p + 1] == b'"':
                        p += 1
                        continue
                    break
                while p < n and self.is_pad(data[p:p + 1]):
                    p += 1
                if p < n and not self.is_separator(data[p:p + 1]) and data[p:p + 1] not in (b"\r", b"\n"):
                    return self.first_line(start, "text_after_quote", p)
            else:
                while p < n and not self.is_separator(data[p:p + 1]) and data[p:p + 1] not in (b"\r", b"\n"):
                    p += 1
            if p > limit:
                return self.first_line(start, "too_long", p)
            if p == n or data[p:p + 1] in (b"\r", b"\n"):
                if p - start > MAX_ROW:
                    return self.first_line(start, "too_long", p)
                return (data[start:p], None), after_line_end(data, p)
            p += 1

    def records(self):
        data, pos, found = self.data, 0, []
        while pos < len(data):
            pos = skip_blank_lines(data, pos)
            if pos >= len(data):
                break
            end = line_end(data, pos)
            line = data[pos:end]
            if line.strip(b" \t") == b"":
                pos = after_line_end(data, end)
                continue
            if end - pos > MAX_ROW:
                record, pos = self.first_line(pos, "too_long", end)
            elif self.csv_mode and b'"' in line:
                record, pos = self.scan_quoted(pos)
            else:
                record, pos = (line, None), after_line_end(data, end)
            found.append(record)
            if len(found) == 1 and self.csv_mode:
                self.read_header(record)
        return found

    def read_header(self, record):
        text, problem = record
        if problem or b"\x00" in text:
            return
        try:
            text.decode("utf-8")
        except UnicodeDecodeError:
            return
        self.separator = detect_separator(text[3:] if text.startswith(b"\xef\xbb\xbf") else text)


def count_rows(data, header_is_responses):
    if data.startswith(b"\x1f\x8b"):
        data = gzip.decompress(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    first = data.lstrip(b" \t\r\n")[:1]
    jsonl = first == b"{"
    records = Splitter(data, not jsonl).records()
    if jsonl or not records or not header_is_responses:
        return len(records)
    return len(records) - 1


# ---------------------------------------------------------------------------------------------
# Running hocvu under limits.

def limits(sanitized):
    factor = SANITIZED_FACTOR if sanitized else 1

    def apply():
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS * factor, CPU_SECONDS * factor + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if not sanitized:  # AddressSanitizer reserves terabytes of address space
            resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))
    return apply


def run_hocvu(args, cwd, sanitized):
    """(exit status or None on timeout, stderr, peak RSS in bytes, seconds).

    The peak RSS comes from GNU time, which forks hocvu from its own small process: a child's
    ru_maxrss starts from the size of the process that forked it, and this script holds the
    corpus in memory."""
    factor = SANITIZED_FACTOR if sanitized else 1
    err_path, rss_path = os.path.join(cwd, "stderr.txt"), os.path.join(cwd, "rss.txt")
    with open(err_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen([TIME, "-f", "%M", "-o", rss_path] + args, cwd=cwd, stdout=subprocess.DEVNULL,
                                stderr=err, preexec_fn=limits(sanitized), start_new_session=True,
                                env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        try:
            status = proc.wait(timeout=TIMEOUT_SECONDS * factor)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            status = None
        seconds = time.monotonic() - start
    with open(err_path, "rb") as f:
        stderr = f.read()
    with open(rss_path, encoding="utf-8") as f:
        rss_lines = f.read().split()  # "Command exited with non-zero status 1" comes first then
    return status, stderr, int(rss_lines[-1]) * 1024 if rss_lines and rss_lines[-1].isdigit() else 0, seconds


def data_rows(path):
    """The records of a CSV hocvu wrote, less the header (raw fields may hold any byte)."""
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def check_file(name, data, header_ok, allowed, opts, scratch, exam):
    path = os.path.join(scratch, "corpus", name)
    with open(path, "wb") as f:
        f.write(data)
    expected_rows = count_rows(data, header_ok) if 2 not in allowed else None
    out = os.path.join("out", name)
    args = [os.path.abspath(opts.hocvu), "grade", "--exam", exam, "--out", out, "--threads", "2", path]
    status, stderr, rss, seconds = run_hocvu(args, scratch, opts.sanitized)
    text = stderr.decode("utf-8", "replace")
    factor = SANITIZED_FACTOR if opts.sanitized else 1
    problems = []
    if status is None:
        problems.append(f"did not finish in {TIMEOUT_SECONDS * factor} s")
    elif status not in allowed:
        problems.append(f"exit status {status}, expected {allowed}")
    if rss > MAX_RSS_BYTES * factor:
        problems.append(f"peak RSS {rss >> 20} MiB over {MAX_RSS_BYTES * factor >> 20} MiB")
    problems += [f"stderr holds '{bad}'" for bad in BAD_STDERR if bad in text]
    if status in (0, 1) and not problems:
        problems += check_accounting(name, text, expected_rows, os.path.join(scratch, out))
    if status == 2 and "hocvu: error:" not in text:
        problems.append("exit 2 without an error message")
    verdict = "ok  " if not problems else "FAIL"
    rows = f"{expected_rows} rows" if expected_rows is not None else "unreadable"
    print(f"{verdict} {name}: exit {status}, {rows}, {seconds:.2f} s, {rss >> 20} MiB"
          + "".join(f"\n       {p}" for p in problems) + (f"\n       stderr: {text.strip()[:2000]}" if problems else ""))
    os.remove(path)  # the big ones add up
    return not problems


def check_accounting(name, stderr, expected_rows, out):
    match = SUMMARY.search(stderr)
    if not match:
        return ["stderr does not say 'read N rows = graded G + rejected R'"]
    read, graded, rejected = (int(g) for g in match.groups())
    problems = []
    if read != graded + rejected:
        problems.append(f"read {read} != graded {graded} + rejected {rejected}")
    if read != expected_rows:
        problems.append(f"hocvu read {read} rows, counted here: {expected_rows}")
    scores, rejects = data_rows(os.path.join(out, "scores.csv")), data_rows(os.path.join(out, "rejects.csv"))
    if scores != graded or rejects != rejected:
        problems.append(f"scores.csv has {scores} rows (graded {graded}), rejects.csv {rejects} (rejected {rejected})")
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    accounts = [(i["rows"], i["graded"], i["rejected"]) for i in summary["inputs"]]
    if accounts != [(read, graded, rejected)] or (summary["rows_read"], summary["graded"], summary["rejected"]) != (read, graded, rejected):
        problems.append(f"summary.json accounts {accounts}, rows_read {summary['rows_read']}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True, help="the repository root")
    parser.add_argument("--sanitized", action="store_true", help="an ASan/UBSan build: larger limits, no RLIMIT_AS")
    parser.add_argument("-k", default="", help="only the files whose name contains this")
    parser.add_argument("--keep", action="store_true")
    opts = parser.parse_args()
    if not os.path.exists(TIME):
        print(f"hostile_responses: {TIME} is missing (scripts/bootstrap installs the package time)")
        return 1
    scratch = tempfile.mkdtemp(prefix="hocvu-hostile-grade-")
    os.makedirs(os.path.join(scratch, "corpus"))
    exam = os.path.join(os.path.abspath(opts.source), "tests", "grade", "data", "exam")
    passed = failed = 0
    for name, (make, header_ok, allowed) in CORPUS.items():
        if opts.k not in name:
            continue
        ok = check_file(name, make(), header_ok, allowed, opts, scratch, exam)
        passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    if failed or opts.keep:
        print(f"scratch folder kept: {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
