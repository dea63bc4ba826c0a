#!/usr/bin/python3
"""Checks what `hocvu exam` writes against the blueprint and banks, read here independently
of hocvu's own code.

    check_exam.py --hocvu build/hocvu --blueprint framework/blueprints/dbqh.yaml \
                  --data framework question-banks [--forms N] [--seed S] [--other-seed S2]

Runs `hocvu exam` into a temporary folder twice with the same seed and once with another
seed, then checks every form against every constraint of the blueprint, the answer key
against the banks, the candidate papers for anything that gives the key away, the Moodle
XML, GIFT and manifest files, and that reruns are byte-identical. Prints one line per check
and "N passed, M failed"; exits 1 when any check fails.

hocvu runs in the current folder (or --cwd), so relative --data and --blueprint paths are
resolved there, as the manifest records them.
"""
import argparse
import csv
import hashlib
import html
import html.parser
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

EPS = 1e-9
TYPES = ("single", "multiple", "true_false", "numeric", "short_text")
KEY_HEADER = ["form", "position", "question_id", "type", "answer", "points", "competency", "level"]
# Keys that would carry the key (or hints of it) in a candidate's JSON form.
LEAKY_JSON_KEYS = {"answer", "answers", "correct", "is_correct", "right", "key", "keys", "explanation",
                   "difficulty", "tolerance", "fraction", "solution", "feedback", "enemies", "score", "weight"}
ALLOWED_JSON_KEYS = {
    "form": {"exam", "form", "title", "language", "time_limit_minutes", "exhibits", "questions"},
    "question": {"position", "id", "type", "stem", "points", "options", "unit", "exhibit"},
    "option": {"letter", "text"},
}


# ---------------------------------------------------------------------------------------------
# Reporting


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, name, problems, limit=6):
        """One line per check: PASS, or FAIL with the first few problems."""
        problems = [p for p in problems if p]
        if not problems:
            self.passed += 1
            print(f"PASS {name}")
            return True
        self.failed += 1
        shown = "; ".join(problems[:limit])
        more = f" (and {len(problems) - limit} more)" if len(problems) > limit else ""
        print(f"FAIL {name}: {shown}{more}")
        return False


# ---------------------------------------------------------------------------------------------
# Reading the curriculum (every scalar as text, as hocvu reads it)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)  # nosec: BaseLoader builds only str/list/dict


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def number(text, default=None):
    if text is None:
        return default
    return float(text)


