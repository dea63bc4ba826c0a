#!/usr/bin/python3
"""Generates the hostile files that are too big, binary or byte-fragile to commit.

run_hostile.py calls generate(folder) at test time; run this file by hand to look at them:
    /usr/bin/python3 tests/hostile/make_corpus.py /tmp/hostile
Every generated file is listed in expected.txt with the codes its lint output must include.
Small readable text cases live in files/ instead. Standard library only.
"""
import os
import random
import sys
import unicodedata

# A valid question bank (it names framework qh-kns, which is not linted with it, so linting it
# alone gives only E302). The hostile variants below are made from it.
BASE_BANK = """\
# Ngân hàng câu hỏi thử nghiệm
bank:
  id: hostile-base
  framework: qh-kns
  language: vi
  title: Ngân hàng câu hỏi tiếng Việt
questions:
  - id: Q1.1-CB-01
    competency: "1.1"
    level: CB
    type: single
    stem: Khi cần tìm văn bản quy phạm pháp luật còn hiệu lực, nguồn nào đáng tin cậy nhất?
    options:
      a: Cơ sở dữ liệu quốc gia về văn bản pháp luật
      b: Một diễn đàn mạng xã hội
      c: Kết quả đầu tiên của công cụ tìm kiếm
      d: Tin nhắn chuyển tiếp trong nhóm chat
    answer: a
    explanation: Văn bản pháp luật chính thức cần được lấy từ nguồn do cơ quan nhà nước quản lý.
  - id: Q1.1-CB-02
    competency: "1.1"
    level: CB
    type: true_false
    stem: Mật khẩu mạnh nên có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.
    answer: true
    tags: [mat-khau, an-toan]
"""

# The bank's Vietnamese text has no capital letter with a tone mark, so TCVN3 (whose capitals
# with tones live in a separate font) can encode all of it.

# TCVN3 (TCVN 5712:1993 VN3, the ABC fonts): Unicode → byte, as glibc's TCVN5712-1 maps them.
TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
TONES = (GRAVE, ACUTE, TILDE, HOOK, DOT)
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031B"

# VNI Windows (VNI-Times fonts): a base letter followed by a mark byte. Lowercase mark bytes;
# uppercase ones are 0x20 lower.
VNI_TONE = {ACUTE: 0xF9, GRAVE: 0xF8, HOOK: 0xFB, TILDE: 0xF5, DOT: 0xEF, None: None}
VNI_CIRCUMFLEX = {None: 0xE2, ACUTE: 0xE1, GRAVE: 0xE0, HOOK: 0xE5, TILDE: 0xE3, DOT: 0xE4}
VNI_BREVE = {None: 0xEA, ACUTE: 0xE9, GRAVE: 0xE8, HOOK: 0xFA, TILDE: 0xFC, DOT: 0xEB}
VNI_I = {ACUTE: 0xED, GRAVE: 0xEC, HOOK: 0xE6, TILDE: 0xF3, DOT: 0xF2}


def split_letter(ch):
    """'ệ' → ('e', {circumflex}, dot below)."""
    nfd = unicodedata.normalize("NFD", ch)
    base, marks = nfd[0], nfd[1:]
    tone = next((m for m in marks if m in TONES), None)
    return base, set(marks) - set(TONES), tone


def encode_tcvn3(text):
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3:
            out.append(TCVN3[ch])
        else:
            raise ValueError(f"TCVN3 cannot encode {ch!r}")
    return bytes(out)


def encode_vni(text):
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        base, marks, tone = split_letter(ch)
        upper = base.isupper()
        shift = 0x20 if upper else 0
        if HORN in marks:
            out.append((0xF4 if base.lower() == "o" else 0xF6) - shift)
            if tone:
                out.append(VNI_TONE[tone] - shift)
        elif CIRCUMFLEX in marks:
            out.append(ord(base))
            out.append(VNI_CIRCUMFLEX[tone] - shift)
        elif BREVE in marks:
            out.append(ord(base))
            out.append(VNI_BREVE[tone] - shift)
        elif base.lower() == "i" and tone:
            out.append(VNI_I[tone] - shift)
        elif tone and not marks:
            out.append(ord(base))
            out.append(VNI_TONE[tone] - shift)
        else:
            raise ValueError(f"VNI cannot encode {ch!r}")
    return bytes(out)


def encode_cp1258(text):
    """Windows-1258: base letters with breve, circumflex and horn are precomposed; tones are
    combining marks (the form Vietnamese Windows keyboards produced)."""
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        base, marks, tone = split_letter(ch)
        letter = unicodedata.normalize("NFC", base + "".join(sorted(marks)))
        out += letter.encode("cp1258")
        if tone:
            out += tone.encode("cp1258")
    return bytes(out)


