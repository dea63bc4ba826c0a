#include "diag/rules.hpp"

#include "diag/rule_parts.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace hocvu {

namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// Examples. Each rule's row ends with a bad example (YAML the rule reports) and the same YAML
// fixed; `hocvu lint --explain` prints both, and tests/unit/rule_examples_test.cpp lints them:
// the bad one must give a finding of the rule, the fixed one no finding at all. A new rule
// needs both (or a place, with the reason, in that test's list of rules no file can show).
//
// - An example is one file, example.yaml. A line `# file: PATH` starts a file of that path
//   instead (for an example that needs several files, or one of the context files below).
// - A file that starts with `questions:` or `exhibits:` is the body of a bank: the test puts the
//   header `bank: {id: vd, framework: fw, language: vi}` before it. Any other file is taken whole.
// - What cannot be seen is written as a marker: <TAB> a tab, <CR> a carriage return, <SP> a
//   space, <NUL> a NUL byte, <BOM> a byte-order mark, <U+2028> that code point in UTF-8, <xE1>
//   that single byte. The explanation says what the markers in its examples stand for.
// - The test lints each example with default options, together with a context that lints
//   clean on its own (a file of the example with the same path replaces it):
//     framework/fw.yaml            framework fw: levels CB and TC; area 1 with competency 1.1
//                                  and its outcomes 1.1-CB-1 and 1.1-TC-1; role cb, baseline CB
//     question-banks/context.yaml  bank context: four active true_false questions of 1.1 at CB
//                                  (ids CTX-1 to CTX-4, outcome 1.1-CB-1) and one at TC (CTX-5,
//                                  outcome 1.1-TC-1)
//   so examples write questions of competency "1.1" at level CB, with ids Q1, Q2, ... They may
//   leave out `outcome` to stay short: the test takes W309 (question-without-outcome) from the
//   fixed example of any other rule.
const std::vector<RuleInfo> kMainRules = {
    {Rule::file_too_large, "E001", "file-too-large", E, "file is larger than the size limit",
     "hocvu reads a file whole. A YAML file over the limit (16 MiB by default) is almost always\n"
     "a mistake: a generated dump, or the wrong file. The file is not parsed.\n"
     "Fix: split the bank into several files (one per area or competency), or raise the limit\n"
     "with --max-file-size if the file really is that large."},
    {Rule::invalid_utf8, "E002", "invalid-utf8", E, "file is not valid UTF-8",
     "hocvu files are UTF-8. A byte sequence that is not UTF-8 cannot be shown or compared, so\n"
     "the file is not parsed. The finding points at the first bad byte. In the example, <xE1><xBB>\n"
     "are the first two of the three bytes of 'ụ': the third was lost.\n"
     "Fix: re-save the file as UTF-8 in your editor, or convert it, for example\n"
     "  iconv -f WINDOWS-1258 -t UTF-8 bank.yaml > bank.utf8.yaml",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch v<xE1><xBB> công quốc gia có tên miền .gov.vn.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Cổng Dịch vụ công quốc gia có tên miền .gov.vn.
    answer: true
)"},
    {Rule::legacy_encoding, "E003", "legacy-encoding", E,
     "text is in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258)",
     "Vietnamese typed with old fonts (.VnTime for TCVN3/ABC, VNI-Times for VNI) looks right only\n"
     "in that font. Saved as bytes it is not UTF-8; pasted as Unicode it becomes garbage such as\n"
     "'Vieät Nam' (VNI) or 'ViÖt Nam' (TCVN3).\n"
     "Fix: convert the text to Unicode with Unikey's converter (Công cụ chuyển mã) or iconv,\n"
     "for example  iconv -f TCVN5712-1 -t UTF-8 old.yaml > new.yaml , then check the result.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thuû ñoâ cuûa Vieät Nam laø Haø Noäi.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::nul_byte, "E004", "nul-byte", E, "file contains a NUL byte",
     "A NUL byte never belongs in a text file; it usually means the file is binary, UTF-16, or was\n"
     "truncated by a crash. The file is not parsed. In the example, <NUL> is a byte 0.\n"
     "Fix: open the file in an editor that shows control characters, or re-export it as UTF-8.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.<NUL>
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::byte_order_mark, "W005", "byte-order-mark", W, "file starts with a UTF-8 byte-order mark",
     "Some Windows editors add the bytes EF BB BF (<BOM> in the example) at the start of UTF-8\n"
     "files. YAML tolerates it, but other tools (diff, grep, some parsers) do not.\n"
     "Fix: hocvu lint --fix removes it, or save as 'UTF-8' rather than 'UTF-8 with BOM'.",
     R"(<BOM>bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::tab_character, "E006", "tab-character", E, "file contains a tab character",
     "YAML forbids tabs in indentation, and a tab inside text shows differently in every editor.\n"
     "In the example, <TAB> is a tab, and YAML cannot read the file past it: when a tab stops the\n"
     "reading, the finding says that the file could not be read, and the checks that need every\n"
     "file (coverage, blueprints, references to ids) are held back until it can.\n"
     "Fix: replace tabs with spaces (two spaces per indentation level). hocvu lint --fix does not\n"
     "change tabs: how many spaces a tab stands for depends on the editor.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
<TAB>stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::crlf_line_ending, "W007", "crlf-line-ending", W, "file has Windows (CRLF) line endings",
     "Files in git should end lines with LF only; mixed endings make noisy diffs. In the example,\n"
     "<CR> is the carriage return before each line feed.\n"
     "Fix: hocvu lint --fix converts CRLF to LF, or set git config core.autocrlf.",
     R"(questions:<CR>
  - id: Q1<CR>
    competency: "1.1"<CR>
    level: CB<CR>
    type: true_false<CR>
    stem: Thủ đô của Việt Nam là Hà Nội.<CR>
    answer: true<CR>
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::trailing_space, "W008", "trailing-space", W, "line ends with spaces",
     "Trailing spaces are invisible and make noisy diffs. In a block scalar ('|' or '>') they are\n"
     "part of the text, so there the finding says so and --fix leaves them. In the example, <SP> is\n"
     "a space.\n"
     "Fix: hocvu lint --fix removes them outside block scalars; inside, delete them by hand.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.<SP><SP>
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::not_nfc, "E009", "not-nfc", E, "text is not in Unicode NFC",
     "Vietnamese letters can be stored precomposed ('ệ' as one code point, NFC) or decomposed\n"
     "('e' + U+0323 + U+0302, NFD, as some Mac and web tools produce). They look the same but\n"
     "compare different, so duplicate checks, searching and short-text grading fail. In the\n"
     "example, <U+0323> and <U+0302> are those combining marks.\n"
     "Fix: hocvu lint --fix rewrites the file in NFC.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Vie<U+0323><U+0302>t Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::long_line, "W010", "long-line", W, "line is longer than the limit",
     "A line of thousands of characters is usually pasted data or a missing line break; it is\n"
     "hard to review in a diff. The limit is 2,000 characters.\n"
     "Fix: use a folded block scalar ( stem: > ) and break the text over several lines."},
    {Rule::unusual_line_break, "E011", "unusual-line-break", E,
     "file has line breaks other than LF or CRLF (CR alone, U+0085, U+2028, U+2029)",
     "YAML counts a lone CR, NEL (U+0085) and the Unicode line and paragraph separators (U+2028,\n"
     "U+2029) as line breaks, while editors, diff and grep do not: the file shows as one line in\n"
     "one tool and many in another. They arrive by pasting from word processors and PDFs. The file\n"
     "is not read further. In the example, <U+2028> is a line separator.\n"
     "Fix: hocvu lint --fix turns a lone CR into LF. It leaves U+0085, U+2028 and U+2029, since only\n"
     "a person can tell what each was meant to be: a line break, a space, or (U+0085, from\n"
     "Windows-1252 text read as Latin-1) the ellipsis '…'. Replace them by hand.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam<U+2028>là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::too_many_findings, "E012", "too-many-findings", E, "a file has more findings than are listed",
     "After 1,000 findings in one file the rest are counted, not listed: a file that broken needs\n"
     "its first problems fixed before the others make sense.\n"
     "Fix: fix the findings listed and lint again."},

    {Rule::yaml_syntax, "E101", "yaml-syntax", E, "YAML syntax error",
     "The file is not valid YAML, so nothing after the error can be read. A common cause is a\n"
     "second ': ' inside text that is not quoted, as in the example.\n"
     "Fix: quote the text or correct the indentation at the position shown.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Lưu ý: mật khẩu mạnh có ít nhất 12 ký tự.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: "Lưu ý: mật khẩu mạnh có ít nhất 12 ký tự."
    answer: true
)"},
    {Rule::duplicate_key, "E102", "duplicate-key", E, "a key appears twice in one mapping",
     "YAML parsers disagree about duplicate keys: most keep the last one silently, so the first\n"
     "value is lost. hocvu reports both.\n"
     "Fix: delete one of them, or rename the one that was meant to be another key.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
    points: 2
    answer: b
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
    points: 2
)"},
    {Rule::recursive_alias, "E103", "recursive-alias", E, "an alias refers to the node that contains it",
     "An alias inside the node its anchor names would expand forever. The file is not read\n"
     "further.\n"
     "Fix: remove the alias; hocvu files need no anchors or aliases.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    tags: &t [dia-ly, *t]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    tags: [dia-ly]
)"},
    {Rule::alias_budget, "E104", "alias-budget", E, "aliases expand beyond the node budget",
     "Anchors and aliases can make a small file expand to billions of nodes ('billion laughs').\n"
     "hocvu stops when aliases would add more than 1,000,000 nodes to the document.\n"
     "Fix: write the content out; hocvu files need no anchors or aliases."},
    {Rule::nesting_too_deep, "E105", "nesting-too-deep", E, "nesting is deeper than 64 levels",
     "hocvu formats nest at most five levels. Deeper nesting is a mistake or an attack on the\n"
     "parser; the file is not read further.\n"
     "Fix: check the indentation or brackets near the position shown."},
    {Rule::multiple_documents, "E106", "multiple-documents", E, "file holds more than one YAML document",
     "hocvu reads one document per file; a second '---' starts a document that would be ignored.\n"
     "Fix: move the second document to its own file, or remove the extra '---'.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
---
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::undefined_alias, "E107", "undefined-alias", E, "an alias names an anchor that is not defined",
     "An alias (*name) repeats the node its anchor (&name) marks earlier in the same file. With no\n"
     "such anchor there is nothing to repeat.\n"
     "Fix: define the anchor before the alias, or write the value out.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options: *dia-chi
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::unsupported_yaml, "E108", "unsupported-yaml", E,
     "a YAML feature hocvu does not use (merge keys, custom tags, complex keys)",
     "hocvu files are plain mappings, lists and text. Merge keys ('<<'), custom tags ('!foo') and\n"
     "mappings or lists used as keys are not read, so their data would be lost.\n"
     "Fix: write the keys and values out in full.",
     R"(questions:
  - &mau
    id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - <<: *mau
    id: Q2
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::empty_file, "E109", "empty-file", E, "file holds no YAML document",
     "An empty file (or one with only comments) defines nothing; it is probably unfinished.\n"
     "Fix: add the content, or delete the file.",
     R"(# Câu hỏi về tìm kiếm thông tin: sẽ viết sau
)",
     R"(questions:
  # Câu hỏi về tìm kiếm thông tin
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::unknown_document, "E201", "unknown-document", E,
     "file is not a framework, a question bank, a blueprint, a unit tree or targets",
     "hocvu recognises a file by its first-level key: 'framework' (with levels, areas, roles),\n"
     "'bank' (with questions), 'blueprint' (with constraints), 'units' (the organisation tree of\n"
     "reports) or 'targets' (the coverage targets of reports).\n"
     "Fix: start the file with  framework:,  bank:,  blueprint:,  units:  or  targets:  as in the\n"
     "README (Formats).",
     R"(ngan-hang:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(bank:
  id: vd
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::missing_field, "E202", "missing-field", E, "a required field is missing",
     "A record without a required field cannot be used: a question without an answer cannot be\n"
     "graded.\n"
     "Fix: add the field; the README (Formats) lists the required fields of each record.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::wrong_type, "E203", "wrong-type", E, "a field has the wrong kind of value",
     "Each field takes one kind of value: a text, a number, a list, or a mapping such as the\n"
     "options of a question. Another kind is not read.\n"
     "Fix: write the value in the form the README (Formats) shows for that field.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    points: hai
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
    points: 2
)"},
    {Rule::unknown_key, "E204", "unknown-key", E, "a key is not part of the format",
     "An unknown key is usually a typo ('anwser'), and its data would be silently ignored.\n"
     "Fix: correct the spelling (hocvu suggests the nearest known key) or remove the key.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    anwser: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::empty_text, "E205", "empty-text", E, "a text field is empty",
     "An empty stem or option shows as nothing on the paper; an empty text is unfinished work.\n"
     "Fix: write the text, or remove the record if it is not ready (or mark a question draft).",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: ""
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::malformed_id, "E206", "malformed-id", E, "an id does not match the id pattern",
     "Ids are used in file names, keys and reports: letters, digits, '.', '_' and '-', starting\n"
     "with a letter or digit, at most 64 characters. Option keys are lowercase: a, b, c.\n"
     "Fix: use an id such as Q1.1-CB-01.",
     R"(questions:
  - id: Câu 1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1.1-CB-01
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::invalid_value, "E207", "invalid-value", E, "a value is not one of those allowed",
     "Some fields take one of a few values: type is single, multiple, true_false, numeric or\n"
     "short_text; difficulty is a number from -4 to 4; status is draft, active or retired.\n"
     "Fix: use one of the values listed in the message.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true-false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::duplicate_id, "E301", "duplicate-id", E, "two records of the same kind share an id",
     "Ids must be unique across all files that are linted together: a question id is how a\n"
     "response file, an exam key and a report refer to the question, and an exhibit id is how\n"
     "its questions and a form's data name the exhibit.\n"
     "Fix: give one of them a new id (never reuse the id of a retired question).",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::unknown_reference, "E302", "unknown-reference", E,
     "a reference names something that does not exist",
     "A question names its competency, level and outcome in the framework, its enemies among the\n"
     "questions and its exhibit among the banks' exhibits; a blueprint names its framework, role\n"
     "and level. The example's framework has no competency 7.1.\n"
     "Fix: correct the id (hocvu suggests the nearest), or lint the file together with the\n"
     "framework that defines it.",
     R"(questions:
  - id: Q1
    competency: "7.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::outcome_mismatch, "E303", "outcome-mismatch", E,
     "a question's outcome belongs to another competency or level",
     "Each outcome of the framework belongs to one competency at one level; a question's outcome\n"
     "must be one of its own competency and level. In the example, 1.1-TC-1 is at level TC.\n"
     "Fix: pick an outcome of the question's own competency and level, or correct the question's.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-TC-1
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},

    {Rule::answer_not_in_options, "E401", "answer-not-in-options", E, "an answer is not one of the options",
     "An answer names an option by its key; a key that is not among the options can never be\n"
     "chosen, so nobody could answer the question right.\n"
     "Fix: set the answer to one of the option keys, or add the missing option.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: d
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::single_answer_count, "E402", "single-answer-count", E,
     "a single-choice question does not have exactly one answer",
     "A candidate picks one option of a single-choice question, so it has exactly one answer.\n"
     "Fix: keep one answer, or change the type to multiple.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: [a, c]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong.vn
    answer: a
)"},
    {Rule::duplicate_option, "E403", "duplicate-option", E, "two options of a question have the same text",
     "Options are compared after normalising case, spacing and Unicode form (punctuation counts:\n"
     "'dichvucong.gov.vn' and 'dichvucong-gov.vn' are different options).\n"
     "Fix: reword or remove one of them.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: DichVuCong.gov.vn
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dichvucong-gov.vn
    answer: a
)"},
    {Rule::too_few_options, "E404", "too-few-options", E, "a choice question has fewer than two options",
     "A choice with one option is no choice.\n"
     "Fix: add options, or change the type (true_false, numeric or short_text).",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
    answer: a
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cổng Dịch vụ công quốc gia có địa chỉ nào?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
    answer: a
)"},
    {Rule::duplicate_stem, "E405", "duplicate-stem", E, "two questions have the same stem",
     "Stems are compared after normalising case, spacing, punctuation and Unicode form.\n"
     "The same question twice skews exams and statistics.\n"
     "Fix: remove one, or reword it to ask something different.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội!
    answer: true
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tên miền .gov.vn dành cho các doanh nghiệp.
    answer: false
)"},
    {Rule::near_duplicate_stem, "W406", "near-duplicate-stem", W, "two questions have very similar stems",
     "Stems sharing most of their word pairs (Jaccard similarity of 0.8 or more) usually ask the\n"
     "same thing.\n"
     "Fix: merge them or reword one. Listing them as enemies keeps them off the same form, but\n"
     "the warning stays.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay.
    answer: false
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay lập tức.
    answer: false
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Khi nhận được tin nhắn lạ yêu cầu cung cấp mã OTP, bạn nên gửi mã đó ngay.
    answer: false
  - id: Q2
    competency: "1.1"
    level: CB
    type: true_false
    stem: Ngân hàng không hỏi mã OTP của khách qua tin nhắn hay điện thoại.
    answer: true
)"},
    {Rule::answer_shape, "E407", "answer-shape", E, "the answer does not fit the question type",
     "Each type has its form of answer: true or false for true_false, a number for numeric, a list\n"
     "of texts for short_text. Only single and multiple have options, and only numeric has a\n"
     "tolerance and a unit.\n"
     "Fix: write the answer as the README (Formats) shows for the type.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: đúng
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thủ đô của Việt Nam là Hà Nội.
    answer: true
)"},
    {Rule::all_options_correct, "W408", "all-options-correct", W,
     "every option of a multiple-response question is correct",
     "A question whose every option is right can be answered by ticking everything.\n"
     "Fix: add plausible wrong options.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những địa chỉ nào là trang của cơ quan nhà nước?
    options:
      a: chinhphu.vn
      b: dichvucong.gov.vn
    answer: [a, b]
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những địa chỉ nào là trang của cơ quan nhà nước?
    options:
      a: chinhphu.vn
      b: dichvucong.gov.vn
      c: dichvucong.com.vn
    answer: [a, b]
)"},
    {Rule::tolerance_too_large, "W409", "tolerance-too-large", W,
     "a numeric question's tolerance is as large as its answer",
     "A numeric answer is marked right when it is within the tolerance of the answer. Once the\n"
     "tolerance is as large as the answer itself, the accepted range reaches 0: a candidate who\n"
     "writes 0 is right, and past it so is one who gets the sign wrong. The question then tests\n"
     "nothing; usually the tolerance was meant as a percentage, or has a stray digit.\n"
     "hocvu warns when the answer is not 0 and tolerance >= |answer|. An answer of 0 has no size to\n"
     "compare a tolerance with, so its tolerance is not judged. In the example the tolerance 50\n"
     "accepts -10 to 90; 2 accepts 38 to 42.\n"
     "Fix: make the tolerance the largest error still marked right, smaller than the answer.",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Một phiên họp có bao nhiêu phút nếu kéo dài hai phần ba giờ?
    answer: 40
    tolerance: 50
)",
     R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: numeric
    stem: Một phiên họp có bao nhiêu phút nếu kéo dài hai phần ba giờ?
    answer: 40
    tolerance: 2
)"},

    {Rule::coverage, "E501", "coverage", E,
     "a competency required by a role has too few active questions at that level",
     "Exams for a role draw from the active questions of each competency and level the role\n"
     "requires. With fewer than the minimum (4 by default, --min-questions) an exam cannot be\n"
     "built or reuses the same questions in every form. In the example the banks hold four active\n"
     "questions of competency 1.1 at level CB and none at TC.\n"
     "Fix: write more questions, activate drafts, or lower the role's requirement.",
     R"(# file: framework/fw.yaml
framework:
  id: fw
  version: "1.0"
  title: Khung ví dụ
  language: vi
levels:
  - id: CB
    name: Cơ bản
  - id: TC
    name: Trung cấp
areas:
  - id: "1"
    title: Khai thác dữ liệu và thông tin
    competencies:
      - id: "1.1"
        title: Duyệt, tìm kiếm và lọc thông tin
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được nguồn tin cậy
          - id: 1.1-TC-1
            level: TC
            kind: skill
            text: Lọc được kết quả tìm kiếm
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
    requires:
      - competency: "1.1"
        level: TC
)",
     R"(# file: framework/fw.yaml