def yaml_files(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in names:
                    if name.endswith((".yaml", ".yml")):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


class Curriculum:
    """Frameworks, banks and the blueprint, as plain Python data."""

    def __init__(self, blueprint_path, data_paths):
        self.files = []
        self.frameworks = {}
        self.banks = []
        seen = set()
        for path in yaml_files(list(data_paths) + [blueprint_path]):
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            self.files.append(real)
            doc = load_yaml(path)
            if not isinstance(doc, dict):
                continue
            if "framework" in doc and "levels" in doc:
                self.frameworks[doc["framework"]["id"]] = doc
                doc["file"] = real
            elif "bank" in doc:
                self.banks.append(doc)
                doc["file"] = real
        bp = load_yaml(blueprint_path)
        if not isinstance(bp, dict) or "blueprint" not in bp:
            raise SystemExit(f"{blueprint_path} is not a blueprint")
        self.header = bp["blueprint"]
        self.constraints = bp.get("constraints") or {}
        self.framework = self.frameworks[self.header["framework"]]
        # The files the exam is made from: the blueprint, its framework and that framework's banks.
        self.exam_files = [os.path.realpath(blueprint_path), self.framework["file"]]
        self.exam_files += [b["file"] for b in self.banks if b["bank"]["framework"] == self.header["framework"]]
        self.read_framework()
        self.read_questions()
        self.read_blueprint()

    def read_framework(self):
        fw = self.framework
        self.level_default = {lv["id"]: number(lv.get("default_difficulty"), 0.0) for lv in fw["levels"]}
        self.area_of = {}
        self.place = {}  # competency -> (area index, competency index)
        index = 0
        for a, area in enumerate(fw["areas"]):
            for comp in area.get("competencies") or []:
                self.area_of[comp["id"]] = area["id"]
                self.place[comp["id"]] = (a, index)
                index += 1
        role = next(r for r in fw["roles"] if r["id"] == self.header["role"])
        # The level each competency is required at (README "Levels in order"): the highest of the
        # baseline, the role's first requirement for it and the blueprint's level; exact levels only
        # (this checker knows no ranges).
        rank = {lv["id"]: i for i, lv in enumerate(fw["levels"])}
        self.required = {}
        self.above_baseline = set()
        baseline = role.get("baseline")
        for comp in self.area_of:
            if baseline:
                self.required[comp] = baseline
        seen = set()
        for req in role.get("requires") or []:
            comp = req["competency"]
            if comp in seen:
                continue
            seen.add(comp)
            if not baseline or rank[req["level"]] > rank[baseline]:
                self.required[comp] = req["level"]
                self.above_baseline.add(comp)
        certified = self.header["level"]
        for comp, level in self.required.items():
            if rank[certified] > rank[level]:
                self.required[comp] = certified
                self.above_baseline.discard(comp)

    def read_questions(self):
        self.questions = {}  # every question of every bank, by id
        self.eligible = {}  # id -> question, in bank order
        for bank in self.banks:
            in_framework = bank["bank"]["framework"] == self.framework["framework"]["id"]
            for q in bank.get("questions") or []:
                q = dict(q)
                q["points_value"] = number(q.get("points"), 1.0)
                level_default = self.level_default.get(q["level"], 0.0)
                q["difficulty_value"] = number(q.get("difficulty"), level_default)
                q["options_list"] = list((q.get("options") or {}).items())  # [(key, text)] in bank order
                q["answers"] = as_list(q.get("answer"))
                q["tags_list"] = as_list(q.get("tags"))
                self.questions[q["id"]] = q
                if (in_framework and q.get("status", "active") == "active" and q["competency"] in self.area_of
                        and self.required.get(q["competency"]) == q["level"] and q.get("type") in TYPES):
                    self.eligible[q["id"]] = q
        self.enemy_pairs = set()
        for qid, q in self.eligible.items():
            for other in as_list(q.get("enemies")):
                if other in self.eligible and other != qid:
                    self.enemy_pairs.add(tuple(sorted((qid, other))))

    def read_blueprint(self):
        h, c = self.header, self.constraints
        self.id = h["id"]
        self.forms = int(h["forms"])
        self.length = int(h["length"])
        self.seed = int(h.get("seed", "0"))
        self.order = h.get("order", "by_area")
        self.shuffle_options = h.get("shuffle_options", "true") == "true"
        self.counts = []
        for count in c.get("counts") or []:
            select = {k: count[k] for k in ("area", "competency", "level", "type", "tag") if k in count}
            if "exactly" in count:
                low = high = int(count["exactly"])
            else:
                low = int(count.get("min", "0"))
                high = int(count["max"]) if "max" in count else math.inf
            self.counts.append((select, low, high))
        self.counts += self.coverage_counts(c.get("coverage") or {})
        points = c.get("points") or {}
        if "exactly" in points:
            self.points_min = self.points_max = float(points["exactly"])
        else:
            self.points_min = number(points.get("min"))
            self.points_max = number(points.get("max"))
        difficulty = c.get("difficulty")
        self.difficulty_tolerance = number(difficulty.get("tolerance")) if difficulty else None
        pool = [q["difficulty_value"] for q in self.eligible.values()]
        default_mean = sum(pool) / len(pool) if pool else 0.0
        self.difficulty_mean = number(difficulty.get("mean"), default_mean) if difficulty else None
        self.overlap = int(c["overlap"]) if "overlap" in c else None
        self.exposure = float(c["exposure"]) if "exposure" in c else None
        self.fixed = as_list(c.get("fixed"))

    # What coverage adds to the blueprint's counts, in hocvu's order: per competency in framework
    # order, required_min at the level required (requirements above the baseline), then each_min
    # when the form is long enough for both.
    def coverage_counts(self, coverage):
        required_min = int(coverage.get("required_min", "2"))
        each_min = int(coverage.get("each_min", "1"))
        need = sum(max(each_min, required_min) if comp in self.above_baseline else each_min
                   for comp in self.required)
        each = each_min > 0 and need <= self.length
        counts = []
        for comp in sorted(self.required, key=lambda comp: self.place[comp][1]):
            if comp in self.above_baseline and required_min > 0:
                counts.append(({"competency": comp, "level": self.required[comp]}, required_min, math.inf))
            if each:
                counts.append(({"competency": comp}, each_min, math.inf))
        return counts

    def selects(self, select, q):
        if "area" in select and self.area_of.get(q["competency"]) != select["area"]:
            return False
        if "competency" in select and q["competency"] != select["competency"]:
            return False
        if "level" in select and q["level"] != select["level"]:
            return False
        if "type" in select and q.get("type") != select["type"]:
            return False
        if "tag" in select and select["tag"] not in q["tags_list"]:
            return False
        return True

    def max_uses(self, forms):
        if self.exposure is None:
            return forms
        # floor(exposure x forms), at least 1; the epsilon keeps 0.29 x 100 at 29.
        return max(1, math.floor(self.exposure * forms + EPS))


def describe(select):
    return ", ".join(f"{k} {v}" for k, v in select.items())


# ---------------------------------------------------------------------------------------------
# One run of hocvu and what it wrote


class Run:
    def __init__(self, label, folder, proc):
        self.label = label
        self.folder = folder
        self.proc = proc
        self.files = {}
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    self.files[os.path.relpath(path, folder).replace(os.sep, "/")] = f.read()

    def text(self, rel):
        return self.files[rel].decode("utf-8")

    def parse(self, expected_forms):
        """Reads key.csv and the JSON forms; returns the problems found while reading."""
        problems = []
        self.codes = [str(101 + i) for i in range(expected_forms)]
        self.form_json = {}
        for code in self.codes:
            rel = f"forms/{code}.json"
            if rel in self.files:
                self.form_json[code] = json.loads(self.text(rel))
            else:
                problems.append(f"{rel} is missing")
        self.key_rows = []
        if "key.csv" in self.files:
            rows = list(csv.reader(io.StringIO(self.text("key.csv"), newline="")))
            if not rows or rows[0] != KEY_HEADER:
                problems.append(f"key.csv header is {rows[0] if rows else None}")
            for row in rows[1:]:
                if len(row) != len(KEY_HEADER):
                    problems.append(f"key.csv row {row} has {len(row)} fields")
                    continue
                self.key_rows.append(dict(zip(KEY_HEADER, [unformula(v) for v in row])))
        else:
            problems.append("key.csv is missing")
        # The forms as ordered lists of question ids, from the candidates' JSON.
        self.forms = {code: [q["id"] for q in self.form_json[code]["questions"]] for code in self.form_json}
        return problems


def unformula(field):
    """key.csv puts ' before a text starting with = + - @ so spreadsheets do not run it."""
    if len(field) > 1 and field[0] == "'" and field[1] in "=+-@\t\r":
        return field[1:]
    return field


def run_hocvu(opts, cwd, seed, label):
    folder = tempfile.mkdtemp(prefix="hocvu-exam-check-")
    out = os.path.join(folder, "out")
    args = [opts.hocvu, "exam", opts.blueprint, "--out", out]
    if opts.forms is not None:
        args += ["--forms", str(opts.forms)]
    if seed is not None:
        args += ["--seed", str(seed)]
    args += ["--data"] + opts.data
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder}
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, timeout=300)
    return Run(label, out, proc), folder


# ---------------------------------------------------------------------------------------------
# Checks of the forms against the blueprint


