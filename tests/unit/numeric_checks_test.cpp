// Tests of src/load/numeric_checks.cpp through the linter: the value of a numeric answer and
// rule W409 (tolerance-too-large).
#include "load/numeric_checks.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "lint_test_support.hpp"

using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;

namespace {

// Lints one numeric question (its answer on line 11, its tolerance on line 12) and returns every
// finding, one line each.
std::string lint_numeric(const std::string& answer, const std::string& tolerance = "") {
  std::string question = "  - id: Q1\n"
                         "    competency: \"1.1\"\n"
                         "    level: CB\n"
                         "    type: numeric\n"
                         "    stem: Mật khẩu nên có ít nhất bao nhiêu ký tự?\n"
                         "    answer: " + answer + "\n";
  if (!tolerance.empty()) {
    question += "    tolerance: " + tolerance + "\n";
  }
  return describe(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(question)}}).diagnostics);
}

const char* const kNone = "(no diagnostics)\n";

}  // namespace

TEST_CASE("check_numeric_value: decimal answers within the tolerance rule give nothing", "[numeric_checks]") {
  CHECK(lint_numeric("12") == kNone);
  CHECK(lint_numeric("12", "0") == kNone);
  CHECK(lint_numeric("12.5", "0.1") == kNone);
  CHECK(lint_numeric("40", "39.99") == kNone);
  CHECK(lint_numeric("-3", "2.5") == kNone);
  CHECK(lint_numeric("6.02e23", "1e21") == kNone);
  CHECK(lint_numeric("\"2.5e-3\"", "0.0001") == kNone);
  // An answer of 0 has no size to compare a tolerance with.
  CHECK(lint_numeric("0", "5") == kNone);
}

TEST_CASE("check_numeric_value: E407 an answer in hex, with '+', leading zeros or a bare '.'", "[numeric_checks]") {
  for (const char* answer : {"0x1f", "+5", "010", ".5", "5.", "inf", ".nan", "1_000"}) {
    CAPTURE(answer);
    CHECK(lint_numeric(answer) == "bank.yaml:11:13: E407 the answer of numeric question Q1 must be a number, e.g. 42 "
                                  "or 3.5, not '" + std::string(answer) + "' [write  answer: a number, e.g. 42 or 3.5]\n");
  }
}

TEST_CASE("check_numeric_value: E407 an answer a double cannot hold", "[numeric_checks]") {
  CHECK(lint_numeric("1e-400") ==
        "bank.yaml:11:13: E407 the answer of numeric question Q1 is 1e-400, which is too close to 0 to be stored "
        "exactly (the limit is about 2.2e-308) [write the answer in a unit that keeps it between 1e-300 and 1e300 "
        "(set 'unit' to match)]\n");
  CHECK(lint_numeric("-2e308") ==
        "bank.yaml:11:13: E407 the answer of numeric question Q1 is -2e308, which is too large to be stored (the "
        "limit is about 1.8e308) [write the answer in a unit that keeps it between 1e-300 and 1e300 (set 'unit' to "
        "match)]\n");
  // No tolerance finding on top: there is no answer to compare it with.
  CHECK(lint_numeric("1e-400", "1") ==
        "bank.yaml:11:13: E407 the answer of numeric question Q1 is 1e-400, which is too close to 0 to be stored "
        "exactly (the limit is about 2.2e-308) [write the answer in a unit that keeps it between 1e-300 and 1e300 "
        "(set 'unit' to match)]\n");
}

TEST_CASE("check_numeric_value: W409 a tolerance as large as the answer", "[numeric_checks]") {
  const std::string hint = " [a tolerance is the largest error still marked right; make it smaller than the answer]\n";
  CHECK(lint_numeric("40", "50") ==
        "bank.yaml:12:16: W409 tolerance 50 of question Q1 is not smaller than its answer 40: every answer from -10 "
        "to 90 is right, 0 included" + hint);
  CHECK(lint_numeric("40", "40") ==
        "bank.yaml:12:16: W409 tolerance 40 of question Q1 is not smaller than its answer 40: every answer from 0 to "
        "80 is right, 0 included" + hint);
  CHECK(lint_numeric("-3", "3") ==
        "bank.yaml:12:16: W409 tolerance 3 of question Q1 is not smaller than its answer -3: every answer from -6 to "
        "0 is right, 0 included" + hint);
  // 0.1 - 0.3 is -0.19999999999999998 in binary; the message shows 15 digits.
  CHECK(lint_numeric("0.1", "0.3") ==
        "bank.yaml:12:16: W409 tolerance 0.3 of question Q1 is not smaller than its answer 0.1: every answer from "
        "-0.2 to 0.4 is right, 0 included" + hint);
  CHECK(lint_numeric("42", "1e308") ==
        "bank.yaml:12:16: W409 tolerance 1e+308 of question Q1 is not smaller than its answer 42: every answer from "
        "-1e+308 to 1e+308 is right, 0 included" + hint);
}

TEST_CASE("check_numeric_value: nothing for other types or an answer of the wrong shape", "[numeric_checks]") {
  hocvu::Question question;
  question.type = hocvu::QuestionType::short_text;
  question.written_answer = {{"40", {}}};
  question.tolerance = 100;
  hocvu::Diagnostics diagnostics;
  CHECK_FALSE(hocvu::check_numeric_value(question, "bank.yaml", diagnostics));
  CHECK(diagnostics.empty());
  question.type = hocvu::QuestionType::numeric;
  question.answer_is_list = true;
  CHECK_FALSE(hocvu::check_numeric_value(question, "bank.yaml", diagnostics));
  CHECK(diagnostics.empty());
  question.answer_is_list = false;
  CHECK(hocvu::check_numeric_value(question, "bank.yaml", diagnostics) == 40.0);  // the value, warned about
  question.written_answer = {{"1e-400", {}}};
  CHECK_FALSE(hocvu::check_numeric_value(question, "bank.yaml", diagnostics));  // reported, no value
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].rule == hocvu::Rule::tolerance_too_large);
}
