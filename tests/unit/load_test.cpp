#include "model/load.hpp"

#include <catch2/catch.hpp>

#include "load_document_support.hpp"
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>


using hocvu::Bank;
using hocvu::Framework;
using hocvu::OutcomeKind;
using hocvu::Question;
using hocvu::QuestionStatus;
using hocvu::QuestionType;
using hocvu::Rule;

namespace {

using load_support::Loaded;
using load_support::describe;

Loaded load(std::string_view yaml) { return load_support::load(yaml, "file.yaml"); }

using Lines = std::vector<std::string>;

constexpr std::string_view kFramework = R"(framework:
  id: qh-kns
  version: "1.0"
  title: Khung kiến thức, kỹ năng số cho Quốc hội
  language: vi
  description: Khung năng lực số
levels:
  - id: CB
    name: Cơ bản
    default_difficulty: -1.0
  - id: TC
    name: Trung cấp
    description: Dùng thành thạo
areas:
  - id: "1"
    title: Khai thác dữ liệu và thông tin
    description: Tìm, đánh giá và quản lý dữ liệu
    competencies:
      - id: "1.1"
        title: Duyệt, tìm kiếm và lọc dữ liệu
        description: Tra cứu thông tin
        outcomes:
          - id: 1.1-CB-1
            level: CB
            kind: knowledge
            text: Nêu được các nguồn tin cậy
          - id: 1.1-TC-1
            level: TC
            kind: attitude
            text: Thận trọng với tin chưa kiểm chứng
      - id: "1.2"
        title: Đánh giá dữ liệu
roles:
  - id: dbqh
    name: Đại biểu Quốc hội
    description: Người đại diện
    baseline: CB
    requires:
      - competency: "1.2"
        level: TC
  - id: cv
    name: Chuyên viên
)";

// Header, then questions; the caller adds questions indented by two spaces.
constexpr std::string_view kBankHeader = R"(bank:
  id: kns-1
  framework: qh-kns
  language: vi
questions:
)";

std::string bank_with(std::string_view questions) {
  return std::string(kBankHeader) + std::string(questions);
}

// One valid single-choice question on lines 6 to 14 (the answer on line 14), then `extra`.
std::string single_question(std::string_view extra = "", std::string_view answer = "answer: a\n") {
  return std::string("  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: single\n    stem: Câu hỏi\n"
                     "    options:\n      a: Đúng\n      b: Sai\n    ") +
         std::string(answer) + std::string(extra);
}

}  // namespace