framework:
  id: fw
  version: "1.0"
  title: Khung ví dụ
  language: vi
levels:
  - id: CB
    name: Cơ bản
  - id: TC
    name: Trung cấp
areas:
  - id: "1"
    title: Khai thác dữ liệu và thông tin
    competencies:
      - id: "1.1"
        title: Duyệt, tìm kiếm và lọc thông tin
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được nguồn tin cậy
          - id: 1.1-TC-1
            level: TC
            kind: skill
            text: Lọc được kết quả tìm kiếm
roles:
  - id: cb
    name: Cán bộ
    baseline: CB
)"},

    {Rule::blueprint_unsatisfiable, "E601", "blueprint-unsatisfiable", E,
     "a blueprint cannot be met by the questions the banks hold",
     "Before any solving, hocvu counts what a blueprint needs against the eligible questions (active,\n"
     "at the level the role requires for their competency). Forms that may share at most K questions\n"
     "need many distinct ones: the j-th form brings at least length - j*K new questions.\n"
     "In the example the banks hold four eligible questions. Two forms of 3 questions that share\n"
     "none need 3+3 = 6 of them; sharing at most 2, they need 3+1 = 4.\n"
     "Fix: write more questions, or ask for fewer forms, fewer questions of that kind, or more overlap.",
     R"(blueprint:
  id: kiem-tra-thu
  title: Kiểm tra thử
  framework: fw
  role: cb
  level: CB
  forms: 2
  length: 3
  time_limit: 15
  pass:
    percent: 50
constraints:
  overlap: 0
)",
     R"(blueprint:
  id: kiem-tra-thu
  title: Kiểm tra thử
  framework: fw
  role: cb
  level: CB
  forms: 2
  length: 3
  time_limit: 15
  pass:
    percent: 50
