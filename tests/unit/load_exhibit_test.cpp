// Tests of src/model/load_exhibit.cpp: a bank's exhibits, their bounded tables and bar charts
// read in the bank's number style, and the findings of malformed ones (E307, E202, E203).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "load_document_support.hpp"
#include "model/load.hpp"

using hocvu::Bank;
using hocvu::Exhibit;
using load_support::describe;
using Lines = std::vector<std::string>;

namespace {

// A bank in `language` with `exhibits` (indented list items) and one question using EX-1.
std::string bank_with(std::string_view exhibits, std::string_view language = "vi") {
  return "bank:\n  id: b\n  framework: fw\n  language: " + std::string(language) + "\nexhibits:\n" +
         std::string(exhibits) +
         "questions:\n  - id: Q1\n    exhibit: EX-1\n    competency: \"1.1\"\n    level: CB\n"
         "    type: true_false\n    stem: Câu hỏi\n    answer: true\n";
}

const Bank& bank_of(const load_support::Loaded& loaded) {
  REQUIRE(loaded.document.bank);
  return *loaded.document.bank;
}

}  // namespace

TEST_CASE("load_exhibit reads text, table, chart and axis", "[load][exhibit]") {
  auto loaded = load_support::load(bank_with(R"(  - id: EX-1
    title: Dự toán và thực hiện
    text: |
      Dòng một
      Dòng hai
    table:
      - ["Năm", "Dự toán", "Thực hiện"]
      - ["2024", "1.250", "1.180,5"]
      - [2025, "98", "-"]
    chart: bar
    axis_from: 95
)"));
  // "-" is not a number: the chart is reported, the table kept.
  CHECK(describe(loaded.diagnostics) ==
        Lines{"14:9 E307 cell '-' (row 3, column 3) of exhibit EX-1 is not a number, so the bar chart cannot draw it "
              "[a chart's cells after the first column are numbers as the bank's language writes them, such as "
              "1.250 (a thousand and more) or 1,5 (a decimal)]"});
  const Bank& bank = bank_of(loaded);
  REQUIRE(bank.exhibits.size() == 1);
  const Exhibit& exhibit = bank.exhibits[0];
  CHECK(exhibit.id.value == "EX-1");
  CHECK(exhibit.id.pos.line == 6);
  CHECK(exhibit.title == "Dự toán và thực hiện");
  CHECK(exhibit.text == "Dòng một\nDòng hai\n");
  CHECK(exhibit.table == std::vector<std::vector<std::string>>{
                             {"Năm", "Dự toán", "Thực hiện"}, {"2024", "1.250", "1.180,5"}, {"2025", "98", "-"}});
  CHECK(exhibit.bar_chart);
  CHECK(exhibit.axis_from == 95.0);
  CHECK(exhibit.values.empty());
  REQUIRE(bank.questions.size() == 1);
  REQUIRE(bank.questions[0].exhibit);
  CHECK(bank.questions[0].exhibit->value == "EX-1");
}

TEST_CASE("load_exhibit: chart values in the bank's number style", "[load][exhibit]") {
  const char* exhibit = R"(  - id: EX-1
    title: Số liệu
    table:
      - ["Năm", "A", "B"]
      - ["2024", "1.250", "1,5"]
    chart: bar
)";
  SECTION("vi: dots group thousands, a comma marks decimals") {
    auto loaded = load_support::load(bank_with(exhibit));
    CHECK(describe(loaded.diagnostics).empty());
    CHECK(bank_of(loaded).exhibits[0].values == std::vector<std::vector<double>>{{1250, 1.5}});
  }
  SECTION("en: the other way round, so 1,5 is not a number") {
    auto loaded = load_support::load(bank_with(exhibit, "en"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"10:9 E307 cell '1,5' (row 2, column 3) of exhibit EX-1 is not a number, so the bar chart cannot "
                "draw it [a chart's cells after the first column are numbers as the bank's language writes them, "
                "such as 1,250 (a thousand and more) or 1.5 (a decimal)]"});
  }
}