def check_forms(checks, cur, run, forms):
    tag = f"[{run.label}]"
    expected = {f"forms/{c}.{ext}" for c in run.codes for ext in ("md", "html", "json")}
    expected |= {"key.csv", "moodle.xml", "gift.txt", "manifest.json"}
    written = set(run.files) - {".hocvu-files"}
    checks.report(f"{tag} files: forms/<CODE>.md/.html/.json for codes {run.codes[0]}..{run.codes[-1]}, key.csv, "
                  "moodle.xml, gift.txt, manifest.json, nothing else",
                  [f"missing {p}" for p in sorted(expected - written)] +
                  [f"unexpected {p}" for p in sorted(written - expected)])
    listed = sorted(run.text(".hocvu-files").splitlines()) if ".hocvu-files" in run.files else []
    checks.report(f"{tag} .hocvu-files lists exactly the files hocvu wrote",
                  [] if listed == sorted(expected) else [f".hocvu-files lists {listed}"])

    problems = []
    for code, ids in run.forms.items():
        if len(ids) != cur.length:
            problems.append(f"form {code} has {len(ids)} questions, not {cur.length}")
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            problems.append(f"form {code} repeats {', '.join(dupes)}")
    checks.report(f"{tag} every form has {cur.length} questions, none twice", problems)

    problems = []
    for code, ids in run.forms.items():
        for qid in ids:
            q = cur.questions.get(qid)
            if q is None:
                problems.append(f"form {code}: {qid} is in no bank")
            elif qid not in cur.eligible:
                problems.append(f"form {code}: {qid} is not eligible (status {q.get('status', 'active')}, "
                                f"level {q['level']}, role requires {cur.required.get(q['competency'])} "
                                f"for {q['competency']})")
    checks.report(f"{tag} every question is active, of framework {cur.framework['framework']['id']}, at the level "
                  f"role {cur.header['role']} requires", problems)
    # Later checks look questions up in the banks; stop them from tripping over unknown ids.
    known = {code: [i for i in ids if i in cur.questions] for code, ids in run.forms.items()}

    for select, low, high in cur.counts:
        problems = []
        for code, ids in known.items():
            n = sum(1 for i in ids if cur.selects(select, cur.questions[i]))
            if not low <= n <= high:
                problems.append(f"form {code} has {n}")
        bound = f"exactly {low}" if low == high else f"{low}..{'' if high == math.inf else high}"
        checks.report(f"{tag} count {describe(select)}: {bound} per form", problems)

    if cur.points_min is not None or cur.points_max is not None:
        problems = []
        for code, ids in known.items():
            total = sum(cur.questions[i]["points_value"] for i in ids)
            if cur.points_min is not None and total < cur.points_min - EPS:
                problems.append(f"form {code} has {total:g} points")
            if cur.points_max is not None and total > cur.points_max + EPS:
                problems.append(f"form {code} has {total:g} points")
        checks.report(f"{tag} points within {cur.points_min}..{cur.points_max}", problems)

    if cur.difficulty_tolerance is not None:
        problems = []
        target, tol = cur.difficulty_mean, cur.difficulty_tolerance
        for code, ids in known.items():
            mean = sum(cur.questions[i]["difficulty_value"] for i in ids) / max(1, len(ids))
            if abs(mean - target) > tol + EPS:
                problems.append(f"form {code} has mean {mean:.4f}")
        checks.report(f"{tag} mean difficulty within {target:.4f} ± {tol:g}", problems)

    problems = []
    for code, ids in known.items():
        on = set(ids)
        for a, b in sorted(cur.enemy_pairs):
            if a in on and b in on:
                problems.append(f"form {code} has enemies {a} and {b}")
    checks.report(f"{tag} no two enemies on one form ({len(cur.enemy_pairs)} enemy pairs in the pool)", problems)

    if cur.fixed:
        problems = [f"form {code} lacks fixed {f}" for code, ids in run.forms.items() for f in cur.fixed if f not in ids]
        checks.report(f"{tag} fixed questions {', '.join(cur.fixed)} on every form", problems)

    if cur.overlap is not None:
        problems = []
        codes = list(run.forms)
        worst = 0
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                shared = len(set(run.forms[a]) & set(run.forms[b]))
                worst = max(worst, shared)
                if shared > cur.overlap:
                    problems.append(f"forms {a} and {b} share {shared}")
        checks.report(f"{tag} any two forms share at most {cur.overlap} questions (most shared: {worst})", problems)

    if cur.exposure is not None:
        limit = cur.max_uses(forms)
        uses = {}
        for ids in run.forms.values():
            for i in ids:
                uses[i] = uses.get(i, 0) + 1
        # Fixed questions are on every form by definition; the exposure limit is for the others.
        problems = [f"{i} is on {n} forms" for i, n in sorted(uses.items()) if n > limit and i not in cur.fixed]
        checks.report(f"{tag} every non-fixed question on at most {limit} of {forms} forms "
                      f"(exposure {cur.exposure:g})", problems)

    if cur.order == "by_area":
        problems = []
        for code, ids in known.items():
            # A set of questions on one exhibit stands at the place of its first question.
            leaders = [i for n, i in enumerate(ids) if exhibit_of(cur, i) is None or
                       exhibit_of(cur, i) not in [exhibit_of(cur, j) for j in ids[:n]]]
            places = [cur.place.get(cur.questions[i]["competency"], (math.inf, math.inf)) for i in leaders]
            if places != sorted(places):
                problems.append(f"form {code} is not in area and competency order")
        checks.report(f"{tag} order by_area: questions grouped by area and competency in framework order (a set "
                      "on one exhibit at the place of its first question)", problems)


def exhibit_of(cur, qid):
    return cur.questions[qid].get("exhibit")


def check_exhibits(checks, cur, run):
    """Questions sharing an exhibit are consecutive; the form JSON, the papers and the manifest show
    each exhibit once, for exactly those questions."""
    tag = f"[{run.label}]"
    known = {code: [i for i in ids if i in cur.questions] for code, ids in run.forms.items()}
    problems = []
    sets = 0
    for code, ids in known.items():
        runs = []  # exhibit ids in paper order, one per run of consecutive questions
        for n, i in enumerate(ids):
            ex = exhibit_of(cur, i)
            if ex is not None and (n == 0 or exhibit_of(cur, ids[n - 1]) != ex):
                runs.append(ex)
        for ex in sorted({e for e in runs if runs.count(e) > 1}):
            problems.append(f"form {code}: the questions on exhibit {ex} are not consecutive")
        sets += len(runs)
    checks.report(f"{tag} questions sharing an exhibit are consecutive ({sets} sets on the forms)", problems)

    problems = []
    for code, form in run.form_json.items():
        ids = known[code]
        want = []
        for n, i in enumerate(ids):
            ex = exhibit_of(cur, i)
            if ex is None:
                continue
            if not want or want[-1]["id"] != ex:
                want.append({"id": ex, "questions": []})
            want[-1]["questions"].append(n + 1)
        got = [{"id": e.get("id"), "questions": e.get("questions")} for e in form.get("exhibits", [])]
        if got != want:
            problems.append(f"forms/{code}.json exhibits {got}, expected {want}")
        for item in form["questions"]:
            if item["id"] in cur.questions and item.get("exhibit") != exhibit_of(cur, item["id"]):
                problems.append(f"forms/{code}.json {item['id']}: exhibit {item.get('exhibit')!r}")
        for ext, marker in (("html", '<section class="exhibit">'), ("md", None)):
            rel = f"forms/{code}.{ext}"
            if rel not in run.files or marker is None:
                continue
            if run.text(rel).count(marker) != len(want):
                problems.append(f"{rel} prints {run.text(rel).count(marker)} exhibits, not {len(want)}")
    manifest = json.loads(run.text("manifest.json")) if "manifest.json" in run.files else {"forms": []}
    for form in manifest.get("forms", []):
        for item in form.get("items", []):
            qid = item.get("question_id")
            if qid in cur.questions and item.get("exhibit") != exhibit_of(cur, qid):
                problems.append(f"manifest.json form {form.get('id')} {qid}: exhibit {item.get('exhibit')!r}")
    checks.report(f"{tag} each exhibit once per form, before its questions, in the JSON form, the HTML paper and "
                  "the manifest", problems)


