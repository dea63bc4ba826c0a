// Tests of the grade report writers (grade/grade_report.hpp): items.csv, distractors.csv,
// summary.json and analysis.html, on statistics made by hand.
#include "grade/grade_report.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "grade/analysis_labels.hpp"
#include "grade/attempt.hpp"
#include "hocvu/version.hpp"

using namespace hocvu;

namespace {

ScoreSummary form_summary() {
  ScoreSummary summary;
  summary.n = 4;
  summary.possible = 3;
  summary.mean = 1.75;
  summary.sd = 0.9574271077563381;
  summary.min = 0;
  summary.max = 3;
  summary.median = 2;
  summary.skewness = -0.8545630383279711;
  summary.alpha = 0.6;
  summary.sem = 0.6055300708194983;
  summary.passed = 2;
  summary.pass_rate = 0.5;
  summary.histogram = {{0, 50, 1}, {50, 100, 3}};
  return summary;
}

ScoreSummary overall_summary() {
  ScoreSummary summary = form_summary();
  summary.possible = 100;
  summary.mean = 58.333333333;
  summary.sd = 41.944297;
  summary.max = 100;
  summary.median = 66.666666667;
  summary.alpha.reset();
  summary.sem.reset();
  return summary;
}

ItemStatistics item(std::string id, std::string competency, std::string level, std::vector<std::string> forms) {
  ItemStatistics statistics;
  statistics.question_id = std::move(id);
  statistics.competency = std::move(competency);
  statistics.level = std::move(level);
  statistics.forms = std::move(forms);
  statistics.n = 4;
  return statistics;
}

std::vector<ItemStatistics> sample_items() {
  ItemStatistics good = item("Q1", "1.1", "CB", {"101", "102"});
  good.facility = 0.75;
  good.sd = 0.5;
  good.item_total_r = 0.8703882797784892;
  good.item_rest_r = 0.5773502691896258;
  good.upper_lower_d = 1.0;
  good.discriminative_efficiency = 0.666666;
  good.alpha_if_deleted = 0.4;
  ItemStatistics miskeyed = item("=SUM(A1)", "2.1", "TC", {"101"});
  miskeyed.omitted = 1;
  miskeyed.facility = 0.25;
  miskeyed.sd = 0.5;
  miskeyed.item_total_r = -0.2;
  miskeyed.item_rest_r = -1.0 / 3.0;
  miskeyed.upper_lower_d = -0.5;
  miskeyed.flags = {ItemFlag::negative_discrimination, ItemFlag::possible_miskey};
  ItemStatistics dropped = item("Q3,x", "1.2", "NC", {"101"});
  dropped.dropped = true;
  dropped.facility = 0.5;  // a dropped item's numbers are never written
  ItemStatistics easy = item("Q4", "1.1", "CB", {"102"});
  easy.facility = 1.0;
  easy.sd = 0.0;
  easy.item_total_r = std::nan("");     // not finite: an empty cell, never "nan"
  easy.alpha_if_deleted = -0.00004;     // rounds to 0, written without a minus sign
  easy.flags = {ItemFlag::too_easy};
  return {good, miskeyed, dropped, easy};
}

DistractorStatistics option(std::string id, std::string letter, bool key, uint64_t chosen, std::optional<double> share,
                            std::optional<double> mean, std::optional<double> point_biserial) {
  DistractorStatistics statistics;
  statistics.question_id = std::move(id);
  statistics.option = std::move(letter);
  statistics.key = key;
  statistics.chosen = chosen;
  statistics.share = share;
  statistics.mean_total_percent = mean;
  statistics.point_biserial = point_biserial;
  return statistics;
}

GradeStatistics sample_statistics() {
  GradeStatistics statistics;
  statistics.forms = {{"101", 3, form_summary()}};
  statistics.overall = overall_summary();
  statistics.items = sample_items();
  statistics.distractors = {option("Q1", "A", false, 1, 0.25, 33.333333, -0.5773502691896258),
                            option("Q1", "B", true, 3, 0.75, 77.777777, 0.5773502691896258),
                            option("Q1", "C", false, 0, 0.0, std::nullopt, std::nullopt),
                            option("=SUM(A1)", "a", true, 2, 0.5, 41.666666, -0.3),
                            option("=SUM(A1)", "+x", false, 1, 0.25, 100.0, 0.9)};
  statistics.distractors[2].nonfunctioning = true;
  statistics.competencies = {{"1.1", 4, 3}, {"2.1", 0, 0}};
  return statistics;
}

GradingKey sample_key() {
  GradingKey key;
  key.exam = "dbqh";
  key.role = "dbqh";
  key.level = "CB";
  key.pass.percent = 50;
  return key;
}

GradeReport sample_report(const GradingKey& key) {
  GradeReport report;
  report.key = &key;
  report.key_source = "out/dbqh";
  report.inputs = {{"responses.csv", "ab12", "wide", 6, 4, 2}};
  report.rows_read = 6;
  report.graded = 4;
  report.rejected = 2;
  report.rejected_by_code = {{"unknown_form", 1}, {"field_count", 1}};
  report.duplicate_attempts = 1;
  report.corrections = {{{"Q3,x", CorrectionKind::drop, {}, 3}, {"101"}},
                        {{"=SUM(A1)", CorrectionKind::accept, {"b"}, 4}, {"101"}}};
  report.options = {{"partial", "false2"}, {"negative", "0"}, {"mastery", "0.7"}};
  return report;
}

size_t occurrences(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

// Runs tests/unit/check_html.py (Python's html.parser) on `html`; its exit status.
int python_html_check(const std::string& html) {
  std::string command = "/usr/bin/python3 " HOCVU_SOURCE_DIR "/tests/unit/check_html.py";
  FILE* pipe = popen(command.c_str(), "w");
  REQUIRE(pipe != nullptr);
  fwrite(html.data(), 1, html.size(), pipe);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("items.csv: fixed decimals, empty cells for no value, dropped items, the formula guard", "[grade]") {
  CHECK(render_items_csv(sample_statistics()) ==
        "question_id,competency,level,forms,n,omitted,facility,sd,item_total_r,item_rest_r,upper_lower_d,"
        "discriminative_efficiency,alpha_if_deleted,flags\n"
        "Q1,1.1,CB,101;102,4,0,0.7500,0.5000,0.8704,0.5774,1.0000,0.6667,0.4000,\n"
        "'=SUM(A1),2.1,TC,101,4,1,0.2500,0.5000,-0.2000,-0.3333,-0.5000,,,negative_discrimination;possible_miskey\n"
        "\"Q3,x\",1.2,NC,101,,,,,,,,,,dropped\n"
        "Q4,1.1,CB,102,4,0,1.0000,0.0000,,,,,0.0000,too_easy\n");
}

TEST_CASE("items.csv and distractors.csv of no items are a header alone", "[grade]") {
  GradeStatistics none;
  CHECK(render_items_csv(none).find('\n') == render_items_csv(none).size() - 1);
  CHECK(render_distractors_csv(none) == "question_id,option,key,chosen,share,mean_total_percent,point_biserial,flags\n");
}

TEST_CASE("distractors.csv: shares with 4 decimals, percents with 2, true/false keys", "[grade]") {
  CHECK(render_distractors_csv(sample_statistics()) ==
        "question_id,option,key,chosen,share,mean_total_percent,point_biserial,flags\n"
        "Q1,A,false,1,0.2500,33.33,-0.5774,\n"
        "Q1,B,true,3,0.7500,77.78,0.5774,\n"
        "Q1,C,false,0,0.0000,,,nonfunctioning\n"
        "'=SUM(A1),a,true,2,0.5000,41.67,-0.3000,\n"
        "'=SUM(A1),'+x,false,1,0.2500,100.00,0.9000,\n");
}

TEST_CASE("every flag has its name", "[grade]") {
  CHECK(std::string(item_flag_name(ItemFlag::too_hard)) == "too_hard");
  CHECK(std::string(item_flag_name(ItemFlag::too_easy)) == "too_easy");
  CHECK(std::string(item_flag_name(ItemFlag::weak_discrimination)) == "weak_discrimination");
  CHECK(std::string(item_flag_name(ItemFlag::negative_discrimination)) == "negative_discrimination");
  CHECK(std::string(item_flag_name(ItemFlag::possible_miskey)) == "possible_miskey");
  CHECK(std::string(item_flag_name(ItemFlag::nonfunctioning_distractor)) == "nonfunctioning_distractor");
  CHECK(std::string(item_flag_name(ItemFlag::low_efficiency)) == "low_efficiency");
}

TEST_CASE("summary.json: the accounting, corrections, options and summaries, rounded, null for no value", "[grade]") {
  GradingKey key = sample_key();
  std::string expected = std::string(R"json({
  "tool": "hocvu grade",
  "version": ")json") + kVersion + R"json(",
  "exam": {
    "id": "dbqh",
    "role": "dbqh",
    "level": "CB",
    "source": "out/dbqh",
    "files": []
  },
  "options": {
    "partial": "false2",
    "negative": "0",
    "mastery": "0.7"
  },
  "thresholds": {
    "too_hard": 0.2,
    "too_easy": 0.95,
    "weak_discrimination": 0.2,
    "low_efficiency": 0.15,
    "nonfunctioning": 0.05
  },
  "inputs": [
    {
      "path": "responses.csv",
      "sha256": "ab12",
      "format": "wide",
      "rows": 6,
      "graded": 4,
      "rejected": 2
    }
  ],
  "rows_read": 6,
  "graded": 4,
  "rejected": 2,
  "rejected_by_code": {
    "field_count": 1,
    "unknown_form": 1
  },
  "duplicate_attempts": 1,
  "corrections": [
    {
      "question_id": "Q3,x",
      "kind": "drop",
      "options": [],
      "forms": [
        "101"
      ],
      "line": 3
    },
    {
      "question_id": "=SUM(A1)",
      "kind": "accept",
      "options": [
        "b"
      ],
      "forms": [
        "101"
      ],
      "line": 4
    }
  ],
  "overall": {
    "n": 4,
    "mean": 58.3333,
    "sd": 41.9443,
    "min": 0,
    "max": 100,
    "median": 66.6667,
    "skewness": -0.8546,
    "kurtosis": null,
    "alpha": null,
    "sem": null,
    "passed": 2,
    "pass_rate": 0.5,
    "histogram": [
      {
        "from": 0,
        "to": 50,
        "count": 1
      },
      {
        "from": 50,
        "to": 100,
        "count": 3
      }
    ]
  },
  "forms": [
    {
      "form": "101",
      "items": 3,
      "possible": 3,
      "n": 4,
      "mean": 1.75,
      "sd": 0.9574,
      "min": 0,
      "max": 3,
      "median": 2,
      "skewness": -0.8546,
      "kurtosis": null,
      "alpha": 0.6,
      "sem": 0.6055,
      "passed": 2,
      "pass_rate": 0.5,
      "histogram": [
        {
          "from": 0,
          "to": 50,
          "count": 1
        },
        {
          "from": 50,
          "to": 100,
          "count": 3
        }
      ]
    }
  ],
  "competencies": [
    {
      "id": "1.1",
      "measured": 4,
      "mastered": 3,
      "mastery_rate": 0.75
    },
    {
      "id": "2.1",
      "measured": 0,
      "mastered": 0,
      "mastery_rate": null
    }
  ]
}
)json";
  CHECK(render_summary_json(sample_statistics(), sample_report(key)) == expected);
}

TEST_CASE("summary.json: the requirements a form measured and those it did not, from the manifest", "[grade]") {
  GradingKey key = sample_key();
  hocvu::KeyForm form;
  form.id = "101";
  form.requirements = {{"1.2", "TC", true, 3, 2}, {"2.3", "TC", true, 2, 1}, {"1.1", "CB", false, 1, 1}};
  key.forms.push_back(form);
  GradeReport report = sample_report(key);
  std::string json = render_summary_json(sample_statistics(), report);
  CHECK(json.find("\"requirements_measured\": [\n        {\n          \"competency\": \"1.2\",\n          \"level\": "
                  "\"TC\",\n          \"questions\": 2\n        }\n      ],") != std::string::npos);
  CHECK(json.find("\"requirements_not_measured\": [\n        {\n          \"competency\": \"2.3\",\n          "
                  "\"level\": \"TC\",\n          \"questions\": 1\n        }\n      ]") != std::string::npos);
  report.mastery_min_items = 1;
  json = render_summary_json(sample_statistics(), report);
  CHECK(json.find("\"requirements_not_measured\": []") != std::string::npos);
}

TEST_CASE("summary.json without a key: the exam's id, role and level are null", "[grade]") {
  GradeReport report;
  report.key_source = "key.csv";
  std::string json = render_summary_json(GradeStatistics{}, report);
  CHECK(json.find("\"exam\": {\n    \"id\": null,\n    \"role\": null,\n    \"level\": null,\n    \"source\": \"key.csv\",\n    \"files\": []\n  }") !=
        std::string::npos);
  CHECK(json.find("\"forms\": []") != std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("analysis.html: one self-contained page, Vietnamese by default", "[grade]") {
  GradingKey key = sample_key();
  GradeReport report = sample_report(key);
  std::string html = render_analysis_html(sample_statistics(), report);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);   // no network, not even an SVG namespace URL
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("Phân tích câu hỏi") != std::string::npos);
  CHECK(html.find("Đối soát dữ liệu") != std::string::npos);
  CHECK(html.find("Độ khó (tỉ lệ đúng)") != std::string::npos);
  CHECK(html.find("Khớp: đã đọc = đã chấm + bị loại") != std::string::npos);
  // One histogram (one form: no separate overall chart) and the item map.
  CHECK(occurrences(html, "<svg") == 2);
  CHECK(occurrences(html, "</svg>") == 2);
  // Each plotted item is a dot with its id as a tooltip; the dropped item and Q4 (no r) are not.
  CHECK(occurrences(html, "<circle") == 2);
  CHECK(html.find("<title>Q1: p = 0,75; r = 0,58</title>") != std::string::npos);
  CHECK(html.find("Số câu không vẽ được") != std::string::npos);
  // The flagged items with their options; the input file with its hash; decimal commas.
  CHECK(html.find("id=\"item-1\"") != std::string::npos);
  CHECK(html.find("<tr class=\"suspect\"><td>&#39;+x") == std::string::npos);  // no formula guard in HTML
  CHECK(html.find("<tr class=\"suspect\"><td>+x</td>") != std::string::npos);
  CHECK(html.find("ab12") != std::string::npos);
  CHECK(html.find("0,96") != std::string::npos);  // the SD of form 101
  CHECK(python_html_check(html) == 0);
}

TEST_CASE("analysis.html escapes every text from the inputs", "[grade]") {
  GradingKey key = sample_key();
  key.exam = "<i>exam</i>";
  GradeReport report = sample_report(key);
  report.key_source = "a\"b'c&d";
  report.inputs[0].path = "evil\x1b[31m.csv";
  GradeStatistics statistics = sample_statistics();
  statistics.items[1].question_id = "<b>";
  statistics.distractors[3].question_id = "<b>";
  statistics.competencies[0].competency = "1.1<script>";
  std::string html = render_analysis_html(statistics, report);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;b&gt;") != std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("a&quot;b&#39;c&amp;d") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find("evil\\x1b[31m.csv") != std::string::npos);
  CHECK(python_html_check(html) == 0);
}

TEST_CASE("analysis.html in English, several forms, nothing flagged", "[grade]") {
  GradingKey key = sample_key();
  GradeReport report = sample_report(key);
  report.language = Language::en;
  report.rows_read = 7;  // not read = graded + rejected: said plainly
  GradeStatistics statistics = sample_statistics();
  statistics.forms.push_back({"102", 2, form_summary()});
  for (auto& item : statistics.items) {
    item.flags.clear();
  }
  std::string html = render_analysis_html(statistics, report);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("Item and score analysis") != std::string::npos);
  CHECK(html.find("Facility (share correct)") != std::string::npos);
  CHECK(html.find("No question was flagged.") != std::string::npos);
  CHECK(html.find("Not balanced") != std::string::npos);
  CHECK(html.find("0.96") != std::string::npos);
  CHECK(html.find("Phân tích") == std::string::npos);
  CHECK(occurrences(html, "<svg") == 4);  // overall, two forms, the item map
  CHECK(python_html_check(html) == 0);
}