TEST_CASE("load_document reads a framework with every field", "[load]") {
  auto loaded = load(kFramework);
  CHECK(describe(loaded.diagnostics).empty());
  CHECK_FALSE(loaded.document.bank);
  REQUIRE(loaded.document.framework);
  const Framework& f = *loaded.document.framework;
  CHECK(f.id.value == "qh-kns");
  CHECK(f.id.pos.file == 1);
  CHECK(f.id.pos.line == 2);
  CHECK(f.id.pos.column == 7);
  CHECK(f.version == "1.0");
  CHECK(f.title == "Khung kiến thức, kỹ năng số cho Quốc hội");
  CHECK(f.language.value == "vi");
  CHECK(f.description == "Khung năng lực số");

  REQUIRE(f.levels.size() == 2);
  CHECK(f.levels[0].id.value == "CB");
  CHECK(f.levels[0].name == "Cơ bản");
  CHECK(f.levels[0].default_difficulty == Approx(-1.0));
  CHECK(f.levels[1].id.value == "TC");
  CHECK(f.levels[1].id.pos.line == 11);
  CHECK(f.levels[1].name == "Trung cấp");
  CHECK_FALSE(f.levels[1].default_difficulty);

  REQUIRE(f.areas.size() == 1);
  const auto& area = f.areas[0];
  CHECK(area.id.value == "1");
  CHECK(area.title == "Khai thác dữ liệu và thông tin");
  CHECK(area.description == "Tìm, đánh giá và quản lý dữ liệu");
  REQUIRE(area.competencies.size() == 2);
  const auto& c11 = area.competencies[0];
  CHECK(c11.id.value == "1.1");
  CHECK(c11.title == "Duyệt, tìm kiếm và lọc dữ liệu");
  CHECK(c11.description == "Tra cứu thông tin");
  REQUIRE(c11.outcomes.size() == 2);
  CHECK(c11.outcomes[0].id.value == "1.1-CB-1");
  CHECK(c11.outcomes[0].level.value == "CB");
  CHECK(c11.outcomes[0].kind == OutcomeKind::knowledge);
  CHECK(c11.outcomes[0].text == "Nêu được các nguồn tin cậy");
  CHECK(c11.outcomes[1].id.value == "1.1-TC-1");
  CHECK(c11.outcomes[1].level.value == "TC");
  CHECK(c11.outcomes[1].level.pos.line == 28);
  CHECK(c11.outcomes[1].level.pos.column == 20);
  CHECK(c11.outcomes[1].kind == OutcomeKind::attitude);
  const auto& c12 = area.competencies[1];
  CHECK(c12.id.value == "1.2");
  CHECK(c12.description == "");
  CHECK(c12.outcomes.empty());

  REQUIRE(f.roles.size() == 2);
  CHECK(f.roles[0].id.value == "dbqh");
  CHECK(f.roles[0].name == "Đại biểu Quốc hội");
  CHECK(f.roles[0].description == "Người đại diện");
  REQUIRE(f.roles[0].baseline);
  CHECK(f.roles[0].baseline->value == "CB");
  REQUIRE(f.roles[0].requirements.size() == 1);
  CHECK(f.roles[0].requirements[0].competency.value == "1.2");
  CHECK(f.roles[0].requirements[0].level.value == "TC");
  CHECK(f.roles[1].id.value == "cv");
  CHECK_FALSE(f.roles[1].baseline);
  CHECK(f.roles[1].requirements.empty());
}

