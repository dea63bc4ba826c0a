// Tests of src/import/moodle_xml_reader.cpp and moodle_question.cpp: Moodle XML questions of every
// type mapped to hocvu's, what cannot be mapped reported with its line, and hostile XML refused.
#include "import/moodle_xml_reader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "import_test_support.hpp"

using hocvu::ImportReading;
using hocvu::QuestionType;

namespace {

ImportReading read(const std::string& xml) {
  return hocvu::read_moodle_xml(xml, "q.xml");
}

std::string quiz(const std::string& questions) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n";
}

const hocvu::ChoiceAnswer& choice(const hocvu::Question& q) {
  return std::get<hocvu::ChoiceAnswer>(*q.answer);
}

}  // namespace

TEST_CASE("moodle xml: single-choice multichoice, HTML decoded, feedback said lost", "[import][moodle]") {
  ImportReading r = read(quiz(R"(  <question type="multichoice">
    <name><text>Q1.1-CB-01</text></name>
    <questiontext format="html"><text><![CDATA[<p>Chọn &lt;nguồn&gt; <b>đúng</b>:</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Vì &amp; bởi</text></generalfeedback>
    <defaultgrade>2.5000000</defaultgrade>
    <single>true</single>
    <answer fraction="0" format="html"><text>Mạng xã hội</text><feedback><text>Sai</text></feedback></answer>
    <answer fraction="100" format="html"><text><![CDATA[Công báo &amp; CSDL]]></text></answer>
    <answer fraction="0" format="html"><text></text></answer>
    <answer fraction="0" format="plain_text"><text>a &lt;b&gt;</text></answer>
  </question>
)"));
  REQUIRE(r.questions.size() == 1);
  const hocvu::Question& q = r.questions[0].question;
  CHECK(r.questions[0].name == "Q1.1-CB-01");
  CHECK(r.questions[0].line == 3);
  CHECK(r.questions[0].ordinal == 1);
  CHECK(q.type == QuestionType::single);
  CHECK(q.stem.value == "Chọn <nguồn> đúng:");
  CHECK(q.explanation == "Vì & bởi");
  CHECK(q.points == 2.5);
  CHECK(option_texts(q) == std::vector<std::string>{"a=Mạng xã hội", "b=Công báo & CSDL", "c=a <b>"});
  CHECK(choice(q).keys == std::vector<std::string>{"b"});
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{"3:3 I107 question 'Q1.1-CB-01': left out the question text's formatting (bold, "
                                 "italics, colours); feedback on 1 option"});
  CHECK(r.seen == 1);
}

TEST_CASE("moodle xml: multiple response from positive credits adding up to 100", "[import][moodle]") {
  ImportReading r = read(quiz(R"(<question type="multichoice"><name><text>M</text></name>
<questiontext><text>Chọn hai</text></questiontext><single>false</single>
<answer fraction="33.33333"><text>A</text></answer><answer fraction="-50"><text>B</text></answer>
<answer fraction="33.33333"><text>C</text></answer><answer fraction="33.33333"><text>D</text></answer>
</question>
<question type="multichoice"><name><text>U</text></name><questiontext><text>x</text></questiontext>
<single>0</single><answer fraction="70"><text>A</text></answer><answer fraction="30"><text>B</text></answer>
<answer fraction="0"><text>C</text></answer></question>
<question type="multichoice"><name><text>N</text></name><questiontext><text>x</text></questiontext>
<single>false</single><answer fraction="50"><text>A</text></answer><answer fraction="30"><text>B</text></answer>
</question>
)"));
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].question.type == QuestionType::multiple);
  CHECK(choice(r.questions[0].question).keys == std::vector<std::string>{"a", "c", "d"});
  CHECK(choice(r.questions[1].question).keys == std::vector<std::string>{"a", "b"});
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "8:1 I107 question 'U': left out the unequal credits of the right options (hocvu gives each an equal share)",
            "11:1 I104 question 'N': the options worth credit add up to 80%, not 100%; it is not imported"});
}

