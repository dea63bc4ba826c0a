// Tests of src/import/finish_import.cpp and bank_yaml_writer.cpp: ids, repeated questions, the
// competency and level given, and the bank written as YAML that lint reads without a finding.
#include "import/finish_import.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "import/bank_yaml_writer.hpp"
#include "import/gift_reader.hpp"
#include "example_framework.hpp"
#include "import_test_support.hpp"
#include "lint_test_support.hpp"
#include "load_document_support.hpp"

using hocvu::ImportedBank;
using hocvu::ImportSettings;

namespace {

ImportSettings settings(std::string competency = "", std::string level = "") {
  ImportSettings s;
  s.file = "q.gift";
  s.format_name = "GIFT";
  s.source_name = "q.gift";
  s.bank_id = "nhap";
  s.framework = "fw";
  s.competency = std::move(competency);
  s.level = std::move(level);
  return s;
}

ImportedBank import_gift(const std::string& gift, const ImportSettings& s = settings()) {
  return hocvu::finish_import(hocvu::read_gift(gift, "q.gift"), s);
}

std::vector<std::string> ids(const ImportedBank& bank) {
  std::vector<std::string> out;
  for (const auto& q : bank.bank.questions) out.push_back(q.id.value);
  return out;
}

const std::string& kFramework = hocvu::test::kExampleFramework;

}  // namespace

TEST_CASE("finish_import: names that are ids kept, others numbered by place, the name kept in source", "[import]") {
  ImportedBank bank = import_gift(R"(::Q1:: Một? {T}

::Câu 2:: Hai? {F}

::IMP-0004:: Ba? {T}

Bốn? {T}

::Q1:: Một? {T}

::Q1:: Khác? {T}
)");
  CHECK(ids(bank) == std::vector<std::string>{"Q1", "IMP-0002", "IMP-0004", "IMP-0004-2", "IMP-0006"});
  CHECK(bank.bank.questions[1].source == "imported from q.gift (GIFT), line 3, name \"Câu 2\"");
  CHECK(bank.bank.questions[0].source == "imported from q.gift (GIFT), line 1");
  CHECK(bank.duplicates == 1);
  CHECK(bank.seen == 6);
  CHECK(describe(bank.diagnostics) ==
        std::vector<std::string>{
            "9:1 I108 question 'Q1' is the same as the one on line 1; it is imported once",
            "11:1 I108 the question on line 1 is also named 'Q1' but differs; this one is imported as IMP-0006"});
}

TEST_CASE("same_question: options in any order, but the same ones right", "[import]") {
  auto read = [](const std::string& gift) { return hocvu::read_gift(gift, "q.gift").questions.at(0).question; };
  CHECK(hocvu::same_question(read("x {=a ~b ~c}"), read("x {~c =a ~b}")));
  CHECK_FALSE(hocvu::same_question(read("x {=a ~b ~c}"), read("x {~a =b ~c}")));
  CHECK_FALSE(hocvu::same_question(read("x {=a ~b ~c}"), read("y {=a ~b ~c}")));
  CHECK_FALSE(hocvu::same_question(read("x {=a ~b ~c}"), read("x {=a ~b}")));
  CHECK(hocvu::same_question(read("x {#3:1}"), read("x {#2..4}")));
  CHECK_FALSE(hocvu::same_question(read("x {T}"), read("x {F}")));
}

TEST_CASE("finish_import: texts in NFC, the competency and level given", "[import]") {
  // "Việt" written decomposed (e + combining circumflex + combining dot below).
  ImportedBank bank = import_gift("::Q:: Vie\xCC\x82\xCC\xA3t Nam? {=Vie\xCC\x82\xCC\xA3t ~Lào}\n", settings("1.1", "CB"));
  REQUIRE(bank.bank.questions.size() == 1);
  const auto& q = bank.bank.questions[0];
  CHECK(q.stem.value == "Việt Nam?");
  CHECK(q.options[0].text.value == "Việt");
  CHECK(q.competency.value == "1.1");
  CHECK(q.level.value == "CB");
}

