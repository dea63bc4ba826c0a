#!/usr/bin/python3
"""Checks of signed credentials, run by CTest:

  check_credentials.py --source ROOT sample --writer write_sample_credentials
      the committed sample (tests/credential/sample/) is exactly what the writer produces now
      (signing is deterministic), so the e2e cases and the Node verifier read current output.
  check_credentials.py --source ROOT node --node NODE --case NAME
      runs the independent verifier (verify_credentials.mjs) on one case of CASES and compares its
      exit status and standard output with tests/credential/expected/node_NAME.txt.
Set UPDATE_GOLDEN=1 to rewrite the sample or the expected output.
"""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

HERE = "tests/credential"
AS_OF = "2026-12-15"
# case: (expected exit, arguments after the script, relative to the repository root)
CASES = {
    "w3c_vector": (0, [f"{HERE}/vectors/keyPair.json", f"{HERE}/vectors/signedJCS.json"]),
    "w3c_vector_tampered": (1, [f"{HERE}/vectors/keyPair.json", f"{HERE}/tampered/signedJCS-altered.json",
                                f"{HERE}/tampered/signedJCS-created.json", f"{HERE}/tampered/signedJCS-proofValue.json"]),
    "sample_good": (0, [f"{HERE}/sample/issuer.pub.json", f"{HERE}/sample/good"]),
    "sample_bad": (1, [f"{HERE}/sample/issuer.pub.json", f"{HERE}/sample/bad"]),
    # hocvu certify's revocation round trip (the e2e golden): every proof verifies, the revoked bit
    # and the expiries are read as hocvu wrote them.
    "certify_revocation": (1, ["tests/certify/issuer.pub.json",
                               "tests/e2e/cases/certify_revocation/expected_files/third"]),
}


def check_sample(source, writer):
    committed = os.path.join(source, HERE, "sample")
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([writer, scratch], check=True)
        if os.environ.get("UPDATE_GOLDEN"):
            shutil.rmtree(committed, ignore_errors=True)
            shutil.copytree(scratch, committed)
            return 0
        names = sorted(os.path.relpath(os.path.join(root, name), scratch)
                       for root, _, files in os.walk(scratch) for name in files)
        match, mismatch, errors = filecmp.cmpfiles(scratch, committed, names, shallow=False)
        if mismatch or errors:
            print(f"{committed} is not what write_sample_credentials writes: {mismatch + errors}; "
                  "rerun with UPDATE_GOLDEN=1 and review the difference")
            return 1
    return 0


def check_node(source, node, case):
    expected_exit, args = CASES[case]
    run = subprocess.run([node, f"{HERE}/verify_credentials.mjs", "--as-of", AS_OF] + args, cwd=source,
                         capture_output=True)
    golden = os.path.join(source, HERE, "expected", f"node_{case}.txt")
    if os.environ.get("UPDATE_GOLDEN"):
        with open(golden, "wb") as f:
            f.write(run.stdout)
    with open(golden, "rb") as f:
        expected = f.read()
    ok = run.returncode == expected_exit and run.stdout == expected
    if not ok:
        print(f"exit {run.returncode} (expected {expected_exit})\n--- stdout:\n{run.stdout.decode()}"
              f"--- expected:\n{expected.decode()}--- stderr:\n{run.stderr.decode()}")
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", required=True)
    sub = parser.add_subparsers(dest="command", required=True)
    sample = sub.add_parser("sample")
    sample.add_argument("--writer", required=True)
    node = sub.add_parser("node")
    node.add_argument("--node", required=True)
    node.add_argument("--case", required=True, choices=sorted(CASES))
    args = parser.parse_args()
    if args.command == "sample":
        return check_sample(args.source, args.writer)
    return check_node(args.source, args.node, args.case)


if __name__ == "__main__":
    sys.exit(main())