TEST_CASE("load_document reads a bank with every field", "[load]") {
  auto loaded = load(R"(bank:
  id: kns-1-khai-thac-du-lieu
  framework: qh-kns
  language: vi
  title: Ngân hàng câu hỏi 1
questions:
  - id: Q1.1-CB-01
    competency: "1.1"
    level: CB
    outcome: 1.1-CB-1
    type: single
    stem: Nguồn nào đáng tin cậy nhất?
    options:
      a: Cơ sở dữ liệu quốc gia về văn bản pháp luật
      b: Một diễn đàn mạng xã hội
    answer: a
    points: 2
    difficulty: -1.2
    enemies: [Q1.1-CB-02]
    status: draft
    tags: [tra-cuu, phap-luat]
    source: Nhóm hocvu biên soạn, 2026
    explanation: Đó là nguồn chính thức.
  - id: Q1.1-CB-02
    competency: "1.1"
    level: CB
    type: multiple
    stem: Chọn các nguồn chính thức.
    options: {a: Công báo, b: Tin đồn, c: Cổng thông tin Chính phủ}
    answer: [a, c]
  - id: Q1.1-CB-03
    competency: "1.1"
    level: CB
    type: numeric
    stem: Bao nhiêu ngày?
    answer: 30
    tolerance: 0.5
    unit: ngày
    status: retired
  - id: Q1.1-CB-04
    competency: "1.1"
    level: CB
    type: true_false
    stem: Tin đồn là nguồn tin cậy.
    answer: false
  - id: Q1.1-CB-05
    competency: "1.1"
    level: CB
    type: short_text
    stem: Viết tắt của Quốc hội?
    answer: [QH, Quốc hội]
    enemies: Q1.1-CB-04
    tags: viet-tat
)");
  CHECK(describe(loaded.diagnostics).empty());
  CHECK_FALSE(loaded.document.framework);
  REQUIRE(loaded.document.bank);
  const Bank& bank = *loaded.document.bank;
  CHECK(bank.id.value == "kns-1-khai-thac-du-lieu");
  CHECK(bank.framework.value == "qh-kns");
  CHECK(bank.framework.pos.line == 3);
  CHECK(bank.framework.pos.column == 14);
  CHECK(bank.language.value == "vi");
  CHECK(bank.title == "Ngân hàng câu hỏi 1");
  REQUIRE(bank.questions.size() == 5);

  const Question& q1 = bank.questions[0];
  CHECK(q1.pos.line == 7);
  CHECK(q1.pos.column == 5);
  CHECK(q1.id.value == "Q1.1-CB-01");
  CHECK(q1.competency.value == "1.1");
  CHECK(q1.level.value == "CB");
  REQUIRE(q1.outcome);
  CHECK(q1.outcome->value == "1.1-CB-1");
  CHECK(q1.type == QuestionType::single);
  CHECK(q1.stem.value == "Nguồn nào đáng tin cậy nhất?");
  CHECK(q1.stem.pos.line == 12);
  CHECK(q1.stem.pos.column == 11);
  CHECK(q1.has_options);
  CHECK(q1.options_pos.line == 14);
  REQUIRE(q1.options.size() == 2);
  CHECK(q1.options[0].key.value == "a");
  CHECK(q1.options[0].key.pos.line == 14);
  CHECK(q1.options[0].key.pos.column == 7);
  CHECK(q1.options[0].text.value == "Cơ sở dữ liệu quốc gia về văn bản pháp luật");
  CHECK(q1.options[0].text.pos.column == 10);
  CHECK(q1.options[1].key.value == "b");
  CHECK(q1.options[1].text.value == "Một diễn đàn mạng xã hội");
  CHECK(q1.has_answer);
  CHECK_FALSE(q1.answer_is_list);
  CHECK(q1.answer_pos.line == 16);
  CHECK(q1.answer_pos.column == 13);
  REQUIRE(q1.written_answer.size() == 1);
  CHECK(q1.written_answer[0].value == "a");
  CHECK(q1.points == Approx(2));
  REQUIRE(q1.difficulty);
  CHECK(*q1.difficulty == Approx(-1.2));
  REQUIRE(q1.enemies.size() == 1);
  CHECK(q1.enemies[0].value == "Q1.1-CB-02");
  CHECK(q1.enemies[0].pos.line == 19);
  CHECK(q1.status == QuestionStatus::draft);
  CHECK(q1.tags == std::vector<std::string>{"tra-cuu", "phap-luat"});
  CHECK(q1.source == "Nhóm hocvu biên soạn, 2026");
  CHECK(q1.explanation == "Đó là nguồn chính thức.");
  CHECK_FALSE(q1.tolerance);
  CHECK(q1.unit == "");

  const Question& q2 = bank.questions[1];
  CHECK(q2.type == QuestionType::multiple);
  CHECK_FALSE(q2.outcome);
  REQUIRE(q2.options.size() == 3);
  CHECK(q2.options[2].key.value == "c");
  CHECK(q2.options[2].text.value == "Cổng thông tin Chính phủ");
  CHECK(q2.answer_is_list);
  REQUIRE(q2.written_answer.size() == 2);
  CHECK(q2.written_answer[0].value == "a");
  CHECK(q2.written_answer[1].value == "c");
  CHECK(q2.written_answer[1].pos.column == 17);
  CHECK(q2.points == Approx(1));  // the default
  CHECK_FALSE(q2.difficulty);
  CHECK(q2.status == QuestionStatus::active);  // the default
  CHECK(q2.tags.empty());
  CHECK(q2.enemies.empty());

  const Question& q3 = bank.questions[2];
  CHECK(q3.type == QuestionType::numeric);
  CHECK_FALSE(q3.has_options);
  CHECK(q3.options.empty());
  REQUIRE(q3.written_answer.size() == 1);
  CHECK(q3.written_answer[0].value == "30");
  REQUIRE(q3.tolerance);
  CHECK(*q3.tolerance == Approx(0.5));
  CHECK(q3.tolerance_pos.line == 37);
  CHECK(q3.tolerance_pos.column == 16);
  CHECK(q3.unit == "ngày");
  CHECK(q3.status == QuestionStatus::retired);

  const Question& q4 = bank.questions[3];
  CHECK(q4.type == QuestionType::true_false);
  REQUIRE(q4.written_answer.size() == 1);
  CHECK(q4.written_answer[0].value == "false");

  const Question& q5 = bank.questions[4];
  CHECK(q5.type == QuestionType::short_text);
  CHECK(q5.answer_is_list);
  REQUIRE(q5.written_answer.size() == 2);
  CHECK(q5.written_answer[1].value == "Quốc hội");
  REQUIRE(q5.enemies.size() == 1);
  CHECK(q5.enemies[0].value == "Q1.1-CB-04");
  CHECK(q5.tags == std::vector<std::string>{"viet-tat"});
}

