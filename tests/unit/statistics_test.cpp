#include "grade/statistics.hpp"

#include <catch2/catch.hpp>

#include "stats_fixture.hpp"

using hocvu::GradeStatistics;
using hocvu::GradeTally;
using hocvu::ItemFlag;
using hocvu::kUnitsPerPoint;
using hocvu::QuestionType;
using hocvu::test::A;
using hocvu::test::B;
using hocvu::test::C;
using hocvu::test::D;

namespace {

constexpr double kClose = 1e-6;

// CHECK that an optional statistic is there and within 1e-6 of `expected`.
#define CHECK_STAT(actual, expected)                     \
  do {                                                   \
    REQUIRE((actual).has_value());                       \
    CHECK(*(actual) == Approx(expected).margin(kClose)); \
  } while (false)

// One form "201" of three single-choice questions of 1 point (options a b c d; keys Q1 A, Q2 B,
// Q3 C) and its candidates' letters, 0 for omitted: each candidate's marks follow from the key.
//
//   candidate  Q1  Q2  Q3   marks   total X
//   C1         A   B   C    1 1 1   3
//   C2         A   B   A    1 1 0   2
//   C3         A   C   A    1 0 0   1
//   C4         B   B   D    0 1 0   1
//   C5         -   C   B    0 0 0   0
struct ThreeItems {
  hocvu::GradingKey key;
  std::vector<std::vector<hocvu::ScoringItem>> forms;
  std::vector<std::vector<uint32_t>> letters = {{A, B, C}, {A, B, A}, {A, C, A}, {B, B, D}, {0, C, B}};
  std::vector<bool> passed = {true, true, false, false, false};

  explicit ThreeItems(uint32_t q3_key = C) {
    hocvu::KeyForm form{"201", {}, 3 * kUnitsPerPoint, {}};
    for (const char* id : {"Q1", "Q2", "Q3"}) {
      form.items.push_back(hocvu::test::choice_item(id, QuestionType::single, kUnitsPerPoint));
    }
    key.forms = {form};
    key.competencies = {"1.1"};
    const uint32_t keys[] = {A, B, q3_key};
    forms.resize(1);
    for (size_t j = 0; j < 3; ++j) {
      forms[0].push_back(hocvu::test::scoring_item(key.forms[0].items[j], keys[j]));
    }
  }

  void add(GradeTally& tally, size_t candidate) const {
    std::vector<hocvu::ItemScore> scores;
    for (size_t j = 0; j < 3; ++j) {
      const uint32_t letter = letters[candidate][j];
      scores.push_back(hocvu::test::answer(forms[0][j], letter == forms[0][j].correct_mask ? 1 : 0, letter));
    }
    tally.add(0, scores, hocvu::test::total_of(scores, forms[0]), passed[candidate], {1});
  }

  // Every candidate `copies` times.
  GradeStatistics statistics(int copies = 1, const hocvu::ItemThresholds& thresholds = {}) const {
    GradeTally tally(forms, 1);
    for (int copy = 0; copy < copies; ++copy) {
      for (size_t candidate = 0; candidate < letters.size(); ++candidate) {
        add(tally, candidate);
      }
    }
    return hocvu::compute_statistics(key, forms, tally, thresholds);
  }
};

}  // namespace