constraints:
  overlap: 2
)"},

    {Rule::key_format, "E701", "key-format", E, "a row of an answer key (key.csv) cannot be read",
     "key.csv holds the answer of every question of every form, as hocvu exam writes it; grading\n"
     "scores against it, so every row must read back to one typed answer. The columns are\n"
     "form,position,question_id,type,answer,points,competency,level; answers are letters for choice\n"
     "questions (B, or A;C), true or false, a number with an optional tolerance (42 or 42:0.5), or\n"
     "accepted texts separated by | (VNeID|ứng dụng VNeID).\n"
     "Example: 101,3,Q1.1-CB-02,single,B;C,1,1.1,CB gives a single-choice question two answers.\n"
     "Fix: correct the row, or rebuild the exam with hocvu exam."},
    {Rule::manifest_format, "E702", "manifest-format", E,
     "an exam folder's manifest.json cannot be read or disagrees with its key.csv",
     "hocvu grade --exam DIR reads the pass rule and every question's competency, area, level,\n"
     "type, points and options from manifest.json, and the answers from key.csv. Both are written\n"
     "together by hocvu exam; a manifest that is not JSON, lacks these fields, or lists other\n"
     "questions than key.csv at a position means the folder was edited by hand or mixed with\n"
     "another exam's files, and grading against it would score the wrong answers.\n"
     "Fix: rebuild the exam folder with hocvu exam, or grade with --key key.csv alone."},
    {Rule::grade_state, "E703", "grade-state", E, "a grading state (hocvu grade --shard) cannot be merged",
     "hocvu grade --shard writes the exact counts of one shard of a batch; hocvu merge adds the\n"
     "shards up into the same outputs as one run over all the input. A state is refused whole when\n"
     "it is not such a file, when it was made for other forms or other corrections (the questions,\n"
     "their marks or their options differ), or when its counts do not add up.\n"
     "Fix: grade every shard against the same exam folder and corrections, then merge again."},


    {Rule::corrections_format, "E801", "corrections-format", E,
     "a key corrections file (--corrections) cannot be read",
     "hocvu grade --corrections reads the key corrections of an item review: a YAML file whose one\n"
     "key, corrections, maps each question id to one correction: drop, credit_all,\n"
     "{accept: [B]} or {rekey: C}. An entry that cannot be read is left out, and the run stops, so\n"
     "a batch is never graded with half of its corrections.\n"
     "Example: 'Q1.2-CB-08: {accept: b, rekey: c}' gives one question two corrections, and\n"
     "'Q2.1-CB-03: dropped' names no correction.\n"
     "Fix: write one of the four corrections for each question, e.g.\n"
     "  corrections:\n"
     "    Q1.2-CB-08: drop\n"
     "    Q3.4-TC-01: {accept: [b]}"},
    {Rule::correction_unknown_question, "E802", "correction-not-in-key", E,
     "a key correction names a question that is on no form of the exam",
     "A correction applies to a question id of the exam's key.csv. An id on no form is usually a\n"
     "typing mistake, and the correction that was meant would not be applied.\n"
     "Example: 'Q1.2-CB-8: drop' when the key holds Q1.2-CB-08.\n"
     "Fix: copy the question_id from items.csv or key.csv."},
    {Rule::correction_does_not_fit, "E803", "correction-does-not-fit", E,
     "a key correction names an option the question does not have, or does not fit its type",
     "accept and rekey name options by the bank's option key (the option column of\n"
     "distractors.csv), or by the letter on the form when the exam folder has no manifest. On a\n"
     "single-choice question rekey names exactly one option. On true/false, numeric and short-text\n"
     "questions they give answers in key.csv notation: true or false, 42 or 42:0.5, a text.\n"
     "Example: '{rekey: [b, c]}' on a single-choice question, or '{accept: [e]}' on a question whose\n"
     "options are a to d.\n"
     "Fix: name options the question has; to accept a second option, rekey to one and accept the other."},

    {Rule::milestone_order, "E901", "milestone-order", E,
     "the milestones of targets.yaml are out of order, or the start is not before them",
     "A report draws the trajectory from 0% on the start date through each milestone, and calls\n"
     "the last milestone the deadline. So the milestones are listed in date order, each on a later\n"
     "date than the one before, their percents never go down, and the start comes before the first.\n"
     "Fix: put the milestones in date order and correct their dates or percents.",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2026-12-31, percent: 100}
    - {date: 2025-12-31, percent: 40}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)"},
    {Rule::role_target_mismatch, "E902", "role-target-mismatch", E,
     "a role's target level and the exams that certify it do not match",
     "targets.yaml gives each role the level it must be certified at (roles), and says which exam\n"
     "certifies which role at which level (certifications). A person is covered by passing an exam\n"
     "that certifies their role at the target level or above. A role with a target level but no such\n"
     "exam could never be covered; a role with exams but no target level is missing from the report.\n"
     "In the example, the only exam for role cb certifies level CB, below the target TC.\n"
     "Fix: give the role its level under roles, and an exam that certifies it at that level under\n"
     "certifications (or correct the level).",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: TC}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)",
     R"(# file: reports/targets.yaml