TEST_CASE("moodle xml: single choice needs exactly one full-credit option", "[import][moodle]") {
  ImportReading r = read(quiz(R"(<question type="multichoice"><name><text>A</text></name><questiontext><text>x</text></questiontext>
<answer fraction="50"><text>1</text></answer><answer fraction="0"><text>2</text></answer></question>
<question type="multichoice"><name><text>B</text></name><questiontext><text>x</text></questiontext>
<answer fraction="100"><text>1</text></answer><answer fraction="100"><text>2</text></answer></question>
<question type="multichoice"><name><text>C</text></name><questiontext><text>x</text></questiontext>
<answer fraction="100"><text>1</text></answer></question>
<question type="multichoice"><name><text>D</text></name><questiontext><text>x</text></questiontext>
<answer fraction="abc"><text>1</text></answer><answer fraction="0"><text>2</text></answer></question>
<question type="multichoice"><name><text>E</text></name><questiontext><text>x</text></questiontext>
<answer fraction="100"><text>1</text></answer><answer fraction="50"><text>2</text></answer>
<answer fraction="0"><text>3</text></answer></question>
)"));
  REQUIRE(r.questions.size() == 1);
  CHECK(r.questions[0].name == "E");
  CHECK(describe(r.diagnostics) == std::vector<std::string>{
                                       "3:1 I104 question 'A': no option is worth 100%; it is not imported",
                                       "5:1 I104 question 'B': 2 options are worth 100%; a single-choice question has one "
                                       "right option; it is not imported",
                                       "7:1 I104 question 'C': it has 1 option; a choice question has 2 to 26; it is not imported",
                                       "9:1 I104 question 'D': the credit of answer 1 ('abc') is not a number; it is not imported",
                                       "11:1 I107 question 'E': left out partial credit of 1 option"});
}

TEST_CASE("moodle xml: true/false, short answer and numerical", "[import][moodle]") {
  ImportReading r = read(quiz(R"(<question type="truefalse"><name><text>TF</text></name>
<questiontext format="moodle_auto_format"><text>Dòng một
dòng hai</text></questiontext>
<answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>
<question type="shortanswer"><name><text>SA</text></name><questiontext><text>Toán tử?</text></questiontext>
<usecase>1</usecase><answer fraction="100"><text>site:</text></answer><answer fraction="100"><text>a\*b</text></answer>
<answer fraction="100"><text>x*</text></answer><answer fraction="50"><text>gần đúng</text></answer>
<answer fraction="0"><text>sai</text></answer></question>
<question type="numerical"><name><text>NU</text></name><questiontext><text>Bao nhiêu?</text></questiontext>
<answer fraction="100"><text>12.5</text><tolerance>0.1</tolerance></answer>
<answer fraction="0"><text>*</text><feedback><text>Sai rồi</text></feedback></answer>
<units><unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit>
<unit><multiplier>1</multiplier><unit_name>m</unit_name></unit></units></question>
<question type="numerical"><name><text>NE</text></name><questiontext><text>Bao nhiêu? (đơn vị: bản)</text></questiontext>
<answer fraction="100"><text>3</text><tolerance>0</tolerance></answer></question>
<question type="numerical"><name><text>NX</text></name><questiontext><text>x</text></questiontext>
<answer fraction="100"><text>ba</text></answer></question>
)"));
  REQUIRE(r.questions.size() == 4);
  const auto& tf = r.questions[0].question;
  CHECK(tf.type == QuestionType::true_false);
  CHECK(tf.stem.value == "Dòng một\ndòng hai");
  CHECK(std::get<hocvu::TrueFalseAnswer>(*tf.answer).value == false);
  const auto& sa = r.questions[1].question;
  CHECK(sa.type == QuestionType::short_text);
  CHECK(std::get<hocvu::TextAnswer>(*sa.answer).accepted == std::vector<std::string>{"site:", "a*b", "x*"});
  const auto& nu = r.questions[2].question;
  CHECK(nu.type == QuestionType::numeric);
  CHECK(std::get<hocvu::NumericAnswer>(*nu.answer) == hocvu::NumericAnswer{12.5, 0.1});
  CHECK(nu.tolerance == 0.1);
  CHECK(nu.unit == "m");
  const auto& ne = r.questions[3].question;
  CHECK(ne.stem.value == "Bao nhiêu?");
  CHECK(ne.unit == "bản");
  CHECK_FALSE(ne.tolerance);
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "7:1 I107 question 'SA': left out partial credit of 1 answer; the * wildcard (kept as a literal *); "
            "case-sensitive matching (hocvu ignores case)",
            "11:1 I107 question 'NU': left out 1 other units; feedback on 1 answer",
            "18:1 I104 question 'NX': its answer 'ba' with tolerance '' is not a number; it is not imported"});
}