TEST_CASE("compute_statistics: the score summary of a form, by hand", "[grade]") {
  const GradeStatistics statistics = ThreeItems().statistics();
  REQUIRE(statistics.forms.size() == 1);
  CHECK(statistics.forms[0].form == "201");
  CHECK(statistics.forms[0].items == 3);
  const hocvu::ScoreSummary& s = statistics.forms[0].summary;
  CHECK(s.n == 5);
  CHECK(s.possible == 3);
  // X = 3 2 1 1 0: mean 7/5 = 1.4; deviations 1.6 .6 -.4 -.4 -1.4, squares sum 5.2, SD = sqrt(5.2/4).
  CHECK_STAT(s.mean, 1.4);
  CHECK_STAT(s.sd, 1.1401754251);
  CHECK_STAT(s.min, 0);
  CHECK_STAT(s.max, 3);
  CHECK_STAT(s.median, 1);  // 0 1 [1] 2 3
  // m2 = 5.2/5 = 1.04, m3 = (4.096 + .216 - .064 - .064 - 2.744)/5 = .288,
  // m4 = (6.5536 + .1296 + .0256 + .0256 + 3.8416)/5 = 2.1152;
  // k2 = 5/4 m2 = 1.3, k3 = 25/(4*3) m3 = .6, k4 = 25 (6 m4 - 12 m2^2)/(4*3*2) = -.3;
  // skewness = .6/1.3^1.5 = .404796, kurtosis = -.3/1.69 = -.177515 (psych::describe type 2 agrees).
  CHECK_STAT(s.skewness, 0.4047960089);
  CHECK_STAT(s.kurtosis, -0.1775147929);
  // Item variances (n-1): Q1 1.2/4 = .3, Q2 .3, Q3 .8/4 = .2; var X = 1.3.
  // alpha = 3/2 (1 - .8/1.3) = .576923; SEM = sqrt(1.3) sqrt(1 - alpha) = sqrt(.55) = .741620.
  CHECK_STAT(s.alpha, 0.5769230769);
  CHECK_STAT(s.sem, 0.7416198487);
  CHECK(s.passed == 2);
  CHECK_STAT(s.pass_rate, 0.4);
  // Percent of 3: 100, 66.7, 33.3, 33.3, 0.
  REQUIRE(s.histogram.size() == 10);
  std::vector<uint64_t> counts;
  for (const auto& bin : s.histogram) {
    counts.push_back(bin.count);
  }
  CHECK(counts == std::vector<uint64_t>{1, 0, 0, 2, 0, 0, 1, 0, 0, 1});
  CHECK(s.histogram[3].from_percent == 30);
  CHECK(s.histogram[9].to_percent == 100);
}

TEST_CASE("compute_statistics: item statistics of 0/1 items, by hand", "[grade]") {
  const GradeStatistics statistics = ThreeItems().statistics();
  REQUIRE(statistics.items.size() == 3);
  const hocvu::ItemStatistics& q1 = statistics.items[0];
  CHECK(q1.question_id == "Q1");
  CHECK(q1.forms == std::vector<std::string>{"201"});
  CHECK(q1.competency == "1.1");
  CHECK(q1.n == 5);
  CHECK(q1.omitted == 1);
  // x = 1 1 1 0 0: facility .6, SD sqrt(1.2/4).
  CHECK_STAT(q1.facility, 0.6);
  CHECK_STAT(q1.sd, 0.5477225575);
  // cov sum with X: .4*1.6 + .4*.6 + .4*-.4 + -.6*-.4 + -.6*-1.4 = 1.8; r = 1.8/sqrt(1.2*5.2).
  CHECK_STAT(q1.item_total_r, 0.7205766921);
  // R = X - x = 2 1 0 1 0 (mean .8, squares 2.8); cov sum .6; r = .6/sqrt(1.2*2.8).
  CHECK_STAT(q1.item_rest_r, 0.3273268354);
  // cov_max pairs sorted x 0 0 1 1 1 with sorted R 0 0 1 1 2: 2(.48) + 2(.08) + .48 = 1.6; DE = .6/1.6.
  CHECK_STAT(q1.discriminative_efficiency, 0.375);
  // Without Q1: item variances .3 + .2, var R = 2.8/4 = .7; alpha = 2 (1 - .5/.7) = .571429.
  CHECK_STAT(q1.alpha_if_deleted, 0.5714285714);
  CHECK_FALSE(q1.upper_lower_d.has_value());  // fewer than 10 candidates
  CHECK(q1.flags == std::vector<ItemFlag>{ItemFlag::nonfunctioning_distractor});  // nobody chose c or d

  const hocvu::ItemStatistics& q3 = statistics.items[2];
  // x = 1 0 0 0 0: facility .2 (on the too-hard threshold, not below it), SD sqrt(.8/4).
  CHECK_STAT(q3.facility, 0.2);
  CHECK_STAT(q3.sd, 0.4472135955);
  // cov sum with X: .8*1.6 - .2*(.6 - .4 - .4 - 1.4) = 1.6; r = 1.6/sqrt(.8*5.2).
  CHECK_STAT(q3.item_total_r, 0.7844645406);
  // R = 2 2 1 1 0 (mean 1.2, squares 2.8); cov sum .64 - .16 + .08 + .24 = .8; r = .8/sqrt(.8*2.8).
  CHECK_STAT(q3.item_rest_r, 0.5345224838);
  // sorted x 0 0 0 0 1, sorted R 0 1 1 2 2: -.2(-1.2 - .4 + .8) + .8*.8 = .8 = cov: DE 1.
  CHECK_STAT(q3.discriminative_efficiency, 1);
  // Without Q3: variances .3 + .3, var R = .7: alpha = 2 (1 - .6/.7) = .285714.
  CHECK_STAT(q3.alpha_if_deleted, 0.2857142857);
  CHECK(q3.flags.empty());
}