TEST_CASE("render_bank_yaml: the bank as written, read back by lint without a finding", "[import]") {
  ImportedBank bank = import_gift(R"($CATEGORY: $course$/Kỹ năng: số

::Q1:: Chọn "đúng": a #1? {
  =Có: thật
  ~no
  ####Giải thích\: dòng một\ndòng hai
}

::Q2:: Chọn hai {~%50%1.10 ~%50%yes ~%-100%- gạch}

::Q3:: Toán tử? {=site\: =[x] =a, b}

::Q4:: Bao nhiêu phần trăm? (đơn vị\: %) {#12.5:0.1}

::Q5:: Trái đất tròn? {TRUE}
)",
                                  settings("1.1", "CB"));
  std::string yaml = hocvu::render_bank_yaml(bank.bank, {"Một dòng chú thích", "dòng \x1b hai"});
  CHECK(yaml == R"(# Một dòng chú thích
# dòng \x1b hai
bank:
  id: nhap
  framework: fw
  language: vi
questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: "Chọn \"đúng\": a #1?"
    options:
      a: "Có: thật"
      b: "no"
    answer: a
    source: "imported from q.gift (GIFT), line 3, category \"$course$/Kỹ năng: số\""
    explanation: "Giải thích: dòng một\ndòng hai"

  - id: Q2
    competency: "1.1"
    level: CB
    type: multiple
    stem: Chọn hai
    options:
      a: "1.10"
      b: "yes"
      c: "- gạch"
    answer: [a, b]
    source: "imported from q.gift (GIFT), line 9, category \"$course$/Kỹ năng: số\""

  - id: Q3
    competency: "1.1"
    level: CB
    type: short_text
    stem: Toán tử?
    answer: ["site:", "[x]", "a, b"]
    source: "imported from q.gift (GIFT), line 11, category \"$course$/Kỹ năng: số\""

  - id: Q4
    competency: "1.1"
    level: CB
    type: numeric
    stem: Bao nhiêu phần trăm?
    answer: 12.5
    tolerance: 0.1
    unit: "%"
    source: "imported from q.gift (GIFT), line 13, category \"$course$/Kỹ năng: số\""

  - id: Q5
    competency: "1.1"
    level: CB
    type: true_false
    stem: Trái đất tròn?
    answer: true
    source: "imported from q.gift (GIFT), line 15, category \"$course$/Kỹ năng: số\""
)");
  hocvu::test::MemoryFiles files = {{"framework/fw.yaml", kFramework}, {"question-banks/nhap.yaml", yaml}};
  hocvu::LintResult result = hocvu::test::lint_memory(files);
  CHECK(hocvu::test::describe(result.diagnostics) == "(no diagnostics)\n");
  // Lint keeps no texts: compose and load the bank again to compare them.
  load_support::Loaded loaded = load_support::load(yaml, "question-banks/nhap.yaml");
  REQUIRE(loaded.document.bank);
  const auto& questions = loaded.document.bank->questions;
  REQUIRE(questions.size() == bank.bank.questions.size());
  for (size_t i = 0; i < questions.size(); ++i) {
    const hocvu::Question& written = bank.bank.questions[i];
    INFO(written.id.value);
    CHECK(questions[i].stem.value == written.stem.value);
    CHECK(questions[i].source == written.source);
    CHECK(questions[i].explanation == written.explanation);
    CHECK(questions[i].unit == written.unit);
    REQUIRE(questions[i].options.size() == written.options.size());
    for (size_t k = 0; k < written.options.size(); ++k) CHECK(questions[i].options[k].text.value == written.options[k].text.value);
  }
  std::vector<std::string> accepted;
  for (const auto& text : questions[2].written_answer) accepted.push_back(text.value);
  CHECK(accepted == std::vector<std::string>{"site:", "[x]", "a, b"});
}

TEST_CASE("render_bank_yaml: without competency and level lint names what the author must add", "[import]") {
  ImportedBank bank = import_gift("::Q1:: Một? {T}\n");
  std::string yaml = hocvu::render_bank_yaml(bank.bank, {});
  CHECK(yaml.find("competency") == std::string::npos);
  hocvu::test::MemoryFiles files = {{"framework/fw.yaml", kFramework}, {"question-banks/nhap.yaml", yaml}};
  hocvu::LintResult result = hocvu::test::lint_memory(files);
  std::vector<std::string> found;
  for (const auto& d : result.diagnostics) found.push_back(fmt::format("{} {}", d.code(), d.message));
  CHECK(found == std::vector<std::string>{"E202 question Q1 has no 'competency'", "E202 question Q1 has no 'level'"});
}
