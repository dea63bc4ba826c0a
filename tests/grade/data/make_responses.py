#!/usr/bin/python3
"""Writes the response files of tests/grade/data/responses/: one small sitting of the exam in
tests/grade/data/exam (10 attempts: 6 on form 101, 4 on form 102), the same answers in every
format and encoding `hocvu grade` reads, so that the e2e cases grade_format_* must all give the
scores of grade_sitting (tests/grade/README.md computes them by hand).

Run it from anywhere; the files are committed, so run it only to change the sitting:
  /usr/bin/python3 tests/grade/data/make_responses.py
"""
import gzip
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "responses")
DATE = "2026-11-20"

# The question ids at each position of each form (key.csv).
QUESTIONS = {
    "101": ["Q1.1-CB-02", "Q1.2-CB-02", "Q1.2-CB-01", "Q2.1-CB-03", "Q2.1-CB-02", "Q2.1-CB-01"],
    "102": ["Q1.1-CB-01", "Q1.1-CB-02", "Q1.2-CB-02", "Q1.2-CB-01", "Q2.1-CB-01", "Q2.1-CB-02"],
}

NFD_HAM_SUM = unicodedata.normalize("NFD", "hàm SUM")  # must match "hàm SUM" of the key after NFC

# candidate, form, answers by position (as people and scanners write them; "" is omitted).
SITTING = [
    ("000123", "101", ["B,D", "sum", "75,2", "a", " C ", "S"]),
    ("A002", "101", ["B", NFD_HAM_SUM, "76", "B", "C", "Đúng"]),
    ("A003", "101", ["ABD", "", "75.5", "AB", "c", "F"]),
    ("A004", "101", ["", "", "", "", "", ""]),
    ("A005", "101", ["B", "SUM", "70", "A", "C", ""]),
    ("A006", "101", ["BD", "SUM", "75", "B", "A", "T"]),
    ("A007", "102", ["d", "c;d", "hàm sum", "75", "false", "b"]),
    ("A008", "102", ["A", "CD ", "SUM", "74,5", "0", "*"]),
    ("A009", "102", ["B", "A;B", "Excel", "", "Đ", "C"]),
    ("A002", "102", ["D", "C", "", "75", "S", "B"]),
]