TEST_CASE("compute_statistics: the upper-lower index with 27% groups of whole score groups", "[grade]") {
  // Every candidate twice: n = 10, groups of ceil(2.7) = 3. Totals from the top 3 3 2 | 2 1 1 1 1 0 0:
  // the third from the top has 2, so the upper group is every total >= 2 (4 candidates: the tie
  // at the cut goes in whole); the third from the bottom has 1, so the lower group is every total
  // <= 1 (6 candidates).
  const GradeStatistics statistics = ThreeItems().statistics(2);
  // Q1: upper marks 1 1 1 1 -> 1; lower (C3 C4 C5 twice) 1 0 0 -> 1/3; D = 2/3.
  CHECK_STAT(statistics.items[0].upper_lower_d, 2.0 / 3.0);
  // Q2: upper 1; lower 0 1 0 -> 1/3.
  CHECK_STAT(statistics.items[1].upper_lower_d, 2.0 / 3.0);
  // Q3: upper 1 0 -> 1/2; lower 0.
  CHECK_STAT(statistics.items[2].upper_lower_d, 0.5);
  // Doubling changes what divides by n - 1, not r.
  CHECK_STAT(statistics.items[0].item_rest_r, 0.3273268354);
  CHECK_STAT(statistics.items[0].facility, 0.6);
}

TEST_CASE("compute_statistics: no upper-lower index when ties make the groups meet", "[grade]") {
  // 10 candidates who all mark A on every question: totals all 1 (Q1 right only).
  ThreeItems data;
  data.letters.assign(10, {A, A, A});
  data.passed.assign(10, false);
  const GradeStatistics statistics = data.statistics();
  CHECK_FALSE(statistics.items[0].upper_lower_d.has_value());
  // No variance anywhere: facility 1 and SD 0, but no correlation, efficiency or alpha.
  CHECK_STAT(statistics.items[0].facility, 1);
  CHECK_STAT(statistics.items[0].sd, 0);
  CHECK_FALSE(statistics.items[0].item_total_r.has_value());
  CHECK_FALSE(statistics.items[0].item_rest_r.has_value());
  CHECK_FALSE(statistics.items[0].discriminative_efficiency.has_value());
  CHECK(statistics.items[0].flags == std::vector<ItemFlag>{ItemFlag::too_easy, ItemFlag::nonfunctioning_distractor});
  CHECK_FALSE(statistics.forms[0].summary.alpha.has_value());
  CHECK_FALSE(statistics.forms[0].summary.sem.has_value());
  CHECK_STAT(statistics.forms[0].summary.sd, 0);
  CHECK_FALSE(statistics.forms[0].summary.skewness.has_value());
}

