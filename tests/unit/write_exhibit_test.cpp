// Tests of src/exam/write_exhibit.cpp and of group_by_exhibit (src/exam/build_exam.cpp): items
// that share an exhibit are placed together, and the exhibit is printed once before them.
#include "exam/write_exhibit.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "exam/build_exam.hpp"
#include "exam_test_support.hpp"

using hocvu::ExamForm;
using hocvu::ExamItem;
using hocvu::Exhibit;
using hocvu::Question;
using hocvu::test::located;

namespace {

Exhibit make_exhibit(std::string id, std::string title) {
  Exhibit exhibit;
  exhibit.id = located(std::move(id));
  exhibit.title = std::move(title);
  return exhibit;
}

// A form of questions Q1..Qn; exhibits[i] is item i's exhibit (or null).
struct Form {
  std::vector<Question> questions;
  ExamForm form;
  Form(const std::vector<const Exhibit*>& exhibits) {
    questions.reserve(exhibits.size());
    for (size_t i = 0; i < exhibits.size(); ++i) {
      questions.push_back(hocvu::test::make_question("Q" + std::to_string(i + 1), "1.1", "CB"));
    }
    for (size_t i = 0; i < exhibits.size(); ++i) {
      ExamItem item;
      item.question = &questions[i];
      item.exhibit = exhibits[i];
      form.items.push_back(item);
    }
  }
  std::string ids() const {
    std::string out;
    for (const auto& item : form.items) {
      out += (out.empty() ? "" : " ") + item.question->id.value;
    }
    return out;
  }
};

hocvu::Exam exam_in(hocvu::Language language) {
  hocvu::Exam exam;
  exam.language = language;
  return exam;
}

}  // namespace

TEST_CASE("group_by_exhibit: a set moves up to its first item; the rest keep their order", "[exam][exhibit]") {
  Exhibit a = make_exhibit("EX-A", "A");
  Exhibit b = make_exhibit("EX-B", "B");
  SECTION("two interleaved sets") {
    Form f({nullptr, &a, nullptr, &b, &a, nullptr, &b, &a});
    hocvu::group_by_exhibit(f.form.items);
    CHECK(f.ids() == "Q1 Q2 Q5 Q8 Q3 Q4 Q7 Q6");
  }
  SECTION("no exhibits: nothing moves") {
    Form f({nullptr, nullptr, nullptr});
    hocvu::group_by_exhibit(f.form.items);
    CHECK(f.ids() == "Q1 Q2 Q3");
  }
  SECTION("already together: nothing moves") {
    Form f({&a, &a, nullptr, &b});
    hocvu::group_by_exhibit(f.form.items);
    CHECK(f.ids() == "Q1 Q2 Q3 Q4");
  }
}

TEST_CASE("exhibit_run_at: where a run starts and ends", "[exam][exhibit]") {
  Exhibit a = make_exhibit("EX-A", "A");
  Form f({nullptr, &a, &a, &a, nullptr});
  CHECK_FALSE(hocvu::exhibit_run_at(f.form, 0));
  auto run = hocvu::exhibit_run_at(f.form, 1);
  REQUIRE(run);
  CHECK(run->exhibit == &a);
  CHECK(run->first == 1);
  CHECK(run->last == 3);
  CHECK_FALSE(hocvu::exhibit_run_at(f.form, 2));
  CHECK_FALSE(hocvu::exhibit_run_at(f.form, 9));
}

