// The en catalogue, rules part: rule summaries and `hocvu lint --explain` texts, keys rule.<CODE>.summary and rule.<CODE>.explain (the English of every rule).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kRulesEn;
const std::vector<MessageEntry> kRulesEn = {
    // The labels before the examples, and a severity for people (json and sarif keep the
    // machine words "error" and "warning" of severity_name).
    {"rule.example.bad", "Bad:"},
    {"rule.example.fixed", "Fixed:"},
    {"rule.severity.error", "error"},
    {"rule.severity.warning", "warning"},
    // The findings a file has beyond the limits (src/diag/capped_reporter.hpp, Diagnostics::close).
    {"rule.more_lines_one", "1 more line of this file has the same problem"},
    {"rule.more_lines_other", "{count} more lines of this file have the same problem"},
    {"rule.more_questions_one", "1 more question of this file has the same flaw"},
    {"rule.more_questions_other", "{count} more questions of this file have the same flaw"},
    {"rule.more_findings", "{count} more findings in this file are not listed"},
    {"rule.more_findings_hint", "fix the findings listed and lint again"},
    // Texts hold fmt format strings: a literal brace is written {{ or }}.
    {"rule.E001.summary", "file is larger than the size limit"},
    {"rule.E001.explain",
     "hocvu reads a file whole. A YAML file over the limit (16 MiB by default) is almost always\n"
     "a mistake: a generated dump, or the wrong file. The file is not parsed.\n"
     "Fix: split the bank into several files (one per area or competency), or raise the limit\n"
     "with --max-file-size if the file really is that large."},
    {"rule.E002.summary", "file is not valid UTF-8"},
    {"rule.E002.explain",
     "hocvu files are UTF-8. A byte sequence that is not UTF-8 cannot be shown or compared, so\n"
     "the file is not parsed. The finding points at the first bad byte. In the example, <xE1><xBB>\n"
     "are the first two of the three bytes of 'ụ': the third was lost.\n"
     "Fix: re-save the file as UTF-8 in your editor, or convert it, for example\n"
     "  iconv -f WINDOWS-1258 -t UTF-8 bank.yaml > bank.utf8.yaml"},
    {"rule.E003.summary", "text is in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258)"},
    {"rule.E003.explain",
     "Vietnamese typed with old fonts (.VnTime for TCVN3/ABC, VNI-Times for VNI) looks right only\n"
     "in that font. Saved as bytes it is not UTF-8; pasted as Unicode it becomes garbage such as\n"
     "'Vieät Nam' (VNI) or 'ViÖt Nam' (TCVN3).\n"
     "Fix: convert the text to Unicode with Unikey's converter (Công cụ chuyển mã) or iconv,\n"
     "for example  iconv -f TCVN5712-1 -t UTF-8 old.yaml > new.yaml , then check the result."},
    {"rule.E004.summary", "file contains a NUL byte"},
    {"rule.E004.explain",
     "A NUL byte never belongs in a text file; it usually means the file is binary, UTF-16, or was\n"
     "truncated by a crash. The file is not parsed. In the example, <NUL> is a byte 0.\n"
     "Fix: open the file in an editor that shows control characters, or re-export it as UTF-8."},
    {"rule.E006.summary", "file contains a tab character"},
    {"rule.E006.explain",
     "YAML forbids tabs in indentation, and a tab inside text shows differently in every editor.\n"
     "In the example, <TAB> is a tab, and YAML cannot read the file past it: when a tab stops the\n"
     "reading, the finding says that the file could not be read, and the checks that need every\n"
     "file (coverage, blueprints, references to ids) are held back until it can.\n"
     "Fix: replace tabs with spaces (two spaces per indentation level). hocvu lint --fix does not\n"
     "change tabs: how many spaces a tab stands for depends on the editor."},
    {"rule.E009.summary", "text is not in Unicode NFC"},
    {"rule.E009.explain",
     "Vietnamese letters can be stored precomposed ('ệ' as one code point, NFC) or decomposed\n"
     "('e' + U+0323 + U+0302, NFD, as some Mac and web tools produce). They look the same but\n"
     "compare different, so duplicate checks, searching and short-text grading fail. In the\n"
     "example, <U+0323> and <U+0302> are those combining marks.\n"
     "Fix: hocvu lint --fix rewrites the file in NFC."},
    {"rule.E011.summary", "file has line breaks other than LF or CRLF (CR alone, U+0085, U+2028, U+2029)"},
    {"rule.E011.explain",
     "YAML counts a lone CR, NEL (U+0085) and the Unicode line and paragraph separators (U+2028,\n"
     "U+2029) as line breaks, while editors, diff and grep do not: the file shows as one line in\n"
     "one tool and many in another. They arrive by pasting from word processors and PDFs. The file\n"
     "is not read further. In the example, <U+2028> is a line separator.\n"
     "Fix: hocvu lint --fix turns a lone CR into LF. It leaves U+0085, U+2028 and U+2029, since only\n"
     "a person can tell what each was meant to be: a line break, a space, or (U+0085, from\n"
     "Windows-1252 text read as Latin-1) the ellipsis '…'. Replace them by hand."},
    {"rule.E012.summary", "a file has more findings than are listed"},
    {"rule.E012.explain",
     "After 1,000 findings in one file the rest are counted, not listed: a file that broken needs\n"
     "its first problems fixed before the others make sense.\n"
     "Fix: fix the findings listed and lint again."},
    {"rule.E101.summary", "YAML syntax error"},
    {"rule.E101.explain",
     "The file is not valid YAML, so nothing after the error can be read. A common cause is a\n"
     "second ': ' inside text that is not quoted, as in the example.\n"
     "Fix: quote the text or correct the indentation at the position shown."},
    {"rule.E102.summary", "a key appears twice in one mapping"},
    {"rule.E102.explain",
     "YAML parsers disagree about duplicate keys: most keep the last one silently, so the first\n"
     "value is lost. hocvu reports both.\n"
     "Fix: delete one of them, or rename the one that was meant to be another key."},
    {"rule.E103.summary", "an alias refers to the node that contains it"},
    {"rule.E103.explain",
     "An alias inside the node its anchor names would expand forever. The file is not read\n"
     "further.\n"
     "Fix: remove the alias; hocvu files need no anchors or aliases."},
    {"rule.E104.summary", "aliases expand beyond the node budget"},
    {"rule.E104.explain",
     "Anchors and aliases can make a small file expand to billions of nodes ('billion laughs').\n"
     "hocvu stops when aliases would add more than 1,000,000 nodes to the document.\n"
     "Fix: write the content out; hocvu files need no anchors or aliases."},
    {"rule.E105.summary", "nesting is deeper than 64 levels"},
    {"rule.E105.explain",
     "hocvu formats nest at most five levels. Deeper nesting is a mistake or an attack on the\n"
     "parser; the file is not read further.\n"
     "Fix: check the indentation or brackets near the position shown."},
    {"rule.E106.summary", "file holds more than one YAML document"},
    {"rule.E106.explain",
     "hocvu reads one document per file; a second '---' starts a document that would be ignored.\n"
     "Fix: move the second document to its own file, or remove the extra '---'."},
    {"rule.E107.summary", "an alias names an anchor that is not defined"},
    {"rule.E107.explain",
     "An alias (*name) repeats the node its anchor (&name) marks earlier in the same file. With no\n"
     "such anchor there is nothing to repeat.\n"
     "Fix: define the anchor before the alias, or write the value out."},
    {"rule.E108.summary", "a YAML feature hocvu does not use (merge keys, custom tags, complex keys)"},
    {"rule.E108.explain",
     "hocvu files are plain mappings, lists and text. Merge keys ('<<'), custom tags ('!foo') and\n"
     "mappings or lists used as keys are not read, so their data would be lost.\n"
     "Fix: write the keys and values out in full."},
    {"rule.E109.summary", "file holds no YAML document"},
    {"rule.E109.explain",
     "An empty file (or one with only comments) defines nothing; it is probably unfinished.\n"
     "Fix: add the content, or delete the file."},
    {"rule.E201.summary", "file is not a framework, a question bank, a blueprint, a unit tree or targets"},
    {"rule.E201.explain",
     "hocvu recognises a file by its first-level key: 'framework' (with levels, areas, roles),\n"
     "'bank' (with questions), 'blueprint' (with constraints), 'units' (the organisation tree of\n"
     "reports) or 'targets' (the coverage targets of reports).\n"
     "Fix: start the file with  framework:,  bank:,  blueprint:,  units:  or  targets:  as in the\n"
     "README (Formats)."},
    {"rule.E202.summary", "a required field is missing"},
    {"rule.E202.explain",
     "A record without a required field cannot be used: a question without an answer cannot be\n"
     "graded.\n"
     "Fix: add the field; the README (Formats) lists the required fields of each record."},
    {"rule.E203.summary", "a field has the wrong kind of value"},
    {"rule.E203.explain",
     "Each field takes one kind of value: a text, a number, a list, or a mapping such as the\n"
     "options of a question. Another kind is not read.\n"
     "Fix: write the value in the form the README (Formats) shows for that field."},
    {"rule.E204.summary", "a key is not part of the format"},
    {"rule.E204.explain",
     "An unknown key is usually a typo ('anwser'), and its data would be silently ignored.\n"
     "Fix: correct the spelling (hocvu suggests the nearest known key) or remove the key."},
    {"rule.E205.summary", "a text field is empty"},
    {"rule.E205.explain",
     "An empty stem or option shows as nothing on the paper; an empty text is unfinished work.\n"
     "Fix: write the text, or remove the record if it is not ready (or mark a question draft)."},
    {"rule.E206.summary", "an id does not match the id pattern"},
    {"rule.E206.explain",
     "Ids are used in file names, keys and reports: letters, digits, '.', '_' and '-', starting\n"
     "with a letter or digit, at most 64 characters. Option keys are lowercase: a, b, c.\n"
     "Fix: use an id such as Q1.1-CB-01."},
    {"rule.E207.summary", "a value is not one of those allowed"},
    {"rule.E207.explain",
     "Some fields take one of a few values: type is single, multiple, true_false, numeric or\n"
     "short_text; difficulty is a number from -4 to 4; status is draft, active or retired.\n"
     "Fix: use one of the values listed in the message."},
    {"rule.E208.summary", "a language is not a BCP 47 language tag"},
    {"rule.E208.explain",
     "A framework's and a bank's `language` (and a bank's `translation_of`) is a BCP 47 language\n"
     "tag (RFC 5646): the 2 or 3 letter ISO 639 code of the language, then optionally a script\n"
     "(4 letters), a region (2 letters or 3 digits) and variants, joined by hyphens: vi, vi-VN,\n"
     "en, en-GB, zh-Hant-TW. A name such as 'english' or 'Tiếng Việt' is not a tag: tools that\n"
     "read the language (hocvu's language check, CASE exports, LMS imports) cannot match it.\n"
     "Case does not matter, but the convention is the language in lowercase and the region in\n"
     "capitals.\n"
     "Fix: write the language's code, as in the example."},
    {"rule.E301.summary", "two records of the same kind share an id"},
    {"rule.E301.explain",
     "Ids must be unique across all files that are linted together: a question id is how a\n"
     "response file, an exam key and a report refer to the question, and an exhibit id is how\n"
     "its questions and a form's data name the exhibit.\n"
     "Fix: give one of them a new id (never reuse the id of a retired question)."},
    {"rule.E302.summary", "a reference names something that does not exist"},
    {"rule.E302.explain",
     "A question names its competency, level and outcome in the framework, its enemies among the\n"
     "questions and its exhibit among the banks' exhibits; a blueprint names its framework, role\n"
     "and level. The example's framework has no competency 7.1.\n"
     "Fix: correct the id (hocvu suggests the nearest), or lint the file together with the\n"
     "framework that defines it."},
    {"rule.E303.summary", "a question's outcome belongs to another competency or level"},
    {"rule.E303.explain",
     "Each outcome of the framework belongs to one competency at one level; a question's outcome\n"
     "must be one of its own competency and level. In the example, 1.1-TC-1 is at level TC.\n"
     "Fix: pick an outcome of the question's own competency and level, or correct the question's."},
    {"rule.E304.summary", "a role requires the same competency twice"},
    {"rule.E304.explain",
     "A role says once at which level it needs each competency. Written twice, one of the two\n"
     "levels is silently lost, and which one depends on the tool. hocvu uses the first and\n"
     "reports the second.\n"
     "Fix: keep one requirement per competency, with the level (or the range of levels) meant."},
    {"rule.E306.summary", "a bank's language is not its framework's, and the bank is not declared a translation"},
    {"rule.E306.explain",
     "A bank is written in its framework's language: the primary language subtags agree, so a\n"
     "vi-VN bank belongs to a vi framework. A bank in another language is either a mistake (the\n"
     "header copied from another bank) or a translation, which must say so: translation_of\n"
     "names the language it was translated from, and that language must be the framework's.\n"
     "Exams, grading and imports treat a translated bank as any other bank.\n"
     "Fix: correct the bank's language, or declare the translation as in the example."},
    {"rule.E307.summary", "an exhibit's table or chart cannot be printed as written"},
    {"rule.E307.explain",
     "An exhibit is material several questions share (an e-mail, an AI answer, a table, a chart),\n"
     "printed once before them. Its table is rows of cells, the first row the header, and every\n"
     "row as wide as the header; at most 50 rows (header included) and 8 columns, so that it fits\n"
     "a printed page (a larger table is reported, not printed). `chart: bar` draws the table: the\n"
     "first column labels the bars, every other column is a series of numbers, written as the\n"
     "bank's language writes them (vi: 1.250 is one thousand two hundred and fifty, 1,5 is one and\n"
     "a half; en: 1,250 and 1.5). `axis_from` starts the value axis below every bar, so that a\n"
     "truncated axis is drawn as truncated; without it the axis starts at 0.\n"
     "Fix: give every row one cell per column (an empty cell is \"\"), keep the table small, and\n"
     "write the chart's figures as numbers."},
    {"rule.E401.summary", "an answer is not one of the options"},
    {"rule.E401.explain",
     "An answer names an option by its key; a key that is not among the options can never be\n"
     "chosen, so nobody could answer the question right.\n"
     "Fix: set the answer to one of the option keys, or add the missing option."},
    {"rule.E402.summary", "a single-choice question does not have exactly one answer"},
    {"rule.E402.explain",
     "A candidate picks one option of a single-choice question, so it has exactly one answer.\n"
     "Fix: keep one answer, or change the type to multiple."},
    {"rule.E403.summary", "two options of a question have the same text"},
    {"rule.E403.explain",
     "Options are compared after normalising case, spacing and Unicode form (punctuation counts:\n"
     "'dichvucong.gov.vn' and 'dichvucong-gov.vn' are different options).\n"
     "Fix: reword or remove one of them."},
    {"rule.E404.summary", "a choice question has fewer than two options"},
    {"rule.E404.explain",
     "A choice with one option is no choice.\n"
     "Fix: add options, or change the type (true_false, numeric or short_text)."},
    {"rule.E405.summary", "two questions have the same stem"},
    {"rule.E405.explain",
     "Stems are compared after normalising case, spacing, punctuation and Unicode form.\n"
     "The same question twice skews exams and statistics.\n"
     "Fix: remove one, or reword it to ask something different."},
    {"rule.E407.summary", "the answer does not fit the question type"},
    {"rule.E407.explain",
     "Each type has its form of answer: true or false for true_false, a number for numeric, a list\n"
     "of texts for short_text. Only single and multiple have options, and only numeric has a\n"
     "tolerance and a unit.\n"
     "Fix: write the answer as the README (Formats) shows for the type."},
    {"rule.E501.summary", "a competency required by a role has too few active questions at that level"},
    {"rule.E501.explain",
     "Exams for a role draw from the active questions of each competency and level the role\n"
     "requires. With fewer than the minimum (4 by default, --min-questions) an exam cannot be\n"
     "built or reuses the same questions in every form. In the example the banks hold four active\n"
     "questions of competency 1.1 at level CB and none at TC.\n"
     "Fix: write more questions, activate drafts, or lower the role's requirement."},
    {"rule.E601.summary", "a blueprint cannot be met by the questions the banks hold"},
    {"rule.E601.explain",
     "Before any solving, hocvu counts what a blueprint needs against the eligible questions (active,\n"
     "at the level the role requires for their competency). Forms that may share at most K questions\n"
     "need many distinct ones: the j-th form brings at least length - j*K new questions.\n"
     "In the example the banks hold four eligible questions. Two forms of 3 questions that share\n"
     "none need 3+3 = 6 of them; sharing at most 2, they need 3+1 = 4.\n"
     "Fix: write more questions, or ask for fewer forms, fewer questions of that kind, or more overlap."},
    {"rule.E602.summary", "a blueprint's coverage needs more questions than its forms or areas hold"},
    {"rule.E602.explain",
     "Every form measures what the blueprint's role requires (constraints.coverage, on by\n"
     "default): each competency the role requires above its baseline at least required_min times\n"
     "(default 2) at the required level, and each competency of the framework at least each_min\n"
     "times (default 1). hocvu adds these up before solving and reports a form length, or an\n"
     "area's or a competency's maximum, that cannot hold them, with the numbers.\n"
     "In the example each_min 3 puts 3 questions of competency 1.1 on the form, but area 1\n"
     "allows 2.\n"
     "Fix: raise the maximum (and the length if needed), or lower coverage's minimums."},
    {"rule.E701.summary", "a row of an answer key (key.csv) cannot be read"},
    {"rule.E701.explain",
     "key.csv holds the answer of every question of every form, as hocvu exam writes it; grading\n"
     "scores against it, so every row must read back to one typed answer. The columns are\n"
     "form,position,question_id,type,answer,points,competency,level; answers are letters for choice\n"
     "questions (B, or A;C), true or false, a number with an optional tolerance (42 or 42:0.5), or\n"
     "accepted texts separated by | (VNeID|ứng dụng VNeID).\n"
     "Example: 101,3,Q1.1-CB-02,single,B;C,1,1.1,CB gives a single-choice question two answers.\n"
     "Fix: correct the row, or rebuild the exam with hocvu exam."},
    {"rule.E702.summary", "an exam folder's manifest.json cannot be read or disagrees with its key.csv"},
    {"rule.E702.explain",
     "hocvu grade --exam DIR reads the pass rule and every question's competency, area, level,\n"
     "type, points and options from manifest.json, and the answers from key.csv. Both are written\n"
     "together by hocvu exam; a manifest that is not JSON, lacks these fields, or lists other\n"
     "questions than key.csv at a position means the folder was edited by hand or mixed with\n"
     "another exam's files, and grading against it would score the wrong answers.\n"
     "Fix: rebuild the exam folder with hocvu exam, or grade with --key key.csv alone."},
    {"rule.E703.summary", "a grading state (hocvu grade --shard) cannot be merged"},
    {"rule.E703.explain",
     "hocvu grade --shard writes the exact counts of one shard of a batch; hocvu merge adds the\n"
     "shards up into the same outputs as one run over all the input. A state is refused whole when\n"
     "it is not such a file, when it was made for other forms or other corrections (the questions,\n"
     "their marks or their options differ), or when its counts do not add up.\n"
     "Fix: grade every shard against the same exam folder and corrections, then merge again."},
    {"rule.E801.summary", "a key corrections file (--corrections) cannot be read"},
    {"rule.E801.explain",
     "hocvu grade --corrections reads the key corrections of an item review: a YAML file whose one\n"
     "key, corrections, maps each question id to one correction: drop, credit_all,\n"
     "{{accept: [B]}} or {{rekey: C}}. An entry that cannot be read is left out, and the run stops, so\n"
     "a batch is never graded with half of its corrections.\n"
     "Example: 'Q1.2-CB-08: {{accept: b, rekey: c}}' gives one question two corrections, and\n"
     "'Q2.1-CB-03: dropped' names no correction.\n"
     "Fix: write one of the four corrections for each question, e.g.\n"
     "  corrections:\n"
     "    Q1.2-CB-08: drop\n"
     "    Q3.4-TC-01: {{accept: [b]}}"},
    {"rule.E802.summary", "a key correction names a question that is on no form of the exam"},
    {"rule.E802.explain",
     "A correction applies to a question id of the exam's key.csv. An id on no form is usually a\n"
     "typing mistake, and the correction that was meant would not be applied.\n"
     "Example: 'Q1.2-CB-8: drop' when the key holds Q1.2-CB-08.\n"
     "Fix: copy the question_id from items.csv or key.csv."},
    {"rule.E803.summary", "a key correction names an option the question does not have, or does not fit its type"},
    {"rule.E803.explain",
     "accept and rekey name options by the bank's option key (the option column of\n"
     "distractors.csv), or by the letter on the form when the exam folder has no manifest. On a\n"
     "single-choice question rekey names exactly one option. On true/false, numeric and short-text\n"
     "questions they give answers in key.csv notation: true or false, 42 or 42:0.5, a text.\n"
     "Example: '{{rekey: [b, c]}}' on a single-choice question, or '{{accept: [e]}}' on a question whose\n"
     "options are a to d.\n"
     "Fix: name options the question has; to accept a second option, rekey to one and accept the other."},
    {"rule.E901.summary", "the milestones of targets.yaml are out of order, or the start is not before them"},
    {"rule.E901.explain",
     "A report draws the trajectory from 0% on the start date through each milestone, and calls\n"
     "the last milestone the deadline. So the milestones are listed in date order, each on a later\n"
     "date than the one before, their percents never go down, and the start comes before the first.\n"
     "Fix: put the milestones in date order and correct their dates or percents."},
    {"rule.E902.summary", "a role's target level and the exams that certify it do not match"},
    {"rule.E902.explain",
     "targets.yaml gives each role the level it must be certified at (roles), and says which exam\n"
     "certifies which role at which level (certifications). A person is covered by passing an exam\n"
     "that certifies their role at the target level or above. A role with a target level but no such\n"
     "exam could never be covered; a role with exams but no target level is missing from the report.\n"
     "In the example, the only exam for role cb certifies level CB, below the target TC.\n"
     "Fix: give the role its level under roles, and an exam that certifies it at that level under\n"
     "certifications (or correct the level)."},
    {"rule.I101.summary", "an imported question is of a type hocvu does not have"},
    {"rule.I101.explain",
     "hocvu import turns LMS questions into hocvu's five types: single, multiple, true_false,\n"
     "numeric and short_text. Moodle's essay, matching, cloze (multianswer), drag-and-drop,\n"
     "calculated, description and random questions, and GIFT's essay, matching, description and\n"
     "missing-word questions, have no hocvu form; each is named here with its line and left out of\n"
     "the bank, never dropped silently.\n"
     "Fix: rewrite the question as one of hocvu's types in the bank by hand, or leave it in the LMS."},
    {"rule.I102.summary", "a GIFT question cannot be read"},
    {"rule.I102.explain",
     "A GIFT question is its text, then its answers between {{ and }}, and a blank line before the\n"
     "next question. A brace that is never closed, a second answer block, a :: title that does not\n"
     "end or a weight such as %abc% leaves the question unreadable; it is left out, with the line\n"
     "and column of what is wrong. A {{ }} ~ = # or : meant as text is written with a backslash: \\{{.\n"
     "Example: 'Thủ đô của Việt Nam là? {{=Hà Nội ~Huế' (no closing brace).\n"
     "Fix: close the brace, or escape the character meant as text, and import again."},
    {"rule.I103.summary", "a Moodle XML file declares entities, which hocvu does not expand"},
    {"rule.I103.explain",
     "Moodle never writes a DOCTYPE with entity declarations. Entities in an XML file can expand\n"
     "without end (the billion laughs attack) or pull in other files (<!ENTITY x SYSTEM\n"
     "\"file:///etc/passwd\">), so hocvu refuses the file at the first declaration and reads\n"
     "nothing from it.\n"
     "Fix: export the questions from Moodle again (Question bank > Export > Moodle XML format)."},
    {"rule.I104.summary", "an imported question's answers give no answer key hocvu can use"},
    {"rule.I104.explain",
     "Every hocvu question has an answer key. A Moodle or GIFT question gives it through the credit of\n"
     "each answer: a single-choice question needs exactly one option worth 100%, a multiple-response\n"
     "question options whose credits add up to 100%, a true/false, numerical or short-answer question\n"
     "an answer worth 100% (a number, for numerical questions). A question without one, or with two\n"
     "options worth 100% in single-choice mode, or with fewer than two options, is left out.\n"
     "Example: a multichoice question whose options are worth 50%, 30% and 0%.\n"
     "Fix: give the right answer full credit in the LMS and export again, or write the question in\n"
     "the bank by hand."},
    {"rule.I105.summary", "a file is not well-formed XML, or not a Moodle XML quiz"},
    {"rule.I105.explain",
     "hocvu import moodle-xml reads what Moodle's export writes: <quiz> with <question> elements. A\n"
     "file that is not well-formed XML is read up to the error (the questions before it are\n"
     "imported); one whose root element is not <quiz>, or that nests elements more than 64 deep, is\n"
     "not read.\n"
     "Fix: export the questions from Moodle again in Moodle XML format, or correct the XML at the\n"
     "line given."},
    {"rule.I106.summary", "an imported question, or one of its texts, is larger than hocvu accepts"},
    {"rule.I106.explain",
     "A question's text, an option or a feedback over 1 MiB, or a whole question over 4 MiB, is no\n"
     "exam question: usually an embedded image or document pasted as text. The question is left out\n"
     "without the rest of the file being held in memory.\n"
     "Fix: remove the embedded content from the question in the LMS and export again."},
    {"rule.I107.summary", "part of an imported question has no place in hocvu and was left out"},
    {"rule.I107.explain",
     "hocvu questions are plain text with one answer key. What an LMS question may hold beyond that\n"
     "is left out of the bank and named here: images, formatting and tables of HTML text, feedback\n"
     "on each answer, hints, partial credit, case-sensitive or wildcard short answers, numerical\n"
     "answers and units beyond the first, tags that are not hocvu tags. The question itself is\n"
     "imported.\n"
     "Fix: check the question in the bank; put what matters into its stem or explanation."},
    {"rule.I108.summary", "an imported question has the name of one imported before"},
    {"rule.I108.explain",
     "Question ids are unique in hocvu. When a name comes again (an exam's moodle.xml holds each\n"
     "question once per form), a question that is the same as the earlier one (same type, text,\n"
     "options in any order, answer, points) is imported once; a different one keeps its place under\n"
     "a generated id (IMP-0007), its name kept in its source.\n"
     "Fix: nothing, when the questions are the same; else give the questions their own ids."},
    {"rule.I109.summary", "a backslash in a GIFT file escapes a character that needs no escape"},
    {"rule.I109.explain",
     "GIFT escapes its special characters with a backslash: \\~ \\= \\# \\{{ \\}} \\: \\\\ and \\n for\n"
     "a line break. A backslash before any other character is kept as written, as Moodle keeps it,\n"
     "but is often a mistake (a path, a formula, or an escape of another format).\n"
     "Example: 'Mở thư mục C\\Users' keeps the backslash; 'C\\\\Users' means the same and says so.\n"
     "Fix: write \\\\ for a backslash meant as text, or remove the backslash."},
    {"rule.W005.summary", "file starts with a UTF-8 byte-order mark"},
    {"rule.W005.explain",
     "Some Windows editors add the bytes EF BB BF (<BOM> in the example) at the start of UTF-8\n"
     "files. YAML tolerates it, but other tools (diff, grep, some parsers) do not.\n"
     "Fix: hocvu lint --fix removes it, or save as 'UTF-8' rather than 'UTF-8 with BOM'."},
    {"rule.W007.summary", "file has Windows (CRLF) line endings"},
    {"rule.W007.explain",
     "Files in git should end lines with LF only; mixed endings make noisy diffs. In the example,\n"
     "<CR> is the carriage return before each line feed.\n"
     "Fix: hocvu lint --fix converts CRLF to LF, or set git config core.autocrlf."},
    {"rule.W008.summary", "line ends with spaces"},
    {"rule.W008.explain",
     "Trailing spaces are invisible and make noisy diffs. In a block scalar ('|' or '>') they are\n"
     "part of the text, so there the finding says so and --fix leaves them. In the example, <SP> is\n"
     "a space.\n"
     "Fix: hocvu lint --fix removes them outside block scalars; inside, delete them by hand."},
    {"rule.W010.summary", "line is longer than the limit"},
    {"rule.W010.explain",
     "A line of thousands of characters is usually pasted data or a missing line break; it is\n"
     "hard to review in a diff. The limit is 2,000 characters.\n"
     "Fix: use a folded block scalar ( stem: > ) and break the text over several lines."},
    {"rule.W305.summary", "a role requires a competency at or below its baseline"},
    {"rule.W305.explain",
     "A role's baseline is the level it needs in every competency; its requirements raise some\n"
     "competencies above it. A requirement at the baseline says nothing more, and one below it\n"
     "does not lower the baseline (it used to, silently): the competency stays at the baseline.\n"
     "Either way the requirement is not what its author meant. A requirement that gives a range\n"
     "of levels (levels, min_level, max_level) changes which questions count, so it is not\n"
     "reported.\n"
     "Fix: remove the requirement, or raise its level above the baseline."},
    {"rule.W308.summary", "no active question uses an exhibit"},
    {"rule.W308.explain",
     "An exhibit is printed only before the questions that name it (`exhibit: EX-1`). One that no\n"
     "active question names never reaches a paper: its questions were retired or never written,\n"
     "or a question misspells its id as another exhibit's.\n"
     "Fix: name the exhibit in the questions about it, or remove it."},
    {"rule.W309.summary", "active questions of a bank name no outcome"},
    {"rule.W309.explain",
     "Every question names the learning outcome of the framework it tests (`outcome`), so that\n"
     "reviewers can check it tests what it claims and lint can tell which outcomes have no\n"
     "questions (W310). The finding is one per bank, at its id, and lists the questions.\n"
     "Fix: add `outcome:` with an outcome of the question's competency and level."},
    {"rule.W310.summary", "outcomes assessed by exam have no active question"},
    {"rule.W310.explain",
     "An outcome is assessed by exam unless the framework says otherwise (`assessed_by:\n"
     "observation` or `portfolio`, for an attitude or a work product an exam cannot show). An\n"
     "outcome assessed by exam that no active question names is promised by the framework but\n"
     "never tested. The finding is one per competency, at its id, and lists its outcomes. It is\n"
     "not checked when no bank of the framework is linted with it.\n"
     "Fix: write questions for the outcome (`outcome: <id>`), or, if an exam cannot show it, say\n"
     "how it is assessed, as in the example."},
    {"rule.W311.summary", "a question names an outcome that is not assessed by exam"},
    {"rule.W311.explain",
     "The framework says the outcome is assessed by observation or portfolio, not by exam, yet a\n"
     "question names it: either the question tests something else, or the framework is wrong\n"
     "about the outcome.\n"
     "Fix: name the outcome the question does test, or set the outcome's `assessed_by: exam`."},
    {"rule.W406.summary", "two questions have very similar stems"},
    {"rule.W406.explain",
     "Stems sharing most of their word pairs (Jaccard similarity of 0.8 or more) usually ask the\n"
     "same thing.\n"
     "Fix: merge them or reword one. Listing them as enemies keeps them off the same form, but\n"
     "the warning stays."},
    {"rule.W408.summary", "every option of a multiple-response question is correct"},
    {"rule.W408.explain",
     "A question whose every option is right can be answered by ticking everything.\n"
     "Fix: add plausible wrong options."},
    {"rule.W409.summary", "a numeric question's tolerance is as large as its answer"},
    {"rule.W409.explain",
     "A numeric answer is marked right when it is within the tolerance of the answer. Once the\n"
     "tolerance is as large as the answer itself, the accepted range reaches 0: a candidate who\n"
     "writes 0 is right, and past it so is one who gets the sign wrong. The question then tests\n"
     "nothing; usually the tolerance was meant as a percentage, or has a stray digit.\n"
     "hocvu warns when the answer is not 0 and tolerance >= |answer|. An answer of 0 has no size to\n"
     "compare a tolerance with, so its tolerance is not judged. In the example the tolerance 50\n"
     "accepts -10 to 90; 2 accepts 38 to 42.\n"
     "Fix: make the tolerance the largest error still marked right, smaller than the answer."},
    {"rule.W410.summary", "the key of a single-choice question is its longest option by a clear margin"},
    {"rule.W410.explain",
     "Writers take care to make the right answer complete and exact, and leave the distractors\n"
     "short: test-wise candidates learn to pick the longest option without reading the question.\n"
     "hocvu warns when the key of a single-choice question is the only longest option, at least\n"
     "1.2 times and at least 10 characters longer than the next (lengths in Unicode characters of\n"
     "the NFC text, spaces around trimmed). Across a bank, W420 counts how often the key is the\n"
     "longest at all.\n"
     "Fix: give the distractors the same detail as the key (each plausible to someone who does\n"
     "not know), or shorten the key."},
    {"rule.W411.summary", "an option is 'all of the above' or 'none of the above'"},
    {"rule.W411.explain",
     "'Tất cả các đáp án trên' (all of the above) is right whenever a candidate sees that two\n"
     "options are right, without knowing the third; 'không có đáp án nào' (none of the above)\n"
     "tests only that the others are wrong, never what is right. Both change meaning when options\n"
     "are shuffled. hocvu matches the phrases as whole words, in Vietnamese and English: 'tất cả\n"
     "các đáp án/phương án/ý/câu/lựa chọn trên', 'không có đáp án/phương án/ý/lựa chọn nào', 'tất\n"
     "cả đều đúng/sai', 'all/none of the above', 'both a and b' and the like.\n"
     "Fix: write a plausible option of its own; to ask for several right options, make the\n"
     "question multiple-response (as in the example)."},
    {"rule.W412.summary", "an option or a true/false statement holds an absolute word (luôn, không bao giờ, always)"},
    {"rule.W412.explain",
     "Absolute words make a statement false by a single exception, and writers use them to make a\n"
     "false statement false: candidates learn that 'luôn' (always) or 'không bao giờ' (never)\n"
     "means false, and answer without knowing. The words are 'luôn', 'luôn luôn', 'chắc chắn',\n"
     "'tuyệt đối', 'không bao giờ', 'hoàn toàn', 'mãi mãi', 'bất kỳ trường hợp nào', 'trong mọi\n"
     "trường hợp', 'always', 'never', 'absolutely', 'certainly', 'completely', 'entirely' and\n"
     "'guaranteed', matched as whole words after NFC and lowercasing ('luôn' does not match\n"
     "'lượn', nor 'khôn' 'không'). hocvu looks at the options of choice questions and at the\n"
     "statement of true/false questions.\n"
     "Fix: make the statement false for what it says, not for an absolute word; or state the\n"
     "actual condition ('thường', 'trong hầu hết trường hợp', the rule itself)."},
    {"rule.W413.summary", "a stem asks a negative question without emphasis"},
    {"rule.W413.explain",
     "A candidate reading fast misses a 'không' (not) in the middle of a question and answers the\n"
     "opposite: the question then measures reading speed. hocvu looks at the question sentence of\n"
     "a choice question (the last sentence of its stem, leaving out a trailing bracketed\n"
     "instruction such as '(Chọn tất cả đáp án đúng)') for 'không', 'trừ' (as in 'ngoại trừ'),\n"
     "'not' and 'except'. A word written in capitals (KHÔNG, NOT) or bold (**không**, <b>không</b>)\n"
     "is emphasised; 'không' as the last word of the question ('Có nên ... không?') asks yes or\n"
     "no, and 'không gian', 'không khí', 'hàng không', 'dấu trừ', 'phép trừ' and the like are words\n"
     "of their own: none of them is a negative.\n"
     "Fix: write the word in capitals, or better, ask the question positively."},
    {"rule.W414.summary", "the options of a question differ greatly in length"},
    {"rule.W414.explain",
     "One long, careful option among short ones stands out: it is usually the key (or, to a\n"
     "wary candidate, usually not). Either way the length answers, not the knowledge. hocvu warns\n"
     "when the longest option is at least 3 times as long as the shortest and at least 30\n"
     "characters longer.\n"
     "Fix: write options of about the same length and grammatical form."},
    {"rule.W415.summary", "a multiple-response question has only one correct option"},
    {"rule.W415.explain",
     "A multiple-response question whose answer is one option is a single-choice question in\n"
     "disguise; and when most multiple-response questions have the same number of correct options\n"
     "(W422), candidates learn to tick that many. (Every option correct is W408.)\n"
     "Fix: make it single choice, or give it more correct options (with five options, 2, 3 and 4\n"
     "correct vary well)."},
    {"rule.W420.summary", "the keys of single-choice questions are the longest option more often than chance"},
    {"rule.W420.explain",
     "Even when no key is much longer than the rest (W410), a bank whose keys are the longest\n"
     "option again and again rewards a candidate who always picks the longest. Over the active\n"
     "single-choice questions of a bank (and of a blueprint's pool) hocvu counts the keys that are\n"
     "the only longest option, against chance: each question with one longest option of k gives\n"
     "1/k. It warns when z = (observed - expected) / sqrt(sum of p(1 - p)) is above 2.33 (the one-\n"
     "sided 1% level), with at least 10 single-choice questions. In the example the key is the\n"
     "longest option in 8 of 10 questions, where chance would give 2.0 (z = 4.90); the fixed bank\n"
     "has 3 (z = 1.81).\n"
     "Fix: lengthen distractors or shorten keys until the longest option is the key about as often\n"
     "as any other; W410 names the worst questions."},
    {"rule.W421.summary", "the keys of single-choice questions favour some positions"},
    {"rule.W421.explain",
     "Writers tend to put keys in the middle, or first; a candidate who knows the habit guesses\n"
     "better than chance. Over the active single-choice questions (at least 20) hocvu compares the\n"
     "number of keys at each position (a, b, c, ...) with 1/k per question of k options, by a\n"
     "chi-square test, and warns when p < 0.01 (above 6.635 with 1 degree of freedom, 11.345 with\n"
     "3; the Wilson-Hilferty approximation beyond 9). For a blueprint that shuffles options (the\n"
     "default) positions do not reach the paper, and it is not checked. In the example 17 of 20\n"
     "keys are a (chi-square 9.80 with 1 degree of freedom).\n"
     "Fix: move keys to the positions used least, or let the blueprint shuffle options."},
    {"rule.W422.summary", "most multiple-response questions have the same number of correct options"},
    {"rule.W422.explain",
     "When most multiple-response questions have, say, 3 of 5 options correct, a candidate who\n"
     "ticks the three longest, or any three, earns partial credit without knowing. hocvu counts\n"
     "the active multiple-response questions (at least 6) by their number of correct options and\n"
     "warns when one number is the answer of more than half of them; the message gives the whole\n"
     "distribution. In the example all 6 have 2 of 4 correct; the fixed bank has 2 in three and 3\n"
     "in three.\n"
     "Fix: vary the number of correct options (with five options, 2, 3 and 4 about equally)."},
    {"rule.W423.summary", "true/false keys lean to one side"},
    {"rule.W423.explain",
     "Writers find true statements easier to write, so banks lean true and 'true' becomes the\n"
     "better guess. Over the active true/false questions (at least 10) hocvu computes z = (true -\n"
     "n/2) / sqrt(n/4) and warns when |z| > 2.33. In the example 9 of 10 are true (z = 2.53); the\n"
     "fixed bank has 6 true and 4 false (z = 0.63).\n"
     "Fix: rewrite some statements the other way, false for what they say (not by an absolute\n"
     "word: W412)."},
    {"rule.W603.summary", "a blueprint lets a form leave out a requirement of its role or a competency"},
    {"rule.W603.explain",
     "A certificate says the holder has what the role requires, so every form should measure\n"
     "every requirement. hocvu warns when a form may leave one out: the blueprint's levels leave\n"
     "out the level a requirement needs, or allow no level of a competency; required_min is\n"
     "below 2 (grading reports mastery of a competency only from 2 questions); or the forms are\n"
     "too short for each_min of every competency with the requirements' minimums, so each_min\n"
     "is not applied.\n"
     "In the example forms of 3 questions cannot hold 4 of competency 1.1.\n"
     "Fix: lengthen the forms, widen the levels, or set the minimum you mean (each_min: 0 says\n"
     "that forms need not hold every competency)."},
    {"rule.W604.summary", "a blueprint certifies a level that is not its role's baseline"},
    {"rule.W604.explain",
     "A blueprint's level is the level its certificate states; the role's baseline is the level\n"
     "the role needs in every competency. A level above the baseline raises every competency to\n"
     "it (the exam tests more than the role needs); a level below it certifies less than the\n"
     "exam tests, since the questions follow the role. Either may be meant, but usually the two\n"
     "should agree, and the report's targets name the role's level too.\n"
     "In the example role cb has baseline CB and the blueprint certifies TC.\n"
     "Fix: certify the role's baseline, or raise the role's baseline if it really needs more."},
    {"rule.W605.summary", "a candidate with no knowledge, using only cues, expects more than half of the pass mark"},
    {"rule.W605.explain",
     "hocvu exam works out, for each form, what a candidate who knows nothing earns with the cues\n"
     "alone: on single choice the longest option (one of the longest at random when several tie);\n"
     "on multiple response the t longest options, t the form's most common number of correct\n"
     "options, scored as hocvu grade's default partial rule; on true/false 'true' unless the\n"
     "statement holds an absolute word (W412); nothing on numeric and short-text questions. The\n"
     "expected points go into manifest.json (forms[].test_wise), and hocvu exam warns when they\n"
     "are above half of the pass mark: such a form cannot tell who knows from who has learned the\n"
     "banks' habits. The exam is still written (exit 0).\n"
     "Fix: remove the cues from the banks; hocvu lint names them (W410-W415 per question, W420-\n"
     "W423 per bank and per blueprint)."},
};

}  // namespace hocvu
