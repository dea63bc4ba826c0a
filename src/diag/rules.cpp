#include "diag/rules.hpp"

#include <algorithm>
#include <cctype>

namespace hocvu {

namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

const std::vector<RuleInfo> kRules = {
    {Rule::file_too_large, "E001", "file-too-large", E, "file is larger than the size limit",
     "hocvu reads a file whole. A YAML file over the limit (16 MiB by default) is almost always\n"
     "a mistake: a generated dump, or the wrong file. The file is not parsed.\n"
     "Fix: split the bank into several files (one per area or competency), or raise the limit\n"
     "with --max-file-size if the file really is that large."},
    {Rule::invalid_utf8, "E002", "invalid-utf8", E, "file is not valid UTF-8",
     "hocvu files are UTF-8. A byte sequence that is not UTF-8 cannot be shown or compared, so\n"
     "the file is not parsed. The finding points at the first bad byte.\n"
     "Fix: re-save the file as UTF-8 in your editor, or convert it, for example\n"
     "  iconv -f WINDOWS-1258 -t UTF-8 bank.yaml > bank.utf8.yaml"},
    {Rule::legacy_encoding, "E003", "legacy-encoding", E,
     "text is in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258)",
     "Vietnamese typed with old fonts (.VnTime for TCVN3/ABC, VNI-Times for VNI) looks right only\n"
     "in that font. Saved as bytes it is not UTF-8; pasted as Unicode it becomes garbage such as\n"
     "'Vieät Nam' (VNI) or 'ViÖt Nam' (TCVN3).\n"
     "Fix: convert the text to Unicode with Unikey's converter (Công cụ chuyển mã) or iconv,\n"
     "for example  iconv -f TCVN5712-1 -t UTF-8 old.yaml > new.yaml , then check the result."},
    {Rule::nul_byte, "E004", "nul-byte", E, "file contains a NUL byte",
     "A NUL byte never belongs in a text file; it usually means the file is binary, UTF-16, or was\n"
     "truncated by a crash. The file is not parsed.\n"
     "Fix: open the file in an editor that shows control characters, or re-export it as UTF-8."},
    {Rule::byte_order_mark, "W005", "byte-order-mark", W, "file starts with a UTF-8 byte-order mark",
     "Some Windows editors add the bytes EF BB BF at the start of UTF-8 files. YAML tolerates it,\n"
     "but other tools (diff, grep, some parsers) do not.\n"
     "Fix: hocvu lint --fix removes it, or save as 'UTF-8' rather than 'UTF-8 with BOM'."},
    {Rule::tab_character, "E006", "tab-character", E, "file contains a tab character",
     "YAML forbids tabs in indentation, and a tab inside text shows differently in every editor.\n"
     "Example:  <TAB>stem: ...  is a syntax error.\n"
     "Fix: replace tabs with spaces (two spaces per indentation level)."},
    {Rule::crlf_line_ending, "W007", "crlf-line-ending", W, "file has Windows (CRLF) line endings",
     "Files in git should end lines with LF only; mixed endings make noisy diffs.\n"
     "Fix: hocvu lint --fix converts CRLF to LF, or set git config core.autocrlf."},
    {Rule::trailing_space, "W008", "trailing-space", W, "line ends with spaces",
     "Trailing spaces are invisible and make noisy diffs. In a block scalar ('|' or '>') they are\n"
     "part of the text, so there the finding says so and --fix leaves them.\n"
     "Fix: hocvu lint --fix removes them outside block scalars; inside, delete them by hand."},
    {Rule::not_nfc, "E009", "not-nfc", E, "text is not in Unicode NFC",
     "Vietnamese letters can be stored precomposed ('ệ' as one code point, NFC) or decomposed\n"
     "('e' + U+0323 + U+0302, NFD, as some Mac and web tools produce). They look the same but\n"
     "compare different, so duplicate checks, searching and short-text grading fail.\n"
     "Fix: hocvu lint --fix rewrites the file in NFC."},
    {Rule::long_line, "W010", "long-line", W, "line is longer than the limit",
     "A line of thousands of characters is usually pasted data or a missing line break; it is\n"
     "hard to review in a diff. The limit is 2,000 characters.\n"
     "Fix: use a folded block scalar ( stem: > ) and break the text over several lines."},
    {Rule::unusual_line_break, "E011", "unusual-line-break", E,
     "file has line breaks other than LF or CRLF (CR alone, U+0085, U+2028, U+2029)",
     "YAML counts a lone CR, NEL (U+0085) and the Unicode line and paragraph separators (U+2028,\n"
     "U+2029) as line breaks, while editors, diff and grep do not: the file shows as one line in\n"
     "one tool and many in another. They arrive by pasting from word processors and PDFs. The file\n"
     "is not read further.\n"
     "Fix: hocvu lint --fix turns a lone CR into LF. It leaves U+0085, U+2028 and U+2029, since only\n"
     "a person can tell what each was meant to be: a line break, a space, or (U+0085, from\n"
     "Windows-1252 text read as Latin-1) the ellipsis '…'. Replace them by hand."},
    {Rule::too_many_findings, "E012", "too-many-findings", E, "a file has more findings than are listed",
     "After 1,000 findings in one file the rest are counted, not listed: a file that broken needs\n"
     "its first problems fixed before the others make sense.\n"
     "Fix: fix the findings listed and lint again."},

    {Rule::yaml_syntax, "E101", "yaml-syntax", E, "YAML syntax error",
     "The file is not valid YAML, so nothing after the error can be read.\n"
     "Example:  stem: Ai: người dùng?  (a second ': ' inside a plain scalar)\n"
     "Fix: quote the text (stem: \"Ai: người dùng?\") or correct the indentation at the position shown."},
    {Rule::duplicate_key, "E102", "duplicate-key", E, "a key appears twice in one mapping",
     "YAML parsers disagree about duplicate keys: most keep the last one silently, so the first\n"
     "value is lost. hocvu reports both.\n"
     "Example:  answer: a  ...  answer: b\n"
     "Fix: delete one of them, or rename the one that was meant to be another key."},
    {Rule::recursive_alias, "E103", "recursive-alias", E, "an alias refers to the node that contains it",
     "Example:  a: &x [ *x ]  would expand forever. The file is not read further.\n"
     "Fix: remove the alias; hocvu files need no anchors or aliases."},
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
     "Fix: move the second document to its own file, or remove the extra '---'."},
    {Rule::undefined_alias, "E107", "undefined-alias", E, "an alias names an anchor that is not defined",
     "Example:  options: *common  with no  &common  earlier in the file.\n"
     "Fix: define the anchor before the alias, or write the value out."},
    {Rule::unsupported_yaml, "E108", "unsupported-yaml", E,
     "a YAML feature hocvu does not use (merge keys, custom tags, complex keys)",
     "hocvu files are plain mappings, lists and text. Merge keys ('<<'), custom tags ('!foo') and\n"
     "mappings or lists used as keys are not read, so their data would be lost.\n"
     "Fix: write the keys and values out in full."},
    {Rule::empty_file, "E109", "empty-file", E, "file holds no YAML document",
     "An empty file (or one with only comments) defines nothing; it is probably unfinished.\n"
     "Fix: add the content, or delete the file."},

