#include "grade/tally.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <functional>
#include <nlohmann/json.hpp>

#include "stats_fixture.hpp"

using hocvu::Diagnostics;
using hocvu::GradeTally;
using hocvu::kUnitsPerPoint;
using hocvu::test::A;
using hocvu::test::B;
using hocvu::test::FiveCandidates;
using Json = nlohmann::ordered_json;

namespace {

// `merge_serialized` of `text` into `tally`: the one message it reports, or "" when it merged.
std::string merge_message(GradeTally& tally, const std::string& text) {
  Diagnostics diagnostics;
  const bool merged = tally.merge_serialized(text, "shard-2/state.json", diagnostics);
  if (merged) {
    REQUIRE(diagnostics.empty());
    return "";
  }
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].where.file == "shard-2/state.json");
  CHECK(std::string(diagnostics[0].code()) == "E703");
  return diagnostics[0].message;
}

}  // namespace

TEST_CASE("GradeTally: counts per form and total, marks by level and options by letter", "[grade]") {
  const FiveCandidates data;
  const GradeTally tally = data.tally_of_all();
  REQUIRE(tally.forms() == 2);
  CHECK(tally.attempts(0) == 3);
  CHECK(tally.attempts(1) == 2);
  CHECK(tally.passed(0) == 1);
  CHECK(tally.passed(1) == 1);
  // Form 101: Q1 has marks 0 and 1 at offset 0, Q3 marks 0, 1, 2 at offset 2; options 4 each.
  CHECK(tally.level_offset(0, 0) == 0);
  CHECK(tally.level_offset(0, 1) == 2);
  CHECK(tally.option_offset(0, 1) == 4);
  const auto buckets = tally.buckets(0);
  REQUIRE(buckets.size() == 3);
  CHECK(buckets[0].total == 0);  // P3
  CHECK(buckets[0].marks == std::vector<uint64_t>{1, 0, 1, 0, 0});
  CHECK(buckets[0].chosen == std::vector<uint64_t>(8, 0));
  CHECK(buckets[1].total == kUnitsPerPoint);  // P2: Q1 B, Q3 A (half)
  CHECK(buckets[1].marks == std::vector<uint64_t>{1, 0, 0, 1, 0});
  CHECK(buckets[1].chosen == std::vector<uint64_t>{0, 1, 0, 0, 1, 0, 0, 0});
  CHECK(buckets[2].total == 3 * kUnitsPerPoint);  // P1: Q1 A, Q3 A and C
  CHECK(buckets[2].marks == std::vector<uint64_t>{0, 1, 0, 0, 1});
  CHECK(buckets[2].chosen == std::vector<uint64_t>{1, 0, 0, 0, 1, 0, 1, 0});
  CHECK(buckets[0].attempts + buckets[1].attempts + buckets[2].attempts == 3);
  CHECK(tally.omitted(0, 0) == 1);
  CHECK(tally.omitted(0, 1) == 1);
  CHECK(tally.omitted(1, 0) == 0);
  CHECK(tally.invalid(0, 0) == 0);
  // Competency 1.1 measured by all five and mastered by P1 and P4; 2.1 only on form 102.
  CHECK(tally.measured(0) == 5);
  CHECK(tally.mastered(0) == 2);
  CHECK(tally.measured(1) == 2);
  CHECK(tally.mastered(1) == 0);
}

TEST_CASE("GradeTally: a dropped item is not counted, and invalid answers are", "[grade]") {
  FiveCandidates data;
  data.forms[0][1].dropped = true;
  GradeTally tally(data.forms, 2);
  hocvu::ItemScore double_mark = hocvu::test::answer(data.forms[0][0], 0, A | B, hocvu::AnswerStatus::invalid);
  hocvu::ItemScore anything = hocvu::test::answer(data.forms[0][1], 2, A);
  tally.add(0, {double_mark, anything}, 0, false, {0, -1});
  CHECK(tally.invalid(0, 0) == 1);
  CHECK(tally.omitted(0, 1) == 0);
  const auto buckets = tally.buckets(0);
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].marks == std::vector<uint64_t>{1, 0});         // Q1's marks only
  CHECK(buckets[0].chosen == std::vector<uint64_t>{1, 1, 0, 0});  // both letters of the double mark
}