TEST_CASE("moodle xml: a unit hocvu exam wrote in either catalogue's language is read back", "[import][moodle]") {
  ImportReading r = read(quiz(R"(<question type="numerical"><name><text>EN</text></name>
<questiontext><text>How many copies? (unit: copies)</text></questiontext>
<answer fraction="100"><text>3</text><tolerance>0</tolerance></answer></question>
<question type="numerical"><name><text>VI</text></name><questiontext><text>Bao nhiêu? (đơn vị: bản)</text></questiontext>
<answer fraction="100"><text>3</text><tolerance>0</tolerance></answer></question>
<question type="numerical"><name><text>NOT</text></name><questiontext><text>How much (unit: ) (in total)?</text></questiontext>
<answer fraction="100"><text>3</text><tolerance>0</tolerance></answer></question>
)"));
  REQUIRE(r.questions.size() == 3);
  CHECK(r.questions[0].question.stem.value == "How many copies?");
  CHECK(r.questions[0].question.unit == "copies");
  CHECK(r.questions[1].question.stem.value == "Bao nhiêu?");
  CHECK(r.questions[1].question.unit == "bản");
  CHECK(r.questions[2].question.stem.value == "How much (unit: ) (in total)?");  // not at the end: the stem's own
  CHECK(r.questions[2].question.unit.empty());
}

TEST_CASE("moodle xml: unsupported types named with their line, categories kept", "[import][moodle]") {
  ImportReading r = read(quiz(R"(  <question type="category"><category><text>$course$/Kỹ năng số</text></category></question>
  <question type="essay"><name><text>Bài luận</text></name><questiontext><text>Viết</text></questiontext></question>
  <question type="match"><name><text>Ghép</text></name></question>
  <question type="multianswer"><name><text>Cloze</text></name></question>
  <question type="ddwtos"><name><text/></name></question>
  <question type="description"><name><text>Mô tả</text></name></question>
  <question type="random"><name><text>R</text></name></question>
  <question type="weird"><name><text>W</text></name></question>
  <question type="truefalse"><name><text>T</text></name><questiontext><text>x</text></questiontext>
    <answer fraction="100"><text>true</text></answer></question>
)"));
  REQUIRE(r.questions.size() == 1);
  CHECK(r.questions[0].category == "$course$/Kỹ năng số");
  CHECK(r.questions[0].ordinal == 8);
  CHECK(r.seen == 8);
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "4:3 I101 question 'Bài luận' is an essay question (Moodle type 'essay'), which hocvu does not have; it is not imported",
            "5:3 I101 question 'Ghép' is a matching question (Moodle type 'match'), which hocvu does not have; it is not imported",
            "6:3 I101 question 'Cloze' is a cloze (embedded answers) question (Moodle type 'multianswer'), which hocvu does not "
            "have; it is not imported",
            "7:3 I101 question 4 is a drag-and-drop into text question (Moodle type 'ddwtos'), which hocvu does not have; it is "
            "not imported",
            "8:3 I101 question 'Mô tả' is a description, not a question (Moodle type 'description'), which hocvu does not have; "
            "it is not imported",
            "9:3 I101 question 'R' is a random question (a slot, not a question) (Moodle type 'random'), which hocvu does not "
            "have; it is not imported",
            "10:3 I101 question 'W' is a question of a type hocvu does not know (Moodle type 'weird'), which hocvu does not "
            "have; it is not imported"});
}

TEST_CASE("moodle xml: images, hints, tags and marks hocvu cannot hold are said lost", "[import][moodle]") {
  ImportReading r = read(quiz(R"(<question type="truefalse"><name><text>T</text></name>
<questiontext format="html"><text><![CDATA[<p>Hình <img src="@@PLUGINFILE@@/a.png"></p>]]></text>
<file name="a.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
<defaultgrade>0</defaultgrade>
<answer fraction="100"><text>TRUE</text></answer>
<hint format="html"><text>Gợi ý</text></hint><hint format="html"><text></text></hint>
<tags><tag><text>an-toan</text></tag><tag><text>Mật khẩu</text></tag></tags>
<idnumber>ID-7</idnumber>
</question>
)"));
  REQUIRE(r.questions.size() == 1);
  CHECK(r.questions[0].question.stem.value == "Hình");
  CHECK(r.questions[0].question.points == 1.0);
  CHECK(r.questions[0].question.tags == std::vector<std::string>{"an-toan"});
  CHECK(r.questions[0].idnumber == "ID-7");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "3:1 I107 question 'T': left out the question text's images; 1 embedded file; 1 hint; its mark '0' (hocvu points "
            "are 0.01 to 1000; 1 is used); the tag 'Mật khẩu' (hocvu tags are lowercase ASCII words joined by hyphens)"});
}

