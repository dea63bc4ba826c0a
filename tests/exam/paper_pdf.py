#!/usr/bin/python3
"""Prints candidate papers to PDF with headless Chromium and checks the pages, as a training
office would print them:

    paper_pdf.py --hocvu build/hocvu --source .

For the bundled dbqh blueprint (Vietnamese) and the English fixture (tests/exam/data-en),
runs `hocvu exam` for one form, prints forms/101.html with Chromium and checks with poppler's
pdfinfo and pdftotext:
  - the page count: what the fixture's form is known to need, and at least 2 for dbqh's 30
    questions;
  - every page's footer holds the form code and "N/M" (CSS margin boxes);
  - no question is split across pages: each question's number and its last option line (or
    answer line) are on one page, and each area heading is on the page of its first question.
A negative control prints the English paper with the page-break rules removed and a tall
spacer, and expects the split check to find the split.
Without Chromium or poppler the test is skipped (exit 77), and fails under CI=true.
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_TIMEOUT = 60

# The paper's words as the catalogue writes them (src/i18n/messages_*.cpp), by <html lang>.
WORDS = {
    "vi": {"question": "Câu {}.", "footer": "Mã đề {code} · Trang {page}/{pages}", "area": "Miền năng lực "},
    "en": {"question": "Question {}.", "footer": "Form {code} · Page {page}/{pages}", "area": "Area "},
}

# (label, blueprint, data folders, expected page count of form 101 or None, minimum pages)
CASES = [
    ("dbqh", "framework/blueprints/dbqh.yaml", ["framework", "question-banks"], None, 2),
    ("digital-basics-en", "tests/exam/data-en/framework/blueprints/digital-basics.yaml", ["tests/exam/data-en"], None, 2),
]


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def plain(fragment):
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", fragment.replace("<br>", " "))))


def paper_parts(page_html):
    """The paper's language, area headings (with the number of the question after them), and per
    question its number and the text its last line ends with."""
    lang = re.search(r'<html lang="([a-z]+)"', page_html).group(1)
    headings = []
    questions = []
    body = page_html.split("<main>", 1)[1].split("</main>", 1)[0]
    for piece in re.split(r'(?=<div class="question">)|(?=<h2>)|(?=<section class="exhibit")', body):
        if piece.startswith("<h2>"):
            headings.append([plain(piece.split("</h2>")[0]), len(questions) + 1])
            continue
        if piece.startswith('<section class="exhibit"'):
            # An exhibit box is kept with its first question, like a heading: its title stands for it.
            title = re.search(r"<h3>(.*?)</h3>", piece, re.S)
            headings.append([plain(title.group(1)) if title else "", len(questions) + 1])
            continue
        if not piece.startswith('<div class="question">'):
            continue
        number = int(re.search(r"<strong>\D*(\d+)\.</strong>", piece).group(1))
        if '<ol class="options">' in piece:
            last = re.findall(r"<li><span class=\"letter\">[^<]*</span> <span>(.*?)</span></li>", piece, re.S)[-1]
            tail = plain(last)[-40:].strip()
        else:
            tail = plain(re.search(r'<p class="response">(.*?)</p>', piece, re.S).group(1))
        questions.append((number, tail))
    return lang, headings, questions


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    texts = []
    for n in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"],
                             capture_output=True, text=True, check=True).stdout
        texts.append(out)
    return texts


def start_printing(chromium, html_path, pdf_path, scratch):
    """Chromium printing `html_path` to `pdf_path`, started in the background: the prints run
    side by side, since most of a print is Chromium starting up."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=scratch)
    env = dict(os.environ, HOME=scratch)
    return subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--no-first-run", "--disable-background-networking", "--disable-component-update",
                             f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}", "file://" + html_path],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish_printing(process, pdf_path):
    try:
        _, stderr = process.communicate(timeout=CHROMIUM_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    if process.returncode != 0 or not os.path.exists(pdf_path):
        raise subprocess.SubprocessError(f"chromium exited {process.returncode} without {pdf_path}: "
                                         f"{stderr.decode('utf-8', 'replace')[-1000:]}")


def split_problems(lang, headings, questions, texts):
    """Questions whose number and last line are not on one page; headings away from their question."""
    words = WORDS[lang]
    squashed = [squash(t) for t in texts]
    problems = []
    numbers = [n for n, _ in questions]
    for i, (number, tail) in enumerate(questions):
        label = words["question"].format(number)
        pattern = re.compile(re.escape(label) + r"(?!\d)")
        pages = [p for p, t in enumerate(squashed) if pattern.search(t)]
        if len(pages) != 1:
            problems.append(f"'{label}' is on pages {[p + 1 for p in pages]}")
            continue
        page = squashed[pages[0]]
        start = pattern.search(page).end()
        following = words["question"].format(numbers[i + 1]) if i + 1 < len(numbers) else None
        end = page.find(following, start) if following else -1
        segment = page[start:end if end >= 0 else len(page)]
        if tail not in segment:
            problems.append(f"'{label}' (page {pages[0] + 1}) and its last line '{tail}' are not on one page")
    for heading, number in headings:
        label = words["question"].format(number)
        pattern = re.compile(re.escape(label) + r"(?!\d)")
        heading_pages = [p for p, t in enumerate(squashed) if heading in t]
        question_pages = [p for p, t in enumerate(squashed) if pattern.search(t)]
        if len(heading_pages) != 1 or heading_pages != question_pages:
            problems.append(f"heading '{heading}' is on pages {[p + 1 for p in heading_pages]}, "
                            f"its first question on {[p + 1 for p in question_pages]}")
    return problems


def make_paper(args, label, blueprint, data, scratch):
    """forms/101.html of a one-form exam, or None when hocvu exam fails (a failure is printed)."""
    out = os.path.join(scratch, label)
    run = subprocess.run([args.hocvu, "exam", blueprint, "--forms", "1", "--out", out, "--data", *data],
                         cwd=args.source, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        print(f"FAIL [{label}] hocvu exam exited {run.returncode}: {run.stderr[-2000:]}")
        return None
    return os.path.join(out, "forms", "101.html")


def check_pdf(label, parts, pdf, expected_pages, min_pages):
    """The problems of one printed paper; prints one line."""
    lang, headings, questions = parts
    texts = page_texts(pdf)
    pages = len(texts)
    problems = []
    if pages < min_pages or (expected_pages is not None and pages != expected_pages):
        problems.append(f"{pages} pages, expected {expected_pages or f'at least {min_pages}'}")
    for n, text in enumerate(texts, 1):
        footer = WORDS[lang]["footer"].format(code="101", page=n, pages=pages)
        if footer not in squash(text):
            problems.append(f"page {n} has no footer '{footer}'")
    problems += split_problems(lang, headings, questions, texts)
    print(f"{'FAIL' if problems else 'PASS'} [{label}] lang={lang}, {len(questions)} questions on {pages} pages: "
          f"the form code and N/M on every page, no question split, headings and exhibits with their first question")
    return [f"[{label}] {p}" for p in problems]


def write_broken_copy(html_path, scratch):
    """The paper with the page-break rules removed and a spacer pushing its first question over
    a page end: the negative control, which the split check must notice."""
    with open(html_path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("break-inside: avoid", "break-inside: auto").replace("break-after: avoid", "break-after: auto")
    spacer = '<div style="height: 232mm"></div>\n'
    text = text.replace('<div class="question">', spacer + '<div class="question">', 1)
    broken = os.path.join(scratch, "broken.html")
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text)
    return broken


def run_checks(args, scratch):
    failures = []
    jobs = []  # (label, parts, pdf, process, expected pages, minimum pages)
    for label, blueprint, data, expected_pages, min_pages in CASES:
        html_path = make_paper(args, label, blueprint, data, scratch)
        if html_path is None:
            failures.append(f"[{label}] hocvu exam failed")
            continue
        with open(html_path, encoding="utf-8") as f:
            parts = paper_parts(f.read())
        pdf = os.path.join(scratch, f"{label}.pdf")
        jobs.append((label, parts, pdf, start_printing(args.chromium, html_path, pdf, scratch), expected_pages,
                     min_pages))
        if label == "digital-basics-en":
            broken_pdf = os.path.join(scratch, "broken.pdf")
            broken = write_broken_copy(html_path, scratch)
            jobs.append(("negative control", parts, broken_pdf,
                         start_printing(args.chromium, broken, broken_pdf, scratch), None, 1))
    for label, parts, pdf, process, expected_pages, min_pages in jobs:
        finish_printing(process, pdf)
        if label != "negative control":
            failures += check_pdf(label, parts, pdf, expected_pages, min_pages)
            continue
        found = split_problems(*parts, page_texts(pdf))
        print(f"{'PASS' if found else 'FAIL'} [negative control] printed without break rules, a split is found: "
              f"{found[:1]}")
        if not found:
            failures.append("[negative control] the split check found no split in a paper printed without break rules")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    args.hocvu = os.path.abspath(args.hocvu)
    missing = [tool for tool in (args.chromium, "pdfinfo", "pdftotext") if not shutil.which(tool)]
    if missing:
        message = f"paper_pdf: {', '.join(missing)} not installed"
        if os.environ.get("CI") == "true":
            print(message + ": failing, since CI=true", file=sys.stderr)
            return 1
        print(message + ": skipped", file=sys.stderr)
        return 77
    scratch = tempfile.mkdtemp(prefix="hocvu-paper-pdf-")
    try:
        failures = run_checks(args, scratch)
    except (subprocess.SubprocessError, OSError) as error:
        failures = [f"{type(error).__name__}: {error}"]
    for failure in failures:
        print("  " + failure)
    if failures:
        print(f"scratch folder kept: {scratch}")
        return 1
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