targets:
  id: muc-tieu
  title: Mục tiêu phổ cập kỹ năng số
  framework: fw
  units: don-vi
  start: 2025-09-13
  milestones:
    - {date: 2025-12-31, percent: 40}
    - {date: 2026-12-31, percent: 100}
  roles:
    - {role: cb, level: CB}
  certifications:
    - {exam: kiem-tra, role: cb, level: CB}
# file: reports/units.yaml
units:
  id: don-vi
  title: Các đơn vị
  tree:
    - id: VP
      name: Văn phòng
      roles: [cb]
# file: framework/blueprints/kiem-tra.yaml
blueprint:
  id: kiem-tra
  title: Bài kiểm tra cán bộ
  framework: fw
  role: cb
  level: CB
  forms: 1
  length: 4
  time_limit: 15
  pass:
    percent: 50
)"},

    {Rule::import_unsupported_type, "I101", "unsupported-question", E,
     "an imported question is of a type hocvu does not have",
     "hocvu import turns LMS questions into hocvu's five types: single, multiple, true_false,\n"
     "numeric and short_text. Moodle's essay, matching, cloze (multianswer), drag-and-drop,\n"
     "calculated, description and random questions, and GIFT's essay, matching, description and\n"
     "missing-word questions, have no hocvu form; each is named here with its line and left out of\n"
     "the bank, never dropped silently.\n"
     "Fix: rewrite the question as one of hocvu's types in the bank by hand, or leave it in the LMS."},
    {Rule::import_malformed_gift, "I102", "malformed-gift", E, "a GIFT question cannot be read",
     "A GIFT question is its text, then its answers between { and }, and a blank line before the\n"
     "next question. A brace that is never closed, a second answer block, a :: title that does not\n"
     "end or a weight such as %abc% leaves the question unreadable; it is left out, with the line\n"
     "and column of what is wrong. A { } ~ = # or : meant as text is written with a backslash: \\{.\n"
     "Example: 'Thủ đô của Việt Nam là? {=Hà Nội ~Huế' (no closing brace).\n"
     "Fix: close the brace, or escape the character meant as text, and import again."},
    {Rule::import_xml_refused, "I103", "xml-refused", E,
     "a Moodle XML file declares entities, which hocvu does not expand",
     "Moodle never writes a DOCTYPE with entity declarations. Entities in an XML file can expand\n"
     "without end (the billion laughs attack) or pull in other files (<!ENTITY x SYSTEM\n"
     "\"file:///etc/passwd\">), so hocvu refuses the file at the first declaration and reads\n"
     "nothing from it.\n"
     "Fix: export the questions from Moodle again (Question bank > Export > Moodle XML format)."},
    {Rule::import_no_answer_key, "I104", "no-answer-key", E,
     "an imported question's answers give no answer key hocvu can use",
     "Every hocvu question has an answer key. A Moodle or GIFT question gives it through the credit of\n"
     "each answer: a single-choice question needs exactly one option worth 100%, a multiple-response\n"
     "question options whose credits add up to 100%, a true/false, numerical or short-answer question\n"
     "an answer worth 100% (a number, for numerical questions). A question without one, or with two\n"
     "options worth 100% in single-choice mode, or with fewer than two options, is left out.\n"
     "Example: a multichoice question whose options are worth 50%, 30% and 0%.\n"
     "Fix: give the right answer full credit in the LMS and export again, or write the question in\n"
     "the bank by hand."},
    {Rule::import_malformed_xml, "I105", "malformed-moodle-xml", E,
     "a file is not well-formed XML, or not a Moodle XML quiz",
     "hocvu import moodle-xml reads what Moodle's export writes: <quiz> with <question> elements. A\n"
     "file that is not well-formed XML is read up to the error (the questions before it are\n"
     "imported); one whose root element is not <quiz>, or that nests elements more than 64 deep, is\n"
     "not read.\n"
     "Fix: export the questions from Moodle again in Moodle XML format, or correct the XML at the\n"
     "line given."},
    {Rule::import_text_too_long, "I106", "text-too-long", E,
     "an imported question, or one of its texts, is larger than hocvu accepts",
     "A question's text, an option or a feedback over 1 MiB, or a whole question over 4 MiB, is no\n"
     "exam question: usually an embedded image or document pasted as text. The question is left out\n"
     "without the rest of the file being held in memory.\n"
     "Fix: remove the embedded content from the question in the LMS and export again."},
    {Rule::import_content_lost, "I107", "content-lost", W,
     "part of an imported question has no place in hocvu and was left out",
     "hocvu questions are plain text with one answer key. What an LMS question may hold beyond that\n"
     "is left out of the bank and named here: images, formatting and tables of HTML text, feedback\n"
     "on each answer, hints, partial credit, case-sensitive or wildcard short answers, numerical\n"
     "answers and units beyond the first, tags that are not hocvu tags. The question itself is\n"
     "imported.\n"
     "Fix: check the question in the bank; put what matters into its stem or explanation."},
    {Rule::import_duplicate_question, "I108", "duplicate-question", W,
     "an imported question has the name of one imported before",
     "Question ids are unique in hocvu. When a name comes again (an exam's moodle.xml holds each\n"
     "question once per form), a question that is the same as the earlier one (same type, text,\n"
     "options in any order, answer, points) is imported once; a different one keeps its place under\n"
     "a generated id (IMP-0007), its name kept in its source.\n"
     "Fix: nothing, when the questions are the same; else give the questions their own ids."},
    {Rule::import_gift_escape, "I109", "unknown-gift-escape", W,
     "a backslash in a GIFT file escapes a character that needs no escape",
     "GIFT escapes its special characters with a backslash: \\~ \\= \\# \\{ \\} \\: \\\\ and \\n for\n"
     "a line break. A backslash before any other character is kept as written, as Moodle keeps it,\n"
     "but is often a mistake (a path, a formula, or an escape of another format).\n"
     "Example: 'Mở thư mục C\\Users' keeps the backslash; 'C\\\\Users' means the same and says so.\n"
     "Fix: write \\\\ for a backslash meant as text, or remove the backslash."},
};