# ---------------------------------------------------------------------------------------------
# The answer key


def bank_key_of_text(q, text):
    keys = [k for k, t in q["options_list"] if t == text]
    return keys[0] if len(keys) == 1 else None


def check_key(checks, cur, run):
    tag = f"[{run.label}]"
    problems = []
    by_form = {}
    for row in run.key_rows:
        by_form.setdefault(row["form"], []).append(row)
    if list(by_form) != list(run.forms):
        problems.append(f"key.csv forms {list(by_form)} differ from the JSON forms {list(run.forms)}")
    for code, ids in run.forms.items():
        rows = by_form.get(code, [])
        if [r["position"] for r in rows] != [str(i + 1) for i in range(len(rows))]:
            problems.append(f"form {code}: positions are not 1..{len(rows)}")
        if [r["question_id"] for r in rows] != ids:
            problems.append(f"form {code}: key.csv question ids differ from forms/{code}.json")
        for row in rows:
            q = cur.questions.get(row["question_id"])
            if q is None:
                continue
            for field, want in (("type", q["type"]), ("competency", q["competency"]), ("level", q["level"])):
                if row[field] != want:
                    problems.append(f"{code}/{row['position']} {q['id']}: {field} {row[field]!r}, bank {want!r}")
            if float(row["points"]) != q["points_value"]:
                problems.append(f"{code}/{row['position']} {q['id']}: points {row['points']}, bank {q['points_value']}")
    checks.report(f"{tag} key.csv lists every form's questions in paper order with type, points, competency, level",
                  problems)

    problems = []
    for row in run.key_rows:
        q = cur.questions.get(row["question_id"])
        form = run.form_json.get(row["form"])
        if q is None or form is None:
            continue
        pos = int(row["position"])
        shown = form["questions"][pos - 1] if 0 < pos <= len(form["questions"]) else None
        where = f"{row['form']}/{pos} {q['id']} ({q['type']})"
        problem = answer_problem(q, row["answer"], shown)
        if problem:
            problems.append(f"{where}: {problem}")
    checks.report(f"{tag} key.csv answers, mapped back through the form's letters and option texts, are the bank's "
                  f"answers ({len(run.key_rows)} rows)", problems)


def answer_problem(q, answer, shown):
    kind = q["type"]
    if kind in ("single", "multiple"):
        if shown is None or "options" not in shown:
            return "the form shows no options"
        letters = answer.split(";")
        if kind == "single" and len(letters) != 1:
            return f"single-choice answer {answer!r} is not one letter"
        if letters != sorted(set(letters), key=lambda x: (len(x), x)):
            return f"letters {answer!r} are not ascending and distinct"
        text_of = {o["letter"]: o["text"] for o in shown["options"]}
        keys = []
        for letter in letters:
            if letter not in text_of:
                return f"letter {letter} is not on the form"
            key = bank_key_of_text(q, text_of[letter])
            if key is None:
                return f"option {letter} {text_of[letter]!r} is not (once) among the bank's options"
            keys.append(key)
        if sorted(keys) != sorted(set(q["answers"])):
            return f"key {answer} means {sorted(keys)}, the bank says {sorted(set(q['answers']))}"
        return None
    if kind == "true_false":
        want = q["answers"][0].lower() if q["answers"] else None
        return None if answer == want else f"key {answer!r}, bank {want!r}"
    if kind == "numeric":
        value, _, tol = answer.partition(":")
        want_tol = number(q.get("tolerance"), 0.0)
        try:
            ok = float(value) == float(q["answers"][0]) and (float(tol) if tol else 0.0) == want_tol
        except ValueError:
            ok = False
        return None if ok else f"key {answer!r}, bank {q['answers'][0]} ± {want_tol:g}"
    if kind == "short_text":
        return None if answer.split("|") == q["answers"] else f"key {answer!r}, bank {q['answers']}"
    return f"unknown type {kind}"


# ---------------------------------------------------------------------------------------------
# Candidate papers: nothing that gives the key away


class HtmlScan(html.parser.HTMLParser):
    """Collects attributes, the options of every question and the visible text of a paper."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attributes = []
        self.questions = []  # per .question div: list of option li texts
        self.text = []
        self.in_li = None
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            self.attributes.append((tag, name, value or ""))
        classes = dict(attrs).get("class", "") or ""
        if tag == "div" and "question" in classes.split():
            self.questions.append([])
        if tag == "li" and self.questions:
            self.in_li = []
        if tag == "style":
            self.in_style = True
        if tag == "br" and self.in_li is not None:
            self.in_li.append("\n")

    def handle_endtag(self, tag):
        if tag == "li" and self.in_li is not None:
            self.questions[-1].append("".join(self.in_li))
            self.in_li = None
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_li is not None:
            self.in_li.append(data)
        if not self.in_style:
            self.text.append(data)


def md_plain(text):
    """Markdown text without hocvu's backslash escapes and hard breaks."""
    return re.sub(r"\\(.)", r"\1", text.replace("\\\n", "\n"))


# Labels that would give a key away, in Vietnamese and English. An English paper's own words
# ("Answer: ....." lines, "select all correct answers") are not among them.
ANSWER_LABEL = re.compile(r"(?i)(\banswer key\b|\bkey\b\s*:|\bcorrect (answer|option)s?\s*(is|are|:)|"
                          r"\bthe answer is\b|đáp án\s*(đúng)?\s*[:：]|đáp án đúng (là|của)|"
                          r"lời giải|giải thích\s*:|\bexplanation\s*:|\bsolution\b)")
KEY_LISTING = re.compile(r"(?m)^\s*(câu\s*)?\d+\s*[.:)\-]\s*[A-Z](\s*[;,]\s*[A-Z])*\s*$", re.IGNORECASE)


