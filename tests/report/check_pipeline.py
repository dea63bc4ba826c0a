#!/usr/bin/python3
"""hocvu report on the hand-checked fixture (tests/report/data), end to end, in every format:

- the workbook is read back with openpyxl and its unit and role sheets agree, number by number,
  with the JSON report of the same run (the JSON numbers are checked by hand in the e2e golden
  tests/e2e/cases/report_json);
- outline levels follow the tree, the header is frozen, no cell of any sheet is a formula (the
  roster holds a =HYPERLINK(...) name), and the as-of date is a real date cell;
- the same inputs give byte-identical files, every format;
- no national id of the roster appears in any file, not even inside the workbook's XML.

    /usr/bin/python3 tests/report/check_pipeline.py --hocvu build/hocvu --source .
"""
import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

NATIONAL_IDS = [b"001000000001", b"001000000003"]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run_report(hocvu, source, scratch, out, *extra):
    data = os.path.join(source, "tests", "report", "data")
    args = [hocvu, "report", "--roster", os.path.join(data, "roster.csv"),
            "--results", os.path.join(data, "results", "s1"), os.path.join(data, "results", "s2"),
            "--units", os.path.join(data, "units.yaml"), "--targets", os.path.join(data, "targets.yaml"),
            "--data", os.path.join(source, "framework"), "--as-of", "2026-11-30", "--out", out, "-q", *extra]
    proc = subprocess.run(args, cwd=scratch, capture_output=True)
    check(proc.returncode == 1, f"{out}: exit {proc.returncode} (expected 1: the fixture has data problems): "
                                f"{proc.stderr.decode()}")
    return os.path.join(scratch, out)


def all_bytes(path):
    """Every byte of a file, or of every file below a folder, and of every part of a zip."""
    paths = [path] if os.path.isfile(path) else [os.path.join(r, n) for r, _, ns in os.walk(path) for n in ns]
    for p in sorted(paths):
        with open(p, "rb") as f:
            data = f.read()
        yield p, data
        if data[:2] == b"PK":
            with zipfile.ZipFile(p) as z:
                for name in z.namelist():
                    yield f"{p}!{name}", z.read(name)


def close(a, b):
    return a is None and b is None or (a is not None and b is not None and abs(a - b) < 1e-6)


def check_units_sheet(sheet, units):
    rows = list(sheet.iter_rows(min_row=3, values_only=True))  # row 1 header, row 2 the whole
    check(len(rows) == len(units), f"{sheet.title}: {len(rows)} unit rows, JSON has {len(units)}")
    for index, (row, unit) in enumerate(zip(rows, units)):
        figures = unit["figures"]
        where = f"{sheet.title} row {index + 3} ({unit['id']})"
        check(row[1] == unit["id"], f"{where}: id {row[1]!r}")
        check(tuple(row[4:7]) == (figures["headcount"], figures["assessed"], figures["covered"]),
              f"{where}: headcount, assessed, covered {row[4:7]} vs JSON {figures}")
        percent = figures["coverage_percent"]
        check(close(row[7], None if percent is None else percent / 100) or abs(row[7] * 100 - percent) < 0.05,
              f"{where}: coverage {row[7]} vs JSON {percent}")
        level = sheet.row_dimensions[index + 3].outline_level
        check(level == unit["depth"] + 1, f"{where}: outline level {level}, depth {unit['depth']}")


def check_workbook(path, report):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Tổng quan", "Đơn vị", "Vai trò", "Năng lực", "Chưa đạt", "Gia hạn", "Dữ liệu lỗi",
                              "Nguồn"], f"sheets: {book.sheetnames}")
    overview = book["Tổng quan"]
    check(overview["B4"].value == datetime.datetime(2026, 11, 30), f"as-of cell: {overview['B4'].value!r}")
    check(overview["B5"].value == report["whole"]["headcount"], f"headcount cell: {overview['B5'].value!r}")
    check(overview["B7"].value == report["whole"]["covered"], f"covered cell: {overview['B7'].value!r}")
    units = book["Đơn vị"]
    check(units.freeze_panes == "B2", f"units sheet frozen at {units.freeze_panes}")
    check(units.auto_filter.ref is not None, "units sheet has no autofilter")
    check_units_sheet(units, report["units"])
    roles = list(book["Vai trò"].iter_rows(min_row=2, values_only=True))
    for row, role in zip(roles, report["roles"]):
        check((row[1], row[3], row[5]) == (role["id"], role["figures"]["headcount"], role["figures"]["covered"]),
              f"role row {row[:6]} vs JSON {role['id']} {role['figures']}")
    problems = list(book["Dữ liệu lỗi"].iter_rows(min_row=2, values_only=True))
    check(len(problems) == len(report["problems"]), f"{len(problems)} problem rows, JSON has {len(report['problems'])}")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                check(cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}")
    left = [row for row in book["Chưa đạt"].iter_rows(values_only=True)]
    check(any('=HYPERLINK("http://x","y")' in [str(v) for v in row] for row in left),
          "the =HYPERLINK name is not in 'Chưa đạt' as text (with --people)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    hocvu = os.path.abspath(args.hocvu)
    args.source = os.path.abspath(args.source)
    scratch = tempfile.mkdtemp(prefix="hocvu-report-pipeline-")
    outputs = {}
    for name in ["report.xlsx", "report.json", "report.md", "units.csv", "tables/"]:
        first = run_report(hocvu, args.source, scratch, name, "--people")
        kept = os.path.join(scratch, "first-" + name.rstrip("/"))
        os.rename(first.rstrip("/"), kept)
        again = run_report(hocvu, args.source, scratch, name, "--people").rstrip("/")
        for (p1, b1), (p2, b2) in zip(all_bytes(kept), all_bytes(again)):
            check(b1 == b2, f"{name}: {os.path.basename(p1)} differs between two runs of the same inputs")
        outputs[name] = again
    with open(outputs["report.json"], encoding="utf-8") as f:
        report = json.load(f)
    check_workbook(outputs["report.xlsx"], report)
    for name, path in outputs.items():
        for part, data in all_bytes(path):
            for national_id in NATIONAL_IDS:
                check(national_id not in data, f"{part}: holds the national id {national_id.decode()}")
    for failure in FAILURES:
        print("FAIL", failure)
    if FAILURES:
        print(f"scratch folder kept: {scratch}")
        return 1
    shutil.rmtree(scratch)
    print(f"ok: {len(outputs)} formats, byte-identical reruns, workbook agrees with the JSON, no national id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