TEST_CASE("load_exhibit: malformed exhibits", "[load][exhibit]") {
  SECTION("neither text nor table, no title") {
    auto loaded = load_support::load(bank_with("  - id: EX-1\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"6:5 E202 exhibit EX-1 has no 'title' [add 'title:' to this exhibit]",
                "6:5 E202 exhibit EX-1 has neither 'text' nor 'table' [write the material under 'text: |', or its "
                "figures under 'table:' (rows of cells)]"});
  }
  SECTION("a row narrower than the header, a row that is not a list, a cell that is a list") {
    auto loaded = load_support::load(bank_with(R"(  - id: EX-1
    title: Bảng
    table:
      - [a, b]
      - [x]
      - y
      - [[1], 2]
)"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"10:9 E307 row 2 of the table of exhibit EX-1 has 1 cell, but its header has 2 [give every row one "
                "cell per column; an empty cell is written \"\"]",
                "11:9 E203 row 3 of the table of exhibit EX-1 is not a list [write a row as a list of cells: "
                "[\"2024\", \"1.250\"]]",
                "12:10 E203 cell 1 of row 4 of the table of exhibit EX-1 is not a single value []"});
    CHECK(bank_of(loaded).exhibits[0].table.empty());
  }
  SECTION("a header alone") {
    auto loaded = load_support::load(bank_with("  - id: EX-1\n    title: Bảng\n    table:\n      - [a, b]\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"9:7 E307 the table of exhibit EX-1 has 1 row; it needs a header and at least one row [the first "
                "row names the columns; the rows after it hold the figures]"});
  }
  SECTION("a chart without a table, an axis without a chart") {
    auto loaded = load_support::load(bank_with(
        "  - id: EX-1\n    title: A\n    text: x\n    chart: bar\n  - id: EX-2\n    title: B\n    text: y\n"
        "    axis_from: 3\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"9:12 E307 exhibit EX-1 has 'chart: bar' but no table to draw [give the figures under 'table:', or "
                "leave out 'chart']",
                "13:16 E307 'axis_from' of exhibit EX-2 is for a chart [add 'chart: bar', or leave out 'axis_from']"});
  }
  SECTION("a chart of labels only, and an unknown kind of chart") {
    auto loaded = load_support::load(bank_with(
        "  - id: EX-1\n    title: A\n    table: [[a], [b]]\n    chart: bar\n  - id: EX-2\n    title: B\n"
        "    table: [[a, b], [c, '1']]\n    chart: pie\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"8:12 E307 the bar chart of exhibit EX-1 needs a column of labels and at least one column of "
                "numbers [add a column of numbers, or leave out 'chart']",
                "13:12 E207 'chart' of exhibit EX-2 is 'pie', not one of: bar []"});
  }
  SECTION("an axis that does not start below every bar, and a negative bar on an axis from 0") {
    auto loaded = load_support::load(bank_with(
        "  - id: EX-1\n    title: A\n    table: [[a, b], [x, '96'], [y, '95']]\n    chart: bar\n    axis_from: 95\n"
        "  - id: EX-2\n    title: B\n    table: [[a, b], [x, '-2']]\n    chart: bar\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"10:16 E307 'axis_from' of exhibit EX-1 is 95, but the chart's smallest value is 95: the axis must "
                "start below every bar [start the axis below the smallest value, or leave out 'axis_from' to start "
                "it at 0]",
                "14:12 E307 the chart of exhibit EX-2 has a value below 0 (-2), and its axis starts at 0 [set "
                "'axis_from' below the smallest value]"});
    CHECK(bank_of(loaded).exhibits[0].values.empty());
  }
}

TEST_CASE("load_exhibit: a table over the limits is reported, not kept", "[load][exhibit]") {
  SECTION("rows") {
    std::string rows;
    for (int r = 0; r < 51; ++r) {
      rows += "      - [a, b]\n";
    }
    auto loaded = load_support::load(bank_with("  - id: EX-1\n    title: A\n    table:\n" + rows));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"9:7 E307 the table of exhibit EX-1 has 51 rows; the limit is 50 (header included) [keep the rows "
                "the questions need, or split the table into two exhibits]"});
    CHECK(bank_of(loaded).exhibits[0].table.empty());
  }
  SECTION("columns") {
    auto loaded = load_support::load(
        bank_with("  - id: EX-1\n    title: A\n    table:\n      - [a, b, c, d, e, f, g, h, i]\n      - [1]\n"));
    CHECK(describe(loaded.diagnostics) ==
          Lines{"9:9 E307 the table of exhibit EX-1 has 9 columns; the limit is 8 [keep the columns the questions "
                "need, or split the table into two exhibits]"});
  }
  SECTION("exactly at the limits is fine") {
    std::string rows;
    for (int r = 0; r < 50; ++r) {
      rows += "      - [a, b, c, d, e, f, g, h]\n";
    }
    auto loaded = load_support::load(bank_with("  - id: EX-1\n    title: A\n    table:\n" + rows));
    CHECK(describe(loaded.diagnostics).empty());
    CHECK(bank_of(loaded).exhibits[0].table.size() == 50);
  }
}
