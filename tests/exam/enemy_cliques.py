#!/usr/bin/python3
"""A bank of enemy cliques: hard for the solver, invisible to the counting checks.

    enemy_cliques.py write DIR [--questions 300] [--clique 60] [--length 10]
    enemy_cliques.py check --hocvu build/hocvu [--questions 240] [--clique 48] [--time-limit 2] [--bound 20]

`write` puts framework/khung.yaml, question-banks/cliques.yaml and framework/blueprints/cliques.yaml
into DIR. The questions form cliques: every question is the enemy of every other question of
its clique, so a form holds at most one question of each clique (questions / clique of them),
fewer than the blueprint's length. Counting cannot see that, and the linear relaxation can
(x = 0.5 everywhere meets every enemy row), so branch and bound must prove it node by node on a
program with clique² / 2 rows per clique: the case behind `--time-limit` that was not honoured.

`check` writes a smaller version into a temporary folder, runs
`hocvu exam ... --time-limit LIMIT` and passes when hocvu exits 2 with the time-limit message
within BOUND seconds. BOUND is generous: it fails on a hang, not on a slow machine. The
smaller version still needs about a minute of solving on a 2-core machine when the limit is
not honoured inside a solve, so even a much faster machine cannot finish it within the limit.
Exits 1 on a failure, keeping the folder. Standard library only.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

FRAMEWORK = """\
framework:
  id: khung-be-phai
  version: "1.0"
  title: Khung thử nghiệm câu hỏi loại trừ nhau
  language: vi
levels:
  - id: CB
    name: Cơ bản
    default_difficulty: -1.0
areas:
  - id: "1"
    title: An toàn số
    competencies:
      - id: "1.1"
        title: Bảo vệ tài khoản
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được cách bảo vệ tài khoản.
roles:
  - id: chuyen-vien
    name: Chuyên viên
    baseline: CB
"""

BLUEPRINT = """\
blueprint:
  id: cliques
  title: Đề thử nghiệm câu hỏi loại trừ nhau
  framework: khung-be-phai
  role: chuyen-vien
  level: CB
  forms: 1
  length: {length}
  time_limit: 30
  seed: 7
  pass:
    percent: 60
"""

# Words for stems that differ enough not to be near duplicates (W406 is only a warning anyway).
WORDS = ("mật khẩu tài khoản thư điện tử mạng xã hội dữ liệu cá nhân sao lưu phần mềm cập nhật "
         "trình duyệt liên kết tệp đính kèm xác thực hai lớp điện thoại máy tính mã độc tin nhắn "
         "lừa đảo ngân hàng ứng dụng quyền riêng tư đám mây thiết bị mạng Wi-Fi công cộng").split()


def bank(questions, clique):
    rng = random.Random(questions * 1000 + clique)
    ids = [f"Q-{i:05d}" for i in range(questions)]
    lines = ["bank:", "  id: cliques", "  framework: khung-be-phai", "  language: vi", "questions:"]
    for i, qid in enumerate(ids):
        start = i - i % clique
        enemies = [ids[j] for j in range(start, min(start + clique, questions)) if j != i]
        stem = " ".join(rng.choice(WORDS) for _ in range(12))
        lines += [
            f"  - id: {qid}",
            '    competency: "1.1"',
            "    level: CB",
            "    type: single",
            f"    stem: Câu {i} về {stem}?",
            "    options:",
            "      a: Đúng",
            "      b: Sai",
            "    answer: a",
        ]
        if enemies:
            lines.append(f"    enemies: [{', '.join(enemies)}]")
    return "\n".join(lines) + "\n"


def write(folder, questions, clique, length):
    os.makedirs(os.path.join(folder, "framework", "blueprints"), exist_ok=True)
    os.makedirs(os.path.join(folder, "question-banks"), exist_ok=True)
    files = {
        os.path.join("framework", "khung.yaml"): FRAMEWORK,
        os.path.join("framework", "blueprints", "cliques.yaml"): BLUEPRINT.format(length=length),
        os.path.join("question-banks", "cliques.yaml"): bank(questions, clique),
    }
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def check(opts):
    folder = tempfile.mkdtemp(prefix="hocvu-cliques-")
    write(folder, opts.questions, opts.clique, opts.length)
    args = [os.path.abspath(opts.hocvu), "exam", "framework/blueprints/cliques.yaml", "--out", "out",
            "--time-limit", str(opts.time_limit)]
    started = time.monotonic()
    try:
        proc = subprocess.run(args, cwd=folder, capture_output=True, timeout=opts.bound * 3,
                              env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        code, stderr = proc.returncode, proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        code, stderr = None, "(killed)"
    seconds = time.monotonic() - started
    problems = []
    if code != 2:
        problems.append(f"exit status {code}, expected 2")
    if "time limit" not in stderr or "ran out" not in stderr:
        problems.append("stderr does not say that the time limit ran out")
    if seconds > opts.bound:
        problems.append(f"took {seconds:.1f} s, over the bound of {opts.bound:g} s (limit {opts.time_limit:g} s)")
    if os.path.exists(os.path.join(folder, "out")):
        problems.append("wrote an output folder although the run failed")
    print(f"{opts.questions} questions in cliques of {opts.clique}, forms of {opts.length}, "
          f"--time-limit {opts.time_limit:g}: exit {code} in {seconds:.1f} s")
    print(stderr.rstrip())
    if problems:
        for problem in problems:
            print(f"FAIL {problem}")
        print(f"folder kept: {folder}\nrerun: cd {folder} && {' '.join(args)}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print("PASS")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write the files into a folder")
    w.add_argument("folder")
    c = sub.add_parser("check", help="run hocvu exam on a small version with a short time limit")
    c.add_argument("--hocvu", required=True)
    c.add_argument("--time-limit", type=float, default=2.0)
    c.add_argument("--bound", type=float, default=20.0, help="seconds the run must end within")
    for p, questions, clique in ((w, 300, 60), (c, 240, 48)):
        p.add_argument("--questions", type=int, default=questions)
        p.add_argument("--clique", type=int, default=clique, help="questions per clique")
        p.add_argument("--length", type=int, default=10, help="questions per form")
    opts = parser.parse_args()
    if opts.command == "write":
        write(opts.folder, opts.questions, opts.clique, opts.length)
        return 0
    return check(opts)


if __name__ == "__main__":
    sys.exit(main())