TEST_CASE("GradeTally::serialize: the exact state of one attempt", "[grade]") {
  hocvu::KeyItem item = hocvu::test::choice_item("Q1", hocvu::QuestionType::single, kUnitsPerPoint, {"A", "B"});
  const std::vector<std::vector<hocvu::ScoringItem>> forms = {{hocvu::test::scoring_item(item, A)}};
  GradeTally tally(forms, 1);
  tally.add(0, {hocvu::test::answer(forms[0][0], 1, A)}, kUnitsPerPoint, true, {1});
  CHECK(tally.serialize() ==
        R"({"format":"hocvu grade state","version":1,"forms":[{"items":[{"question":"Q1","dropped":false,)"
        R"("levels":[0,720720],"options":2}],"attempts":1,"passed":1,"omitted":[0],"invalid":[0],)"
        R"("buckets":[{"total":720720,"attempts":1,"marks":[0,1],"chosen":[1,0]}]}],)"
        R"("competencies":{"measured":[1],"mastered":[1]}})"
        "\n");
}

TEST_CASE("GradeTally::merge: two tallies of the attempts split in any order equal one tally", "[grade]") {
  const FiveCandidates data;
  const std::string whole = data.tally_of_all().serialize();
  GradeTally first = data.tally_of({4, 0, 2});
  first.merge(data.tally_of({3, 1}));
  CHECK(first.serialize() == whole);
  GradeTally second = data.tally_of({1, 3});
  second.merge(data.tally_of({2, 4, 0}));
  CHECK(second.serialize() == whole);
  GradeTally empty = data.tally_of({});
  empty.merge(data.tally_of_all());
  CHECK(empty.serialize() == whole);
}

TEST_CASE("GradeTally::merge: tallies of other forms are a programming error", "[grade]") {
  const FiveCandidates data;
  GradeTally tally = data.tally_of_all();
  FiveCandidates other;
  other.forms[1].pop_back();
  CHECK_THROWS_AS(tally.merge(GradeTally(other.forms, 2)), std::invalid_argument);
}

TEST_CASE("GradeTally::merge_serialized: a state read back equals the tally it was written from", "[grade]") {
  const FiveCandidates data;
  const GradeTally whole = data.tally_of_all();
  GradeTally shards = data.tally_of({});
  CHECK(merge_message(shards, data.tally_of({0, 3}).serialize()).empty());
  CHECK(merge_message(shards, data.tally_of({4, 1, 2}).serialize()).empty());
  CHECK(shards.serialize() == whole.serialize());
  // Twice the same state: every count doubled.
  GradeTally twice = data.tally_of_all();
  CHECK(merge_message(twice, whole.serialize()).empty());
  CHECK(twice.attempts(0) == 6);
  CHECK(twice.buckets(1)[1].marks == std::vector<uint64_t>{0, 2, 0, 0, 2});
  CHECK(twice.mastered(0) == 4);
}

