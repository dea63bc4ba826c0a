// The examples `hocvu lint --explain` shows are linted here, as rustc compiles the examples of its
// error codes: every rule's bad example must give a finding of that rule, and its fixed example
// no finding at all. The form of the examples, and the context they are linted with, are
// described at the top of src/diag/rules.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "diag/rules.hpp"
#include "example_framework.hpp"
#include "lint_test_support.hpp"

using hocvu::all_rules;
using hocvu::LintResult;
using hocvu::Rule;
using hocvu::RuleInfo;
using hocvu::test::describe;
using hocvu::test::MemoryFiles;
using hocvu::test::with_rule;

namespace {

// The rules no file can show, and why. A rule is here or has both examples, never neither.
const std::map<Rule, const char*> kNoExample = {
    {Rule::file_too_large, "needs a file over 16 MiB; linter_test lints one against a small --max-file-size"},
    {Rule::long_line, "needs a line of 2,000 characters; source_checks_test builds one"},
    {Rule::too_many_findings, "needs 1,000 findings in one file; the last test case below builds such a file"},
    {Rule::alias_budget, "a billion-laughs attack, which has no fixed form; compose_test and tests/hostile have one"},
    {Rule::nesting_too_deep, "65 levels of brackets are an attack with no fixed form; compose_test and tests/hostile"},
    {Rule::key_format, "key.csv is read for grading, not linted; key_file_test reads bad rows of every kind"},
    {Rule::manifest_format, "manifest.json is read for grading, not linted; load_key_test reads broken ones"},
    {Rule::corrections_format, "a corrections file is read for grading, not linted; corrections_test reads bad ones"},
    {Rule::correction_unknown_question, "needs an answer key; corrections_test checks corrections against one"},
    {Rule::correction_does_not_fit, "needs an answer key; corrections_test checks corrections against one"},
    {Rule::grade_state, "a grading state is merged, not linted; tally_test merges broken states of every kind"},
    {Rule::import_unsupported_type, "about Moodle XML and GIFT files, not linted; import tests read them"},
    {Rule::import_malformed_gift, "about GIFT files, not linted; gift_reader_test reads broken ones"},
    {Rule::import_xml_refused, "about Moodle XML files, not linted; moodle_xml_reader_test reads refused ones"},
    {Rule::import_no_answer_key, "about Moodle XML and GIFT files, not linted; import tests read them"},
    {Rule::import_malformed_xml, "about Moodle XML files, not linted; moodle_xml_reader_test reads broken ones"},
    {Rule::import_text_too_long, "about Moodle XML and GIFT files, not linted; import tests build large ones"},
    {Rule::import_content_lost, "about Moodle XML and GIFT files, not linted; import tests read them"},
    {Rule::import_duplicate_question, "about Moodle XML and GIFT files, not linted; import tests read them"},
    {Rule::import_gift_escape, "about GIFT files, not linted; gift_reader_test reads them"},
    {Rule::test_wise_score, "about the forms hocvu exam writes, not linted; test_wise_test and tests/e2e/exam_test_wise"},
};

// The context of every example (see the top of src/diag/rules.cpp): it lints clean.
const std::string kContextFrameworkPath = "framework/fw.yaml";
const std::string& kContextFramework = hocvu::test::kExampleFramework;

const std::string kContextBankPath = "question-banks/context.yaml";
const std::string kContextBank = R"(bank:
  id: context
  framework: fw
  language: vi
questions:
  - id: CTX-1
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Có thể lọc kết quả tìm kiếm theo thời gian đăng tải.
    answer: true
  - id: CTX-2
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Trang có biểu tượng ổ khoá trên thanh địa chỉ là trang của cơ quan nhà nước.
    answer: false
  - id: CTX-3
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Dấu ngoặc kép giúp tìm đúng cụm từ trên Google.
    answer: true
  - id: CTX-4
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: true_false
    stem: Một bài viết không ghi tác giả và ngày đăng cần được kiểm chứng thêm.
    answer: true
  - id: CTX-5
    competency: "1.1"
    level: TC
    outcome: 1.1-TC-1
    type: true_false
    stem: Có thể giới hạn kết quả tìm kiếm trong một trang web bằng toán tử site:.
    answer: true
)";