def mojibake(encoded):
    """Legacy bytes read as Windows-1252: 'Việt' in VNI becomes 'Vieät'."""
    return encoded.decode("cp1252")


def mojibake_bank(encode, bank_id):
    """The base bank with the whole text of each stem, option and explanation in mojibake."""
    lines = []
    for line in BASE_BANK.replace("hostile-base", bank_id).splitlines(keepends=True):
        key, sep, value = line.partition(": ")
        field = key.strip()
        if sep and field in ("stem", "a", "b", "c", "d", "explanation"):
            line = key + sep + mojibake(encode(value.rstrip("\n"))) + "\n"
        lines.append(line)
    return "".join(lines).encode("utf-8")


def bank_utf8():
    return BASE_BANK.encode("utf-8")


def insert_after(data, marker, junk):
    place = data.index(marker) + len(marker)
    return data[:place] + junk + data[place:]


def nested_block_mappings(depth):
    # One more space of indentation per level: the size grows with depth², so the depth is
    # what fits under the 16 MiB file-size limit (100,000 levels would be 5 GB).
    lines = [" " * i + f"k{i % 10}:" for i in range(depth)]
    lines.append(" " * depth + "leaf")
    return ("\n".join(lines) + "\n").encode("ascii")


def billion_laughs():
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghij"
    for level in range(1, 10):
        name, prev = names[level], names[level - 1]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return ("\n".join(lines) + "\n").encode("ascii")


def many_keys(count):
    parts = [f"k{i:06d}: v\n" for i in range(count)]
    parts.append("k000000: again\n")  # a duplicate far from the first, found through the hash index
    return "".join(parts).encode("ascii")


def many_questions(count):
    head = "bank:\n  id: many-empty-questions\n  framework: qh-kns\n  language: vi\nquestions:\n"
    return head.encode("ascii") + b"  - {}\n" * count


def large_bank(count):
    head = BASE_BANK.split("questions:\n")[0] + "questions:\n"
    question = (
        "  - id: Q-{i}\n"
        '    competency: "1.1"\n'
        "    level: CB\n"
        "    type: single\n"
        "    stem: Câu hỏi số {i} về an toàn thông tin, chủ đề {topic}?\n"
        "    options:\n"
        "      a: Đúng\n"
        "      b: Sai\n"
        "    answer: a\n"
    )
    topics = ["mật khẩu", "thư rác", "mã độc", "sao lưu dữ liệu", "mạng Wi-Fi công cộng", "xác thực hai lớp"]
    body = "".join(question.format(i=i, topic=topics[i % len(topics)]) for i in range(count))
    return (head + body).encode("utf-8")


def long_line_bank(stem_bytes):
    head = BASE_BANK.split("questions:\n")[0] + "questions:\n"
    question = (
        "  - id: Q-LONG\n"
        '    competency: "1.1"\n'
        "    level: CB\n"
        "    type: true_false\n"
        "    answer: false\n"
        "    stem: "
    )
    return (head + question).encode("utf-8") + b"x" * stem_bytes + b"\n"


def unknown_enemies(count):
    """A bank of about 1 MB whose `count` questions each name an enemy that is not defined:
    half of them long texts, half ids one letter and a few digits from the bank's own ids, so
    every "did you mean" is a real search. Comparing every unknown reference with every id
    took minutes before suggestions had a budget."""
    head = BASE_BANK.split("questions:\n")[0].replace("hostile-base", "unknown-enemies") + "questions:\n"
    question = (
        "  - id: {id}\n"
        '    competency: "1.1"\n'
        "    level: CB\n"
        "    type: true_false\n"
        "    stem: Câu hỏi số {i} về an toàn thông tin.\n"
        "    answer: true\n"
        "    enemies: [{enemy}]\n"
    )
    parts = []
    for i in range(count):
        qid = f"Q-an-toan-thong-tin-{i:05d}"
        enemy = f"Q-an-toan-thong-tim-{(i * 7919) % 100000:05d}" if i % 2 else "khong-co-" + "x" * 600 + f"-{i}"
        parts.append(question.format(id=qid, i=i, enemy=enemy))
    return (head + "".join(parts)).encode("utf-8")


def exhibit_table(rows, columns):
    """A bank whose one exhibit has a table of `rows` rows of `columns` cells, in flow style (4 bytes
    a cell): it must be reported (E307), never kept or printed."""
    head = BASE_BANK.split("questions:\n")[0].replace("hostile-base", f"exhibit-{rows}x{columns}")
    row = "[" + ", ".join(["'1'"] * columns) + "]"
    table = "[" + ", ".join([row] * rows) + "]"
    return (head + "exhibits:\n  - id: EX-1\n    title: Bảng\n    chart: bar\n    table: " + table + "\n" +
            "questions: []\n").encode("utf-8")