TEST_CASE("moodle xml: entity declarations refuse the file; nothing is expanded", "[import][moodle][hostile]") {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    std::string previous = i == 1 ? "lol" : fmt::format("lol{}", i - 1);
    std::string refs;
    for (int k = 0; k < 10; ++k) refs += "&" + previous + ";";
    laughs += fmt::format(" <!ENTITY lol{} \"{}\">\n", i, refs);
  }
  laughs += "]>\n<quiz><question type=\"truefalse\"><name><text>&lol9;</text></name></question></quiz>\n";
  ImportReading r = read(laughs);
  CHECK(r.questions.empty());
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{"3:15 I103 the file declares the entity 'lol'; hocvu expands no entity (entities can "
                                 "grow without end or read other files), so nothing is imported from this file"});

  ImportReading xxe = read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                           "<quiz><question type=\"truefalse\"><name><text>&x;</text></name></question></quiz>");
  CHECK(xxe.questions.empty());
  REQUIRE(xxe.diagnostics.size() == 1);
  CHECK(xxe.diagnostics[0].code() == std::string("I103"));
  CHECK(xxe.diagnostics[0].message.find("'x' from another file") != std::string::npos);
  CHECK(xxe.diagnostics[0].where.line == 2);

  ImportReading parameter = read("<!DOCTYPE quiz [<!ENTITY % p SYSTEM \"http://example.invalid/x.dtd\"> %p;]><quiz/>");
  CHECK(describe(parameter.diagnostics).size() == 1);
  CHECK(parameter.diagnostics[0].code() == std::string("I103"));
}

TEST_CASE("moodle xml: an entity from a DTD hocvu does not read refuses the file", "[import][moodle][hostile]") {
  ImportReading r = read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"quiz.dtd\">\n<quiz>\n"
                         "<question type=\"truefalse\"><name><text>&x;</text></name></question></quiz>");
  CHECK(r.questions.empty());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code() == std::string("I103"));
  CHECK(r.diagnostics[0].message.find("the entity 'x' is not defined in the file") != std::string::npos);
}

TEST_CASE("moodle xml: malformed XML is read up to the error", "[import][moodle][hostile]") {
  ImportReading r = read(quiz(R"(<question type="truefalse"><name><text>T</text></name><questiontext><text>x</text></questiontext>
<answer fraction="100"><text>true</text></answer></question>
<question type="truefalse"><name><text>U</text></name><questiontext><text>y</questiontext>
)"));
  REQUIRE(r.questions.size() == 1);
  CHECK(describe(r.diagnostics) == std::vector<std::string>{
                                       "5:78 I105 the file is not well-formed XML: mismatched tag; the questions before "
                                       "this point are imported"});
  CHECK(describe(read("").diagnostics) ==
        std::vector<std::string>{"1:1 I105 the file is not well-formed XML: no element found; nothing was imported"});
  CHECK(describe(read("<html><body/></html>").diagnostics) ==
        std::vector<std::string>{"1:1 I105 the root element is <html>, not <quiz>: this is not a Moodle XML question file"});
  std::string deep = "<quiz>";
  for (int i = 0; i < 1000; ++i) deep += "<a>";
  CHECK(describe(read(deep).diagnostics) ==
        std::vector<std::string>{"1:196 I105 elements nest deeper than 64; no Moodle XML file does"});
}

TEST_CASE("moodle xml: a 10 MB question is refused without holding it", "[import][moodle][hostile]") {
  std::string big(10u << 20, 'x');
  ImportReading r = read(quiz("<question type=\"truefalse\"><name><text>Big</text></name><questiontext><text>" + big +
                              "</text></questiontext></question>\n"
                              "<question type=\"truefalse\"><name><text>Small</text></name><questiontext><text>x</text>"
                              "</questiontext><answer fraction=\"100\"><text>true</text></answer></question>\n"));
  REQUIRE(r.questions.size() == 1);
  CHECK(r.questions[0].name == "Small");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{"3:1 I106 question 'Big' is larger than hocvu accepts (1 MiB a text, 4 MiB a question); "
                                 "it is not imported"});
  std::string answers;
  for (int i = 0; i < 300000; ++i) answers += "<answer/>";
  ImportReading many = read(quiz("<question type=\"multichoice\">" + answers + "</question>"));
  CHECK(many.questions.empty());
  REQUIRE(many.diagnostics.size() == 1);
  CHECK(many.diagnostics[0].code() == std::string("I106"));
}

TEST_CASE("moodle xml: fed a byte at a time, the same as fed whole", "[import][moodle]") {
  std::string xml = quiz(R"(<question type="multichoice"><name><text>Q</text></name>
<questiontext format="html"><text><![CDATA[<p>Câu hỏi &amp; đáp</p>]]></text></questiontext>
<answer fraction="100"><text>Đúng</text></answer><answer fraction="0"><text>Sai</text></answer></question>
)");
  hocvu::MoodleXmlReader reader("q.xml");
  for (char c : xml) REQUIRE(reader.feed(std::string_view(&c, 1)));
  ImportReading pieces = reader.finish();
  ImportReading whole = read(xml);
  REQUIRE(pieces.questions.size() == 1);
  CHECK(pieces.questions[0].question.stem.value == whole.questions[0].question.stem.value);
  CHECK(option_texts(pieces.questions[0].question) == option_texts(whole.questions[0].question));
  CHECK(pieces.questions[0].question.stem.value == "Câu hỏi & đáp");
}