const std::string kExamplePath = "example.yaml";
const std::string kBankHeader = "bank: {id: vd, framework: fw, language: vi}\n";

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The value of `digits` read as hexadecimal, or -1 when it is not 2 to 6 hex digits.
long hex_value(std::string_view digits) {
  if (digits.size() < 2 || digits.size() > 6) {
    return -1;
  }
  long value = 0;
  for (char c : digits) {
    if (hex_digit(c) < 0) {
      return -1;
    }
    value = value * 16 + hex_digit(c);
  }
  return value;
}

std::string utf8_of(long code_point) {
  std::string out;
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return out;
}

// The bytes a marker stands for ("<TAB>", "<U+2028>", "<xE1>"); empty when `marker` is none,
// as '<<' of a merge key is not.
std::string marker_bytes(std::string_view marker) {
  static const std::map<std::string_view, std::string> kNamed = {
      {"<TAB>", "\t"}, {"<CR>", "\r"}, {"<SP>", " "}, {"<NUL>", std::string(1, '\0')}, {"<BOM>", "\xEF\xBB\xBF"}};
  if (auto named = kNamed.find(marker); named != kNamed.end()) {
    return named->second;
  }
  std::string_view inside = marker.substr(1, marker.size() - 2);
  if (inside.size() == 3 && inside[0] == 'x' && hex_value(inside.substr(1)) >= 0) {
    return std::string(1, static_cast<char>(hex_value(inside.substr(1))));
  }
  if (inside.size() >= 6 && inside.substr(0, 2) == "U+" && hex_value(inside.substr(2)) >= 0 &&
      hex_value(inside.substr(2)) <= 0x10FFFF) {
    return utf8_of(hex_value(inside.substr(2)));
  }
  return "";
}

// `text` with its markers replaced by the bytes they stand for.
std::string decode_markers(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t close = text[i] == '<' ? text.find('>', i) : std::string_view::npos;
    std::string bytes = close != std::string_view::npos ? marker_bytes(text.substr(i, close - i + 1)) : "";
    if (bytes.empty()) {
      out += text[i];
      continue;
    }
    out += bytes;
    i = close;
  }
  return out;
}

// One file of an example: a questions list gets the bank header.
std::string file_bytes(const std::string& text) {
  std::string bytes = decode_markers(text);
  bool bank_body = bytes.rfind("questions:", 0) == 0 || bytes.rfind("exhibits:", 0) == 0;
  return bank_body ? kBankHeader + bytes : bytes;
}

// The files of an example: example.yaml, or one per `# file: PATH` line.
MemoryFiles example_files(const std::string& example) {
  const std::string kFileLine = "# file: ";
  MemoryFiles files;
  std::string path = kExamplePath;
  std::string text;
  size_t start = 0;
  while (start < example.size()) {
    size_t end = example.find('\n', start);
    end = end == std::string::npos ? example.size() : end + 1;
    std::string line = example.substr(start, end - start);
    if (line.rfind(kFileLine, 0) == 0) {
      if (!text.empty()) {
        files[path] = file_bytes(text);
      }
      path = line.substr(kFileLine.size(), line.find_last_not_of('\n') + 1 - kFileLine.size());
      text.clear();
    } else {
      text += line;
    }
    start = end;
  }
  files[path] = file_bytes(text);
  return files;
}

// Lints `example` with the context, as `hocvu lint` would with its default options.
LintResult lint_example(const char* example) {
  MemoryFiles files{{kContextFrameworkPath, kContextFramework}, {kContextBankPath, kContextBank}};
  for (auto& [path, bytes] : example_files(example)) {
    files[path] = bytes;
  }
  hocvu::LintOptions options;
  options.load.threads = 1;
  return hocvu::test::lint_memory(files, options);
}

}  // namespace

