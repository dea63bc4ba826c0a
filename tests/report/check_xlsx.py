#!/usr/bin/python3
"""Checks the workbook hocvu writes for the writers' sample report (tests/unit/sample_report.hpp).

Runs write_sample_report twice and checks: every file is the same bytes both times; then reads
report.xlsx (Vietnamese, with names) and report-en.xlsx (English, without names) back with
openpyxl, a reader that is not libxlsxwriter: sheet names and order, the headline and unit rows
cell by cell (value, type, number format), outline levels, frozen panes, autofilters,
conditional formats, print setup, document properties, that text beginning with = + - @ is
text and no cell anywhere is a formula, and that the charts exist and draw the right ranges.
"""
import argparse
import datetime
import math
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def same(actual, expected, where):
    if isinstance(expected, float) and isinstance(actual, (int, float)):
        check(math.isclose(actual, expected, rel_tol=1e-7, abs_tol=1e-9), f"{where}: {actual!r} != {expected!r}")
    else:
        check(actual == expected, f"{where}: {actual!r} != {expected!r}")


def cell_is(ws, ref, value, number_format=None, data_type=None):
    cell = ws[ref]
    same(cell.value, value, f"{ws.title}!{ref}")
    if number_format is not None:
        same(cell.number_format, number_format, f"{ws.title}!{ref} format")
    if data_type is not None:
        same(cell.data_type, data_type, f"{ws.title}!{ref} type")


DATE = "dd/mm/yyyy"
PERCENT = "0.0%"
INTEGER = "#,##0"
POINTS = "+0.0;-0.0;0.0"
RATE = "0.00"
WEEKS_LEFT = 391 / 7
TRAJECTORY = round(40 * 83 / 109 / 100, 8)  # stored as a fraction rounded to 8 decimals


def day(year, month, date):
    return datetime.datetime(year, month, date)


SHEETS_VI = ["Tổng quan", "Đơn vị", "Vai trò", "Năng lực", "Chưa đạt", "Gia hạn", "Dữ liệu lỗi", "Nguồn"]
SHEETS_EN = ["Overview", "Units", "Roles", "Competencies", "Not yet certified", "Renewals", "Data problems",
             "Sources"]


def check_headline(ws):
    cell_is(ws, "A1", "Phổ cập kỹ năng số – Quốc hội", data_type="s")
    cell_is(ws, "A3", "Chỉ tiêu")
    cell_is(ws, "B3", "Giá trị")
    rows = [
        ("Số liệu tính đến ngày", day(2025, 12, 5), DATE),
        ("Tổng số người", 10, INTEGER),
        ("Đã dự kiểm tra", 7, INTEGER),
        ("Đã đạt chuẩn", 4, INTEGER),
        ("Tỉ lệ đạt chuẩn", 0.4, PERCENT),
        ("Còn lại", 6, INTEGER),
        ("Quá hạn", 1, INTEGER),
        ("Chỉ tiêu theo lộ trình", TRAJECTORY, PERCENT),
        ("Chênh lệch so với lộ trình (điểm %)", 40 - 4000 * 83 / 109 / 100, POINTS),
        ("Số người cần đạt mỗi tuần", 6 / WEEKS_LEFT, RATE),
        ("Số người đạt mỗi tuần gần đây", 0.75, RATE),
        ("Dự kiến hoàn thành", day(2026, 2, 23), DATE),
        ("Đánh giá", "Đúng tiến độ", None),
        ("Mốc 31/12/2025", 0.4, PERCENT),
        ("Mốc 31/12/2026", 1, PERCENT),
        ("Cần gia hạn trong 30 ngày", 1, INTEGER),
        ("Cần gia hạn trong 60 ngày", 2, INTEGER),
        ("Cần gia hạn trong 90 ngày", 3, INTEGER),
        ("Số dòng dữ liệu lỗi", 5, INTEGER),
    ]
    for offset, (label, value, number_format) in enumerate(rows):
        row = 4 + offset
        cell_is(ws, f"A{row}", label, data_type="s")
        cell_is(ws, f"B{row}", value, number_format)
    # The top-level units table, which the bar chart draws.
    cell_is(ws, "A24", "Các đơn vị cấp cao nhất")
    cell_is(ws, "A25", "Đơn vị")
    top = [("Hội đồng Dân tộc", 1), ("Văn phòng Quốc hội", 0.4), ("@x", 0), ("-1", 0),
           ("Đoàn ĐBQH và HĐND tỉnh Điện Biên", 0)]
    for offset, (name, coverage) in enumerate(top):
        row = 26 + offset
        cell_is(ws, f"A{row}", name, data_type="s")
        cell_is(ws, f"B{row}", coverage, PERCENT)
        cell_is(ws, f"C{row}", TRAJECTORY, PERCENT)


