// hocvu's statistics against R's psych on public data sets (tests/grade/psych: the marks, the
// reference numbers and the script that made them).
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "grade/statistics.hpp"
#include "stats_test_support.hpp"

namespace {

using hocvu::GradeStatistics;
using hocvu::kUnitsPerPoint;

const std::string kFolder = std::string(HOCVU_SOURCE_DIR) + "/tests/grade/psych/";

std::vector<std::vector<std::string>> read_csv_rows(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, ',');) {
      fields.push_back(field);
    }
    if (!line.empty() && line.back() == ',') {
      fields.emplace_back();
    }
    rows.push_back(fields);
  }
  return rows;
}

// One form of the set's items: 0/1 items are single choice with options a (the key) and b;
// others are worth `points` with a mark for every whole point.
struct Graded {
  hocvu::GradingKey key;
  std::vector<std::vector<hocvu::ScoringItem>> forms;
  GradeStatistics statistics;
};

std::unique_ptr<Graded> grade_set(const std::string& set, int points) {
  const auto rows = read_csv_rows(kFolder + set + ".csv");
  auto graded = std::make_unique<Graded>();
  hocvu::KeyForm form{"1", {}, 0, {}};
  for (size_t j = 1; j < rows[0].size(); ++j) {
    const auto type = points == 1 ? hocvu::QuestionType::single : hocvu::QuestionType::numeric;
    form.items.push_back(hocvu::test::choice_item(rows[0][j], type, points * kUnitsPerPoint,
                                                  points == 1 ? std::vector<std::string>{"a", "b"}
                                                              : std::vector<std::string>{}));
    form.possible += points * kUnitsPerPoint;
  }
  graded->key.forms = {form};
  graded->forms.resize(1);
  for (const auto& item : graded->key.forms[0].items) {
    hocvu::ScoringItem scoring = hocvu::test::scoring_item(item, hocvu::test::A);
    scoring.levels.clear();
    for (int mark = 0; mark <= points; ++mark) {
      scoring.levels.push_back(mark * kUnitsPerPoint);
    }
    graded->forms[0].push_back(scoring);
  }
  hocvu::GradeTally tally(graded->forms, 0);
  for (size_t r = 1; r < rows.size(); ++r) {
    std::vector<hocvu::ItemScore> scores;
    for (size_t j = 1; j < rows[r].size(); ++j) {
      const int mark = std::stoi(rows[r][j]);
      const uint32_t chosen = points == 1 ? (mark == 1 ? hocvu::test::A : hocvu::test::B) : 0;
      scores.push_back(hocvu::test::answer(graded->forms[0][j - 1], static_cast<uint8_t>(mark), chosen));
    }
    tally.add(0, scores, hocvu::test::total_of(scores, graded->forms[0]), false, {});
  }
  graded->statistics = hocvu::compute_statistics(graded->key, graded->forms, tally, {});
  return graded;
}

using Getter = std::function<std::optional<double>(const GradeStatistics&, const std::string&)>;

const hocvu::ItemStatistics& item_row(const GradeStatistics& statistics, const std::string& id) {
  for (const auto& row : statistics.items) {
    if (row.question_id == id) {
      return row;
    }
  }
  FAIL("no item " << id);
  throw std::logic_error("unreachable");
}

const hocvu::DistractorStatistics& option_row(const GradeStatistics& statistics, const std::string& name) {
  const std::string id = name.substr(0, name.find(':'));
  const std::string option = name.substr(name.find(':') + 1);
  for (const auto& row : statistics.distractors) {
    if (row.question_id == id && row.option == option) {
      return row;
    }
  }
  FAIL("no option " << name);
  throw std::logic_error("unreachable");
}

const std::map<std::string, Getter>& getters() {
  using S = const GradeStatistics&;
  using I = const std::string&;
  static const std::map<std::string, Getter> table = {
      {"n", [](S s, I) { return std::optional<double>(static_cast<double>(s.forms[0].summary.n)); }},
      {"mean", [](S s, I) { return s.forms[0].summary.mean; }},
      {"sd", [](S s, I item) { return item.empty() ? s.forms[0].summary.sd : item_row(s, item).sd; }},
      {"median", [](S s, I) { return s.forms[0].summary.median; }},
      {"min", [](S s, I) { return s.forms[0].summary.min; }},
      {"max", [](S s, I) { return s.forms[0].summary.max; }},
      {"skewness", [](S s, I) { return s.forms[0].summary.skewness; }},
      {"kurtosis", [](S s, I) { return s.forms[0].summary.kurtosis; }},
      {"alpha", [](S s, I) { return s.forms[0].summary.alpha; }},
      {"sem", [](S s, I) { return s.forms[0].summary.sem; }},
      {"percent_mean", [](S s, I) { return s.overall.mean; }},
      {"percent_sd", [](S s, I) { return s.overall.sd; }},
      {"percent_median", [](S s, I) { return s.overall.median; }},
      {"percent_skewness", [](S s, I) { return s.overall.skewness; }},
      {"percent_kurtosis", [](S s, I) { return s.overall.kurtosis; }},
      {"facility", [](S s, I item) { return item_row(s, item).facility; }},
      {"item_total_r", [](S s, I item) { return item_row(s, item).item_total_r; }},
      {"item_rest_r", [](S s, I item) { return item_row(s, item).item_rest_r; }},
      {"alpha_if_deleted", [](S s, I item) { return item_row(s, item).alpha_if_deleted; }},
      {"upper_lower_d", [](S s, I item) { return item_row(s, item).upper_lower_d; }},
      {"discriminative_efficiency", [](S s, I item) { return item_row(s, item).discriminative_efficiency; }},
      {"share", [](S s, I option) { return option_row(s, option).share; }},
      {"mean_total_percent", [](S s, I option) { return option_row(s, option).mean_total_percent; }},
      {"point_biserial", [](S s, I option) { return option_row(s, option).point_biserial; }},
  };
  return table;
}

}  // namespace

TEST_CASE("compute_statistics agrees with R's psych on lsat6, lsat7 and bfi agreeableness", "[grade]") {
  const std::map<std::string, int> points = {{"lsat6", 1}, {"lsat7", 1}, {"bfi_agreeableness", 5}};
  std::map<std::string, std::unique_ptr<Graded>> graded;
  for (const auto& [set, set_points] : points) {
    graded[set] = grade_set(set, set_points);
  }
  const auto reference = read_csv_rows(kFolder + "reference.csv");
  REQUIRE(reference.size() > 200);
  REQUIRE(reference[0] == std::vector<std::string>{"set", "statistic", "item", "value"});
  std::map<std::string, int> checked;
  for (size_t r = 1; r < reference.size(); ++r) {
    const auto& row = reference[r];
    REQUIRE(row.size() == 4);
    INFO(row[0] << " " << row[1] << " " << row[2]);
    REQUIRE(graded.count(row[0]) == 1);
    REQUIRE(getters().count(row[1]) == 1);
    const std::optional<double> value = getters().at(row[1])(graded.at(row[0])->statistics, row[2]);
    REQUIRE(value.has_value());
    CHECK(*value == Approx(std::stod(row[3])).margin(1e-6));
    ++checked[row[0]];
  }
  CHECK(checked["lsat6"] == 15 + 5 * 7 + 10 * 3);
  CHECK(checked["bfi_agreeableness"] == 15 + 5 * 7);
}
