#!/usr/bin/python3
"""Every message id the code names is in every catalogue.

Scans src/ and cli/ (C++ sources) for the ways code names a message:
  ui_text("KEY")  ui_format("KEY", ...)  ui_plural("KEY", ...)  message_id("KEY")
  message(LANG, "KEY")  format_message(LANG, "KEY", ...)
ui_plural("KEY") needs KEY_one and KEY_other. Keys made at run time (rule.<CODE>.summary,
analysis.reject.<code>) are not seen here: a unit test enumerates them instead.

The catalogues are src/i18n/catalogue/<part>_<lang>.cpp, one entry per `{"key", "text"}`.
A key that is used but missing from a catalogue fails the test (exit 1), naming file and line.
Usage: check_message_ids.py SOURCE_ROOT [--list]   (--list prints every id used, with its place)
"""
import glob
import os
import re
import sys

CALL = re.compile(
    r'\b(?:ui_text|ui_format|ui_plural|message_id)\(\s*"([^"]+)"'
    r'|\b(?:format_message|message)\(\s*[A-Za-z_][\w:.>()\-]*\s*,\s*"([^"]+)"',
    re.S)
PLURAL = re.compile(r'\bui_plural\(\s*"([^"]+)"', re.S)
# Any other string literal shaped like a key of a catalogue area ("paper.question" in a table of
# words) counts as used too; file names ("report.json") are not keys.
KEY_LITERAL = re.compile(r'"([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)+)"')
FILE_SUFFIX = re.compile(r"\.(json|jsonl|csv|xlsx|md|html|yaml|yml|txt|gz|xml|gift|sarif|key|pub|cpp|hpp|py|svg|1)$")
ENTRY = re.compile(r'^\s*\{\s*"([^"]+)"\s*,', re.M)


def strip_comments(text):
    """Drops // comments (not inside strings, roughly) and /* */ blocks, keeping line numbers."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r'(^|[^:"])//[^\n]*', r"\1", text)


def used_ids(root, areas):
    used = {}
    for folder in ("src", "cli"):
        for path in sorted(glob.glob(os.path.join(root, folder, "**", "*.[ch]pp"), recursive=True)):
            if os.sep + "catalogue" + os.sep in path:
                continue
            with open(path, encoding="utf-8") as f:
                text = strip_comments(f.read())
            where = os.path.relpath(path, root)
            for match in CALL.finditer(text):
                key = match.group(1) or match.group(2)
                line = text.count("\n", 0, match.start()) + 1
                keys = [key]
                if PLURAL.match(text, match.start()):
                    keys = [key + "_one", key + "_other"]
                for k in keys:
                    if not k.endswith("."):  # a prefix completed at run time
                        used.setdefault(k, f"{where}:{line}")
            plural_bases = set(PLURAL.findall(text))  # their literal names KEY_one and KEY_other
            for match in KEY_LITERAL.finditer(text):
                key = match.group(1)
                if key in plural_bases:
                    continue
                if key.split(".")[0] in areas and not FILE_SUFFIX.search(key):
                    used.setdefault(key, f"{where}:{text.count(chr(10), 0, match.start()) + 1}")
    return used


def catalogue_keys(root):
    keys = {}
    for path in glob.glob(os.path.join(root, "src", "i18n", "catalogue", "*_*.cpp")):
        lang = os.path.basename(path)[:-4].rsplit("_", 1)[1]
        with open(path, encoding="utf-8") as f:
            keys.setdefault(lang, set()).update(ENTRY.findall(f.read()))
    return keys


def main():
    root = sys.argv[1]
    catalogues = catalogue_keys(root)
    areas = {key.split(".")[0] for keys in catalogues.values() for key in keys}
    used = used_ids(root, areas)
    if "--list" in sys.argv:
        for key, where in sorted(used.items()):
            print(f"{key}\t{where}")
        return 0
    if sorted(catalogues) != ["en", "vi"]:
        print(f"expected the catalogues en and vi, found {sorted(catalogues)}")
        return 1
    if len(used) < 100:
        print(f"only {len(used)} message ids found in the code: the scanner is broken")
        return 1
    missing = 0
    for key, where in sorted(used.items()):
        for lang, keys in sorted(catalogues.items()):
            if key not in keys:
                print(f"{where}: message id '{key}' is missing from the '{lang}' catalogue")
                missing += 1
    print(f"{len(used)} message ids used in src/ and cli/; {missing} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