def check_units(ws):
    same([c.value for c in ws[1]][:5], ["Đơn vị", "Mã đơn vị", "Loại", "Cấp", "Tổng số người"], "Đơn vị header")
    same(ws.freeze_panes, "B2", "Đơn vị frozen panes")
    same(ws.auto_filter.ref, "A1:P11", "Đơn vị autofilter")
    cell_is(ws, "A2", "Toàn hệ thống")
    cell_is(ws, "P2", "Đúng tiến độ")
    # Outline levels: depth + 1, the whole organisation at level 0.
    levels = [ws.row_dimensions[row].outline_level for row in range(2, 12)]
    same(levels, [0, 1, 1, 2, 3, 2, 1, 1, 1, 2], "Đơn vị outline levels")
    same(ws.sheet_properties.outlinePr.summaryBelow, False, "Đơn vị summary rows above details")
    same(ws["E5"].alignment.indent, 0, "Đơn vị E5 indent")
    same(ws["A5"].alignment.indent, 1, "Đơn vị A5 indent (depth 1)")
    same(ws["A6"].alignment.indent, 2, "Đơn vị A6 indent (depth 2)")
    expected = {
        "A5": ("Vụ Tổng hợp", None), "B5": ("VPQH-TH", None), "C5": ("department", None), "D5": (2, INTEGER),
        "E5": (4, INTEGER), "F5": (3, INTEGER), "G5": (1, INTEGER), "H5": (0.25, PERCENT), "I5": (3, INTEGER),
        "J5": (0, INTEGER), "K5": (TRAJECTORY, PERCENT), "L5": (25 - 4000 * 83 / 109 / 100, POINTS),
        "M5": (3 / WEEKS_LEFT, RATE), "N5": (0.25, RATE), "O5": (day(2026, 4, 27), DATE), "P5": ("Chậm", None),
        # A unit with no one: blank where there is nothing to measure.
        "A6": ('=HYPERLINK("http://example.com","x")', None), "E6": (0, INTEGER), "H6": (None, PERCENT),
        "L6": (None, POINTS), "M6": (None, RATE), "O6": (None, DATE), "P6": ("Không có người", None),
        "A7": ("+cmd", None), "P7": ("Đã đạt", None), "A8": ("@x", None), "J8": (1, INTEGER), "P8": ("Có nguy cơ", None),
        "A9": ("-1", None), "A10": ("Đoàn ĐBQH và HĐND tỉnh Điện Biên", None),
    }
    for ref, (value, number_format) in expected.items():
        cell_is(ws, ref, value, number_format)
    for ref in ("A6", "A7", "A8", "A9"):
        same(ws[ref].data_type, "s", f"Đơn vị!{ref} is text")
    rules = [rule for ranges in ws.conditional_formatting for rule in ranges.rules]
    formulas = sorted(rule.formula[0] for rule in rules if rule.type == "cellIs")
    same(formulas, sorted(['"Đã đạt"', '"Đúng tiến độ"', '"Chậm"', '"Có nguy cơ"']), "Đơn vị status colours")
    same([str(ranges.sqref) for ranges in ws.conditional_formatting], ["P2:P11"], "Đơn vị colour range")