TEST_CASE("load_document: an unknown key with a suggestion", "[load]") {
  auto loaded = load(bank_with(single_question("", "anwser: a\n")));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"14:5 E204 unknown key 'anwser' in question Q1 [did you mean 'answer'?]",
              "6:5 E202 question Q1 has no 'answer' [add 'answer:' (an option key, a list of keys, true/false, a "
              "number or accepted texts)]"});
  REQUIRE(loaded.document.bank);
  REQUIRE(loaded.document.bank->questions.size() == 1);
  CHECK_FALSE(loaded.document.bank->questions[0].has_answer);
}

TEST_CASE("load_document: unknown keys in headers list the known keys", "[load]") {
  auto loaded = load("bank:\n  id: b\n  framework: f\n  language: vi\n  ghi_chu: x\nquestions: []\ncau_hoi: []\n");
  CHECK(describe(loaded.diagnostics) ==
        Lines{"7:1 E204 unknown key 'cau_hoi' in bank file [known keys: bank, exhibits, questions]",
              "5:3 E204 unknown key 'ghi_chu' in bank b [known keys: id, framework, language, translation_of, title, description]"});
}

TEST_CASE("load_document: missing required fields", "[load]") {
  auto question = load(bank_with("  - id: Q1\n    competency: \"1.1\"\n    type: single\n    options: {a: x, b: y}\n"
                                 "    answer: a\n"));
  CHECK(describe(question.diagnostics) == Lines{"6:5 E202 question Q1 has no 'level' [add 'level:' to this question]",
                                                "6:5 E202 question Q1 has no 'stem' [add 'stem:' to this question]"});
  CHECK(question.diagnostics.at(0).rule == Rule::missing_field);

  auto framework = load("framework:\n  id: f\n  title: T\n  language: vi\nlevels: []\nareas: []\n");
  CHECK(describe(framework.diagnostics) ==
        Lines{"2:3 E202 framework f has no 'version' [add 'version:' to this framework]",
              "1:1 E202 framework file has no 'roles' [add 'roles:' to this framework file]"});
  REQUIRE(framework.document.framework);
  CHECK(framework.document.framework->id.value == "f");

  auto bank = load("bank:\n  framework: f\n  language: vi\n");
  CHECK(describe(bank.diagnostics) == Lines{"2:3 E202 bank has no 'id' [add 'id:' to this bank]",
                                            "1:1 E202 bank file has no 'questions' [add 'questions:' to this bank file]"});
}

TEST_CASE("load_document: values of the wrong kind", "[load]") {
  auto loaded = load(bank_with(
      "  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: single\n    stem: {vi: Câu hỏi}\n"
      "    options: [Đúng, Sai]\n    answer: a\n    points: hai\n  - Q2\n"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"14:5 E203 each item here should be a question (a mapping of keys), not a single value []",
              "10:11 E203 'stem' of question Q1 is a mapping, not a single value []",
              "11:14 E203 'options' of question Q1 is a list, not a mapping [write one 'key: value' per line, "
              "indented under it]",
              "13:13 E203 'points' of question Q1 should be a number, not 'hai' [write a decimal number such as 2, "
              "1.5 or -0.25 (no '+', leading zeros, hex, inf or nan)]"});
  REQUIRE(loaded.document.bank);
  REQUIRE(loaded.document.bank->questions.size() == 1);
  const Question& q = loaded.document.bank->questions[0];
  CHECK(q.has_options);  // written, though unusable
  CHECK(q.options.empty());
  CHECK(q.points == Approx(1));

  auto lists = load("framework: qh-kns\nlevels: {CB: Cơ bản}\nareas: []\nroles: []\n");
  CHECK(describe(lists.diagnostics) ==
        Lines{"1:12 E203 'framework' of framework file is a single value, not a mapping [write one 'key: value' "
              "per line, indented under it]",
              "2:9 E203 'levels' of framework file is a mapping, not a list [write one item per line, each starting "
              "with '- ']"});
}

