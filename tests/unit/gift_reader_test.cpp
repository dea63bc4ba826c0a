// Tests of src/import/gift_reader.cpp and gift_text.cpp: GIFT questions of every type, escapes,
// formats and comments, and broken questions reported with line and column.
#include "import/gift_reader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "import/gift_text.hpp"
#include "import_test_support.hpp"

using hocvu::ImportReading;
using hocvu::QuestionType;

namespace {

ImportReading read(const std::string& gift) {
  return hocvu::read_gift(gift, "q.gift");
}

std::vector<std::string> keys(const hocvu::Question& q) {
  return std::get<hocvu::ChoiceAnswer>(*q.answer).keys;
}

}  // namespace

TEST_CASE("gift: multiple choice with title, comments, feedback and general feedback", "[import][gift]") {
  ImportReading r = read(R"(// Câu hỏi mẫu
$CATEGORY: $course$/Kỹ năng số

// đề 1
::Q1.1-CB-01:: Thủ đô của
Việt Nam là? {
  ~Huế#Không phải
  =Hà Nội
  ~Đà Nẵng
  ####Hà Nội là thủ đô.
}
)");
  REQUIRE(r.questions.size() == 1);
  const auto& imported = r.questions[0];
  CHECK(imported.name == "Q1.1-CB-01");
  CHECK(imported.category == "$course$/Kỹ năng số");
  CHECK(imported.line == 5);
  CHECK(imported.column == 1);
  CHECK(imported.question.type == QuestionType::single);
  CHECK(imported.question.stem.value == "Thủ đô của\nViệt Nam là?");
  CHECK(option_texts(imported.question) == std::vector<std::string>{"a=Huế", "b=Hà Nội", "c=Đà Nẵng"});
  CHECK(keys(imported.question) == std::vector<std::string>{"b"});
  CHECK(imported.question.explanation == "Hà Nội là thủ đô.");
  CHECK(describe(r.diagnostics) == std::vector<std::string>{"5:1 I107 question 'Q1.1-CB-01': left out feedback on 1 option"});
}

TEST_CASE("gift: weights make multiple response; partial credit in single choice is said lost", "[import][gift]") {
  ImportReading r = read(R"(::M:: Chọn hai {~%50%A ~%50%B ~%-100%C}

::P:: Chọn một {=A ~%50%B ~C}

::N:: Sai trọng số {~%50%A ~%30%B}

::W:: Trọng số hỏng {~%abc%A ~B}
)");
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].question.type == QuestionType::multiple);
  CHECK(keys(r.questions[0].question) == std::vector<std::string>{"a", "b"});
  CHECK(r.questions[1].question.type == QuestionType::single);
  CHECK(keys(r.questions[1].question) == std::vector<std::string>{"a"});
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "3:1 I107 question 'P': left out partial credit of 1 option",
            "5:1 I104 question 'N': the options worth credit add up to 80%, not 100%; it is not imported",
            "7:23 I102 question 'W': this weight is not a percent between % signs, such as %50%; it is not imported"});
}

TEST_CASE("gift: true/false, short answer and numerical", "[import][gift]") {
  ImportReading r = read(R"(::T:: Trái đất tròn. {T}

::F:: Mặt trời quay quanh trái đất. {FALSE#Sai rồi#Đúng rồi}

::S:: Toán tử giới hạn tên miền? {=site\: =%100%site =%50%gần đúng#gần}

::N1:: Bao nhiêu? {#12.5:0.1}

::N2:: Khoảng? {#2..4}

::N3:: Nhiều đáp án {#=1822:0 =%50%1822:2 ~Sai}

::N4:: Không phải số {#ba}

Không tên, chỉ có đáp án {=một}
)");
  REQUIRE(r.questions.size() == 7);
  CHECK(std::get<hocvu::TrueFalseAnswer>(*r.questions[0].question.answer).value);
  CHECK_FALSE(std::get<hocvu::TrueFalseAnswer>(*r.questions[1].question.answer).value);
  CHECK(r.questions[2].question.type == QuestionType::short_text);
  CHECK(std::get<hocvu::TextAnswer>(*r.questions[2].question.answer).accepted == std::vector<std::string>{"site:", "site"});
  CHECK(std::get<hocvu::NumericAnswer>(*r.questions[3].question.answer) == hocvu::NumericAnswer{12.5, 0.1});
  CHECK(std::get<hocvu::NumericAnswer>(*r.questions[4].question.answer) == hocvu::NumericAnswer{3, 1});
  CHECK(std::get<hocvu::NumericAnswer>(*r.questions[5].question.answer) == hocvu::NumericAnswer{1822, 0});
  CHECK(r.questions[6].name.empty());
  CHECK(r.questions[6].ordinal == 8);
  CHECK(std::get<hocvu::TextAnswer>(*r.questions[6].question.answer).accepted == std::vector<std::string>{"một"});
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "3:1 I107 question 'F': left out feedback on the answers",
            "5:1 I107 question 'S': left out partial credit of 1 answer; feedback on 1 answer",
            "11:1 I107 question 'N3': left out feedback on wrong answers; 1 other answer with credit",
            "13:1 I104 question 'N4': its answer 'ba' with tolerance '' is not a number; it is not imported"});
}

TEST_CASE("gift: escapes, formats and unknown escapes", "[import][gift]") {
  ImportReading r = read(R"(::E\:1:: [html]Giá trị \{x\} \= 1 \~ 2 \# 3 \\ 4<br>và &lt;b&gt;\nhai {
  =[plain]<b>đậm</b>
  ~a \\ b
}

::E2:: [markdown]**Đậm** C\Users {T}
)");
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].name == "E:1");
  // In HTML a line break (\n) is spacing, as Moodle shows it.
  CHECK(r.questions[0].question.stem.value == "Giá trị {x} = 1 ~ 2 # 3 \\ 4\nvà <b> hai");
  CHECK(option_texts(r.questions[0].question) == std::vector<std::string>{"a=<b>đậm</b>", "b=a \\ b"});
  CHECK(r.questions[1].question.stem.value == "**Đậm** C\\Users");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{"6:27 I109 '\\U' is not a GIFT escape; the backslash is kept as written"});
}