def csv_cell(text, separator=","):
    if any(c in text for c in (separator, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_line(cells, separator=",", end="\n"):
    return separator.join(csv_cell(c, separator) for c in cells) + end


def wide_by_position(separator=",", end="\n", attempts=SITTING):
    text = csv_line(["candidate_id", "form", "date", "1", "2", "3", "4", "5", "6"], separator, end)
    for candidate, form, answers in attempts:
        text += csv_line([candidate, form, DATE] + answers, separator, end)
    return text


def wide_by_id():
    """Question ids as headers: a row leaves blank the questions its form does not hold."""
    ids = sorted({q for form in QUESTIONS.values() for q in form})
    text = csv_line(["candidate_id", "form", "date"] + ids)
    for candidate, form, answers in SITTING:
        by_id = dict(zip(QUESTIONS[form], answers))
        text += csv_line([candidate, form, DATE] + [by_id.get(q, "") for q in ids])
    return text


def long_rows():
    """One row per answer given; questions by id on form 101, by position on form 102."""
    text = csv_line(["candidate_id", "form", "question", "response", "date"])
    for candidate, form, answers in SITTING:
        for position, answer in enumerate(answers, 1):
            question = QUESTIONS[form][position - 1] if form == "101" else str(position)
            text += csv_line([candidate, form, question, answer, DATE])
    return text


def json_lines():
    text = ""
    for candidate, form, answers in SITTING:
        responses = {str(p): a for p, a in enumerate(answers, 1) if a != ""}
        text += json.dumps({"candidate_id": candidate, "form": form, "date": DATE, "responses": responses},
                           ensure_ascii=False) + "\n"
    return text


# Rows that cannot be graded, one reason each (the comment after # is not in the file).
BAD_WIDE = [
    b"candidate_id,form,date,1,2,3,4,5,6",
    b"B001,101,2026-11-20,B;D,SUM,75,A,C,F",           # graded
    b"B002,109,2026-11-20,B;D,SUM,75,A,C,F",           # unknown_form
    b"B003,101,2026-11-20,B;D,SUM,75",                 # field_count (too few)
    b"B004,101,2026-11-20,B;D,SUM,75,A,C,F,X",         # field_count (too many)
    b"B005,101,2026-11-20,B;D,SUM,75,A,C,xyz",         # unreadable_answer (true/false)
    b"B006,102,2026-11-20,E,C;D,SUM,75,F,B",           # unreadable_answer (E on 4 options)
    b",101,2026-11-20,B;D,SUM,75,A,C,F",               # missing_candidate
    b'B007,101,2026-11-20,B;D,SUM,"7"5,A,C,F',         # malformed_quoting (text after a quote)
    b"B008,101,2026-11-20,B;D,S\xffM,75,A,C,F",        # invalid_encoding
    b"B009,101,2026-11-20,B;D,S\x00M,75,A,C,F",        # nul_byte
    b"",                                               # blank: no row
    b"candidate_id,form,date,1,2,3,4,5,6",             # not_responses (the header again)
    b'B010,101,2026-11-20,"B;D\nA",SUM,75,A,C,F',      # quotes spanning lines: unreadable_answer
    b"B011,101,2026-11-20,B;D,SUM,75,A,C,F",           # graded
    b'B012,101,2026-11-20,B;D,"SUM,75,A,C,F',          # malformed_quoting (never closed)
]
BAD_LONG = [
    b"candidate_id,form,question,response,date",
    b"L001,101,1,B;D,2026-11-20",
    b"L001,101,Q9.9-CB-99,A,2026-11-20",   # unknown_question (an id on no form)
    b"L001,101,7,A,2026-11-20",            # unknown_question (position 7 of 6)
    b"L001,101,1,B,2026-11-20",            # repeated_answer
    b"L001,101,2,SUM,2026-11-20",
    b"L002,101,Q1.1-CB-01,A,2026-11-20",   # unknown_question (an id of form 102)
    b"L002,101,6,S,2026-11-20",
]
BAD_JSONL = [
    b'{"candidate_id":"J001","form":"101","date":"2026-11-20","responses":{"1":["B","D"],"3":75,"6":false}}',
    b'{"candidate_id":"J002","form":"101","responses":{"1":"B"',    # malformed_json (cut short)
    b'{"candidate_id":3,"form":"101","responses":{}}',            # malformed_json (a number id)
    b'["J003","101"]',                                             # malformed_json (not an object)
    b'{"candidate_id":"J004","form":102,"responses":{"9":"A"}}',   # unknown_question
    b'{"candidate_id":"J005","form":"101","responses":{"1":"B","2":null}}',
]


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    wide = wide_by_position()
    write("wide.csv", wide.encode())
    write("wide-ids.csv", wide_by_id().encode())
    write("long.csv", long_rows().encode())
    write("sitting.jsonl", json_lines().encode())
    write("semicolon.csv", wide_by_position(separator=";").encode())
    write("tab.tsv", wide_by_position(separator="\t").encode())
    write("crlf-bom.csv", b"\xef\xbb\xbf" + wide_by_position(end="\r\n").encode())
    # Windows-1258 has no NFD "hàm" of its own: the one NFD answer is written precomposed there.
    write("windows-1258.csv", wide.replace(NFD_HAM_SUM, "hàm SUM").encode("cp1258"))
    write("utf-16.csv", wide.encode("utf-16"))  # with a BOM, little endian
    # Two parts for the shard and merge cases: A002's two attempts fall in different parts.
    write("part-1.csv", wide_by_position(attempts=SITTING[:5]).encode())
    write("part-2.csv", wide_by_position(attempts=SITTING[5:]).encode())
    write("bad-wide.csv", b"\n".join(BAD_WIDE) + b"\n")
    write("bad-long.csv", b"\n".join(BAD_LONG) + b"\n")
    write("bad.jsonl", b"\n".join(BAD_JSONL) + b"\n")
    # mtime 0 and no name in the header: the same bytes on every run.
    write("wide.csv.gz", gzip.compress(wide.encode(), mtime=0))


if __name__ == "__main__":
    main()