def check_papers(checks, cur, run):
    tag = f"[{run.label}]"
    key_by_form = {}
    for row in run.key_rows:
        key_by_form.setdefault(row["form"], []).append(row)

    problems = []
    for code, form in run.form_json.items():
        def walk(node, path):
            if isinstance(node, dict):
                for k, v in node.items():
                    low = k.lower()
                    if "answer" in low or low in LEAKY_JSON_KEYS:
                        problems.append(f"forms/{code}.json has key {path}/{k}")
                    walk(v, f"{path}/{k}")
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, f"{path}[{i}]")
        walk(form, "")
        if set(form) - ALLOWED_JSON_KEYS["form"]:
            problems.append(f"forms/{code}.json has unexpected keys {sorted(set(form) - ALLOWED_JSON_KEYS['form'])}")
        for q in form.get("questions", []):
            extra = set(q) - ALLOWED_JSON_KEYS["question"]
            if extra:
                problems.append(f"forms/{code}.json question {q.get('id')} has unexpected keys {sorted(extra)}")
            for o in q.get("options", []):
                if set(o) - ALLOWED_JSON_KEYS["option"]:
                    problems.append(f"forms/{code}.json question {q.get('id')} option has keys {sorted(o)}")
    checks.report(f"{tag} JSON forms have no 'answer' key (or correct/explanation/difficulty/...) at any depth",
                  problems)

    # Explanations, answer labels, listed key letters: in any file under forms/.
    problems = []
    for code in run.form_json:
        ids = run.forms[code]
        letters = [r["answer"] for r in key_by_form.get(code, []) if r["type"] in ("single", "multiple")]
        texts = {}
        for ext in ("md", "html", "json"):
            rel = f"forms/{code}.{ext}"
            if rel not in run.files:
                continue
            raw = run.text(rel)
            if ext == "md":
                plain = md_plain(raw)
            elif ext == "html":
                scan = HtmlScan()
                scan.feed(raw)
                plain = "".join(scan.text)
            else:
                plain = "\n".join(json_strings(json.loads(raw)))
            texts[rel] = (raw, plain)
        # The explanations of the form's questions, and any longer one of the whole pool.
        explained = [(qid, cur.questions[qid].get("explanation", "").strip()) for qid in ids if qid in cur.questions]
        explained += [(qid, q.get("explanation", "").strip()) for qid, q in cur.eligible.items()
                      if qid not in ids and len(q.get("explanation", "").strip()) >= 20]
        for rel, (raw, plain) in texts.items():
            for qid, explanation in explained:
                if explanation and (explanation in plain or explanation in raw or
                                    html.escape(explanation) in raw):
                    problems.append(f"{rel} holds the explanation of {qid}")
            match = ANSWER_LABEL.search(plain)
            if match:
                problems.append(f"{rel} has an answer label {match.group(0)!r}")
            listing = KEY_LISTING.search(plain)
            if listing:
                problems.append(f"{rel} lists a key letter: {listing.group(0).strip()!r}")
            if len(letters) >= 5:
                for joiner in ("", " ", ",", ", ", ";", "-"):
                    if joiner.join(letters) in plain:
                        problems.append(f"{rel} holds the form's key letters {joiner.join(letters)!r}")
            if "difficulty" in raw.lower() or "độ khó" in plain.lower():
                problems.append(f"{rel} mentions difficulty")
    checks.report(f"{tag} forms/* hold no explanation, no answer or 'đáp án đúng:' label, no listed key letters",
                  problems)

    # Options as candidates see them: display letters A, B, ... in sequence with exactly the bank's
    # texts, no mark on any option (no class, no bold, no bank key), in JSON, Markdown and HTML.
    problems = []
    shuffled_somewhere = False
    choice_items = 0
    for code, form in run.form_json.items():
        md = md_questions(run.text(f"forms/{code}.md")) if f"forms/{code}.md" in run.files else None
        scan = HtmlScan()
        if f"forms/{code}.html" in run.files:
            scan.feed(run.text(f"forms/{code}.html"))
        for n, item in enumerate(form["questions"]):
            q = cur.questions.get(item["id"])
            if q is None:
                continue
            if item.get("position") != n + 1:
                problems.append(f"forms/{code}.json question {n + 1} has position {item.get('position')}")
            if item.get("stem") != q["stem"] or item.get("type") != q["type"]:
                problems.append(f"forms/{code}.json {q['id']}: stem or type differs from the bank")
            if float(item.get("points", -1)) != q["points_value"]:
                problems.append(f"forms/{code}.json {q['id']}: points {item.get('points')}")
            if q["type"] not in ("single", "multiple"):
                if "options" in item:
                    problems.append(f"forms/{code}.json {q['id']}: a {q['type']} question shows options")
                continue
            choice_items += 1
            options = item.get("options", [])
            letters = [o.get("letter") for o in options]
            if letters != [letter(i) for i in range(len(options))]:
                problems.append(f"forms/{code}.json {q['id']}: letters {letters}")
            shown = [o.get("text") for o in options]
            bank = [t for _, t in q["options_list"]]
            if sorted(shown) != sorted(bank):
                problems.append(f"forms/{code}.json {q['id']}: options are not the bank's options")
            if cur.shuffle_options:
                shuffled_somewhere |= shown != bank
            elif shown != bank:
                problems.append(f"forms/{code}.json {q['id']}: shuffle_options is false but the options moved")
            if md is not None:
                lines = md[n] if n < len(md) else None
                want = [f"{letter(i)}. {t}" for i, t in enumerate(shown)]
                if lines != want:
                    problems.append(f"forms/{code}.md Câu {n + 1}: options {lines} differ from {want}")
            if scan.questions:
                lis = scan.questions[n] if n < len(scan.questions) else None
                want = [f"{letter(i)}. {t}" for i, t in enumerate(shown)]
                if lis != want:
                    problems.append(f"forms/{code}.html question {n + 1}: options {lis} differ from {want}")
        if md is not None and len(md) != len(form["questions"]):
            problems.append(f"forms/{code}.md has {len(md)} questions")
        if f"forms/{code}.html" in run.files and len(scan.questions) != len(form["questions"]):
            problems.append(f"forms/{code}.html has {len(scan.questions)} questions")
        for tag_name, name, value in scan.attributes:
            text = f"{name}={value}".lower()
            if (name.startswith("data-") or tag_name == "li" or
                    re.search(r"correct|answer|right|key|solution|dung|đúng", text)):
                problems.append(f"forms/{code}.html has <{tag_name} {name}=\"{value}\">")
    if cur.shuffle_options and choice_items > 1 and not shuffled_somewhere:
        problems.append("shuffle_options is true but every choice question shows the bank's option order")
    checks.report(f"{tag} options on the papers: letters A, B, ... in order, the bank's texts and nothing else, "
                  f"in JSON, Markdown and HTML (shuffle_options {str(cur.shuffle_options).lower()})", problems)