TEST_CASE("compute_statistics: distractors of one form, by hand", "[grade]") {
  const GradeStatistics statistics = ThreeItems().statistics();
  REQUIRE(statistics.distractors.size() == 12);  // 3 questions x 4 options
  const hocvu::DistractorStatistics& a = statistics.distractors[0];
  CHECK(a.question_id == "Q1");
  CHECK(a.option == "a");
  CHECK(a.key);
  CHECK(a.chosen == 3);
  CHECK_STAT(a.share, 0.6);
  CHECK_STAT(a.mean_total_percent, 200.0 / 3.0);  // totals 3 2 1 of 3
  CHECK_STAT(a.point_biserial, 0.7205766921);    // choosing the key is the mark
  const hocvu::DistractorStatistics& b = statistics.distractors[1];
  CHECK_FALSE(b.key);
  CHECK(b.chosen == 1);
  CHECK_STAT(b.mean_total_percent, 100.0 / 3.0);
  // b = 0 0 0 1 0: cov sum with X -.32 - .12 + .08 - .32 + .28 = -.4; r = -.4/sqrt(.8*5.2).
  CHECK_STAT(b.point_biserial, -0.1961161351);
  CHECK_FALSE(b.nonfunctioning);
  const hocvu::DistractorStatistics& c = statistics.distractors[2];
  CHECK(c.chosen == 0);
  CHECK_STAT(c.share, 0);
  CHECK_FALSE(c.mean_total_percent.has_value());
  CHECK_FALSE(c.point_biserial.has_value());
  CHECK(c.nonfunctioning);
  CHECK(statistics.distractors[11].question_id == "Q3");
  CHECK(statistics.distractors[11].option == "d");
}

TEST_CASE("compute_statistics: a possible miskey and negative discrimination", "[grade]") {
  // Q3 keyed d, which the weakest choose, while the strongest choose a:
  //   candidate  Q1  Q2  Q3   marks   X   R = X - x3
  //   C1         A   B   A    1 1 0   2   2
  //   C2         A   B   A    1 1 0   2   2
  //   C3         A   C   C    1 0 0   1   1
  //   C4         B   C   D    0 0 1   1   0
  //   C5         -   C   D    0 0 1   1   0
  // a's choosers average 2 of 3 (66.7%), the key's 1 of 3 (33.3%): a possible miskey.
  ThreeItems data(D);
  data.letters = {{A, B, A}, {A, B, A}, {A, C, C}, {B, C, D}, {0, C, D}};
  const GradeStatistics statistics = data.statistics();
  const hocvu::ItemStatistics& q3 = statistics.items[2];
  // x = 0 0 0 1 1 (mean .4, squares 1.2); R = 2 2 1 0 0 (mean 1, squares 4).
  // cov sum: -.4(1 + 1 + 0) + .6(-1 - 1) = -2; r = -2/sqrt(1.2*4) = -.912871.
  CHECK_STAT(q3.item_rest_r, -0.9128709292);
  // cov_max: sorted x 0 0 0 1 1 with sorted R 0 0 1 2 2: -.4(-1 - 1 + 0) + .6(1 + 1) = 2: DE = -1.
  CHECK_STAT(q3.discriminative_efficiency, -1);
  CHECK(q3.flags == std::vector<ItemFlag>{ItemFlag::negative_discrimination, ItemFlag::possible_miskey,
                                          ItemFlag::nonfunctioning_distractor, ItemFlag::low_efficiency});
}

