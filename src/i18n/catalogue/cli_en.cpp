// The en catalogue, cli part: what the executable prints itself: help texts and examples, summaries, progress, usage errors (cli/).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kCliEn;
const std::vector<MessageEntry> kCliEn = {
    // main.cpp: the command table, help, usage errors
    {"cli.app.description", "hocvu: digital-skills assessment for \"Bình dân học vụ số – Quốc hội số\""},
    {"cli.app.footer", "Run 'hocvu help COMMAND' for the options of one command.\n"
        "\nExamples:\n"
        "  hocvu lint                      lint framework/ and question-banks/ here\n"
        "  hocvu lint --format sarif -o lint.sarif\n"
        "  hocvu lint --explain E401       what a rule means and how to fix it\n"
        "  hocvu exam framework/blueprints/dbqh.yaml --out out/exam/dbqh\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses.csv\n"
        "  hocvu help grade                options of one command\n"
        "\nExit status: 0 success, 1 the run found problems, 2 it could not run.\n"},
    {"cli.version_flag", "Display program version information and exit"},
    {"cli.help_flag", "Print this help message and exit"},
    {"cli.summary.lint", "check framework, question-bank and blueprint files"},
    {"cli.summary.exam", "assemble parallel exam forms from a blueprint"},
    {"cli.summary.grade", "score response files: scores, mastery, item analysis"},
    {"cli.summary.merge", "combine grading shards (hocvu grade --shard) into one result"},
    {"cli.summary.report", "coverage by unit against the 2026 goal: Excel, CSV, JSON, Markdown"},
    {"cli.summary.keygen", "create the issuer's key pair for signed certificates"},
    {"cli.summary.certify", "signed Open Badges 3.0 certificates and their revocation list"},
    {"cli.summary.verify", "check signed certificates and their status list"},
    {"cli.summary.export", "the framework as 1EdTech CASE 1.1 JSON, for other tools"},
    {"cli.summary.import", "questions from Moodle XML or GIFT as a hocvu question bank"},
    {"cli.summary.simulate", "write simulated data for demos, tests and benchmarks"},
    {"cli.summary.help", "show the options and examples of hocvu or one command"},
    {"cli.commands_heading", "Commands:"},
    {"cli.not_a_command", "'{word}' is not a hocvu command"},
    {"cli.not_a_command_did_you_mean", "'{word}' is not a hocvu command; did you mean '{nearest}'?"},
    {"cli.run_help_for_more", "Run 'hocvu help' for more."},
    {"cli.run_help_for_usage", "Run 'hocvu help{topic}' for usage."},
    {"cli.help.one_topic", "'hocvu help' takes one command name, e.g. hocvu help lint"},
    {"cli.help.usage", "Usage: hocvu help [COMMAND]\nShows the options and examples of one command, or of hocvu.\n"},
    {"cli.help.no_command", "there is no command '{word}'"},
    {"cli.help.no_command_did_you_mean", "there is no command '{word}'; did you mean '{nearest}'?"},
    {"cli.out_of_memory", "out of memory"},
    {"cli.internal_error", "internal error: {what} (please report this)"},
    {"cli.prefix.error", "error"},
    {"cli.prefix.warning", "warning"},
    // CLI11's words (cli11_language.cpp); English keeps CLI11's own texts, these serve the tests
    {"cli.label.usage", "Usage"},
    {"cli.label.options_word", "OPTIONS"},
    {"cli.label.command", "SUBCOMMAND"},
    {"cli.label.commands", "SUBCOMMANDS"},
    {"cli.label.positionals", "Positionals"},
    {"cli.label.required", "REQUIRED"},
    {"cli.label.env", "Env"},
    {"cli.label.needs", "Needs"},
    {"cli.label.excludes", "Excludes"},
    {"cli.label.options_group", "Options"},
    {"cli.label.commands_group", "Subcommands"},
    {"cli.parse.not_in_set", "{value} not in {set}"},
    {"cli.parse.subcommand_required", "A subcommand is required"},
    {"cli.parse.required", "{name} is required"},
    {"cli.parse.value_missing", "{name}: a value is missing"},
    {"cli.parse.flag_value", "{name}: a flag takes no value"},
    {"cli.parse.wrong_count", "{detail}"},
    {"cli.parse.cannot_convert", "Could not convert: {name} = {value}"},
    {"cli.parse.extras", "The following arguments were not expected: {arguments}"},
    {"cli.parse.requires", "{first} requires {second}"},
    {"cli.parse.excludes", "{first} excludes {second}"},
    // Option values (number_options.cpp, language_option.cpp)
    {"cli.option.lang_messages", "language of messages: vi or en"},
    {"cli.number.range", "{min} to {max}"},
    {"cli.number.not_whole", "'{text}' is not a whole number in decimal digits; give one from {min} to {max}"},
    {"cli.number.whole_out_of_range", "{text} is out of range; give a whole number from {min} to {max}"},
    {"cli.number.not_positive_decimal", "'{text}' {problem}; give a decimal number above 0, such as 300 or 2.5"},
    {"cli.number.not_above_zero", "{text} is not above 0; give a decimal number above 0, such as 300 or 2.5"},
    {"cli.number.not_decimal", "'{text}' {problem}; give a decimal number from {min} to {max}"},
    {"cli.number.decimal_out_of_range", "{text} is out of range; give a decimal number from {min} to {max}"},
    {"cli.number.problem.none", "is a number"},
    {"cli.number.problem.not_decimal", "is not a decimal number"},
    {"cli.number.problem.too_large", "is too large to be stored (the limit is about 1.8e308)"},
    {"cli.number.problem.too_small", "is too close to 0 to be stored exactly (the limit is about 2.2e-308)"},
    {"cli.lang.not_a_tag", "'{tag}' is not a BCP 47 language tag: {problem}; give vi or en"},
    {"cli.lang.no_catalogue", "hocvu has no message catalogue for '{tag}'; give vi or en (a region may follow: en-GB)"},
    // What the commands print
    {"cli.as_of_not_a_date", "--as-of '{value}' is not a date; write it as 2026-12-31"},
    {"cli.cannot_write_stdout", "cannot write to standard output"},
    {"cli.lint.no_rule", "there is no rule '{code}'; 'hocvu lint --list-rules' lists them"},
    {"cli.lint.no_rule_did_you_mean", "there is no rule '{code}' (did you mean {nearest}?); 'hocvu lint --list-rules' lists them"},
    {"cli.lint.not_fixed", "'{file}' was not fixed: {reason}"},
    {"cli.lint.fixed_one", "fixed {fixed} of {count} file"},
    {"cli.lint.fixed_other", "fixed {fixed} of {count} files"},
    {"cli.lint.fixed_some_refused_one", "fixed {fixed} of {count} file ({refused} not fixed, see above)"},
    {"cli.lint.fixed_some_refused_other", "fixed {fixed} of {count} files ({refused} not fixed, see above)"},
    {"cli.lint.output_is_input", "the report file '{output}' is one of the files to lint ('{input}'); write the report "
        "elsewhere with -o"},
    {"cli.lint.no_yaml_files", "no .yaml files found in {paths}"},
    {"cli.exam.progress", "assembling form {done}/{total}"},
    {"cli.exam.broken_blueprint", "cannot read the blueprint '{blueprint}'; fix the errors above and try again"},
    {"cli.exam.broken_inputs_one", "the exam's files have {count} error; fix them (hocvu lint) before building an exam"},
    {"cli.exam.broken_inputs_other", "the exam's files have {count} errors; fix them (hocvu lint) before building an exam"},
    {"cli.exam.infeasible", "the blueprint cannot be met with these banks; nothing was written"},
    {"cli.exam.no_catalogue", "no catalogue for '{tag}' ({from}); the papers' own texts are in English; use --lang vi or "
        "--lang en"},
    {"cli.exam.written", "{forms} forms of {length} questions from {eligible} eligible in {out} (loading {loading} s, "
        "assembly {assembly} s)"},
    {"cli.grade.group.item_flags", "Item flags"},
    {"cli.grade.what.grading", "grading"},
    {"cli.grade.what.shard", "shard"},
    {"cli.grade.what.merge", "merge"},
    {"cli.grade.broken_key", "the key or the corrections have errors (above); fix them and grade again: nothing was written"},
    {"cli.grade.done", "{what}: read {read} rows = graded {graded} + rejected {rejected}; outputs in {out}"},
    {"cli.grade.done_with_rejects", "{what}: read {read} rows = graded {graded} + rejected {rejected}; outputs in {out} "
        "(rejected rows and why: rejects.csv)"},
    {"cli.grade.progress", "{rows} rows  {rate} MB/s"},
    {"cli.grade.progress_eta", "  ETA {seconds} s"},
    {"cli.report.status.met", "met"},
    {"cli.report.status.on_track", "on_track"},
    {"cli.report.status.behind", "behind"},
    {"cli.report.status.at_risk", "at_risk"},
    {"cli.report.status.no_one", "no_one"},
    {"cli.report.summary", "report: as of {as_of}: {headcount} people in the headcount, {assessed} assessed, {covered} "
        "covered ({coverage}; trajectory {trajectory}%), status {status}"},
    {"cli.report.read", "report: {rows} roster rows, {attempts} graded attempts read"},
    {"cli.report.problems_one", "report: {count} data problem ({codes}), listed in the report"},
    {"cli.report.problems_other", "report: {count} data problems ({codes}), listed in the report"},
    {"cli.report.written", "report: written {out}"},
    {"cli.report.broken_inputs_one", "the report's YAML files have {count} error; fix them (hocvu lint) and run again"},
    {"cli.report.broken_inputs_other", "the report's YAML files have {count} errors; fix them (hocvu lint) and run again"},
    {"cli.keygen.secret_written", "keygen: secret key {file} (mode 0600: keep it private, back it up offline)"},
    {"cli.keygen.public_written", "keygen: public key {file} (publish it; give it to hocvu verify)"},
    {"cli.certify.summary_one", "certify: as of {as_of}: {count} credential ({active} active): {issued} issued, {renewed} "
        "renewed, {unchanged} unchanged, {expired} expired, {revoked} revoked"},
    {"cli.certify.summary_other", "certify: as of {as_of}: {count} credentials ({active} active): {issued} issued, "
        "{renewed} renewed, {unchanged} unchanged, {expired} expired, {revoked} revoked"},
    {"cli.certify.problems_one", "certify: {count} data problem ({codes}), listed in {out}/problems.csv"},
    {"cli.certify.problems_other", "certify: {count} data problems ({codes}), listed in {out}/problems.csv"},
    {"cli.certify.written", "certify: written {out}/ (credentials.jsonl, credentials.csv, changes.csv, status.json: "
        "{bits} bits)"},
    {"cli.certify.broken_inputs_one", "the YAML files have {count} error; fix them (hocvu lint) and run again"},
    {"cli.certify.broken_inputs_other", "the YAML files have {count} errors; fix them (hocvu lint) and run again"},
    {"cli.verify.left_out", "... and {count} more problems not listed"},
    {"cli.verify.summary", "verify: as of {as_of}, issuer {issuer}: {verified} verified, 0 failed"},
    {"cli.verify.summary_failed", "verify: as of {as_of}, issuer {issuer}: {verified} verified, {failed} failed ({reasons})"},
    {"cli.export.broken_files_one", "the files read have {count} error (above), and no framework to export could be "
        "chosen; fix them (hocvu lint) and export again"},
    {"cli.export.broken_files_other", "the files read have {count} errors (above), and no framework to export could be "
        "chosen; fix them (hocvu lint) and export again"},
    {"cli.export.broken_framework_one", "framework {framework} has {count} error (above); fix them (hocvu lint) before "
        "exporting it"},
    {"cli.export.broken_framework_other", "framework {framework} has {count} errors (above); fix them (hocvu lint) before "
        "exporting it"},
    {"cli.export.fixed_timestamp", "lastChangeDateTime is {timestamp}: give --as-of with the framework's date of publication"},
    {"cli.export.written", "{framework} {version}: {items} items, {associations} associations, levels of {criteria} "
        "competencies written to {out}"},
    {"cli.import.moodle_xml.description", "import a Moodle XML question file"},
    {"cli.import.gift.description", "import a GIFT question file"},
    {"cli.import.not_an_id", "{option} '{value}' is not an id: ids are letters, digits, '.', '_' and '-' (e.g. 1.1, CB, "
        "kns-ngan-hang)"},
    {"cli.import.none_seen", "import: no question was imported from {input}; nothing written"},
    {"cli.import.none_imported", "import: none of the {seen} questions could be imported from {input}; nothing written"},
    {"cli.import.repeated", " ({duplicates} repeated, imported once)"},
    {"cli.import.written_to", ", written {out}"},
    {"cli.import.summary", "import: {imported} of the {seen} questions imported{repeated}{written}"},
    {"cli.import.left_for_author", "import: competency and level are left for the author: add them, or import again with "
        "--competency and --level"},
    {"cli.simulate.broken_exam", "the exam folder has errors (above); build it again with hocvu exam"},
    {"cli.simulate.broken_units", "the units file or the framework has errors (above); fix them (hocvu lint {units}) and "
        "try again"},
    {"cli.simulate.no_unit_tree", "{units} holds no unit tree (a units file starts with 'units:'; see reports/units.yaml)"},
    {"cli.simulate.cannot_draw_roster", "{units}: cannot draw a roster: {problem}"},
    {"cli.simulate.roster_written", "{people} people in {used} of the {units} units of {file} → {out}"},
    {"cli.simulate.not_a_date", "{option} '{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30"},
    {"cli.simulate.broken_exam_folder", "the exam folder {folder} has errors (above); build it again with hocvu exam"},
    {"cli.simulate.no_role", "{folder}: the manifest names no role, so no one on the roster sits it; use a folder written "
        "by hocvu exam"},
    {"cli.simulate.exam_twice", "exam '{exam}' is named twice ({first} and {second}): each exam writes <exam>.csv"},
    {"cli.simulate.roster_rows_left_out", "{roster}: {count} rows of the roster could not be used and are left out (first, "
        "line {line}: {message})"},
    {"cli.simulate.sittings_written", "{exam}: {people} people with role {role}, {sat} sat, {attempts} attempts, {passed} "
        "passed → {out}/{exam}.csv"},
    {"cli.simulate.to_before_from", "--to {to} is before --from {from}"},
    {"cli.simulate.without_exam_one", "{count} person holds a role that none of the exams certifies: they sit nothing"},
    {"cli.simulate.without_exam_other", "{count} people hold a role that none of the exams certifies: they sit nothing"},
    // Help texts of the commands and their options
    {"cli.lint.description", "check framework, question-bank, blueprint and report files"},
    {"cli.lint.option.paths", "files or folders to lint (default: framework question-banks reports)"},
    {"cli.lint.option.format", "output: text, json, sarif or github"},
    {"cli.lint.option.output", "write the report to this file (atomically) instead of stdout"},
    {"cli.lint.option.strict", "warnings fail the run too (exit 1)"},
    {"cli.lint.option.fix", "apply the safe fixes in place: NFC, CRLF, trailing spaces, byte-order mark"},
    {"cli.lint.option.explain", "explain a rule, e.g. --explain E401"},
    {"cli.lint.option.list_rules", "list every rule with its code"},
    {"cli.lint.option.min_questions", "active questions a role's competency and level need (0: no coverage check)"},
    {"cli.lint.option.max_file_size", "larger files are reported, not read (bytes)"},
    {"cli.lint.option.color", "auto, always or never (NO_COLOR is honoured)"},
    {"cli.lint.option.jobs", "threads (default: one per core)"},
    {"cli.lint.footer", "Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.\n"
        "\nExamples:\n"
        "  hocvu lint                                  lint framework/, question-banks/ and reports/\n"
        "  hocvu lint question-banks/kns-6.yaml framework/\n"
        "  hocvu lint --format github                  annotations in a GitHub workflow\n"
        "  hocvu lint --format sarif -o lint.sarif     for code-scanning dashboards\n"
        "  hocvu lint --fix                            normalise Unicode, line ends, spaces\n"
        "  hocvu lint --explain E009                   what a rule checks and how to fix it\n"},
    {"cli.exam.description", "assemble parallel exam forms from a blueprint"},
    {"cli.exam.option.blueprint", "the blueprint file (framework/blueprints/*.yaml)"},
    {"cli.exam.option.data", "framework and bank files or folders (default: framework question-banks)"},
    {"cli.exam.option.forms", "number of forms (default: the blueprint's)"},
    {"cli.exam.option.seed", "seed for the draw (default: the blueprint's)"},
    {"cli.exam.option.out", "output folder (default: out/exam/<blueprint id>)"},
    {"cli.exam.option.lang", "language of messages and of the texts hocvu adds to papers and LMS files: vi or en, a "
        "region may follow (default for the papers: the blueprint's language, else the framework's)"},
    {"cli.option.force", "replace the output folder even if it holds files hocvu did not write"},
    {"cli.exam.option.time_limit", "give up assembly after this many seconds (exit 2)"},
    {"cli.exam.footer", "Writes forms/<CODE>.md, .html and .json (candidate papers, no answers), key.csv, moodle.xml,\n"
        "gift.txt and manifest.json. The same blueprint, banks and seed give byte-identical files.\n"
        "The output folder is replaced as a whole when the run succeeds: no file of an earlier exam is\n"
        "left in it, and a run that fails or is interrupted leaves it as it was. A folder holding files\n"
        "hocvu did not write is refused unless --force.\n"
        "The texts hocvu adds (headings, instructions, units) are in the language of --lang, else of the\n"
        "blueprint's `language`, else of the framework's; hocvu has catalogues for vi and en, and writes\n"
        "English texts for any other language (with a warning). The questions are as the banks hold them.\n"
        "Exit status: 0 written, 1 the blueprint cannot be met (the reason is printed), 2 could not run.\n"
        "\nExamples:\n"
        "  hocvu exam framework/blueprints/dbqh.yaml\n"
        "  hocvu exam framework/blueprints/hdnd-xa.yaml --forms 8 --seed 2027 --out out/hdnd-xa-dot2\n"
        "  hocvu exam courses/en/blueprints/basics.yaml --data courses/en --lang en-GB\n"},
    {"cli.grade.description", "score response files: scores, mastery, item analysis"},
    {"cli.grade.option.responses", "response files or folders (.csv, .tsv, .jsonl, also .gz); - reads standard input"},
    {"cli.grade.option.exam", "the exam folder written by hocvu exam (key.csv, manifest.json)"},
    {"cli.grade.option.key", "a key.csv alone (then --pass-percent is needed)"},
    {"cli.option.out", "output folder"},
    {"cli.grade.option.threads", "worker threads (default: all cores); output is the same for any"},
    {"cli.grade.option.shard", "write a shard (rows and mergeable state) for hocvu merge instead of the statistics"},
    {"cli.grade.option.quiet", "no progress line and no summary on stderr"},
    {"cli.grade.footer", "Writes scores.csv, competencies.csv, rejects.csv (personal data: created readable by you only),\n"
        "items.csv, distractors.csv, summary.json and analysis.html into the output folder, which is\n"
        "replaced as a whole when the run ends. Every row read is graded or rejected with its reason:\n"
        "read = graded + rejected is printed at the end.\n"
        "Exit status: 0 every row graded, 1 some rows rejected (see rejects.csv), 2 could not run.\n"
        "\nExamples:\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses/dbqh-*.csv\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh --corrections review.yaml responses/\n"
        "  zcat export.csv.gz | hocvu grade --key key.csv --pass-percent 70 --out out/grade/thu -\n"
        "  hocvu grade --exam out/exam/dbqh --shard --out shards/1 part-1.csv   (then: hocvu merge)\n"},
    {"cli.merge.description", "combine grading shards (hocvu grade --shard) into one result"},
    {"cli.merge.option.shards", "shard folders, in the order of their input"},
    {"cli.option.lang", "language of messages and of analysis.html: vi or en (a region may follow: en-GB)"},
    {"cli.option.quiet", "no summary on stderr"},
    {"cli.merge.footer", "Writes the same files, byte for byte, as one hocvu grade run over the shards' input in the\n"
        "order the shards are named. Shards must come from one key, one corrections file and the same\n"
        "options (checked). Duplicate attempts are found across shards too.\n"
        "Exit status: 0 every row graded, 1 some rows rejected (see rejects.csv), 2 could not run.\n"
        "\nExample (GNU parallel, one shard per part, then the merge):\n"
        "  parallel hocvu grade --exam out/exam/dbqh --shard --quiet --out shards/{{#}} {{}} ::: parts/*.csv\n"
        "  hocvu merge --out out/grade/dbqh $(ls -d shards/* | sort -V)\n"},
    {"cli.report.description", "coverage by unit against the 2026 goal: Excel, CSV, JSON, Markdown"},
    {"cli.report.option.roster", "the roster: .csv or .xlsx (who must be certified)"},
    {"cli.option.results", "folders written by hocvu grade (one or more)"},
    {"cli.report.option.out", "the report: .xlsx, .csv, .json, .md, or a folder/ of CSV files"},
    {"cli.report.option.as_of", "the report's date (default: today, or SOURCE_DATE_EPOCH's day)"},
    {"cli.option.units", "the unit tree"},
    {"cli.report.option.targets", "milestones, certifications, grace and validity"},
    {"cli.option.data", "framework files or folders (default: framework/)"},
    {"cli.option.sheet", "the roster's sheet (xlsx; default: the first)"},
    {"cli.option.encoding", "the roster's encoding (CSV)"},
    {"cli.report.option.people", "name the people not yet covered (default: ids only)"},
    {"cli.report.option.lang", "language of messages and of the labels"},
    {"cli.report.footer", "A person is covered on the as-of date when, on or before it, they passed an exam that certifies\n"
        "their role at the required level (targets.yaml), and the pass has not expired. Units roll up:\n"
        "a unit counts its own people and everyone below it. Every roster row and graded attempt is used\n"
        "or listed as a data problem in the report. National ids never appear in a report.\n"
        "Exit status: 0 no data problems, 1 the report was written and lists data problems, 2 could not run.\n"
        "\nExamples:\n"
        "  hocvu report --roster roster.xlsx --results out/grade/dbqh out/grade/ccvc-qh --out bao-cao.xlsx\n"
        "  hocvu report --roster roster.csv --results results/* --as-of 2025-12-31 --out report.md --lang en\n"
        "  hocvu report --roster roster.xlsx --results results/* --people --out report-csv/\n"},
    {"cli.keygen.description", "create the issuer's key pair for signed certificates"},
    {"cli.keygen.option.out", "the secret key file to create, e.g. issuer.key (the public one goes beside "
        "it as issuer.pub.json)"},
    {"cli.keygen.footer", "Creates an Ed25519 key pair (libsodium): the secret key file, readable by you alone (mode 0600),\n"
        "and beside it the public key as a Multikey and a did:key DID document that a registry can publish.\n"
        "Existing files are never replaced. Prints the issuer's did:key on stdout, never the secret.\n"
        "hocvu certify refuses a secret key file that others may read (fix: chmod 600 FILE).\n"
        "Exit status: 0 created, 2 could not (a file exists, the folder is not writable).\n"
        "\nExamples:\n"
        "  hocvu keygen --out issuer.key\n"
        "  hocvu keygen --out /secure/keys/qh-2026.key\n"},
    {"cli.certify.description", "signed Open Badges 3.0 certificates and their revocation list"},
    {"cli.certify.option.roster", "the roster: .csv or .xlsx (as for hocvu report)"},
    {"cli.certify.option.key", "the issuer's secret key file (hocvu keygen), mode 600"},
    {"cli.certify.option.out", "the folder to write (replaced whole)"},
    {"cli.certify.option.previous", "the folder of an earlier certify run: its ids and indexes are kept, what lost its pass revoked"},
    {"cli.certify.option.as_of", "the date (default: today, or SOURCE_DATE_EPOCH's day)"},
    {"cli.certify.option.issuer_name", "the issuer's name in every credential"},
    {"cli.certify.option.status_url", "where status.json will be published (default: a urn:uuid made from the issuer's did)"},
    {"cli.certify.option.targets", "milestones, certifications, validity"},
    {"cli.certify.option.threads", "signing threads (default: all cores); output is the same for any"},
    {"cli.certify.footer", "Every person covered on the as-of date (the coverage rule of hocvu report) gets an Open Badges 3.0\n"
        "OpenBadgeCredential signed with eddsa-jcs-2022; the national id appears only salted and hashed.\n"
        "status.json is a signed Bitstring Status List in which each credential has an index. With\n"
        "--previous, ids and indexes are kept, a credential no pass supports any more is revoked (it stays\n"
        "in the files), and changes.csv says what changed and why.\n"
        "Exit status: 0 done, 1 done and the roster or results had data problems (problems.csv),\n"
        "2 could not run.\n"
        "\nExamples:\n"
        "  hocvu keygen --out issuer.key\n"
        "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --out certs/2026-06 \\\n"
        "      --status-url https://hocvu.quochoi.vn/status/1\n"
        "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --as-of 2026-12-31 \\\n"
        "      --previous certs/2026-06 --out certs/2026-12\n"
        "  hocvu verify --pub issuer.pub.json certs/2026-12/credentials.jsonl certs/2026-12/status.json\n"},
    {"cli.verify.description", "check signed certificates and their status list"},
    {"cli.verify.option.pub", "the issuer's public key (issuer.pub.json from hocvu keygen)"},
    {"cli.verify.option.files", "credentials.jsonl, a credential or status list .json, or a folder written by hocvu certify"},
    {"cli.verify.option.as_of", "the day to check validity on (default: today, or SOURCE_DATE_EPOCH's day)"},
    {"cli.verify.option.format", "text or json"},
    {"cli.verify.footer", "For every credential: its eddsa-jcs-2022 proof against the key given (altered, forged and signed by\n"
        "another key are told apart), that its issuer is the key's did:key, that it is valid on the as-of day\n"
        "(validFrom, validUntil), and that its Bitstring Status List entry is not set (revoked). The status\n"
        "list credential (status.json, beside a .jsonl or given as a file) is verified the same way.\n"
        "Each failing credential is listed with file:line, its id and the reason; a summary line follows.\n"
        "Exit status: 0 all verified, 1 any failed, 2 could not run (no key, unreadable file).\n"
        "\nExamples:\n"
        "  hocvu verify --pub issuer.pub.json out/certify/\n"
        "  hocvu verify --pub issuer.pub.json credentials.jsonl status.json --as-of 2027-06-30\n"
        "  hocvu verify --pub issuer.pub.json one-certificate.json --format json\n"},
    {"cli.export_case.description", "the framework as 1EdTech CASE 1.1 JSON (CFPackage)"},
    {"cli.export.description", "the framework as 1EdTech CASE 1.1 JSON, for other tools"},
    {"cli.export_case.option.data", "framework files or folders (default: framework)"},
    {"cli.export_case.option.framework", "the id of the framework to export (default: the only one)"},
    {"cli.export_case.option.out", "output file, or - for standard output (default)"},
    {"cli.export_case.option.base_url", "http(s) URL that every uri starts with, the identifier after it (default: urn:uuid:)"},
    {"cli.export_case.option.as_of", "lastChangeDateTime, as a date (default: SOURCE_DATE_EPOCH, else 1970-01-01)"},
    {"cli.export_case.option.creator", "the CFDocument's creator"},
    {"cli.export_case.footer", "Writes one CFPackage: the CFDocument, a CFItem for every area, competency and outcome\n"
        "(humanCodingScheme is the id), isChildOf associations from each item to its parent and from\n"
        "the areas to the document, the three CFItemTypes, and the levels as a CFRubric with one\n"
        "criterion per competency. Identifiers are UUIDv5 of the framework id, the kind and the id, so\n"
        "exporting again gives the same identifiers, and the same inputs give the same bytes. Role\n"
        "requirements are not exported (CASE has no place for them). --out replaces its file whole.\n"
        "Exit status: 0 written, 2 could not run (the framework has errors: hocvu lint shows them).\n"
        "\nExamples:\n"
        "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n"
        "  hocvu export case --base-url https://case.example.vn/uri/ --as-of 2026-01-15 > qh-kns.json\n"},
    {"cli.export.footer", "Run 'hocvu export case --help' for the options of the CASE export.\n"
        "\nExamples:\n"
        "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n"},
    {"cli.import.description", "questions from Moodle XML or GIFT as a hocvu question bank"},
    {"cli.import_format.option.file", "the file to import"},
    {"cli.import_format.option.competency", "competency id for every question (default: left for the author)"},
    {"cli.import_format.option.level", "level id for every question (default: left for the author)"},
    {"cli.import_format.option.bank_id", "the bank's id (default: the file's name, else 'imported')"},
    {"cli.import_format.option.framework", "the bank's framework id (default: left for the author)"},
    {"cli.import_format.option.out", "the bank file to write (default: standard output)"},
    {"cli.import_format.footer", "Run 'hocvu help import' for what is imported, what is left out, and examples."},
    {"cli.import.footer", "Questions of the types hocvu has (single, multiple, true_false, numeric, short_text) become a bank;\n"
        "every other question (essay, matching, cloze, ...) and every question without an answer key is\n"
        "named with its line and left out, and what a question loses (images, formatting, feedback on\n"
        "answers, partial credit) is named too. A question keeps its Moodle name or GIFT title as its id\n"
        "when that is a hocvu id, else it gets IMP-0001 (its place in the file), the name kept in its source.\n"
        "Without --competency and --level those fields are left out for the author; hocvu lint lists them.\n"
        "Exit status: 0 every question imported, 1 some could not be (or none), 2 the file could not be read.\n"
        "\nExamples:\n"
        "  hocvu import moodle-xml cau-hoi.xml --competency 1.1 --level CB --framework qh-kns -o question-banks/moodle.yaml\n"
        "  hocvu import gift out/exam/dbqh/gift.txt --bank-id dbqh-gift > dbqh.yaml\n"
        "  hocvu import moodle-xml out/exam/dbqh/moodle.xml -o /tmp/tu-moodle.yaml && hocvu lint /tmp/tu-moodle.yaml framework\n"},
    {"cli.simulate.description", "write simulated data for demos, tests and benchmarks"},
    {"cli.simulate_responses.description", "simulated response file of an exam (Rasch model)"},
    {"cli.simulate_responses.option.exam", "the exam folder written by hocvu exam"},
    {"cli.simulate_responses.option.candidates", "number of candidates"},
    {"cli.option.seed", "seed: the same seed gives the same bytes"},
    {"cli.simulate_responses.option.format", "file format"},
    {"cli.simulate_responses.option.noise", "about 0.1% malformed rows, for testing rejects"},
    {"cli.simulate_responses.option.date", "the attempts' date"},
    {"cli.simulate_responses.option.out", "output file (default: standard output)"},
    {"cli.simulate_responses.footer", "Candidates QH000001, QH000002, ... take the forms in turn; each has an ability drawn from N(0,1)\n"
        "and answers a question of prior difficulty b right with probability 1/(1+exp(b-ability)), with\n"
        "some blanks and double marks. The data are made up: no real person is in them.\n"
        "\nExamples:\n"
        "  hocvu simulate responses --exam out/exam/dbqh --candidates 500 --seed 1 -o responses.csv\n"
        "  hocvu simulate responses --exam out/exam/dbqh -n 1000000 --format jsonl | gzip > big.jsonl.gz\n"},
    {"cli.simulate_roster.description", "a made-up roster of the people of a unit tree (csv or xlsx)"},
    {"cli.simulate_sittings.description", "made-up sittings of a roster's people over a campaign"},
    {"cli.simulate_roster.option.people", "number of people"},
    {"cli.simulate_roster.option.out", "output file, .csv or .xlsx (default: CSV on standard output)"},
    {"cli.simulate_sittings.option.roster", "the roster (.csv or .xlsx)"},
    {"cli.simulate_sittings.option.exam", "exam folders written by hocvu exam (one per role)"},
    {"cli.simulate_sittings.option.from", "the campaign's first day"},
    {"cli.simulate_sittings.option.to", "its last day: no attempt after it"},
    {"cli.simulate_sittings.option.out", "output folder: one <exam>.csv per exam"},
    {"cli.simulate_roster.footer", "People NV0000001, NV0000002, ... are drawn into the leaf units in proportion to a plausible size of\n"
        "their kind, hold a role their unit lists (or its parent does), carry Vietnamese names with realistic\n"
        "family-name frequencies; about 2% have left, about 6% started in 2026. The national ids start with\n"
        "0000, which no real CCCD does: the data are made up, no real person is in them.\n"
        "CSV columns: person_id,full_name,unit,role,status,start_date,national_id. An .xlsx file looks like\n"
        "one from HR: a title row, then a Vietnamese header (Mã cán bộ, Họ và tên, Mã đơn vị, ...).\n"
        "\nExamples:\n"
        "  hocvu simulate roster --people 5000 --seed 1 -o roster.xlsx\n"
        "  hocvu simulate roster --units reports/units.yaml -n 1000000 -s 7 -o roster.csv\n"},
    {"cli.simulate_sittings.footer", "Each person sits the exam whose manifest names their role. Units go at different paces (some\n"
        "finish early, most progress steadily, some lag, a few have not started), a person sits on a\n"
        "weekday within their unit's window, and a failure is usually retaken 2 to 6 weeks later (at\n"
        "most 3 attempts). Rows are in the wide response format with each attempt's date; grade them\n"
        "with hocvu grade. The data are made up.\n"
        "\nExamples:\n"
        "  hocvu simulate sittings --roster roster.xlsx --exam out/exam/dbqh --exam out/exam/ccvc-qh \\\n"
        "      --seed 1 --out out/sittings\n"
        "  hocvu grade --exam out/exam/dbqh --out results/dbqh out/sittings/dbqh.csv\n"},
    {"cli.grade.option.flag_too_hard", "flag items whose facility is below this"},
    {"cli.grade.option.flag_too_easy", "flag items whose facility is above this"},
    {"cli.grade.option.flag_weak_r", "flag items whose item-rest r is below this"},
    {"cli.grade.option.flag_low_efficiency", "flag items whose discriminative efficiency is below this"},
    {"cli.grade.option.flag_nonfunctioning", "flag distractors chosen by a smaller share than this"},
    {"cli.grade.option.pass_percent", "pass mark in percent (default: the exam's)"},
    {"cli.grade.option.data", "the curriculum (framework files or folders), for areas with --key"},
    {"cli.grade.option.format", "response format (default: detected from the header)"},
    {"cli.grade.option.encoding", "text encoding of the response files"},
    {"cli.grade.option.negative", "a wrong (not omitted) answer costs this share of the item's points (e.g. 0.25)"},
    {"cli.grade.option.partial", "multiple response credit rule, as R/exams exams_eval"},
    {"cli.grade.option.corrections", "key corrections after item review (YAML)"},
    {"cli.grade.option.mastery", "share of a competency's points that masters it"},
    {"cli.grade.option.mastery_min_items", "fewer questions of a competency on a form: not measured"},
    {"cli.grade.option.duplicates", "a second attempt by a candidate on the same date: flag it, reject it, or allow (no check)"},
    // The man pages' fixed words (generated_docs.cpp; English keeps ManTexts' own defaults)
    {"cli.man.manual", "hocvu manual"},
    {"cli.man.name", "NAME"},
    {"cli.man.synopsis", "SYNOPSIS"},
    {"cli.man.description", "DESCRIPTION"},
    {"cli.man.arguments", "ARGUMENTS"},
    {"cli.man.options", "OPTIONS"},
    {"cli.man.commands", "COMMANDS"},
    {"cli.man.examples", "EXAMPLES"},
    {"cli.man.exit_status", "EXIT STATUS"},
    {"cli.man.environment", "ENVIRONMENT"},
    {"cli.man.see_also", "SEE ALSO"},
    {"cli.man.options_word", "OPTIONS"},
    {"cli.man.command_word", "COMMAND"},
    {"cli.man.values", "One of"},
    {"cli.man.value", "Value"},
    {"cli.man.default_value", "Default"},
    {"cli.man.required", "Required."},
    {"cli.man.exit_status_default", "0 success, 1 the run found problems, 2 it could not run."},
    {"cli.man.no_color", "When set to anything, the output has no colour (https://no-color.org), unless --color "
        "always is given."},
    {"cli.man.source_date_epoch", "Seconds since 1970-01-01 UTC: their day is the default date instead of today, "
        "so that a rerun gives the same bytes (reproducible-builds.org)."},
};

}  // namespace hocvu