TEST_CASE("rule examples: markers stand for what cannot be seen", "[rules][examples]") {
  CHECK(decode_markers("<TAB>stem: a<SP><SP><CR>\n") == "\tstem: a  \r\n");
  CHECK(decode_markers("a<NUL>b") == std::string("a\0b", 3));
  CHECK(decode_markers("<BOM>bank:") == "\xEF\xBB\xBF" "bank:");
  CHECK(decode_markers("Vie<U+0323><U+0302>t") == "Vie\xCC\xA3\xCC\x82t");
  CHECK(decode_markers("a<U+2028>b<U+1F600>") == "a\xE2\x80\xA8" "b\xF0\x9F\x98\x80");
  CHECK(decode_markers("<U+0009><U+0085><U+00E9>") == "\t\xC2\x85\xC3\xA9");
  CHECK(decode_markers("v<xE1><xBB> <xff>") == "v\xE1\xBB \xFF");
  SECTION("what only looks like a marker is kept") {
    CHECK(decode_markers("- <<: *mau") == "- <<: *mau");
    CHECK(decode_markers("<tab> <Tab> <U+> <U+12> <U+110000> <xE> <xE1F> <xG1> <> < TAB>") ==
          "<tab> <Tab> <U+> <U+12> <U+110000> <xE> <xE1F> <xG1> <> < TAB>");
    CHECK(decode_markers("a < b > c <") == "a < b > c <");
  }
}

TEST_CASE("rule examples: files, and the bank header before a questions list", "[rules][examples]") {
  SECTION("one file") {
    CHECK(example_files("questions:\n  - id: Q1\n") ==
          MemoryFiles{{"example.yaml", "bank: {id: vd, framework: fw, language: vi}\nquestions:\n  - id: Q1\n"}});
    CHECK(example_files("bank:\n  id: b\n") == MemoryFiles{{"example.yaml", "bank:\n  id: b\n"}});
    CHECK(example_files("# a comment\nquestions:\n") == MemoryFiles{{"example.yaml", "# a comment\nquestions:\n"}});
    CHECK(example_files("<CR>questions:\n") == MemoryFiles{{"example.yaml", "\rquestions:\n"}});
    CHECK(example_files("questions:<CR>\n") ==
          MemoryFiles{{"example.yaml", "bank: {id: vd, framework: fw, language: vi}\nquestions:\r\n"}});
  }
  SECTION("several files") {
    CHECK(example_files("# file: framework/fw.yaml\nframework:\n# file: b.yaml\nquestions:\n") ==
          MemoryFiles{{"framework/fw.yaml", "framework:\n"},
                      {"b.yaml", "bank: {id: vd, framework: fw, language: vi}\nquestions:\n"}});
    CHECK(example_files("blueprint:\n# file: b.yaml\nbank:\n") ==
          MemoryFiles{{"example.yaml", "blueprint:\n"}, {"b.yaml", "bank:\n"}});
  }
}

TEST_CASE("rule examples: the context lints clean", "[rules][examples]") {
  hocvu::LintOptions options;
  options.load.threads = 1;
  LintResult result = hocvu::test::lint_memory(
      MemoryFiles{{kContextFrameworkPath, kContextFramework}, {kContextBankPath, kContextBank}}, options);
  INFO(describe(result.diagnostics));
  CHECK(result.diagnostics.empty());
  CHECK(result.questions == 5);
  SECTION("with one question fewer, the coverage rule would fire: the context is at its minimum") {
    std::string three = kContextBank.substr(0, kContextBank.find("  - id: CTX-4")) +
                        kContextBank.substr(kContextBank.find("  - id: CTX-5"));
    LintResult thin = hocvu::test::lint_memory(
        MemoryFiles{{kContextFrameworkPath, kContextFramework}, {kContextBankPath, three}}, options);
    CHECK(with_rule(thin.diagnostics, Rule::coverage).size() == 1);
  }
}