// `text` with every line indented by four spaces, and without its last line break.
std::string indented(const char* text) {
  std::string out;
  for (const char* line = text; *line != '\0';) {
    const char* end = std::strchr(line, '\n');
    size_t length = end != nullptr ? static_cast<size_t>(end - line) : std::strlen(line);
    out += out.empty() ? "" : "\n";
    out += length == 0 ? "" : "    ";
    out.append(line, length);
    line += end != nullptr ? length + 1 : length;
  }
  return out;
}

}  // namespace

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const RuleInfo& rule_info(Rule rule) {
  return all_rules()[static_cast<size_t>(rule)];
}

std::string explain_text(const RuleInfo& info) {
  std::string text = info.explanation;
  if (info.bad_example != nullptr) {
    text += "\n\nBad:\n" + indented(info.bad_example);
  }
  if (info.fixed_example != nullptr) {
    text += "\n\nFixed:\n" + indented(info.fixed_example);
  }
  return text;
}

const std::vector<RuleInfo>& all_rules() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> joined = kMainRules;
    for (auto part : {rule_parts::language_rules, rule_parts::requirement_rules, rule_parts::alignment_rules,
                      rule_parts::item_writing_rules, rule_parts::coverage_rules}) {
      auto rows = part();
      joined.insert(joined.end(), rows.begin(), rows.end());
    }
    std::stable_sort(joined.begin(), joined.end(),
                     [](const RuleInfo& a, const RuleInfo& b) { return a.rule < b.rule; });
    return joined;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view code_or_name) {
  auto iequal = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
  };
  for (const auto& info : all_rules()) {
    if (iequal(info.code, code_or_name) || iequal(info.name, code_or_name)) {
      return &info;
    }
  }
  return nullptr;
}

}  // namespace hocvu