def json_strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from json_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from json_strings(v)
    elif isinstance(node, str):
        yield node


def letter(index):
    text = ""
    n = index + 1
    while n > 0:
        n -= 1
        text = chr(ord("A") + n % 26) + text
        n //= 26
    return text


def md_questions(text):
    """Per '**Câu N.**' ('**Question N.**' in English) block of a Markdown paper: its '- X. text' option
    lines, unescaped."""
    blocks = re.split(r"(?m)^\*\*(?:Câu|Question) \d+\.\*\*", text)[1:]
    out = []
    for block in blocks:
        block = block.split("\n---\n")[0]
        out.append([md_plain(line[2:]) for line in block.split("\n") if line.startswith("- ")])
    return out


# ---------------------------------------------------------------------------------------------
# Moodle XML and GIFT


def check_moodle(checks, cur, run):
    tag = f"[{run.label}]"
    problems = []
    try:
        root = ET.fromstring(run.files["moodle.xml"])
    except (ET.ParseError, KeyError) as error:
        checks.report(f"{tag} moodle.xml parses", [str(error)])
        return
    checks.report(f"{tag} moodle.xml parses with xml.etree", [] if root.tag == "quiz" else [f"root is <{root.tag}>"])
    categories = []
    questions = []  # (category, element)
    for element in root:
        if element.tag != "question":
            problems.append(f"unexpected <{element.tag}>")
        elif element.get("type") == "category":
            categories.append(element.findtext("category/text"))
        else:
            questions.append((categories[-1] if categories else None, element))
    want = [f"$course$/hocvu/{cur.id}/{code}" for code in run.forms]
    if categories != want:
        problems.append(f"categories {categories}, expected {want}")
    if len(questions) != len(run.key_rows):
        problems.append(f"{len(questions)} questions for {len(run.key_rows)} key rows")
    checks.report(f"{tag} moodle.xml has one category per form and one question per key.csv row", problems)

    problems = []
    moodle_type = {"single": "multichoice", "multiple": "multichoice", "true_false": "truefalse",
                   "numeric": "numerical", "short_text": "shortanswer"}
    for (category, element), row in zip(questions, run.key_rows):
        q = cur.questions.get(row["question_id"])
        where = f"{row['form']}/{row['position']}"
        if q is None:
            continue
        if category != f"$course$/hocvu/{cur.id}/{row['form']}":
            problems.append(f"{where}: in category {category}")
        name = element.findtext("name/text")
        if name != q["id"]:
            problems.append(f"{where}: name {name!r}, key.csv {q['id']!r}")
            continue
        if element.get("type") != moodle_type[q["type"]]:
            problems.append(f"{where} {q['id']}: type {element.get('type')}")
        text = from_html(element.findtext("questiontext/text") or "")
        if q["stem"] not in text:
            problems.append(f"{where} {q['id']}: questiontext does not hold the stem")
        if float(element.findtext("defaultgrade") or "nan") != q["points_value"]:
            problems.append(f"{where} {q['id']}: defaultgrade {element.findtext('defaultgrade')}, "
                            f"points {q['points_value']:g}")
        answers = [(float(a.get("fraction")), a.findtext("text") or "", a.findtext("tolerance"))
                   for a in element.findall("answer")]
        problem = moodle_answer_problem(q, answers, run.form_json[row["form"]]["questions"][int(row["position"]) - 1],
                                        element)
        if problem:
            problems.append(f"{where} {q['id']}: {problem}")
    checks.report(f"{tag} moodle.xml round trip: name = question id, questiontext holds the stem, the fraction=\"100\" "
                  f"(or positive) answers are the correct ones in the form's order, defaultgrade = points", problems)


def from_html(text):
    return html.unescape(text.replace("<br>", "\n"))


def moodle_answer_problem(q, answers, shown, element):
    kind = q["type"]
    right = [(f, t, tol) for f, t, tol in answers if f > 0]
    if kind in ("single", "multiple"):
        texts = [from_html(t) for _, t, _ in answers]
        if texts != [o["text"] for o in shown.get("options", [])]:
            return "answers are not in the form's option order"
        correct = sorted(t for k, t in q["options_list"] if k in q["answers"])
        if sorted(from_html(t) for _, t, _ in right) != correct:
            return f"positive answers {[from_html(t) for _, t, _ in right]}, correct {correct}"
        if abs(sum(f for f, _, _ in right) - 100) > 0.01:
            return "positive fractions do not add up to 100"
        if kind == "single":
            if [f for f, _, _ in right] != [100.0] or any(f != 0 for f, _, _ in answers if f <= 0):
                return "a single-choice question needs one fraction=100 and the rest 0"
            if element.findtext("single") != "true":
                return "<single> is not true"
        elif element.findtext("single") != "false":
            return "<single> is not false"
        return None
    if len(right) != len(answers) - (1 if kind == "true_false" else 0) or any(f != 100 for f, _, _ in right):
        return f"fractions {[f for f, _, _ in answers]}"
    if kind == "true_false":
        return None if [t for _, t, _ in right] == [q["answers"][0].lower()] else f"right answer {right}"
    if kind == "numeric":
        f, t, tol = right[0]
        ok = float(t) == float(q["answers"][0]) and float(tol or 0) == number(q.get("tolerance"), 0.0)
        return None if ok and len(right) == 1 else f"answer {t} ± {tol}"
    if kind == "short_text":
        texts = [html.unescape(t).replace("\\*", "*") for _, t, _ in right]
        return None if texts == q["answers"] else f"answers {texts}, bank {q['answers']}"
    return None


def gift_plain(text):
    return from_html(re.sub(r"\\(.)", r"\1", text))


