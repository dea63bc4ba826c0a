#!/usr/bin/python3
"""Proves a spreadsheet program opens hocvu's workbook: LibreOffice (headless, with a private
profile) converts the writers' sample workbooks to PDF, which must exist, be a PDF of some
substance and have the expected number of pages. Exit 77 (a skip) only when soffice is missing.

Every sheet prints one page wide (landscape, fit to width) and the sample's sheets are short, so
each takes one page, except the overview, whose weekly chart runs onto a second.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SHEETS = 8
EXPECTED_PAGES = SHEETS + 1


def count_pages(pdf):
    # Page objects ("/Type /Page", not "/Type /Pages"); LibreOffice writes them uncompressed.
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def convert(soffice, workbook, folder):
    profile = os.path.join(folder, "profile")
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", folder, workbook]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240)
    pdf = os.path.join(folder, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    if result.returncode != 0 or not os.path.exists(pdf):
        print(f"FAIL: soffice could not convert {workbook} (exit {result.returncode}):\n{result.stdout}{result.stderr}")
        return None
    with open(pdf, "rb") as handle:
        return handle.read()


def ink_share(pdf_path, page):
    """The share of a page's pixels that are not near white, rendered by pdftoppm (poppler-utils)
    as a grey-scale PGM at 40 dpi; None when pdftoppm is missing."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return None
    image = subprocess.run([pdftoppm, "-gray", "-r", "40", "-f", str(page), "-l", str(page), pdf_path],
                           capture_output=True, check=True).stdout
    # P5 header: magic, width, height, maxval, each followed by whitespace, then the pixels.
    fields = image.split(maxsplit=4)
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4][-width * height:]
    return sum(1 for value in pixels if value < 200) / len(pixels)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writer", required=True, help="the write_sample_report program")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skipped: soffice (LibreOffice) is not installed; scripts/bootstrap installs libreoffice-calc-nogui")
        return 77
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hocvu-soffice-") as folder:
        subprocess.run([args.writer, folder], check=True)
        for name in ("report.xlsx", "report-en.xlsx"):
            pdf = convert(soffice, os.path.join(folder, name), folder)
            if pdf is None:
                failures += 1
                continue
            pages = count_pages(pdf)
            problems = []
            if not pdf.startswith(b"%PDF-"):
                problems.append("not a PDF")
            if len(pdf) < 20_000:
                problems.append(f"only {len(pdf)} bytes")
            if pages != EXPECTED_PAGES:
                problems.append(f"{pages} pages, expected {EXPECTED_PAGES}")
            # The overview (page 1) and the unit table (the first page after the overview's two)
            # must show text and shapes, not an empty page.
            pdf_path = os.path.join(folder, os.path.splitext(name)[0] + ".pdf")
            for page in (1, 3):
                share = ink_share(pdf_path, page)
                if share is not None and share < 0.005:
                    problems.append(f"page {page} is blank ({share:.2%} of its pixels are ink)")
            for problem in problems:
                print(f"FAIL: {name}: {problem}")
            failures += len(problems)
            if not problems:
                print(f"ok: {name}: LibreOffice printed it as {pages} pages ({len(pdf)} bytes of PDF)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
