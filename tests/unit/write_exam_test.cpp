// Tests of src/exam/exam.cpp and the exam writers (declared in exam/write_exam.hpp).
#include "exam/write_exam.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "exam_test_support.hpp"
#include "hocvu/version.hpp"
#include "io/error.hpp"
#include "io/file.hpp"

using hocvu::Blueprint;
using hocvu::CountConstraint;
using hocvu::Exam;
using hocvu::ExamForm;
using hocvu::ExamItem;
using hocvu::FatalError;
using hocvu::Framework;
using hocvu::OutputFile;
using hocvu::Question;
using hocvu::QuestionOrder;
using hocvu::QuestionType;
using hocvu::test::located;
using hocvu::test::set_options;
using Json = nlohmann::json;

namespace {

Question make_question(std::string id, std::string competency, std::string level, QuestionType type,
                       std::string stem, std::initializer_list<std::string> answers) {
  Question q = hocvu::test::make_question(std::move(id), std::move(competency), std::move(level), type);
  q.stem = located(std::move(stem));
  q.has_answer = true;
  q.answer_is_list = answers.size() > 1;
  for (const auto& answer : answers) {
    q.written_answer.push_back(located(answer));
  }
  // The typed answer the loader would parse (question_checks.cpp); its tests are there.
  std::vector<std::string> texts(answers);
  switch (type) {
    case QuestionType::single:
    case QuestionType::multiple: q.answer = hocvu::ChoiceAnswer{texts}; break;
    case QuestionType::true_false: q.answer = hocvu::TrueFalseAnswer{texts.at(0) == "true"}; break;
    case QuestionType::numeric: q.answer = hocvu::NumericAnswer{std::stod(texts.at(0)), 0}; break;
    case QuestionType::short_text: q.answer = hocvu::TextAnswer{texts}; break;
  }
  return q;
}

hocvu::NumericAnswer& numeric(Question& q) {
  return std::get<hocvu::NumericAnswer>(*q.answer);
}

// A framework with two areas, a blueprint, seven questions of every type and two forms whose
// items and options come in different orders.
struct Fixture {
  Framework framework;
  Blueprint blueprint;
  std::vector<Question> questions;
  Exam exam;

  Fixture() {
    build_framework();
    build_blueprint();
    build_questions();
    build_exam();
  }
  Fixture(const Fixture&) = delete;
  Fixture& operator=(const Fixture&) = delete;

  void build_framework() {
    framework = hocvu::test::make_framework("qh-kns", {}, {{"1", {"1.1"}}, {"6", {"6.2"}}},
                                            {hocvu::test::make_role("dbqh", "")});
    framework.version = "1.0";
    framework.areas[0].title = "Khai thác dữ liệu và thông tin";
    framework.areas[0].competencies[0].title = "Tìm kiếm";
    framework.areas[1].title = "Trí tuệ nhân tạo";
    framework.areas[1].competencies[0].title = "Dùng AI";
  }

  void build_blueprint() {
    blueprint.id = located("bp-dbqh");
    blueprint.title = "Kiểm tra kỹ năng số – đại biểu";
    blueprint.framework = located("qh-kns");
    blueprint.role = located("dbqh");
    blueprint.level = located("CB");
    blueprint.time_limit = 45;
    blueprint.order = QuestionOrder::by_area;
    blueprint.pos.file = 1;
    blueprint.pass_percent = 70;
    blueprint.area_min_percent = 40;
    blueprint.paper.issuing_body = "Văn phòng Quốc hội";
    blueprint.paper.sitting = "Đợt 1";
    for (const char* field : {"name", "candidate_number", "unit"}) {
      blueprint.paper.candidate_fields.push_back(located(field));
    }
    for (const char* signature : {"candidate", "invigilator_1", "invigilator_2"}) {
      blueprint.paper.signatures.push_back(located(signature));
    }
    hocvu::test::add_count(blueprint, {}, 2).select.area = located("1");
    CountConstraint& ai_tc = hocvu::test::add_count(blueprint, {}, 1, 3);
    ai_tc.select.competency = located("6.2");
    ai_tc.select.level = located("TC");
    hocvu::test::add_count(blueprint, {}, 1, 1).select.type = QuestionType::multiple;
    hocvu::test::add_count(blueprint, {}, 1).select.tag = located("ai");
  }

  void build_questions() {
    questions.push_back(make_question("Q1.1-CB-01", "1.1", "CB", QuestionType::single,
                                      "Nguồn nào đáng tin cậy nhất?", {"a"}));
    set_options(questions.back(), {{"a", "ĐÁP_ÁN_ĐÚNG"}, {"b", "Sai một"}, {"c", "Sai hai"}});
    questions.back().explanation = "GIẢI_THÍCH_MỘT";
    questions.back().difficulty = 1.2345;
    questions.push_back(make_question("Q1.1-CB-02", "1.1", "CB", QuestionType::multiple,
                                      "Những việc nào giúp bảo vệ dữ liệu?", {"a", "c"}));
    set_options(questions.back(), {{"a", "Sao lưu"}, {"b", "=SUM(A1:A3)"}, {"c", "Đặt mật khẩu"}, {"d", "Chia sẻ"}});
    questions.back().points = 2;
    questions.push_back(make_question("Q1.1-CB-03", "1.1", "CB", QuestionType::true_false,
                                      "Phép tính 1+1=2 {ghi chú: ~x #y \\z}", {"false"}));
    questions.back().explanation = "GIẢI_THÍCH_BA";
    questions.push_back(make_question("Q6.2-TC-01", "6.2", "TC", QuestionType::numeric,
                                      "<script>alert('x')</script> & \"tỷ lệ\"?", {"12.5"}));
    numeric(questions.back()).tolerance = 0.1;
    questions.back().unit = "%";
    questions.back().tags = {"ai"};
    questions.push_back(make_question("Q6.2-TC-02", "6.2", "TC", QuestionType::short_text,
                                      "Ứng dụng định danh điện tử ]]> là gì?", {"VNeID", "ứng dụng VNeID"}));
    questions.back().points = 0.5;
    questions.push_back(make_question("Q6.2-TC-03", "6.2", "TC", QuestionType::numeric, "Nhiệt độ?", {"-1.5"}));
    questions.push_back(make_question("Q6.2-TC-04", "6.2", "TC", QuestionType::short_text, "Công thức?",
                                      {"=HYPERLINK(\"x\")", "@x, y"}));
  }