TEST_CASE("load_document: numbers out of range", "[load]") {
  auto loaded = load(bank_with(single_question("    difficulty: 9\n    tolerance: -1\n")));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"16:16 E207 'tolerance' of question Q1 is -1; it must be at least 0 []",
              "15:17 E207 'difficulty' of question Q1 is 9; it must be from -4 to 4 []"});
  CHECK(loaded.diagnostics.at(1).rule == Rule::invalid_value);
  const Question& q = loaded.document.bank->questions.at(0);
  CHECK_FALSE(q.difficulty);
  CHECK_FALSE(q.tolerance);
  CHECK(q.tolerance_pos.line == 16);

  auto level = load(std::string(kFramework).replace(std::string(kFramework).find("-1.0"), 4, "-5"));
  CHECK(describe(level.diagnostics) ==
        Lines{"10:25 E207 'default_difficulty' of level CB is -5; it must be from -4 to 4 []"});
}

TEST_CASE("load_document: malformed ids", "[load]") {
  const char* const hint =
      "ids use letters, digits, '.', '_' and '-' (no spaces or diacritics), start with a letter or digit, and have "
      "at most 64 characters";
  auto loaded = load(bank_with("  - id: Câu 1\n    competency: \"1 1\"\n    level: CB\n    type: true_false\n"
                               "    stem: Đúng không?\n    answer: true\n    tags: [Tra-cuu]\n"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{fmt::format("6:9 E206 'Câu 1' is not a valid id for 'id' of question [{}]", hint),
              fmt::format("7:17 E206 '1 1' is not a valid id for 'competency' of question [{}]", hint),
              "12:12 E206 tag 'Tra-cuu' is not valid [tags are lowercase ASCII words joined by hyphens, e.g. "
              "mat-khau]"});
  REQUIRE(loaded.document.bank);
  CHECK(loaded.document.bank->questions.at(0).id.value == "Câu 1");
}

TEST_CASE("load_document: an invalid choice with a suggestion", "[load]") {
  auto loaded = load(bank_with("  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: mutliple\n"
                               "    stem: Chọn\n    options: {a: x, b: y}\n    answer: [a]\n    status: published\n"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"9:11 E207 'type' of question Q1 is 'mutliple', not one of: single, multiple, true_false, numeric, "
              "short_text [did you mean 'multiple'?]",
              "13:13 E207 'status' of question Q1 is 'published', not one of: draft, active, retired []"});
  const Question& q = loaded.document.bank->questions.at(0);
  CHECK_FALSE(q.type);
  CHECK(q.status == QuestionStatus::active);

  auto kind = load(std::string(kFramework).replace(std::string(kFramework).find("knowledge"), 9, "knowlege"));
  CHECK(describe(kind.diagnostics) ==
        Lines{"25:19 E207 'kind' of outcome 1.1-CB-1 is 'knowlege', not one of: knowledge, skill, attitude [did you "
              "mean 'knowledge'?]"});
}

TEST_CASE("load_document: invalid option keys and option values", "[load]") {
  auto loaded = load(bank_with("  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: single\n"
                               "    stem: Chọn\n    options:\n      A: x\n      \"1\": y\n      c: [z]\n      d: ' '\n"
                               "    answer: A\n"));
  const char* const hint = "option keys are short lowercase words such as a, b, c, d";
  CHECK(describe(loaded.diagnostics) ==
        Lines{fmt::format("12:7 E206 option key 'A' is not valid [{}]", hint),
              fmt::format("13:7 E206 option key '1' is not valid [{}]", hint),
              "14:10 E203 option 'c' should be a text []",
              "15:10 E205 option 'd' is empty [write the option's text, or remove it]"});
  const Question& q = loaded.document.bank->questions.at(0);
  REQUIRE(q.options.size() == 4);  // kept, in order, so later checks can refer to them
  CHECK(q.options[0].key.value == "A");
  CHECK(q.options[0].text.value == "x");
  CHECK(q.options[1].key.value == "1");
  CHECK(q.options[2].text.value == "");
  CHECK(q.options[3].text.value == " ");
}

TEST_CASE("load_document: an option of blanks other than spaces is empty", "[load]") {
  auto loaded = load(bank_with("  - id: Q1\n    competency: \"1.1\"\n    level: CB\n    type: single\n"
                               "    stem: Chọn\n    options:\n      a: x\n      b: \"\\t\"\n    answer: a\n"));
  CHECK(describe(loaded.diagnostics) ==
        Lines{"13:10 E205 option 'b' is empty [write the option's text, or remove it]"});
}

TEST_CASE("load_document: optional lists left empty are empty", "[load]") {
  auto loaded = load(bank_with(single_question("    tags:\n    enemies:\n")));
  CHECK(describe(loaded.diagnostics) == Lines{});
  REQUIRE(loaded.document.bank);
  const Question& q = loaded.document.bank->questions.at(0);
  CHECK(q.tags.empty());
  CHECK(q.enemies.empty());
}

TEST_CASE("load_document: answers as a scalar, a list and other shapes", "[load]") {
  auto scalar = load(bank_with(single_question()));
  CHECK(scalar.diagnostics.empty());
  const Question& one = scalar.document.bank->questions.at(0);
  CHECK(one.has_answer);
  CHECK_FALSE(one.answer_is_list);
  REQUIRE(one.written_answer.size() == 1);
  CHECK(one.written_answer[0].value == "a");

  auto list = load(bank_with(single_question("", "answer:\n      - a\n      - b\n")));
  CHECK(list.diagnostics.empty());
  const Question& two = list.document.bank->questions.at(0);
  CHECK(two.answer_is_list);
  REQUIRE(two.written_answer.size() == 2);
  CHECK(two.written_answer[1].value == "b");
  CHECK(two.written_answer[1].pos.line == 16);
  CHECK(two.written_answer[1].pos.column == 9);
  CHECK(two.answer_pos.line == 15);

  auto empty = load(bank_with(single_question("", "answer: []\n")));
  CHECK(describe(empty.diagnostics) ==
        Lines{"14:13 E205 the answer of question Q1 is an empty list [list at least one answer]"});
  CHECK(empty.document.bank->questions.at(0).answer_is_list);

  auto mapping = load(bank_with(single_question("", "answer: {a: b}\n")));
  CHECK(describe(mapping.diagnostics) == Lines{"14:13 E203 'answer' of question Q1 is a mapping, not a list []"});
  CHECK(mapping.document.bank->questions.at(0).has_answer);
  CHECK(mapping.document.bank->questions.at(0).written_answer.empty());
}

TEST_CASE("load_document: a file that is neither framework nor bank", "[load]") {
  const char* const expected =
      "1:1 E201 this file is not a framework, a question bank, a blueprint, a unit tree or targets [start the file "
      "with 'framework:', 'bank:', 'blueprint:', 'units:' or 'targets:' as in the README (Formats)]";
  for (std::string_view text : {std::string_view("title: x\nquestions: []\n"), std::string_view("- bank\n"),
                                std::string_view("bank"), std::string_view("framwork:\n  id: x\n")}) {
    INFO(text);
    auto loaded = load(text);
    CHECK(describe(loaded.diagnostics) == Lines{expected});
    CHECK(loaded.diagnostics.at(0).rule == Rule::unknown_document);
    CHECK_FALSE(loaded.document.framework);
    CHECK_FALSE(loaded.document.bank);
  }
}

TEST_CASE("load_document recognises a file by its first matching key", "[load]") {
  auto loaded = load("questions: []\nbank:\n  id: b\n  framework: f\n  language: vi\n");
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.document.bank);
  CHECK(loaded.document.bank->id.value == "b");
}