def check_competencies(ws):
    same(ws["C1"].value, "1.1 Duyệt, tìm kiếm và lọc dữ liệu", "Năng lực C1")
    cell_is(ws, "C2", round(5 / 7, 8), PERCENT)
    cell_is(ws, "E2", None)  # measured in no one: empty, not 0%
    cell_is(ws, "C5", round(1 / 3, 8), PERCENT)
    cell_is(ws, "D5", 0, PERCENT)
    rules = [rule for ranges in ws.conditional_formatting for rule in ranges.rules]
    same([rule.type for rule in rules], ["colorScale"], "Năng lực heat map")
    same([str(ranges.sqref) for ranges in ws.conditional_formatting], ["C2:E11"], "Năng lực heat map range")
    scale = rules[0].colorScale
    same([(v.type, v.val) for v in scale.cfvo], [("num", 0), ("num", 0.5), ("num", 1)], "Năng lực scale")
    same(ws.row_dimensions[6].outline_level, 3, "Năng lực outline level of a depth-2 unit")


def check_people(ws, names):
    header = [c.value for c in ws[1]]
    if names:
        same(header[:5], ["Mã cá nhân", "Họ và tên", "Mã đơn vị", "Đơn vị", "Vai trò"], "Chưa đạt header")
        cell_is(ws, "B5", "=cmd|' /C calc'!A0", data_type="s")
        cell_is(ws, "G2", 0.625, PERCENT)
        cell_is(ws, "H3", day(2026, 1, 19), DATE)
        cell_is(ws, "J3", day(2025, 11, 20), DATE)
        cell_is(ws, "I5", "Có")
        cell_is(ws, "D6", "-1", data_type="s")
    else:
        same(header[:4], ["Person id", "Unit id", "Unit", "Role"], "Not yet certified header (no names)")
        check(all("Lê Văn Cường" != c.value for row in ws.iter_rows() for c in row), "a name without --people")


def check_sheet_setup(ws):
    same(ws.page_setup.orientation, "landscape", f"{ws.title} orientation")
    same(ws.page_setup.paperSize, 9, f"{ws.title} A4")
    same(ws.sheet_properties.pageSetUpPr.fitToPage, True, f"{ws.title} fit to page")
    same(ws.page_setup.fitToHeight, 0, f"{ws.title} pages tall: any")
    check(ws.page_setup.fitToWidth in (None, 1), f"{ws.title} one page wide")
    same(ws.print_title_rows, "$1:$1", f"{ws.title} repeated rows")


def check_no_formulas(path):
    book = openpyxl.load_workbook(path)
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                check(cell.data_type != "f", f"{path}: {ws.title}!{cell.coordinate} is a formula")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                check("<f>" not in archive.read(name).decode(), f"{path}: {name} holds a formula")


def check_charts(path):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        check("xl/drawings/drawing1.xml" in names, "no drawing")
        rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        check("../drawings/drawing1.xml" in rels, "the overview does not hold the drawing")
        drawing_rels = archive.read("xl/drawings/_rels/drawing1.xml.rels").decode()
        same(sorted(re.findall(r"charts/chart\d\.xml", drawing_rels)), ["charts/chart1.xml", "charts/chart2.xml"],
             "charts in the drawing")
        units = archive.read("xl/charts/chart1.xml").decode()
        weeks = archive.read("xl/charts/chart2.xml").decode()
    check("<c:barChart>" in units, "chart 1 is not a bar chart")
    same(re.findall(r"<c:f>([^<]*)</c:f>", units),
         ["'Tổng quan'!$B$25", "'Tổng quan'!$A$26:$A$30", "'Tổng quan'!$B$26:$B$30",
          "'Tổng quan'!$C$25", "'Tổng quan'!$A$26:$A$30", "'Tổng quan'!$C$26:$C$30"], "bar chart ranges")
    check('<c:max val="1"/>' in units, "bar chart axis does not end at the final target (100%)")
    check("<c:lineChart>" in weeks, "chart 2 is not a line chart")
    same(re.findall(r"<c:f>([^<]*)</c:f>", weeks),
         ["'Tổng quan'!$C$49", "'Tổng quan'!$A$50:$A$53", "'Tổng quan'!$C$50:$C$53",
          "'Tổng quan'!$D$49", "'Tổng quan'!$A$50:$A$53", "'Tổng quan'!$D$50:$D$53"],
         "line chart ranges")