TEST_CASE("compute_statistics: flag thresholds are the caller's", "[grade]") {
  hocvu::ItemThresholds thresholds;
  thresholds.too_easy = 0.55;
  thresholds.too_hard = 0.21;
  thresholds.weak_discrimination = 0.4;
  thresholds.nonfunctioning = 0;
  thresholds.low_efficiency = 0.5;
  const GradeStatistics statistics = ThreeItems().statistics(1, thresholds);
  const std::vector<ItemFlag> easy_weak = {ItemFlag::too_easy, ItemFlag::weak_discrimination,
                                           ItemFlag::low_efficiency};
  CHECK(statistics.items[0].flags == easy_weak);  // facility .6, r .327, DE .375
  CHECK(statistics.items[1].flags == easy_weak);
  CHECK(statistics.items[2].flags == std::vector<ItemFlag>{ItemFlag::too_hard});  // .2 < .21
  CHECK(std::string(hocvu::item_flag_name(ItemFlag::possible_miskey)) == "possible_miskey");
  CHECK(std::string(hocvu::item_flag_name(ItemFlag::nonfunctioning_distractor)) == "nonfunctioning_distractor");
}

TEST_CASE("compute_statistics: two forms pooled per question, options by the bank's key", "[grade]") {
  const hocvu::test::FiveCandidates data;
  const GradeStatistics statistics = hocvu::compute_statistics(data.key, data.forms, data.tally_of_all(), {});
  REQUIRE(statistics.forms.size() == 2);
  // Form 101: totals 3 1 0 (mean 4/3, squares 42/9); Q1 on the points scale 1 0 0 (squares 6/9),
  // Q3 2 1 0 (squares 2). alpha = 2 (1 - (6/9 + 18/9)/(42/9)) = 6/7; SEM = sqrt(7/3) sqrt(1/7).
  const hocvu::ScoreSummary& first = statistics.forms[0].summary;
  CHECK_STAT(first.mean, 4.0 / 3.0);
  CHECK_STAT(first.sd, 1.5275252317);
  // n = 3: k2 = 7/3, k3 = 9/2 * 20/27 = 10/3, skewness = (10/3)/(7/3)^1.5; no kurtosis below 4.
  CHECK_STAT(first.skewness, 0.9352195295);
  CHECK_FALSE(first.kurtosis.has_value());
  CHECK_STAT(first.alpha, 6.0 / 7.0);
  CHECK_STAT(first.sem, 0.5773502692);
  // Form 102: totals 2 0; Q3 1 0 and Q1 1 0 on the points scale: alpha = 2 (1 - 1/2) = 1, SEM 0.
  const hocvu::ScoreSummary& second = statistics.forms[1].summary;
  CHECK_STAT(second.median, 1);
  CHECK_FALSE(second.skewness.has_value());
  CHECK_STAT(second.alpha, 1);
  CHECK_STAT(second.sem, 0);
  // Overall in percent: 100 33.3 0 66.7 0 (psych::describe type 2 for the shape).
  const hocvu::ScoreSummary& overall = statistics.overall;
  CHECK(overall.n == 5);
  CHECK(overall.possible == 100);
  CHECK_STAT(overall.mean, 40);
  CHECK_STAT(overall.sd, 43.461349368);
  CHECK_STAT(overall.median, 100.0 / 3.0);
  CHECK_STAT(overall.skewness, 0.5413871);
  CHECK_STAT(overall.kurtosis, -1.487889);
  CHECK_STAT(overall.pass_rate, 0.4);
  CHECK_FALSE(overall.alpha.has_value());
  CHECK(overall.histogram[0].count == 2);
  CHECK(overall.histogram[9].count == 1);

  REQUIRE(statistics.items.size() == 2);
  const hocvu::ItemStatistics& q1 = statistics.items[0];
  CHECK(q1.forms == std::vector<std::string>{"101", "102"});
  CHECK(q1.n == 5);
  CHECK(q1.omitted == 1);
  // Pooled: x = 1 0 0 1 0 and X = 3 1 0 2 0 (each on the candidate's own form).
  // cov sum 2.6, squares 1.2 and 6.8: r = 2.6/sqrt(8.16); R = 2 1 0 1 0: r = 1.4/sqrt(1.2*2.8).
  CHECK_STAT(q1.facility, 0.4);
  CHECK_STAT(q1.item_total_r, 0.9101820929);
  CHECK_STAT(q1.item_rest_r, 0.7637626158);
  CHECK_STAT(q1.discriminative_efficiency, 1);
  CHECK_FALSE(q1.alpha_if_deleted.has_value());  // one question would be left on each form
  // Q3, 2 points, marks as fractions: x = 1 .5 0 .5 0; X as above; R = X - 2x = 1 0 0 1 0.
  const hocvu::ItemStatistics& q3 = statistics.items[1];
  CHECK_STAT(q3.facility, 0.4);
  CHECK_STAT(q3.sd, 0.4183300133);  // sqrt(.7/4)
  CHECK_STAT(q3.item_total_r, 0.9625334218);  // 2.1/sqrt(.7*6.8)
  CHECK_STAT(q3.item_rest_r, 0.7637626158);   // .7/sqrt(.7*1.2)

  // Q1's options pooled by the bank's key: a is A on 101 and B on 102.
  REQUIRE(statistics.distractors.size() == 8);
  const hocvu::DistractorStatistics& a = statistics.distractors[0];
  CHECK(a.option == "a");
  CHECK(a.key);
  CHECK(a.chosen == 2);                             // P1 (A on 101) and P4 (B on 102)
  CHECK_STAT(a.mean_total_percent, 250.0 / 3.0);    // 100 and 66.7
  CHECK_STAT(a.point_biserial, 0.9101820929);
  const hocvu::DistractorStatistics& c = statistics.distractors[2];
  CHECK(c.option == "c");
  CHECK(c.chosen == 1);                             // P5 (A on 102)
  CHECK_STAT(c.mean_total_percent, 0);
  CHECK_STAT(c.point_biserial, -0.5144957554);      // -1.2/sqrt(.8*6.8)
  CHECK(statistics.distractors[3].nonfunctioning);  // d: nobody
  CHECK(q1.flags == std::vector<ItemFlag>{ItemFlag::nonfunctioning_distractor});
  // Q3 (multiple response): a and c are keys; b and d chosen by P5.
  CHECK(statistics.distractors[4].key);
  CHECK_FALSE(statistics.distractors[5].key);
  CHECK(statistics.distractors[6].chosen == 2);
  CHECK(q3.flags.empty());

  REQUIRE(statistics.competencies.size() == 2);
  CHECK(statistics.competencies[0].competency == "1.1");
  CHECK(statistics.competencies[0].measured == 5);
  CHECK(statistics.competencies[0].mastered == 2);
  CHECK(statistics.competencies[1].measured == 2);
}