    {Rule::unknown_document, "E201", "unknown-document", E,
     "file is not a framework, a question bank or a blueprint",
     "hocvu recognises a file by its first-level key: 'framework' (with levels, areas, roles),\n"
     "'bank' (with questions) or 'blueprint' (with constraints).\n"
     "Fix: start the file with  framework:,  bank:  or  blueprint:  as in the README (Formats)."},
    {Rule::missing_field, "E202", "missing-field", E, "a required field is missing",
     "Example: a question without  answer: .\n"
     "Fix: add the field; the README (Formats) lists the required fields of each record."},
    {Rule::wrong_type, "E203", "wrong-type", E, "a field has the wrong kind of value",
     "Example:  options: a  where a mapping of keys to texts is expected, or  points: hai .\n"
     "Fix: write the value in the form the README (Formats) shows for that field."},
    {Rule::unknown_key, "E204", "unknown-key", E, "a key is not part of the format",
     "An unknown key is usually a typo ('anwser'), and its data would be silently ignored.\n"
     "Fix: correct the spelling (hocvu suggests the nearest known key) or remove the key."},
    {Rule::empty_text, "E205", "empty-text", E, "a text field is empty",
     "Example:  stem: \"\"  or  text:  with nothing after it.\n"
     "Fix: write the text, or remove the record if it is not ready (or mark a question draft)."},
    {Rule::malformed_id, "E206", "malformed-id", E, "an id does not match the id pattern",
     "Ids are used in file names, keys and reports: letters, digits, '.', '_' and '-', starting\n"
     "with a letter or digit, at most 64 characters. Option keys are lowercase: a, b, c.\n"
     "Example:  id: Câu 1  (space and diacritics).\n"
     "Fix: use an id such as Q1.1-CB-01."},
    {Rule::invalid_value, "E207", "invalid-value", E, "a value is not one of those allowed",
     "Example:  type: single-choice  (allowed: single, multiple, true_false, numeric, short_text),\n"
     "or  difficulty: 9  (allowed: -4 to 4).\n"
     "Fix: use one of the values listed in the message."},