namespace {

struct Hostile {
  const char* name;
  std::function<void(Json&)> change;
  const char* message;
};

const std::vector<Hostile>& hostile_states() {
  static const std::vector<Hostile> cases = {
      {"other format", [](Json& s) { s["format"] = "csv"; },
       "not a state written by hocvu grade --shard (no \"format\": \"hocvu grade state\")"},
      {"other version", [](Json& s) { s["version"] = 2; }, "state version 2 is not the version this hocvu reads (1)"},
      {"no forms", [](Json& s) { s.erase("forms"); }, "the state has no list of forms"},
      {"a form less", [](Json& s) { s["forms"].erase(1); }, "the state has 1 forms and the key 2"},
      {"a question less", [](Json& s) { s["forms"][1]["items"].erase(0); },
       "form 2 of 2 has 1 questions in the state and 2 in the key"},
      {"other question", [](Json& s) { s["forms"][0]["items"][1]["question"] = "Q9"; },
       "form 1 of 2, position 2 is question Q9 in the state and Q3 in the key"},
      {"dropped", [](Json& s) { s["forms"][0]["items"][0]["dropped"] = true; },
       "form 1 of 2, position 1 (Q1) is dropped in the state and not dropped in the key"},
      {"other marks", [](Json& s) { s["forms"][1]["items"][0]["levels"] = {0, 1441440}; },
       "form 2 of 2, position 1 (Q3) has the marks [0,1441440] (units) in the state and [0,720720,1441440] in the key"},
      {"other options", [](Json& s) { s["forms"][1]["items"][1]["options"] = 5; },
       "form 2 of 2, position 2 (Q1) has 5 options in the state and 4 in the key"},
      {"item not an object", [](Json& s) { s["forms"][0]["items"][0] = 7; },
       "form 1 of 2, position 1 is not {question, dropped, levels, options}"},
      {"negative count", [](Json& s) { s["forms"][0]["attempts"] = -3; },
       "form 1 of 2 attempts is not a whole number from 0"},
      {"fractional count", [](Json& s) { s["forms"][0]["buckets"][0]["attempts"] = 0.5; },
       "form 1 of 2, bucket 1 attempts is not a whole number from 0"},
      {"text count", [](Json& s) { s["forms"][0]["passed"] = "1"; }, "form 1 of 2 passed is not a whole number from 0"},
      {"short marks", [](Json& s) { s["forms"][0]["buckets"][0]["marks"].erase(0); },
       "form 1 of 2, bucket 1 marks is not a list of 5 counts"},
      {"marks that do not add up", [](Json& s) { s["forms"][0]["buckets"][0]["marks"][1] = 1; },
       "form 1 of 2, bucket 1 (total 0): question Q1 has more marks than attempts"},
      {"marks short of the attempts", [](Json& s) { s["forms"][0]["buckets"][0]["marks"][0] = 0; },
       "form 1 of 2, bucket 1 (total 0): the marks of question Q1 add up to 0, not to its 1 attempts"},
      {"an option chosen too often", [](Json& s) { s["forms"][0]["buckets"][2]["chosen"][0] = 2; },
       "form 1 of 2, bucket 3 (total 2162160): an option of question Q1 is chosen more often than attempted"},
      {"a repeated total", [](Json& s) { s["forms"][0]["buckets"][1]["total"] = 0; },
       "form 1 of 2, bucket 2 (total 0) repeats a total"},
      {"a total past int64", [](Json& s) { s["forms"][0]["buckets"][0]["total"] = 18446744073709551615ull; },
       "form 1 of 2, bucket 1 total is not a whole number of units"},
      {"an empty bucket", [](Json& s) { s["forms"][1]["buckets"][0]["attempts"] = 0; },
       "form 2 of 2, bucket 1 (total 0) has no attempts"},
      {"buckets short of the attempts", [](Json& s) { s["forms"][0]["attempts"] = 4; },
       "form 1 of 2: the buckets hold 3 attempts, not the form's 4"},
      {"buckets beyond the attempts", [](Json& s) { s["forms"][0]["attempts"] = 2; s["forms"][0]["passed"] = 0; },
       "form 1 of 2: the buckets hold more than the form's 2 attempts"},
      {"more passed than attempts", [](Json& s) { s["forms"][1]["passed"] = 3; }, "form 2 of 2 has 3 passed of 2 attempts"},
      {"more omitted than attempts", [](Json& s) { s["forms"][1]["omitted"][1] = 3; },
       "form 2 of 2, position 2: more omitted and invalid answers than attempts"},
      {"no competencies", [](Json& s) { s.erase("competencies"); }, "the state has no competency counts"},
      {"a competency less", [](Json& s) { s["competencies"]["measured"].erase(0); },
       "competencies measured is not a list of 2 counts"},
      {"more mastered than measured", [](Json& s) { s["competencies"]["mastered"][1] = 3; },
       "competency 2 is mastered 3 times but measured only 2"},
  };
  return cases;
}

}  // namespace

