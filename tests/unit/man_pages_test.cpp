#include "man_pages.hpp"

#include <catch2/catch.hpp>

#include "cli_doc_fixture.hpp"

using hocvu::cli::describe_command;
using hocvu::cli::man_pages;
using hocvu::cli::ManTexts;
using hocvu::cli::roff_escape;
using hocvu::cli::Utf8;

TEST_CASE("roff_escape escapes backslashes, leading dots, option dashes and non-ASCII", "[man_pages]") {
  CHECK(roff_escape("a\\b", false) == "a\\eb");
  CHECK(roff_escape(".hidden", false) == "\\&.hidden");
  CHECK(roff_escape("'quote", false) == "\\&'quote");
  CHECK(roff_escape("use --fix, not question-bank -o", false) == "use \\-\\-fix, not question-bank \\-o");
  CHECK(roff_escape("kns-6", true) == "kns\\-6");
  CHECK(roff_escape("Học – số", false) == "H\\[u1ECD]c \\[u2013] s\\[u1ED1]");
  CHECK(roff_escape("Học", false, Utf8::keep) == "Học");
}

TEST_CASE("man_pages writes one page per command, with the help texts in roff", "[man_pages]") {
  hocvu::cli::test::ToyValues values;
  auto app = hocvu::cli::test::toy_app(values);
  auto pages = man_pages(describe_command(*app), ManTexts{}, "1.2.3", "");
  REQUIRE(pages.size() == 4);
  CHECK(pages[0].file_name == "toy.1");
  CHECK(pages[1].file_name == "toy-check.1");
  CHECK(pages[2].file_name == "toy-import.1");
  CHECK(pages[3].file_name == "toy-import-gift.1");
  CHECK(pages[1].roff ==
        ".TH TOY\\-CHECK 1 \"\" \"hocvu 1.2.3\" \"hocvu manual\"\n"
        ".SH NAME\ntoy\\-check \\- check files\n"
        ".SH SYNOPSIS\n.B toy check\n[\\fIOPTIONS\\fR]\n[\\fIpaths\\fR ...]\n"
        ".SH DESCRIPTION\ncheck files\n.PP\nChecks every file given. Lines are joined.\n"
        ".SH ARGUMENTS\n.TP\n\\fIpaths\\fR ...\nfiles or folders\n"
        ".SH OPTIONS\n"
        ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint this help message and exit\n"
        ".TP\n\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fITEXT\\fR\noutput format\n.br\n"
        "One of: \\fBtext\\fR, \\fBjson\\fR.\n.br\nDefault: \\fBtext\\fR.\n"
        ".TP\n\\fB\\-j\\fR, \\fB\\-\\-jobs\\fR \\fIUINT\\fR\nthreads\n.br\nValue: UINT in [0 \\- 8].\n"
        ".TP\n\\fB\\-\\-strict\\fR\nwarnings fail the run too\n"
        ".SH EXAMPLES\n.PP\n.RS 4\n.nf\ntoy check \\-\\-format json    as JSON\n.fi\n.RE\n"
        ".SH EXIT STATUS\n.TP\n.B 0\nclean\n.TP\n.B 1\nfindings (or warnings with \\-\\-strict)\n"
        ".TP\n.B 2\ncould not run\n"
        ".SH SEE ALSO\n.BR toy (1)\n");
}

TEST_CASE("man_pages: the top page lists the commands and the nested ones link both ways", "[man_pages]") {
  hocvu::cli::test::ToyValues values;
  auto app = hocvu::cli::test::toy_app(values);
  auto pages = man_pages(describe_command(*app), ManTexts{}, "1.2.3", "2026-01-01");
  const std::string& top = pages[0].roff;
  CHECK(top.rfind(".TH TOY 1 \"2026-01-01\" \"hocvu 1.2.3\"", 0) == 0);
  CHECK(top.find(".SH NAME\ntoy \\- tools for \"Học vụ số\"\n") != std::string::npos);  // NAME in UTF-8 for lexgrog
  CHECK(top.find(".SH COMMANDS\n.TP\n.BR toy\\-check (1)\ncheck files\n") != std::string::npos);
  CHECK(top.find(".SH SEE ALSO\n.BR toy\\-check (1),\n.BR toy\\-import (1)\n") != std::string::npos);
  const std::string& import = pages[2].roff;
  CHECK(import.find(".B toy import\n\\fICOMMAND\\fR\n[\\fIOPTIONS\\fR]\n") != std::string::npos);
  CHECK(import.find(".SH SEE ALSO\n.BR toy (1),\n.BR toy\\-import\\-gift (1)\n") != std::string::npos);
  // No "Exit status:" in its footer: the default sentence.
  CHECK(import.find(".SH EXIT STATUS\n.TP\n.B 0\nsuccess\n") != std::string::npos);
  CHECK(pages[3].roff.find(".SH SEE ALSO\n.BR toy (1),\n.BR toy\\-import (1)\n") != std::string::npos);
  CHECK(pages[3].roff.find("\\fIFILE\\fR\n.SH") != std::string::npos);  // a required positional, no brackets
}
