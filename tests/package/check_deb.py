#!/usr/bin/python3
"""make package's .deb: built by CPack into a scratch folder, it passes lintian without errors
and holds the man pages and the completion scripts where man, bash-completion and zsh look.

Skipped (exit 77) without lintian, and failed under CI=true (the bootstrap installs it).
Usage: check_deb.py --build BUILD_DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

MUST_HOLD = [
    "./usr/bin/hocvu",
    "./usr/share/man/man1/hocvu.1.gz",
    "./usr/share/man/man1/hocvu-lint.1.gz",
    "./usr/share/man/man1/hocvu-import-gift.1.gz",
    "./usr/share/man/vi/man1/hocvu.1.gz",
    "./usr/share/man/vi/man1/hocvu-lint.1.gz",
    "./usr/share/bash-completion/completions/hocvu",
    "./usr/share/zsh/vendor-completions/_hocvu",
    "./usr/share/doc/hocvu/copyright",
    "./usr/share/doc/hocvu/changelog.gz",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    args = parser.parse_args()
    if shutil.which("lintian") is None:
        print("lintian is not installed (./scripts/bootstrap installs it)")
        return 1 if os.environ.get("CI") == "true" else 77

    with tempfile.TemporaryDirectory() as scratch:
        cpack = subprocess.run(["cpack", "-G", "DEB", "--config", os.path.join(args.build, "CPackConfig.cmake"),
                                "-B", scratch], capture_output=True, text=True)
        debs = [name for name in os.listdir(scratch) if name.endswith(".deb")]
        if cpack.returncode != 0 or len(debs) != 1:
            print("cpack failed:", cpack.stdout, cpack.stderr)
            return 1
        deb = os.path.join(scratch, debs[0])
        listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True).stdout
        paths = {line.split()[-1] for line in listing.splitlines()}
        missing = [path for path in MUST_HOLD if path not in paths]
        man_pages = sorted(path for path in paths if path.startswith("./usr/share/man/man1/") and path[-1] != "/")
        uncompressed = [path for path in man_pages if not path.endswith(".1.gz")]
        # --fail-on error: warnings are reported but do not fail (README lists those that remain).
        lintian = subprocess.run(["lintian", "--fail-on", "error", "--display-level", ">=info", deb], capture_output=True, text=True)
        report = [line for line in (lintian.stdout + lintian.stderr).splitlines()
                  if not line.startswith("running with root privileges")]
        print("\n".join(report) if report else "lintian: no tags")
        print(f"{debs[0]}: {len(paths)} entries, {len(man_pages)} man pages")
        problems = [f"not in the package: {path}" for path in missing]
        problems += [f"not gzipped: {path}" for path in uncompressed]
        if lintian.returncode != 0:
            problems.append(f"lintian exited {lintian.returncode}")
        for problem in problems:
            print("FAIL:", problem)
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