def check_vietnamese(path):
    book = openpyxl.load_workbook(path)
    same(book.sheetnames, SHEETS_VI, "sheet names")
    properties = book.properties
    same(properties.title, "Phổ cập kỹ năng số – Quốc hội", "title property")
    same(properties.creator, "hocvu", "author property")
    same(properties.created, day(2025, 12, 5), "created property (the as-of date, never the clock)")
    same(properties.modified, day(2025, 12, 5), "modified property")
    check_headline(book["Tổng quan"])
    weeks = book["Tổng quan"]
    cell_is(weeks, "A50", day(2025, 11, 16), DATE)
    cell_is(weeks, "B53", 4, INTEGER)
    cell_is(weeks, "C53", 0.4, PERCENT)
    check_units(book["Đơn vị"])
    check_competencies(book["Năng lực"])
    check_people(book["Chưa đạt"], names=True)
    problems = book["Dữ liệu lỗi"]
    cell_is(problems, "A2", "unknown_unit")
    cell_is(problems, "C2", 12, INTEGER)
    cell_is(problems, "D5", None)  # column 0: the whole row
    cell_is(problems, "F6", "@SUM(1+1) is not a row", data_type="s")
    sources = book["Nguồn"]
    cell_is(sources, "C2", "a" * 64)
    cell_is(sources, "D2", 13, INTEGER)
    cell_is(sources, "A8", "Phiên bản hocvu")
    cell_is(sources, "B9", day(2025, 12, 5), DATE)
    same(sources.auto_filter.ref, "A1:F5", "Nguồn autofilter")
    for name in SHEETS_VI:
        check_sheet_setup(book[name])
    for name in SHEETS_VI[1:]:
        check(book[name].freeze_panes is not None, f"{name}: no frozen header")
        check(book[name].auto_filter.ref is not None, f"{name}: no autofilter")
    check_no_formulas(path)
    check_charts(path)


def check_english(path):
    book = openpyxl.load_workbook(path)
    same(book.sheetnames, SHEETS_EN, "English sheet names")
    overview = book["Overview"]
    cell_is(overview, "A16", "Status")
    cell_is(overview, "B16", "on track")
    cell_is(book["Units"], "P5", "behind")
    cell_is(book["Units"], "P8", "at risk")
    cell_is(book["Units"], "P3", "met")
    check_people(book["Not yet certified"], names=False)
    check_no_formulas(path)


def write_sample(writer, folder):
    subprocess.run([writer, folder], check=True)
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = handle.read()
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writer", required=True, help="the write_sample_report program")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hocvu-xlsx-") as first, tempfile.TemporaryDirectory(prefix="hocvu-xlsx-") as second:
        one = write_sample(args.writer, first)
        two = write_sample(args.writer, second)
        same(sorted(one), sorted(two), "files written")
        for name in sorted(one):
            check(one[name] == two.get(name), f"{name} differs between two runs")
        check("report.xlsx" in one and "report-en.xlsx" in one, "no workbook written")
        check(not any(".hocvu-xlsx-" in name for name in one), "a temporary file was left behind")
        check_vietnamese(os.path.join(first, "report.xlsx"))
        check_english(os.path.join(first, "report-en.xlsx"))
    for failure in FAILURES:
        print("FAIL:", failure)
    if FAILURES:
        return 1
    print("ok: the sample workbook reads back as written, twice byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