    {Rule::duplicate_id, "E301", "duplicate-id", E, "two records of the same kind share an id",
     "Ids must be unique across all files that are linted together: a question id is how a\n"
     "response file, an exam key and a report refer to the question.\n"
     "Fix: give one of them a new id (never reuse the id of a retired question)."},
    {Rule::unknown_reference, "E302", "unknown-reference", E,
     "a reference names something that does not exist",
     "Example:  competency: \"7.1\"  when the framework has no competency 7.1, or an enemy that is\n"
     "not a question id.\n"
     "Fix: correct the id (hocvu suggests the nearest), or lint the file together with the\n"
     "framework that defines it."},
    {Rule::outcome_mismatch, "E303", "outcome-mismatch", E,
     "a question's outcome belongs to another competency or level",
     "Example: a question of competency 1.1 at level CB whose outcome is 1.2-CB-1.\n"
     "Fix: pick an outcome of the question's own competency, or correct the competency."},

    {Rule::answer_not_in_options, "E401", "answer-not-in-options", E, "an answer is not one of the options",
     "Example:  options: {a: ..., b: ..., c: ...}  answer: d\n"
     "Fix: set the answer to one of the option keys, or add the missing option."},
    {Rule::single_answer_count, "E402", "single-answer-count", E,
     "a single-choice question does not have exactly one answer",
     "Example:  type: single  answer: [a, c]\n"
     "Fix: keep one answer, or change the type to multiple."},
    {Rule::duplicate_option, "E403", "duplicate-option", E, "two options of a question have the same text",
     "Options are compared after normalising case, spacing and Unicode form (punctuation counts:\n"
     "'dichvucong.gov.vn' and 'dichvucong-gov.vn' are different options).\n"
     "Fix: reword or remove one of them."},
    {Rule::too_few_options, "E404", "too-few-options", E, "a choice question has fewer than two options",
     "Fix: add options, or change the type (true_false, numeric or short_text)."},
    {Rule::duplicate_stem, "E405", "duplicate-stem", E, "two questions have the same stem",
     "Stems are compared after normalising case, spacing, punctuation and Unicode form.\n"
     "The same question twice skews exams and statistics.\n"
     "Fix: remove one, or reword it to ask something different."},
    {Rule::near_duplicate_stem, "W406", "near-duplicate-stem", W, "two questions have very similar stems",
     "Stems sharing most of their word pairs (Jaccard similarity of 0.8 or more) usually ask the\n"
     "same thing.\n"
     "Fix: merge them, reword one, or list them as enemies so they never share a form."},
    {Rule::answer_shape, "E407", "answer-shape", E, "the answer does not fit the question type",
     "Example:  type: true_false  answer: a ;  type: numeric  answer: mười ;\n"
     "options on a numeric question; a tolerance on a single-choice question.\n"
     "Fix: write the answer as the README (Formats) shows for the type."},
    {Rule::all_options_correct, "W408", "all-options-correct", W,
     "every option of a multiple-response question is correct",
     "A question whose every option is right can be answered by ticking everything.\n"
     "Fix: add plausible wrong options."},

    {Rule::coverage, "E501", "coverage", E,
     "a competency required by a role has too few active questions at that level",
     "Exams for a role draw from the active questions of each competency and level the role\n"
     "requires. With fewer than the minimum (4 by default, --min-questions) an exam cannot be\n"
     "built or reuses the same questions in every form.\n"
     "Fix: write more questions, activate drafts, or lower the role's requirement."},

    {Rule::blueprint_unsatisfiable, "E601", "blueprint-unsatisfiable", E,
     "a blueprint cannot be met by the questions the banks hold",
     "Before any solving, hocvu counts what a blueprint needs against the eligible questions (active,\n"
     "at the level the role requires for their competency). Forms that may share at most K questions\n"
     "need many distinct ones: the j-th form brings at least length - j*K new questions.\n"
     "Example: 4 forms with at most 1 shared question, each needing 3 questions of competency 6.2\n"
     "at level TC, need at least 3+2+1 = 6 such questions; the banks have 5.\n"
     "Fix: write more questions, or ask for fewer forms, fewer questions of that kind, or more overlap."},
};

}  // namespace

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const RuleInfo& rule_info(Rule rule) {
  return kRules[static_cast<size_t>(rule)];
}

const std::vector<RuleInfo>& all_rules() {
  return kRules;
}

const RuleInfo* find_rule(std::string_view code_or_name) {
  auto iequal = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
  };
  for (const auto& info : kRules) {
    if (iequal(info.code, code_or_name) || iequal(info.name, code_or_name)) {
      return &info;
    }
  }
  return nullptr;
}

}  // namespace hocvu