def check_gift(checks, cur, run):
    tag = f"[{run.label}]"
    text = run.text("gift.txt") if "gift.txt" in run.files else ""
    categories = re.findall(r"(?m)^\$CATEGORY: (.*)$", text)
    entries = []
    for block in re.split(r"(?m)^(?=::|\$CATEGORY: )", text):
        if not block.startswith("::"):
            continue
        match = re.match(r"::((?:\\.|[^:\\])*)::(.*)", block, re.S)
        entries.append((re.sub(r"\\(.)", r"\1", match.group(1)) if match else None, block))
    problems = []
    want = [f"$course$/hocvu/{cur.id}/{code}" for code in run.forms]
    if categories != want:
        problems.append(f"categories {categories}, expected {want}")
    if len(entries) != len(run.key_rows):
        problems.append(f"{len(entries)} entries for {len(run.key_rows)} key rows")
    for (qid, block), row in zip(entries, run.key_rows):
        if qid != row["question_id"]:
            problems.append(f"{row['form']}/{row['position']}: entry {qid!r}, key.csv {row['question_id']!r}")
            continue
        q = cur.questions.get(qid)
        if q is None:
            continue
        problem = gift_answer_problem(q, block)
        if problem:
            problems.append(f"{row['form']}/{row['position']} {qid}: {problem}")
    checks.report(f"{tag} gift.txt has one category per form and one entry per key.csv row, in order, with the "
                  f"right answers marked", problems)


def gift_answer_problem(q, block):
    kind = q["type"]
    body = block.strip()
    if kind in ("single", "multiple"):
        lines = [line[2:] for line in body.split("\n") if line.startswith("  =") or line.startswith("  ~")]
        right = []
        for line in lines:
            if line.startswith("~%") or line.startswith("=%"):
                match = re.match(r"[~=]%(-?[0-9.]+)%(.*)", line)
                if match and float(match.group(1)) > 0:
                    right.append(gift_plain(match.group(2)))
            elif line.startswith("="):
                right.append(gift_plain(line[1:]))
        correct = sorted(t for k, t in q["options_list"] if k in q["answers"])
        return None if sorted(right) == correct else f"marked {right}, correct {correct}"
    match = re.search(r"\{(.*)\}\s*$", body, re.S)
    if not match:
        return "no answer block"
    inner = re.split(r"####", match.group(1))[0]
    if kind == "true_false":
        want = "T" if q["answers"][0].lower() == "true" else "F"
        return None if inner == want else f"{{{inner}}}, bank {q['answers'][0]}"
    if kind == "numeric":
        value, _, tol = inner.lstrip("#").partition(":")
        ok = inner.startswith("#") and float(value) == float(q["answers"][0]) and \
            (float(tol) if tol else 0.0) == number(q.get("tolerance"), 0.0)
        return None if ok else f"{{{inner}}}"
    if kind == "short_text":
        texts = [gift_plain(t.strip()).replace("\\*", "*") for t in re.split(r"(?<!\\)=", inner)[1:]]
        return None if texts == q["answers"] else f"accepted {texts}, bank {q['answers']}"
    return None


# ---------------------------------------------------------------------------------------------
# The manifest