  ExamItem item(size_t question, std::vector<size_t> order = {}, double difficulty = 0) const {
    const Question& q = questions[question];
    size_t area = q.competency.value == "1.1" ? 0 : 1;
    return ExamItem{&q, &framework.areas[area], &framework.areas[area].competencies[0], std::move(order),
                    difficulty};
  }

  void build_exam() {
    exam.blueprint = &blueprint;
    exam.framework = &framework;
    exam.role = &framework.roles[0];
    exam.seed = 2026;
    ExamForm first{"101", {}};
    first.items = {item(0, {2, 0, 1}, 1.2345), item(1, {3, 2, 1, 0}), item(2), item(3), item(4), item(5), item(6)};
    ExamForm second{"102", {}};
    second.items = {item(1, {0, 1, 2, 3}, 0.5), item(0, {0, 1, 2}, 1.0), item(2), item(5), item(4), item(3)};
    exam.forms = {first, second};
    exam.solver = {"GLPK 5.0", "optimal", 120, 7};
    exam.inputs = {{"framework/qh-kns.yaml", "aa"}, {"blueprints/dbqh.yaml", "bb"}};
    exam.blueprint_file = "blueprints/dbqh.yaml";
  }

  std::string file(std::string_view path) const {
    for (const auto& f : hocvu::render_exam(exam)) {
      if (f.path == path) {
        return f.contents;
      }
    }
    FAIL("no output file " << path);
    throw std::logic_error("unreachable");
  }
};

// The line of `text` that contains `needle`.
std::string line_with(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  size_t begin = text.rfind('\n', at);
  begin = begin == std::string::npos ? 0 : begin + 1;
  return text.substr(begin, text.find('\n', at) - begin);
}

// `line` with every occurrence of `from` replaced by `to`.
std::string replaced(std::string line, std::string_view from, std::string_view to) {
  for (size_t at = line.find(from); at != std::string::npos; at = line.find(from, at + to.size())) {
    line.replace(at, from.size(), to);
  }
  return line;
}

// A minimal XML well-formedness check: declaration, comments, CDATA, entity references,
// quoted attributes, and start and end tags that nest. Returns "" or what is wrong.
std::string xml_problem(const std::string& xml) {
  std::vector<std::string> open;
  size_t i = 0;
  while (i < xml.size()) {
    if (xml.compare(i, 9, "<![CDATA[") == 0) {
      size_t end = xml.find("]]>", i + 9);
      if (end == std::string::npos) return "unclosed CDATA";
      i = end + 3;
    } else if (xml.compare(i, 2, "<?") == 0 || xml.compare(i, 4, "<!--") == 0) {
      size_t end = xml.find(xml[i + 1] == '?' ? "?>" : "-->", i);
      if (end == std::string::npos) return "unclosed declaration or comment";
      i = end + 2;
    } else if (xml[i] == '<') {
      size_t end = i + 1;
      char quote = 0;
      for (; end < xml.size() && (quote != 0 || xml[end] != '>'); ++end) {
        if (quote == 0 && (xml[end] == '"' || xml[end] == '\'')) quote = xml[end];
        else if (quote != 0 && xml[end] == quote) quote = 0;
        else if (quote == 0 && xml[end] == '<') return "'<' inside a tag";
      }
      if (end >= xml.size()) return "unclosed tag";
      std::string tag = xml.substr(i + 1, end - i - 1);
      std::string name = tag.substr(0, tag.find_first_of(" /\n"));
      if (tag[0] == '/') {
        if (open.empty() || open.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
        open.pop_back();
      } else if (tag.back() != '/') {
        open.push_back(name);
      }
      i = end + 1;
    } else if (xml[i] == '&') {
      size_t end = xml.find(';', i);
      std::string entity = end == std::string::npos ? "" : xml.substr(i, end - i + 1);
      bool known = entity == "&amp;" || entity == "&lt;" || entity == "&gt;" || entity == "&quot;" ||
                   entity == "&apos;" || entity.rfind("&#", 0) == 0;
      if (!known) return "bad entity at " + std::to_string(i);
      i = end + 1;
    } else if (xml[i] == '>') {
      return "stray '>' at " + std::to_string(i);
    } else {
      ++i;
    }
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

}  // namespace

TEST_CASE("option letters run A to Z, then AA", "[exam]") {
  CHECK(hocvu::option_letter(0) == "A");
  CHECK(hocvu::option_letter(2) == "C");
  CHECK(hocvu::option_letter(25) == "Z");
  CHECK(hocvu::option_letter(26) == "AA");
  CHECK(hocvu::option_letter(27) == "AB");
}

TEST_CASE("lettered answers follow the form's option order", "[exam]") {
  Fixture f;
  CHECK(hocvu::lettered_answer(f.item(0, {2, 0, 1})) == "B");
  CHECK(hocvu::lettered_answer(f.item(0, {0, 1, 2})) == "A");
  CHECK(hocvu::lettered_answer(f.item(0)) == "A");
  CHECK(hocvu::lettered_answer(f.item(1, {3, 2, 1, 0})) == "B;D");
  CHECK(hocvu::lettered_answer(f.item(1, {2, 3, 0, 1})) == "A;C");
  CHECK(hocvu::lettered_answer(f.item(2)) == "false");
  CHECK(hocvu::lettered_answer(f.item(3)) == "12.5:0.1");
  CHECK(hocvu::lettered_answer(f.item(4)) == "VNeID|ứng dụng VNeID");
  CHECK(hocvu::lettered_answer(f.item(5)) == "-1.5");
}

TEST_CASE("lettered numeric answers use the shortest exact form", "[exam]") {
  Question q = make_question("N", "1.1", "CB", QuestionType::numeric, "?", {"42.000"});
  ExamItem item{&q, nullptr, nullptr, {}, 0};
  CHECK(hocvu::lettered_answer(item) == "42");
  numeric(q).tolerance = 0.5;
  CHECK(hocvu::lettered_answer(item) == "42:0.5");
  numeric(q).tolerance = 0;
  CHECK(hocvu::lettered_answer(item) == "42");
  numeric(q).value = 0.5;
  CHECK(hocvu::lettered_answer(item) == "0.5");
}

TEST_CASE("a question the loader could not parse an answer for is fatal, not guessed at", "[exam]") {
  Question q = make_question("N", "1.1", "CB", QuestionType::numeric, "?", {"42"});
  ExamItem item{&q, nullptr, nullptr, {}, 0};
  q.answer.reset();  // as for ".5", "0x1f" or "1e-400", which the loader reports (load_stage_test)
  CHECK_THROWS_WITH(hocvu::lettered_answer(item), "question N has no answer of its type");
  q.answer = hocvu::TrueFalseAnswer{true};
  CHECK_THROWS_WITH(hocvu::lettered_answer(item), "question N has no answer of its type");
}

TEST_CASE("an answer that is not on the form is fatal", "[exam]") {
  Fixture f;
  CHECK_THROWS_AS(hocvu::lettered_answer(f.item(0, {1, 2})), FatalError);
  CHECK_THROWS_AS(hocvu::lettered_answer(f.item(0, {0, 1, 7})), FatalError);
  CHECK_THROWS_AS(hocvu::lettered_answer(f.item(0, {0, 0, 1})), FatalError);
  f.questions[2].answer.reset();  // "yes": not a true_false answer, so the loader left none
  CHECK_THROWS_AS(hocvu::lettered_answer(f.item(2)), FatalError);
}

TEST_CASE("render_exam returns every file in a fixed order", "[exam]") {
  Fixture f;
  std::vector<std::string> paths;
  for (const auto& file : hocvu::render_exam(f.exam)) {
    paths.push_back(file.path);
  }
  CHECK(paths == std::vector<std::string>{"forms/101.md", "forms/101.html", "forms/101.json", "forms/102.md",
                                          "forms/102.html", "forms/102.json", "key.csv", "moodle.xml", "gift.txt",
                                          "manifest.json"});
}

TEST_CASE("form ids that are not safe file names are fatal", "[exam]") {
  Fixture f;
  for (const char* id : {"../x", "", "a/b", ".hidden"}) {
    f.exam.forms[0].id = id;
    CHECK_THROWS_AS(hocvu::render_exam(f.exam), FatalError);
  }
  f.exam.forms[0].id = "102";
  CHECK_THROWS_WITH(hocvu::render_exam(f.exam), "form id '102' is used twice");
}

TEST_CASE("key.csv letters every item of every form", "[exam][key]") {
  Fixture f;
  CHECK(hocvu::render_key_csv(f.exam) ==
        "form,position,question_id,type,answer,points,competency,level\n"
        "101,1,Q1.1-CB-01,single,B,1,1.1,CB\n"
        "101,2,Q1.1-CB-02,multiple,B;D,2,1.1,CB\n"
        "101,3,Q1.1-CB-03,true_false,false,1,1.1,CB\n"
        "101,4,Q6.2-TC-01,numeric,12.5:0.1,1,6.2,TC\n"
        "101,5,Q6.2-TC-02,short_text,VNeID|ứng dụng VNeID,0.5,6.2,TC\n"
        "101,6,Q6.2-TC-03,numeric,-1.5,1,6.2,TC\n"
        "101,7,Q6.2-TC-04,short_text,\"'=HYPERLINK(\"\"x\"\")|@x, y\",1,6.2,TC\n"
        "102,1,Q1.1-CB-02,multiple,A;C,2,1.1,CB\n"
        "102,2,Q1.1-CB-01,single,A,1,1.1,CB\n"
        "102,3,Q1.1-CB-03,true_false,false,1,1.1,CB\n"
        "102,4,Q6.2-TC-03,numeric,-1.5,1,6.2,TC\n"
        "102,5,Q6.2-TC-02,short_text,VNeID|ứng dụng VNeID,0.5,6.2,TC\n"
        "102,6,Q6.2-TC-01,numeric,12.5:0.1,1,6.2,TC\n");
}

TEST_CASE("CSV fields are quoted per RFC 4180", "[exam][key]") {
  CHECK(hocvu::csv_field("plain") == "plain");
  CHECK(hocvu::csv_field("") == "");
  CHECK(hocvu::csv_field("a,b") == "\"a,b\"");
  CHECK(hocvu::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(hocvu::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(hocvu::csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(hocvu::csv_field("Thùng rác") == "Thùng rác");
}

TEST_CASE("CSV fields that a spreadsheet would run are defused", "[exam][key]") {
  CHECK(hocvu::csv_field("=1+1") == "'=1+1");
  CHECK(hocvu::csv_field("+84 912") == "'+84 912");
  CHECK(hocvu::csv_field("-3:0.5") == "'-3:0.5");
  CHECK(hocvu::csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(hocvu::csv_field("\tx") == "'\tx");
  CHECK(hocvu::csv_field("=A1,B1") == "\"'=A1,B1\"");
  CHECK(hocvu::csv_field("-1.5") == "-1.5");
  CHECK(hocvu::csv_field("-42") == "-42");
  CHECK(hocvu::csv_field("-2.5e-3") == "-2.5e-3");
  CHECK(hocvu::csv_field("-") == "'-");
  CHECK(hocvu::csv_field("-1.") == "'-1.");
  CHECK(hocvu::csv_field("-1e999") == "-1e999");  // a number, if too large to store: no formula
  CHECK(hocvu::csv_field("-0x1f") == "'-0x1f");
  CHECK(hocvu::csv_field("+5") == "'+5");
  CHECK(hocvu::csv_field("a=b") == "a=b");
}

TEST_CASE("numbers print in their shortest exact form", "[exam]") {
  CHECK(hocvu::format_number(42) == "42");
  CHECK(hocvu::format_number(12.5) == "12.5");
  CHECK(hocvu::format_number(0.1) == "0.1");
  CHECK(hocvu::format_number(-0.0) == "0");
  CHECK(hocvu::format_fixed_trimmed(100.0 / 3, 5) == "33.33333");
  CHECK(hocvu::format_fixed_trimmed(-50, 5) == "-50");
  CHECK(hocvu::format_fixed_trimmed(100, 5) == "100");
  CHECK(hocvu::format_fixed_trimmed(-1e-9, 5) == "0");
}

TEST_CASE("text is escaped for HTML, XML CDATA and GIFT", "[exam]") {
  CHECK(hocvu::escape_html("<b>&\"'</b>") == "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;");
  CHECK(hocvu::escape_html("a\x01" "b\tc") == "ab\tc");
  CHECK(hocvu::html_text("one\ntwo") == "one<br>two");
  CHECK(hocvu::xml_cdata("x") == "<![CDATA[x]]>");
  CHECK(hocvu::xml_cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>");
  CHECK(hocvu::escape_gift("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
  CHECK(hocvu::escape_gift("line\nbreak") == "line break");
  CHECK(hocvu::literal_short_answer("*.docx") == "\\*.docx");
}

TEST_CASE("papers escape HTML and Markdown", "[exam][paper]") {
  Fixture f;
  const std::string& html = f.file("forms/101.html");
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;tỷ lệ&quot;?") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  const std::string& md = f.file("forms/101.md");
  CHECK(md.find("\\<script\\>alert('x')\\</script\\> \\& \"tỷ lệ\"?") != std::string::npos);
}

TEST_CASE("the HTML paper is one printable page in Vietnamese", "[exam][paper]") {
  Fixture f;
  const std::string& html = f.file("forms/101.html");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">", 0) == 0);
  for (const char* part : {"<title>Kiểm tra kỹ năng số – đại biểu – Mã đề 101</title>",
                           "@page { size: A4; margin: 16mm 18mm 18mm;\n"
                           "  @bottom-center { content: \"Mã đề 101 · Trang \" counter(page) \"/\" counter(pages) \"\";",
                           "page-break-inside: avoid", "<span class=\"code\">Mã đề: 101</span>",
                           "<div class=\"masthead\"><p class=\"issuer\">Văn phòng Quốc hội</p><p class=\"sitting\">Đợt 1</p></div>",
                           "Thời gian làm bài: 45 phút (không kể thời gian phát đề)",
                           "Số câu hỏi: 7 · Tổng điểm: 7,5",
                           "<p><span>Họ và tên:</span><span class=\"fill\"></span></p>\n"
                           "<p><span>Số báo danh:</span><span class=\"fill\"></span></p>\n"
                           "<p><span>Đơn vị:</span><span class=\"fill\"></span></p>\n",
                           "<h2>Cách tính điểm</h2>", "dấu phẩy hay dấu chấm đều được",
                           "<li>Điểm đạt: 70% tổng số điểm; mỗi miền năng lực ít nhất 40%.</li>\n</ul>",
                           "<strong>Câu 1.</strong>", "<strong>Câu 7.</strong>", "(0,5 điểm)", "(2 điểm)",
                           "<h2>Miền năng lực 1. Khai thác dữ liệu và thông tin</h2>\n<div class=\"question\">",
                           "Miền năng lực 6. Trí tuệ nhân tạo", "Chọn tất cả đáp án đúng",
                           "<li><span class=\"letter\">A.</span> <span>Sai hai</span></li>",
                           ".options li { display: grid; grid-template-columns: 18pt 1fr;",
                           "<span class=\"box\"></span> %", "<p class=\"end\">— HẾT —</p>\n<table class=\"signatures\">\n"
                           "<tr><th>Thí sinh</th><th>Cán bộ coi thi 1</th><th>Cán bộ coi thi 2</th></tr>\n"
                           "<tr><td>(Ký và ghi rõ họ tên)</td><td>(Ký và ghi rõ họ tên)</td><td>(Ký và ghi rõ họ tên)</td></tr>\n"
                           "</table>\n</body>\n</html>\n"}) {
    CAPTURE(part);
    CHECK(html.find(part) != std::string::npos);
  }
  for (const char* absent : {"Số định danh", "http", "Lĩnh vực"}) {  // no personal ID; nothing fetched from elsewhere
    CAPTURE(absent);
    CHECK(html.find(absent) == std::string::npos);
  }
}

TEST_CASE("the paper states each type's scoring rule only for the types on the form", "[exam][paper]") {
  Fixture f;
  const std::string& html = f.file("forms/102.html");  // every type
  for (const char* rule : {"<li>Câu hỏi một lựa chọn: chọn đúng", "<li>Câu hỏi nhiều lựa chọn: mỗi phương án đúng",
                           "<li>Câu hỏi Đúng/Sai: chọn đúng", "<li>Câu hỏi điền số: số đúng",
                           "<li>Câu hỏi trả lời ngắn: không phân biệt", "<li>Câu bỏ trống được 0 điểm"}) {
    CAPTURE(rule);
    CHECK(html.find(rule) != std::string::npos);
  }
  f.exam.forms[1].items.resize(2);  // single and multiple only
  f.blueprint.area_min_percent.reset();
  f.blueprint.pass_percent = 62.5;
  const std::string short_form = f.file("forms/102.html");
  CHECK(short_form.find("Câu hỏi điền số: số đúng") == std::string::npos);
  CHECK(short_form.find("Câu hỏi Đúng/Sai: chọn đúng") == std::string::npos);
  CHECK(short_form.find("<li>Điểm đạt: 62,5% tổng số điểm.</li>") != std::string::npos);
}

TEST_CASE("the paper asks only for the candidate fields and signatures the blueprint names", "[exam][paper]") {
  Fixture f;
  f.blueprint.paper.candidate_fields = {located("personal_id"), located("staff_id")};
  f.blueprint.paper.signatures.clear();
  f.blueprint.paper.issuing_body.clear();
  f.blueprint.paper.sitting.clear();
  const std::string html = f.file("forms/101.html");
  CHECK(html.find("<p><span>Số định danh cá nhân:</span><span class=\"fill\"></span></p>\n"
                  "<p><span>Mã cán bộ:</span><span class=\"fill\"></span></p>\n</section>") != std::string::npos);
  CHECK(html.find("Họ và tên") == std::string::npos);
  CHECK(html.find("<table") == std::string::npos);
  CHECK(html.find("masthead\"") == std::string::npos);
  const std::string md = f.file("forms/101.md");
  CHECK(md.find("Số định danh cá nhân: ....") != std::string::npos);
  CHECK(md.find("| Thí sinh") == std::string::npos);
}

TEST_CASE("an English exam gives an English paper with English numbers", "[exam][paper]") {
  Fixture f;
  f.exam.language = hocvu::Language::en;
  const std::string html = f.file("forms/101.html");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0) == 0);
  for (const char* part : {"content: \"Form 101 · Page \" counter(page) \"/\" counter(pages) \"\";",
                           "<span class=\"code\">Form: 101</span>",
                           "Time allowed: 45 minutes (not counting reading-out time)",
                           "Questions: 7 · Total points: 7.5", "<span>Candidate number:</span>",
                           "<strong>Question 1.</strong> <span class=\"points\">(1 point)</span>",
                           "<span class=\"points\">(2 points)</span>", "<span class=\"points\">(0.5 points)</span>",
                           "<h2>Area 1. Khai thác dữ liệu và thông tin</h2>", "A decimal comma or point is accepted",
                           "<li>Pass mark: 70% of the total points, and at least 40% in every area.</li>",
                           "<span class=\"tick\"></span>True <span class=\"tick\"></span>False",
                           "<p class=\"end\">— END —</p>", "<th>Invigilator 2</th>"}) {
    CAPTURE(part);
    CHECK(html.find(part) != std::string::npos);
  }
  for (const char* vietnamese : {"Câu", "điểm", "Mã đề", "Đúng", "HẾT", "Ký"}) {
    CAPTURE(vietnamese);
    CHECK(html.find(vietnamese) == std::string::npos);
  }
  const std::string md = f.file("forms/101.md");
  CHECK(md.find("**Question 1.** *(1 point)* Nguồn nào đáng tin cậy nhất?\n\n*Choose one option.*\n") !=
        std::string::npos);
  CHECK(md.find("\n---\n\n**— END —**\n\n| Candidate | Invigilator 1 | Invigilator 2 |\n| --- | --- | --- |\n") !=
        std::string::npos);
}

TEST_CASE("the page footer's form code is a CSS string that cannot end the style", "[exam][paper]") {
  Fixture f;
  f.exam.forms[0].id = "A\"\\1";  // not a safe file name for render_exam; the paper escapes it all the same
  const std::string html = hocvu::render_paper_html(f.exam, f.exam.forms[0]);
  CHECK(html.find("content: \"Mã đề A\\22 \\5C 1 · Trang \" counter(page)") != std::string::npos);
}

TEST_CASE("the Markdown paper numbers questions and letters options", "[exam][paper]") {
  Fixture f;
  const std::string& md = f.file("forms/101.md");
  CHECK(md.rfind("**Văn phòng Quốc hội**\n\nĐợt 1\n\n# Kiểm tra kỹ năng số – đại biểu\n\n**Mã đề: 101**\n\n"
                 "Thời gian làm bài: 45 phút (không kể thời gian phát đề)\n\nSố câu hỏi: 7 · Tổng điểm: 7,5\n\n"
                 "Họ và tên: ....", 0) == 0);
  CHECK(md.find("\nSố báo danh: ....") != std::string::npos);
  CHECK(md.find("\n## Cách tính điểm\n\n- Câu hỏi một lựa chọn: chọn đúng") != std::string::npos);
  CHECK(md.find("\n## Miền năng lực 1. Khai thác dữ liệu và thông tin\n\n**Câu 1.** *(1 điểm)* Nguồn nào đáng tin cậy nhất?\n\n"
                "*Chọn một đáp án.*\n\n- A. Sai hai\n- B. ĐÁP\\_ÁN\\_ĐÚNG\n- C. Sai một\n") != std::string::npos);
  CHECK(md.find("- B. Đặt mật khẩu\n- C. =SUM(A1:A3)\n") != std::string::npos);
  CHECK(md.find("☐ Đúng    ☐ Sai") != std::string::npos);
  CHECK(md.find("\n---\n\n**— HẾT —**\n\n| Thí sinh | Cán bộ coi thi 1 | Cán bộ coi thi 2 |\n| --- | --- | --- |\n"
                "| (Ký và ghi rõ họ tên) | (Ký và ghi rõ họ tên) | (Ký và ghi rõ họ tên) |\n") != std::string::npos);
  // shuffled order: no area headings
  f.blueprint.order = QuestionOrder::shuffled;
  CHECK(f.file("forms/101.md").find("Miền năng lực 1.") == std::string::npos);
}

// The whole paper in both languages, against tests/exam/golden/ (HOCVU_UPDATE_GOLDEN=1 rewrites
// them; then read the diff): what the checks above leave out, such as the order of the parts.
TEST_CASE("the papers in Vietnamese and English match their golden files", "[exam][paper]") {
  Fixture f;
  const std::string golden = std::string(HOCVU_SOURCE_DIR) + "/tests/exam/golden/";
  for (hocvu::Language language : {hocvu::Language::vi, hocvu::Language::en}) {
    f.exam.language = language;
    std::string tag = hocvu::language_tag(language);
    for (const char* ext : {"html", "md"}) {
      std::string path = golden + "paper-101." + tag + "." + ext;
      std::string actual = f.file(std::string("forms/101.") + ext);
      if (std::getenv("HOCVU_UPDATE_GOLDEN") != nullptr) {
        hocvu::write_file_atomically(path, actual);
      }
      INFO("golden file " << path << " (HOCVU_UPDATE_GOLDEN=1 rewrites it)");
      CHECK(hocvu::read_file(path) == actual);
    }
  }
}

TEST_CASE("no form file gives the key away", "[exam][paper]") {
  Fixture f;
  for (const auto& file : hocvu::render_exam(f.exam)) {
    if (file.path.rfind("forms/", 0) != 0) {
      continue;
    }
    CAPTURE(file.path);
    std::string text = replaced(file.contents, "ĐÁP\\_ÁN\\_ĐÚNG", "ĐÁP_ÁN_ĐÚNG");  // Markdown escapes _
    CHECK(text.find("ĐÁP_ÁN_ĐÚNG") != std::string::npos);  // the right option is shown...
    for (const char* secret : {"GIẢI_THÍCH", "GIẢI\\_THÍCH", "1.2345", "12.5", "12,5", "VNeID", "HYPERLINK",
                               "-1.5", "answer\"", "correct", "fraction", "explanation", "difficulty", "data-",
                               " id=", "value=", "<!--", "checked", "selected"}) {
      CAPTURE(secret);
      CHECK(text.find(secret) == std::string::npos);
    }
  }
}

TEST_CASE("the right option looks exactly like a wrong one", "[exam][paper]") {
  Fixture f;
  auto same_shape = [](const std::string& text, std::string right_letter, std::string wrong_letter,
                       std::string_view right, std::string_view wrong) {
    std::string right_line = replaced(replaced(line_with(text, right), right, "TEXT"), right_letter, "L");
    std::string wrong_line = replaced(replaced(line_with(text, wrong), wrong, "TEXT"), wrong_letter, "L");
    CHECK(right_line == wrong_line);
  };
  same_shape(f.file("forms/101.md"), "B.", "C.", "ĐÁP\\_ÁN\\_ĐÚNG", "Sai một");
  same_shape(f.file("forms/101.html"), ">B.<", ">C.<", "ĐÁP_ÁN_ĐÚNG", "Sai một");
  Json form = Json::parse(f.file("forms/101.json"));
  for (const auto& question : form["questions"]) {
    for (const auto& option : question.value("options", Json::array())) {
      CHECK(option.size() == 2);
      CHECK(option.contains("letter"));
      CHECK(option.contains("text"));
    }
  }
}

TEST_CASE("the JSON form carries what online delivery needs", "[exam][paper]") {
  Fixture f;
  Json form = Json::parse(f.file("forms/102.json"));
  CHECK(form["exam"] == "bp-dbqh");
  CHECK(form["form"] == "102");
  CHECK(form["title"] == "Kiểm tra kỹ năng số – đại biểu");
  CHECK(form["time_limit_minutes"] == 45);
  REQUIRE(form["questions"].size() == 6);
  CHECK(form["questions"][0] == Json::parse(R"j({"position": 1, "id": "Q1.1-CB-02", "type": "multiple",
      "stem": "Những việc nào giúp bảo vệ dữ liệu?", "points": 2, "options": [{"letter": "A", "text": "Sao lưu"},
      {"letter": "B", "text": "=SUM(A1:A3)"}, {"letter": "C", "text": "Đặt mật khẩu"}, {"letter": "D", "text": "Chia sẻ"}]})j"));
  CHECK(form["questions"][4]["points"] == 0.5);
  CHECK(f.file("forms/102.json").find("\"points\": 2,") != std::string::npos);  // whole numbers without ".0"
  CHECK(form["questions"][5]["unit"] == "%");
  CHECK_FALSE(form["questions"][5].contains("options"));
  CHECK_FALSE(form["questions"][2].contains("unit"));
}

TEST_CASE("moodle.xml is well-formed and holds every form", "[exam][moodle]") {
  Fixture f;
  const std::string& xml = f.file("moodle.xml");
  CHECK(xml_problem(xml) == "");
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n", 0) == 0);
  CHECK(xml.find("<question type=\"category\">\n    <category><text>$course$/hocvu/bp-dbqh/101</text></category>") !=
        std::string::npos);
  CHECK(xml.find("<text>$course$/hocvu/bp-dbqh/102</text>") != std::string::npos);
  CHECK(xml.find("<questiontext format=\"html\"><text><![CDATA[&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                 "&amp; &quot;tỷ lệ&quot;? (đơn vị: %)]]></text></questiontext>") != std::string::npos);
  CHECK(xml.find("<![CDATA[Ứng dụng định danh điện tử ]]&gt; là gì?]]>") != std::string::npos);
  CHECK(xml.find("<generalfeedback format=\"html\"><text><![CDATA[GIẢI_THÍCH_MỘT]]></text></generalfeedback>") !=
        std::string::npos);
  CHECK(xml.find("<name><text>Q1.1-CB-01</text></name>") != std::string::npos);
  CHECK(xml.find("<defaultgrade>0.5</defaultgrade>") != std::string::npos);
  CHECK(xml.find("<shuffleanswers>0</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>") != std::string::npos);
}

TEST_CASE("moodle.xml answers follow the form's order with the right fractions", "[exam][moodle]") {
  Fixture f;
  const std::string& xml = f.file("moodle.xml");
  // form 101 shows Q1.1-CB-02 as d, c, b, a: c and a are right
  CHECK(xml.find("    <single>false</single>\n"
                 "    <answer fraction=\"-50\" format=\"html\"><text><![CDATA[Chia sẻ]]></text></answer>\n"
                 "    <answer fraction=\"50\" format=\"html\"><text><![CDATA[Đặt mật khẩu]]></text></answer>\n"
                 "    <answer fraction=\"-50\" format=\"html\"><text><![CDATA[=SUM(A1:A3)]]></text></answer>\n"
                 "    <answer fraction=\"50\" format=\"html\"><text><![CDATA[Sao lưu]]></text></answer>\n") !=
        std::string::npos);
  CHECK(xml.find("    <single>true</single>\n"
                 "    <answer fraction=\"0\" format=\"html\"><text><![CDATA[Sai hai]]></text></answer>\n"
                 "    <answer fraction=\"100\" format=\"html\"><text><![CDATA[ĐÁP_ÁN_ĐÚNG]]></text></answer>\n"
                 "    <answer fraction=\"0\" format=\"html\"><text><![CDATA[Sai một]]></text></answer>\n") !=
        std::string::npos);
  CHECK(xml.find("<question type=\"truefalse\">") != std::string::npos);
  CHECK(xml.find("    <answer fraction=\"0\"><text>true</text></answer>\n"
                 "    <answer fraction=\"100\"><text>false</text></answer>\n") != std::string::npos);
  CHECK(xml.find("<question type=\"numerical\">") != std::string::npos);
  CHECK(xml.find("<answer fraction=\"100\"><text>12.5</text><tolerance>0.1</tolerance></answer>") != std::string::npos);
  CHECK(xml.find("<answer fraction=\"100\"><text>-1.5</text><tolerance>0</tolerance></answer>") != std::string::npos);
  CHECK(xml.find("    <usecase>0</usecase>\n"
                 "    <answer fraction=\"100\"><text>VNeID</text></answer>\n"
                 "    <answer fraction=\"100\"><text>ứng dụng VNeID</text></answer>\n") != std::string::npos);
  CHECK(xml.find("<text>=HYPERLINK(&quot;x&quot;)</text>") != std::string::npos);
}

TEST_CASE("the LMS files write the unit in the exam's language; the form and manifest name it", "[exam][i18n]") {
  Fixture f;
  CHECK(f.file("forms/101.json").find("\"language\": \"vi\",") != std::string::npos);
  CHECK(f.file("manifest.json").find("\"language\": \"vi\",") != std::string::npos);
  f.exam.language = hocvu::Language::en;
  std::string xml = f.file("moodle.xml");
  CHECK(xml.find("&quot;tỷ lệ&quot;? (unit: %)]]></text></questiontext>") != std::string::npos);
  CHECK(xml.find("đơn vị") == std::string::npos);
  CHECK(xml.find("<tolerance>0.1</tolerance>") != std::string::npos);  // Moodle's own numbers keep the point
  std::string gift = f.file("gift.txt");
  CHECK(gift.find("&quot;tỷ lệ&quot;? (unit\\: %) {#12.5:0.1}") != std::string::npos);
  CHECK(gift.find("đơn vị") == std::string::npos);
  CHECK(f.file("forms/101.json").find("\"language\": \"en\",") != std::string::npos);
  CHECK(f.file("manifest.json").find("\"language\": \"en\",") != std::string::npos);
}

TEST_CASE("moodle.xml fractions of a multiple-response question sum to 100", "[exam][moodle]") {
  Fixture f;
  f.questions[1].answer = hocvu::ChoiceAnswer{{"a", "b", "c"}};
  const std::string& xml = f.file("moodle.xml");
  CHECK(xml.find("<answer fraction=\"33.33333\" format=\"html\"><text><![CDATA[Sao lưu]]>") != std::string::npos);
  CHECK(xml.find("<answer fraction=\"-100\" format=\"html\"><text><![CDATA[Chia sẻ]]>") != std::string::npos);
  CHECK(xml_problem(xml) == "");
}

TEST_CASE("gift.txt escapes special characters and keeps the form's order", "[exam][gift]") {
  Fixture f;
  const std::string& gift = f.file("gift.txt");
  CHECK(gift.rfind("$CATEGORY: $course$/hocvu/bp-dbqh/101\n\n"
                   "::Q1.1-CB-01::[html]Nguồn nào đáng tin cậy nhất? {\n"
                   "  ~Sai hai\n  =ĐÁP_ÁN_ĐÚNG\n  ~Sai một\n  ####GIẢI_THÍCH_MỘT\n}\n\n"
                   "::Q1.1-CB-02::[html]Những việc nào giúp bảo vệ dữ liệu? {\n"
                   "  ~%-50%Chia sẻ\n  ~%50%Đặt mật khẩu\n  ~%-50%\\=SUM(A1\\:A3)\n  ~%50%Sao lưu\n}\n\n"
                   "::Q1.1-CB-03::[html]Phép tính 1+1\\=2 \\{ghi chú\\: \\~x \\#y \\\\z\\} {F####GIẢI_THÍCH_BA}\n\n"
                   "::Q6.2-TC-01::[html]&lt;script&gt;alert(&\\#39;x&\\#39;)&lt;/script&gt; &amp; &quot;tỷ lệ&quot;? "
                   "(đơn vị\\: %) {#12.5:0.1}\n\n",
                   0) == 0);
  CHECK(gift.find("::Q6.2-TC-02::[html]Ứng dụng định danh điện tử ]]&gt; là gì? {=VNeID =ứng dụng VNeID}\n") !=
        std::string::npos);
  CHECK(gift.find("{#-1.5}") != std::string::npos);
  CHECK(gift.find("{=\\=HYPERLINK(\"x\") =@x, y}") != std::string::npos);
  CHECK(gift.find("$CATEGORY: $course$/hocvu/bp-dbqh/102\n\n::Q1.1-CB-02::") != std::string::npos);
  CHECK(gift.find("{\n  ~%50%Sao lưu\n  ~%-50%\\=SUM(A1\\:A3)\n  ~%50%Đặt mật khẩu\n  ~%-50%Chia sẻ\n}") !=
        std::string::npos);
}

TEST_CASE("the manifest records inputs, solver and what every form achieved", "[exam][manifest]") {
  Fixture f;
  const std::string& text = f.file("manifest.json");
  Json manifest = Json::parse(text);
  CHECK(manifest["tool"] == "hocvu exam");
  CHECK(manifest["version"] == hocvu::kVersion);
  CHECK(manifest["blueprint"] == Json::parse(R"j({"id": "bp-dbqh", "title": "Kiểm tra kỹ năng số – đại biểu",
      "file": "blueprints/dbqh.yaml"})j"));
  CHECK(manifest["framework"] == Json::parse(R"j({"id": "qh-kns", "version": "1.0"})j"));
  CHECK(manifest["role"] == "dbqh");
  CHECK(manifest["level"] == "CB");
  CHECK(manifest["seed"] == 2026);
  CHECK(manifest["inputs"][1] == Json::parse(R"j({"path": "blueprints/dbqh.yaml", "sha256": "bb"})j"));
  CHECK(manifest["solver"] ==
        Json::parse(R"j({"name": "GLPK 5.0", "status": "optimal", "candidates": 120, "branch_nodes": 7})j"));
  const Json& first = manifest["forms"][0];
  CHECK(first["id"] == "101");
  CHECK(first["questions"] == 7);
  CHECK(first["points"] == 7.5);
  CHECK(first["mean_difficulty"] == 0.1764);  // 1.2345 / 7 = 0.176357...
  CHECK(first["counts"] == Json::parse(R"j([
      {"constraint": "area 1", "min": 2, "max": null, "achieved": 3},
      {"constraint": "competency 6.2, level TC", "min": 1, "max": 3, "achieved": 4},
      {"constraint": "type multiple", "min": 1, "max": 1, "achieved": 1},
      {"constraint": "tag ai", "min": 1, "max": null, "achieved": 1}])j"));
  CHECK(first["question_ids"][0] == "Q1.1-CB-01");
  CHECK(manifest["forms"][1]["mean_difficulty"] == 0.25);
  CHECK(manifest["forms"][1]["points"] == 6.5);
  CHECK(text.back() == '\n');
}

TEST_CASE("dump_json writes DEL, C1 and bidi controls as \\u escapes, the same values", "[exam]") {
  nlohmann::ordered_json json = {{"path", "b\x1b\x7f\xC2\x85\xE2\x80\xAE.yaml"}};
  std::string text = hocvu::dump_json(json);
  CHECK(text == "{\n  \"path\": \"b\\u001b\\u007f\\u0085\\u202e.yaml\"\n}\n");
  CHECK(nlohmann::ordered_json::parse(text) == json);
}

TEST_CASE("rendering is deterministic", "[exam]") {
  Fixture f;
  auto first = hocvu::render_exam(f.exam);
  auto second = hocvu::render_exam(f.exam);
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].contents == second[i].contents);
  }
}