TEST_CASE("compute_statistics: a dropped question has no statistics and leaves the possible", "[grade]") {
  hocvu::test::FiveCandidates data;
  data.forms[0][1].dropped = true;
  data.forms[1][0].dropped = true;
  const GradeStatistics statistics = hocvu::compute_statistics(data.key, data.forms, data.tally_of_all(), {});
  CHECK(statistics.forms[0].items == 1);
  CHECK(statistics.forms[0].summary.possible == 1);
  const hocvu::ItemStatistics& q3 = statistics.items[1];
  CHECK(q3.question_id == "Q3");
  CHECK(q3.dropped);
  CHECK(q3.n == 0);
  CHECK_FALSE(q3.facility.has_value());
  CHECK(q3.flags.empty());
  CHECK(statistics.distractors.size() == 4);  // Q1's only
}

TEST_CASE("compute_statistics: negative marks and a negative total", "[grade]") {
  // One question with a wrong answer costing a quarter point: marks -.25, 0 (omitted), 1.
  hocvu::KeyItem item = hocvu::test::choice_item("Q1", QuestionType::single, kUnitsPerPoint);
  hocvu::GradingKey key;
  key.forms = {hocvu::KeyForm{"1", {item}, kUnitsPerPoint, {}}};
  hocvu::ScoringItem scoring = hocvu::test::scoring_item(key.forms[0].items[0], A);
  scoring.levels = {-kUnitsPerPoint / 4, 0, kUnitsPerPoint};
  const std::vector<std::vector<hocvu::ScoringItem>> forms = {{scoring}};
  GradeTally tally(forms, 0);
  tally.add(0, {hocvu::test::answer(scoring, 0, B)}, -kUnitsPerPoint / 4, false, {});
  tally.add(0, {hocvu::test::answer(scoring, 1, 0)}, 0, false, {});
  tally.add(0, {hocvu::test::answer(scoring, 2, A)}, kUnitsPerPoint, true, {});
  const GradeStatistics statistics = hocvu::compute_statistics(key, forms, tally, {});
  CHECK_STAT(statistics.items[0].facility, 0.25);  // (-.25 + 0 + 1)/3
  CHECK_STAT(statistics.forms[0].summary.min, -0.25);
  CHECK_STAT(statistics.overall.min, -25);
  CHECK(statistics.overall.histogram[0].count == 2);  // -25% and 0%
  CHECK(statistics.overall.histogram[9].count == 1);
}