def check_manifest(checks, cur, run, cwd, seed, forms):
    tag = f"[{run.label}]"
    try:
        manifest = json.loads(run.text("manifest.json"))
    except (KeyError, ValueError) as error:
        checks.report(f"{tag} manifest.json parses", [str(error)])
        return
    problems = []
    listed = {}
    for entry in manifest.get("inputs", []):
        path = os.path.join(cwd, entry["path"])
        real = os.path.realpath(path)
        listed[real] = entry["path"]
        try:
            with open(path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
        except OSError as error:
            problems.append(f"{entry['path']}: {error.strerror}")
            continue
        if digest != entry.get("sha256"):
            problems.append(f"{entry['path']}: sha256 {entry.get('sha256')}, file {digest}")
    for path in cur.exam_files:
        if path not in listed:
            problems.append(f"input {os.path.relpath(path, cwd)} is not listed")
    for path in listed:
        if path not in cur.files:
            problems.append(f"{listed[path]} is listed but is not an input")
    if len(listed) != len(manifest.get("inputs", [])):
        problems.append("an input is listed twice")
    checks.report(f"{tag} manifest.json lists the SHA-256 of every input file (the blueprint, its framework and "
                  f"its {len(cur.exam_files) - 2} banks; checked with hashlib)", problems)

    problems = []
    key_ids = {}
    for row in run.key_rows:
        key_ids.setdefault(row["form"], []).append(row["question_id"])
    m_forms = manifest.get("forms", [])
    if [f.get("id") for f in m_forms] != list(run.forms):
        problems.append(f"forms {[f.get('id') for f in m_forms]}, expected {list(run.forms)}")
    for form in m_forms:
        ids = form.get("question_ids")
        if ids != key_ids.get(form.get("id")):
            problems.append(f"form {form.get('id')}: question_ids differ from key.csv")
            continue
        if form.get("questions") != len(ids):
            problems.append(f"form {form['id']}: questions {form.get('questions')}")
        known = [cur.questions[i] for i in ids if i in cur.questions]
        points = sum(q["points_value"] for q in known)
        if abs(float(form.get("points", -1)) - points) > EPS:
            problems.append(f"form {form['id']}: points {form.get('points')}, counted {points:g}")
        mean = sum(q["difficulty_value"] for q in known) / max(1, len(known))
        if abs(float(form.get("mean_difficulty", 99)) - mean) > 0.00005 + EPS:
            problems.append(f"form {form['id']}: mean_difficulty {form.get('mean_difficulty')}, counted {mean:.5f}")
        achieved = [c.get("achieved") for c in form.get("counts", [])]
        counted = [sum(1 for q in known if cur.selects(select, q)) for select, _, _ in cur.counts]
        if achieved != counted:
            problems.append(f"form {form['id']}: counts achieved {achieved}, counted {counted}")
    for field, want in (("seed", seed), ("role", cur.header["role"]), ("level", cur.header["level"])):
        if manifest.get(field) != want:
            problems.append(f"{field} {manifest.get(field)!r}, expected {want!r}")
    if (manifest.get("blueprint") or {}).get("id") != cur.id:
        problems.append(f"blueprint id {(manifest.get('blueprint') or {}).get('id')!r}")
    m_file = (manifest.get("blueprint") or {}).get("file")
    if not isinstance(m_file, str) or os.path.realpath(os.path.join(cwd, m_file)) != cur.exam_files[0]:
        problems.append(f"blueprint file {m_file!r}, expected {os.path.relpath(cur.exam_files[0], cwd)!r}")
    m_framework = manifest.get("framework") or {}
    if (m_framework.get("id"), m_framework.get("version")) != (cur.framework["framework"]["id"],
                                                              cur.framework["framework"].get("version")):
        problems.append(f"framework {m_framework}, expected {cur.framework['framework']['id']} "
                        f"{cur.framework['framework'].get('version')}")
    if len(m_forms) != forms:
        problems.append(f"{len(m_forms)} forms, expected {forms}")
    checks.report(f"{tag} manifest.json: blueprint file, framework id and version, seed {seed}, per form the "
                  "question ids of key.csv, points, mean difficulty and achieved counts", problems)
    check_manifest_items(checks, cur, run, manifest)


def check_manifest_items(checks, cur, run, manifest):
    """What grading reads instead of the curriculum: the pass rule, the time limit, and per item
    its competency, area, level, type, points, difficulty and the bank option shown at each letter."""
    tag = f"[{run.label}]"
    problems = []
    pass_rule = manifest.get("pass") or {}
    want_pass = cur.header.get("pass") or {}
    if number(str(pass_rule.get("percent"))) != number(want_pass.get("percent")):
        problems.append(f"pass percent {pass_rule.get('percent')!r}, blueprint {want_pass.get('percent')!r}")
    want_min = number(want_pass.get("area_min_percent")) if "area_min_percent" in want_pass else None
    got_min = pass_rule.get("area_min_percent")
    if (None if got_min is None else float(got_min)) != want_min:
        problems.append(f"area_min_percent {got_min!r}, blueprint {want_min!r}")
    if manifest.get("time_limit") != int(cur.header.get("time_limit", "0")):
        problems.append(f"time_limit {manifest.get('time_limit')!r}, blueprint {cur.header.get('time_limit')!r}")
    for form in manifest.get("forms", []):
        items = form.get("items") or []
        if [i.get("question_id") for i in items] != form.get("question_ids"):
            problems.append(f"form {form.get('id')}: items differ from question_ids")
            continue
        shown_form = run.form_json.get(form.get("id")) or {"questions": []}
        for position, item in enumerate(items, 1):
            q = cur.questions.get(item["question_id"])
            if q is None:
                continue
            where = f"{form['id']}/{position} {q['id']}"
            want = {"position": position, "competency": q["competency"], "level": q["level"], "type": q["type"],
                    "area": cur.area_of.get(q["competency"])}
            for field, value in want.items():
                if item.get(field) != value:
                    problems.append(f"{where}: {field} {item.get(field)!r}, expected {value!r}")
            if abs(float(item.get("points", -1)) - q["points_value"]) > EPS:
                problems.append(f"{where}: points {item.get('points')!r}, bank {q['points_value']}")
            if abs(float(item.get("difficulty", 99)) - q["difficulty_value"]) > EPS:
                problems.append(f"{where}: difficulty {item.get('difficulty')!r}, bank {q['difficulty_value']}")
            shown = shown_form["questions"][position - 1] if position <= len(shown_form["questions"]) else {}
            expected = [bank_key_of_text(q, o["text"]) for o in shown.get("options", [])]
            if item.get("options") != expected:
                problems.append(f"{where}: options {item.get('options')!r}, the paper shows {expected!r}")
    checks.report(f"{tag} manifest.json: pass rule, time limit, and per item competency, area, level, type, points, "
                  "difficulty and the bank option at each letter", problems)


# ---------------------------------------------------------------------------------------------


def check_run(checks, cur, run, cwd, seed, forms):
    ok = checks.report(f"[{run.label}] hocvu exam exits 0", [] if run.proc.returncode == 0 else
                       [f"exit {run.proc.returncode}: {run.proc.stderr.decode('utf-8', 'replace').strip()}"])
    if not ok:
        return False
    problems = run.parse(forms)
    checks.report(f"[{run.label}] key.csv and forms/*.json read", problems)
    check_forms(checks, cur, run, forms)
    check_exhibits(checks, cur, run)
    check_key(checks, cur, run)
    check_papers(checks, cur, run)
    check_moodle(checks, cur, run)
    check_gift(checks, cur, run)
    check_manifest(checks, cur, run, cwd, seed, forms)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--blueprint", required=True)
    parser.add_argument("--data", nargs="+", required=True, help="framework and bank files or folders")
    parser.add_argument("--forms", type=int, help="number of forms (default: the blueprint's)")
    parser.add_argument("--seed", type=int, help="seed (default: the blueprint's)")
    parser.add_argument("--other-seed", type=int, help="the seed that must give other forms (default: seed + 1)")
    parser.add_argument("--cwd", help="folder to run hocvu in (default: the current folder)")
    parser.add_argument("--keep", action="store_true", help="keep the output folders")
    opts = parser.parse_args()
    cwd = os.path.abspath(opts.cwd or os.getcwd())
    opts.hocvu = os.path.abspath(opts.hocvu)
    os.chdir(cwd)

    cur = Curriculum(opts.blueprint, opts.data)
    forms = opts.forms if opts.forms is not None else cur.forms
    seed = opts.seed if opts.seed is not None else cur.seed
    other = opts.other_seed if opts.other_seed is not None else seed + 1
    print(f"blueprint {cur.id}: {forms} forms of {cur.length}, seed {seed} (and {other}), "
          f"{len(cur.eligible)} eligible questions")

    checks = Checks()
    first, f1 = run_hocvu(opts, cwd, opts.seed, f"seed {seed}")
    second, f2 = run_hocvu(opts, cwd, opts.seed, f"seed {seed}, rerun")
    third, f3 = run_hocvu(opts, cwd, other, f"seed {other}")
    try:
        if check_run(checks, cur, first, cwd, seed, forms):
            problems = []
            if second.proc.returncode != 0:
                problems.append(f"the rerun exits {second.proc.returncode}")
            names = sorted(set(first.files) | set(second.files))
            for name in names:
                if first.files.get(name) != second.files.get(name):
                    problems.append(f"{name} differs")
            checks.report(f"rerun with seed {seed} gives byte-identical files ({len(names)} files compared)", problems)
        if check_run(checks, cur, third, cwd, other, forms) and hasattr(first, "forms"):
            differ = [c for c in first.forms if first.forms[c] != third.forms.get(c)]
            sets_differ = [c for c in first.forms if set(first.forms[c]) != set(third.forms.get(c, []))]
            checks.report(f"seed {other} gives other forms than seed {seed} "
                          f"({len(differ)} of {len(first.forms)} differ in order, {len(sets_differ)} in questions)",
                          [] if differ else ["every form is the same"])
    finally:
        for folder in (f1, f2, f3):
            if opts.keep:
                print(f"kept {folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)

    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