TEST_CASE("GradeTally::merge_serialized: a broken or foreign state is refused whole, with what differs",
          "[grade]") {
  const FiveCandidates data;
  const std::string state = data.tally_of_all().serialize();
  for (const Hostile& hostile : hostile_states()) {
    SECTION(hostile.name) {
      Json changed = Json::parse(state);
      hostile.change(changed);
      GradeTally tally = data.tally_of({1});
      const std::string before = tally.serialize();
      CHECK(merge_message(tally, changed.dump()) == hostile.message);
      CHECK(tally.serialize() == before);
    }
  }
}

TEST_CASE("GradeTally::merge_serialized: bytes that are not a state never crash", "[grade]") {
  const FiveCandidates data;
  GradeTally tally = data.tally_of_all();
  const std::string before = tally.serialize();
  CHECK(merge_message(tally, "") == "the state is not JSON");
  CHECK(merge_message(tally, before.substr(0, before.size() / 2)) == "the state is not JSON");
  CHECK(merge_message(tally, std::string(100000, '[')) == "the state is not JSON");
  CHECK(merge_message(tally, std::string(1, '\0')) == "the state is not JSON");
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');  // valid, and deep
  CHECK(merge_message(tally, deep).rfind("not a state written by hocvu grade --shard", 0) == 0);
  CHECK(merge_message(tally, "[1,2]").rfind("not a state written by hocvu grade --shard", 0) == 0);
  CHECK(merge_message(tally, "{\"format\":\"hocvu grade state\",\"version\":1,\"forms\":[1,2]}") ==
        "form 1 of 2 has no list of items");
  CHECK(tally.serialize() == before);
}

TEST_CASE("GradeTally::merge_serialized: counts that would pass 2^64 are refused", "[grade]") {
  const FiveCandidates data;
  Json state = Json::parse(data.tally_of({2}).serialize());
  const uint64_t huge = UINT64_MAX;
  state["forms"][0]["attempts"] = huge;
  state["forms"][0]["buckets"][0]["attempts"] = huge;
  state["forms"][0]["buckets"][0]["marks"] = {huge, 0, huge, 0, 0};
  GradeTally tally = data.tally_of({2});
  CHECK(merge_message(tally, state.dump()) == "a count would pass 2^64 when added");
  CHECK(tally.attempts(0) == 1);
}

// 1M attempts of 40 items: make sure the hot path stays a hash lookup and increments. Hidden
// (timings on a shared machine are no test); run with: hocvu_unit_tests "[.bench]".
TEST_CASE("GradeTally::add: 1M attempts x 40 items", "[.bench]") {
  std::vector<hocvu::KeyItem> items;
  for (int j = 0; j < 40; ++j) {
    items.push_back(hocvu::test::choice_item("Q" + std::to_string(j), hocvu::QuestionType::single, kUnitsPerPoint));
  }
  std::vector<std::vector<hocvu::ScoringItem>> forms(1);
  for (const auto& item : items) {
    forms[0].push_back(hocvu::test::scoring_item(item, A));
  }
  GradeTally tally(forms, 0);
  // 4096 attempts made in advance, added over and over: the time is add()'s alone.
  std::vector<std::vector<hocvu::ItemScore>> attempts(4096, std::vector<hocvu::ItemScore>(40));
  std::vector<hocvu::Units> totals(attempts.size(), 0);
  uint64_t state = 12345;
  for (size_t a = 0; a < attempts.size(); ++a) {
    for (auto& score : attempts[a]) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      score.level = static_cast<uint8_t>((state >> 33) & 1u);
      score.chosen = 1u << ((state >> 40) & 3u);
      totals[a] += score.level * kUnitsPerPoint;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (size_t a = 0; a < 1000000; ++a) {
    tally.add(0, attempts[a % 4096], totals[a % 4096], false, {});
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  WARN("1M x 40 adds: " << seconds << " s wall, " << cpu << " s CPU");
  CHECK(tally.attempts(0) == 1000000);
}