TEST_CASE("exhibit_html and exhibit_markdown: once, before the run, in the paper's language", "[exam][exhibit]") {
  Exhibit a = make_exhibit("EX-A", "Thư <lạ>");
  a.text = "Dòng 1\nDòng *2*\n";
  a.table = {{"Năm", "Chi"}, {"2024", "1.250"}};
  Form f({nullptr, &a, &a});
  auto vi = exam_in(hocvu::Language::vi);
  CHECK(hocvu::exhibit_html(vi, f.form, 0).empty());
  CHECK(hocvu::exhibit_html(vi, f.form, 2).empty());
  CHECK(hocvu::exhibit_html(vi, f.form, 1) ==
        "<section class=\"exhibit\">\n<p class=\"for\">Dùng cho câu 2–3</p>\n<h3>Thư &lt;lạ&gt;</h3>\n"
        "<p>Dòng 1<br>Dòng *2*</p>\n<table>\n<thead><tr><th>Năm</th><th>Chi</th></tr></thead>\n<tbody>\n"
        "<tr><td class=\"num\">2024</td><td class=\"num\">1.250</td></tr>\n</tbody>\n</table>\n</section>\n");
  CHECK(hocvu::exhibit_markdown(vi, f.form, 1) ==
        "\n**Thư \\<lạ\\>**\n\n*Dùng cho câu 2–3*\n\n> Dòng 1\\\n> Dòng \\*2\\*\n\n| Năm | Chi |\n| --- | --- |\n"
        "| 2024 | 1.250 |\n");
  SECTION("one question, in English") {
    Form one({&a});
    auto en = exam_in(hocvu::Language::en);
    CHECK(hocvu::exhibit_html(en, one.form, 0).find("<p class=\"for\">For question 1</p>") != std::string::npos);
  }
  SECTION("the style only on forms with exhibits") {
    CHECK_FALSE(hocvu::exhibit_style(f.form).empty());
    CHECK(hocvu::exhibit_style(Form({nullptr}).form).empty());
  }
}

TEST_CASE("bar_chart_svg: a truncated axis starts at axis_from and says so", "[exam][exhibit]") {
  Exhibit c = make_exhibit("EX-C", "Tỷ lệ");
  c.table = {{"Năm", "Tỷ lệ (%)"}, {"2023", "96"}, {"2024", "98"}};
  c.values = {{96}, {98}};
  c.bar_chart = true;
  c.axis_from = 95;
  std::string svg = hocvu::bar_chart_svg(c, hocvu::NumberStyle::decimal_comma);
  INFO(svg);
  // Scale: 95 to 98 in steps of 1; the plot runs from y 240 (95) up to y 34 (98).
  CHECK(svg.find(">95</text>") != std::string::npos);
  CHECK(svg.find(">96</text>") != std::string::npos);
  CHECK(svg.find(">98</text>") != std::string::npos);
  CHECK(svg.find(">94") == std::string::npos);
  // 96 is a third of the way up: height 206 / 3 = 68.7; 98 the full 206. Each bar is 0.7 of
  // its group's (520 - 64 - 12) / 2 = 222.
  CHECK(svg.find("y=\"171.3\" width=\"155.4\" height=\"68.7\"") != std::string::npos);
  CHECK(svg.find("y=\"34.0\" width=\"155.4\" height=\"206.0\"") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  SECTION("from 0 by default") {
    c.axis_from.reset();
    std::string from_zero = hocvu::bar_chart_svg(c, hocvu::NumberStyle::decimal_comma);
    CHECK(from_zero.find(">0</text>") != std::string::npos);
    CHECK(from_zero.find(">100</text>") != std::string::npos);
  }
  SECTION("no values, no chart") {
    c.values.clear();
    CHECK(hocvu::bar_chart_svg(c, hocvu::NumberStyle::decimal_comma).empty());
  }
}

TEST_CASE("exhibits_json and exhibit_lms_html", "[exam][exhibit]") {
  Exhibit a = make_exhibit("EX-A", "A");
  a.table = {{"x", "y"}, {"p", "1,5"}};
  a.values = {{1.5}};
  a.bar_chart = true;
  Form f({nullptr, &a, &a});
  CHECK(hocvu::exhibits_json(f.form).dump() ==
        R"([{"id":"EX-A","title":"A","table":[["x","y"],["p","1,5"]],"chart":"bar","axis_from":0,"questions":[2,3]}])");
  CHECK(hocvu::exhibits_json(Form({nullptr}).form).dump() == "[]");
  auto vi = exam_in(hocvu::Language::vi);
  CHECK(hocvu::exhibit_lms_html(vi, f.form.items[0]).empty());
  CHECK(hocvu::exhibit_lms_html(vi, f.form.items[1]) ==
        "<div class=\"exhibit\"><p><strong>A</strong></p><table border=\"1\" cellpadding=\"4\"><thead><tr><th>x</th>"
        "<th>y</th></tr></thead><tbody><tr><td>p</td><td class=\"num\">1,5</td></tr></tbody></table><p><em>Biểu đồ "
        "cột, trình bày ở đây dưới dạng bảng số liệu; trục giá trị bắt đầu từ 0.</em></p></div>");
}
