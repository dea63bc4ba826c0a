#!/usr/bin/python3
"""Reads an HTML page on stdin and checks that it is well formed enough for analysis.html: every
element that is opened is closed in order (void elements aside), every <svg> is closed, and
there is no <script>. Exit 0 when it is, 1 with the problem on stderr when not."""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# SVG shapes written self-closing (<line .../>) arrive through handle_startendtag.


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.problems.append(f"line {self.getpos()[0]}: a <script>")
        if tag == "svg":
            self.svgs += 1
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1] if self.stack else None
            self.problems.append(f"line {self.getpos()[0]}: </{tag}> closes {open_tag}")
            return
        self.stack.pop()


def main():
    checker = Checker()
    checker.feed(sys.stdin.read())
    checker.close()
    problems = checker.problems + [f"<{tag}> of line {line} never closed" for tag, line in checker.stack]
    if checker.svgs == 0:
        problems.append("no <svg> chart")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