def files():
    """name → bytes of every generated file."""
    base = bank_utf8()
    legacy_text = BASE_BANK.replace("hostile-base", "legacy")
    rng = random.Random(20260325)
    junk = rng.randbytes(65536)
    junk_no_nul = bytes(b if b != 0 else 0x20 for b in rng.randbytes(65536))
    out = {
        # Invalid UTF-8 in an otherwise valid Vietnamese UTF-8 bank.
        "invalid_utf8_stray_ff.yaml": insert_after(base, "nguồn nào".encode(), b" \xff"),
        "invalid_utf8_truncated.yaml": insert_after(base, b"title: Ng", b"\xe1\xbb"),  # 'ệ' is E1 BB 87
        "invalid_utf8_overlong.yaml": insert_after(base, b"stem: Khi", b" \xc0\xaf"),  # '/' in two bytes
        "invalid_utf8_overlong3.yaml": insert_after(base, b"stem: Khi", b" \xe0\x80\xaf"),  # '/' in three
        "invalid_utf8_surrogate.yaml": insert_after(base, b"stem: Khi", b" \xed\xa0\x80"),  # U+D800
        "invalid_utf8_truncated_at_end.yaml": base + b"# cu\xe1\xbb",
        # NUL and UTF-16.
        "nul_in_bank.yaml": insert_after(base, b"answer: a", b"\x00"),
        "utf16le_bom.yaml": b"\xff\xfe" + BASE_BANK.encode("utf-16-le"),
        # Byte-level text problems, on a valid bank.
        "utf8_bom.yaml": b"\xef\xbb\xbf" + base,
        "crlf.yaml": base.replace(b"\n", b"\r\n"),
        "cr_only.yaml": base.replace(b"\n", b"\r"),  # classic Mac OS line endings
        # Line breaks YAML honours but line-based tools do not (pasted from word processors).
        "line_separator.yaml": base.replace(b"level: CB\n", b"level: CB\xe2\x80\xa8", 1),
        "next_line.yaml": base.replace(b"level: CB\n", b"level: CB\xc2\x85", 1),
        "trailing_spaces.yaml": base.replace(b"level: CB\n", b"level: CB   \n").replace(b"answer: a\n", b"answer: a \n"),
        "nfd.yaml": unicodedata.normalize("NFD", BASE_BANK).encode("utf-8"),
        # Legacy Vietnamese encodings saved as raw bytes.
        "legacy_tcvn3_bytes.yaml": encode_tcvn3(legacy_text),
        "legacy_vni_bytes.yaml": encode_vni(legacy_text),
        "legacy_cp1258_bytes.yaml": encode_cp1258(legacy_text),
        # Valid UTF-8 holding legacy Vietnamese read as Windows-1252: every stem, option and
        # explanation pasted from an old document (files/ has hand-written ones too).
        "mojibake_vni_generated.yaml": mojibake_bank(encode_vni, "mojibake-vni"),
        "mojibake_tcvn3_generated.yaml": mojibake_bank(encode_tcvn3, "mojibake-tcvn3"),
        # Resource attacks.
        "deep_brackets.yaml": b"[" * 100_000 + b"\n",
        "deep_brackets_mapping.yaml": b"{a: " * 100_000 + b"\n",
        "deep_block_sequences.yaml": b"- " * 100_000 + b"x\n",
        "deep_block_mappings.yaml": nested_block_mappings(5_000),
        "alias_billion_laughs.yaml": billion_laughs(),
        "huge_line_20mb.yaml": b"stem: " + b"x" * (20 * 1024 * 1024) + b"\n",
        "long_line_10mb.yaml": long_line_bank(10 * 1024 * 1024),
        "many_keys_200k.yaml": many_keys(200_000),
        "many_questions_500k.yaml": many_questions(500_000),
        # Not hostile at all: a plain bank of 20,000 questions, no anchors or aliases, must be read.
        "large_bank_20k_questions.yaml": large_bank(20_000),
        # 2,000 enemies that are not defined, in a bank of 1 MB: "did you mean" must stay linear.
        "unknown_enemies_2000.yaml": unknown_enemies(2_000),
        # An exhibit's table of a million rows, or of 100,000 columns: reported, not kept.
        "exhibit_table_1m_rows.yaml": exhibit_table(1_000_000, 1),
        "exhibit_table_100k_columns.yaml": exhibit_table(2, 100_000),
        # Junk.
        "binary_junk.yaml": junk,
        "binary_junk_no_nul.yaml": junk_no_nul,
        "zero_bytes.yaml": b"",
    }
    return out


def generate(folder):
    """Writes every generated file into `folder` (which must exist); returns their names."""
    names = []
    for name, data in files().items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        names.append(name)
    return names


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUTPUT_FOLDER")
    os.makedirs(sys.argv[1], exist_ok=True)
    for name in generate(sys.argv[1]):
        print(name)