TEST_CASE("rule examples: every rule has both examples or is listed as having none", "[rules][examples]") {
  for (const RuleInfo& info : all_rules()) {
    INFO(info.code << " " << info.name);
    bool listed = kNoExample.count(info.rule) > 0;
    if (listed) {
      CHECK(info.bad_example == nullptr);
      CHECK(info.fixed_example == nullptr);
    } else {
      INFO("give the rule a bad and a fixed example in src/diag/rules.cpp, or list it in kNoExample");
      CHECK(info.bad_example != nullptr);
      CHECK(info.fixed_example != nullptr);
    }
  }
}

TEST_CASE("rule examples: what --explain prints is readable text", "[rules][examples]") {
  // Invisible characters are written as markers, so the terminal shows every one of them.
  for (const RuleInfo& info : all_rules()) {
    INFO(info.code);
    for (const char* example : {info.bad_example, info.fixed_example}) {
      if (example == nullptr) {
        continue;
      }
      std::string_view text = example;
      auto invisible = std::find_if(text.begin(), text.end(), [](char c) {
        return c != '\n' && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F);
      });
      CHECK(invisible == text.end());
      CHECK(text.back() == '\n');
    }
  }
}

TEST_CASE("rule examples: each bad example gives a finding of its rule", "[rules][examples]") {
  size_t checked = 0;
  for (const RuleInfo& info : all_rules()) {
    if (info.bad_example == nullptr) {
      continue;
    }
    LintResult result = lint_example(info.bad_example);
    INFO(info.code << " " << info.name << ": the bad example gives\n" << describe(result.diagnostics));
    CHECK_FALSE(with_rule(result.diagnostics, info.rule).empty());
    ++checked;
  }
  CHECK(checked + kNoExample.size() == all_rules().size());
}

TEST_CASE("rule examples: each fixed example lints clean", "[rules][examples]") {
  for (const RuleInfo& info : all_rules()) {
    if (info.fixed_example == nullptr) {
      continue;
    }
    LintResult result = lint_example(info.fixed_example);
    // Examples may leave out `outcome` to stay short (see the top of src/diag/rules.cpp).
    hocvu::Diagnostics found = info.rule == Rule::question_without_outcome
                                   ? result.diagnostics
                                   : hocvu::test::without_rule(result.diagnostics, Rule::question_without_outcome);
    INFO(info.code << " " << info.name << ": the fixed example gives\n" << describe(found));
    CHECK(found.empty());
    CHECK(result.model.files.size() >= 2);
  }
}

// too-many-findings has no example (kNoExample): it is checked here instead.
TEST_CASE("rule examples: a file of 1,005 findings lists 1,000 and counts the rest", "[rules][examples]") {
  std::string questions;
  for (int i = 1; i <= 1005; ++i) {
    std::string n = std::to_string(i);
    // Keys alternate, so the bank's true/false balance (W423) adds no finding of its own.
    questions += "  - {id: Q" + n + ", competency: \"1.1\", level: CB, type: true_false, stem: Câu hỏi số " + n +
                 ", answer: " + (i % 2 == 0 ? "true" : "false") + ", anwser: true}\n";
  }
  MemoryFiles files{{hocvu::test::kFrameworkPath, hocvu::test::kFramework},
                    {"bank.yaml", hocvu::test::bank_yaml(questions)}};
  LintResult result = hocvu::test::lint_memory(files);
  REQUIRE(result.questions == 1005);
  CHECK(with_rule(result.diagnostics, Rule::unknown_key).size() == 1000);
  CHECK(describe(with_rule(result.diagnostics, Rule::too_many_findings)) ==
        "bank.yaml:0:0: E012 5 more findings in this file are not listed [fix the findings listed and lint again]\n");
  CHECK(result.diagnostics.size() == 1001);
}