TEST_CASE("gift: broken questions with line and column", "[import][gift][hostile]") {
  ImportReading r = read(R"(::A:: Chưa đóng {=Hà Nội ~Huế

::B:: Thừa } ngoặc

::C:: Lồng {=a {~b}

::D:: Hai khối {=a ~b} và {=c ~d}

::E chưa đóng tên {T}

::F:: Chữ trước dấu {x ~a =b}
)");
  CHECK(r.questions.empty());
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "1:17 I102 question 'A': the answers opened here with '{' are never closed with '}'; it is not imported",
            "3:12 I102 question 'B': this '}' closes no answer block; it is not imported",
            "5:16 I102 question 'C': a '{' inside the answers; it is not imported",
            "7:27 I102 question 'D': a second answer block; a GIFT question has one; it is not imported",
            "9:1 I102 question 5: the title that starts with '::' does not end with '::'; it is not imported",
            "11:22 I102 question 'F': text before the first answer mark (~ or =); it is not imported"});
}

TEST_CASE("gift: types hocvu does not have are named with their line", "[import][gift]") {
  ImportReading r = read(R"(::Essay:: Viết một đoạn {}

::Match:: Ghép {=Hà Nội -> Thủ đô =Huế -> Cố đô}

::Desc:: Chỉ là mô tả

::Missing:: Hà Nội là {=thủ đô ~thành phố} của Việt Nam.
)");
  CHECK(r.questions.empty());
  CHECK(r.seen == 4);
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "1:1 I101 question 'Essay' is an essay question (no answers), which hocvu does not have; it is not imported",
            "3:1 I101 question 'Match' is a matching question, which hocvu does not have; it is not imported",
            "5:1 I101 question 'Desc' is a description (text with no answers), which hocvu does not have; it is not imported",
            "7:1 I101 question 'Missing' is a missing-word question (text after the answers), which hocvu does not have; it "
            "is not imported"});
}

TEST_CASE("gift: a byte-order mark, CRLF, and a category line followed by a question", "[import][gift]") {
  ImportReading r = read("\xEF\xBB\xBF$CATEGORY: a/b\r\n::Q:: Đúng? {T}\r\n\r\n::R:: Sai? {F}\r\n");
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].category == "a/b");
  CHECK(r.questions[0].line == 2);
  CHECK(r.questions[1].question.stem.value == "Sai?");
  CHECK(r.diagnostics.empty());
}

TEST_CASE("gift: invalid UTF-8 and a 10 MB question", "[import][gift][hostile]") {
  CHECK(describe(read("::A:: x {T}\n\n::B:: \xC3\x28 {T}\n").diagnostics) ==
        std::vector<std::string>{"3:7 I102 the file is not valid UTF-8 here; nothing is imported from it"});
  std::string big = "::Big:: " + std::string(10u << 20, 'x') + " {T}\n\n::Small:: y {T}\n";
  ImportReading r = read(big);
  REQUIRE(r.questions.size() == 1);
  CHECK(r.questions[0].name == "Small");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{"1:1 I106 question 1 is larger than hocvu accepts (1 MiB a text, 4 MiB a question); it "
                                 "is not imported"});
  std::string braces(2u << 20, '{');
  CHECK(describe(read(braces).diagnostics).size() == 1);
  std::string backslashes(1u << 19, '\\');
  ImportReading escapes = read("::X:: " + backslashes + "{T}");
  REQUIRE(escapes.questions.size() == 1);
  CHECK(escapes.questions[0].question.stem.value == std::string(1u << 18, '\\'));
  CHECK(escapes.diagnostics.empty());
}

TEST_CASE("gift text: unescaped search and splitting", "[import][gift]") {
  CHECK(hocvu::find_unescaped("a\\{b{", 0, '{') == 4);
  CHECK(hocvu::find_unescaped("a\\\\{", 0, '{') == 3);
  CHECK(hocvu::find_unescaped("a\\::b::", 0, "::") == 5);
  CHECK(hocvu::rfind_unescaped("x####y\\####z", "####") == 1);
  auto pieces = hocvu::split_before("=a ~b\\~c =d", "~=");
  CHECK(pieces == std::vector<std::string_view>{"", "=a ", "~b\\~c ", "=d"});
}