TEST_CASE("analysis.html is the same for the same input", "[grade]") {
  GradingKey key = sample_key();
  GradeReport report = sample_report(key);
  CHECK(render_analysis_html(sample_statistics(), report) == render_analysis_html(sample_statistics(), report));
}

TEST_CASE("the words of analysis.html come from the catalogue, numbers with the language's mark", "[grade]") {
  CHECK(message(Language::vi, "analysis.accounting") == "Đối soát dữ liệu");
  CHECK(message(Language::en, "analysis.accounting") == "Data accounting");
  CHECK(flag_label(ItemFlag::possible_miskey, Language::vi) == "Có thể sai đáp án");
  CHECK(correction_label(CorrectionKind::rekey, Language::en) == "Rekeyed");
  CHECK(display_number(0.755, 2, Language::vi) == "0,76");
  CHECK(display_number(std::nullopt, 2, Language::en) == "–");
  CHECK(display_percent(0.725, Language::vi) == "72,5%");
  CHECK(display_trimmed(50.0, 2, Language::en) == "50");
  CHECK(reject_code_label("unknown_form", Language::en) == "Form not in the key");
  CHECK(reject_code_label("no_such_code", Language::en).empty());
}

TEST_CASE("every flag, correction and reject code has words in both languages", "[grade]") {
  for (Language language : {Language::vi, Language::en}) {
    for (auto flag : {ItemFlag::too_hard, ItemFlag::too_easy, ItemFlag::weak_discrimination,
                      ItemFlag::negative_discrimination, ItemFlag::possible_miskey,
                      ItemFlag::nonfunctioning_distractor, ItemFlag::low_efficiency}) {
      CHECK_FALSE(flag_label(flag, language).empty());
    }
    for (auto kind : {CorrectionKind::drop, CorrectionKind::credit_all, CorrectionKind::accept, CorrectionKind::rekey}) {
      CHECK_FALSE(correction_label(kind, language).empty());
    }
    // RejectReason has no count_: its last value is repeated_answer.
    for (int reason = 0; reason <= static_cast<int>(RejectReason::repeated_answer); ++reason) {
      INFO(reject_code(static_cast<RejectReason>(reason)));
      CHECK_FALSE(reject_code_label(reject_code(static_cast<RejectReason>(reason)), language).empty());
    }
  }
}