TEST_CASE("compute_statistics: a merged tally gives the same statistics as one tally", "[grade]") {
  const hocvu::test::FiveCandidates data;
  GradeTally merged = data.tally_of({3, 0});
  merged.merge(data.tally_of({2, 4, 1}));
  const GradeStatistics one = hocvu::compute_statistics(data.key, data.forms, data.tally_of_all(), {});
  const GradeStatistics two = hocvu::compute_statistics(data.key, data.forms, merged, {});
  CHECK(one.overall.mean == two.overall.mean);
  CHECK(one.overall.sd == two.overall.sd);
  CHECK(one.overall.skewness == two.overall.skewness);
  for (size_t i = 0; i < one.items.size(); ++i) {
    CHECK(one.items[i].item_rest_r == two.items[i].item_rest_r);
    CHECK(one.items[i].discriminative_efficiency == two.items[i].discriminative_efficiency);
  }
  for (size_t i = 0; i < one.distractors.size(); ++i) {
    CHECK(one.distractors[i].point_biserial == two.distractors[i].point_biserial);
  }
}

TEST_CASE("compute_statistics: questions in natural id order", "[grade]") {
  hocvu::GradingKey key;
  hocvu::KeyForm form{"1", {}, 0, {}};
  for (const char* id : {"Q1.10-CB-02", "Q1.2-CB-10", "Q1.2-CB-9", "Q10.1", "Q9.1"}) {
    form.items.push_back(hocvu::test::choice_item(id, QuestionType::single, kUnitsPerPoint));
    form.possible += kUnitsPerPoint;
  }
  key.forms = {form};
  std::vector<std::vector<hocvu::ScoringItem>> forms(1);
  for (const auto& item : key.forms[0].items) {
    forms[0].push_back(hocvu::test::scoring_item(item, A));
  }
  const GradeStatistics statistics = hocvu::compute_statistics(key, forms, GradeTally(forms, 0), {});
  std::vector<std::string> ids;
  for (const auto& row : statistics.items) {
    ids.push_back(row.question_id);
  }
  CHECK(ids == std::vector<std::string>{"Q1.2-CB-9", "Q1.2-CB-10", "Q1.10-CB-02", "Q9.1", "Q10.1"});
  // No candidates: counts 0 and every statistic empty.
  CHECK(statistics.forms[0].summary.n == 0);
  CHECK_FALSE(statistics.forms[0].summary.mean.has_value());
  CHECK_FALSE(statistics.overall.pass_rate.has_value());
  CHECK_FALSE(statistics.items[0].facility.has_value());
  CHECK_FALSE(statistics.distractors[0].share.has_value());
}
