// Tests of src/report/simulate_sittings.cpp: sittings of a hand-built roster over a campaign.
#include "report/simulate_sittings.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "text/csv.hpp"

using namespace hocvu;

namespace {

const Day kFrom = day_from_civil(2025, 9, 15);
const Day kTo = day_from_civil(2026, 11, 30);

// Ten single-choice questions of 1 point, A right on form 101 and B right on form 102; pass
// at 60%: so a score counted here, without hocvu's grader, says who passed.
GradingKey sample_key(const std::string& exam, const std::string& role) {
  GradingKey key;
  key.exam = exam;
  key.role = role;
  key.level = "CB";
  key.pass.percent = 60;
  for (const char* id : {"101", "102"}) {
    KeyForm form{id, {}, 0, {}};
    for (uint32_t position = 1; position <= 10; ++position) {
      KeyItem item;
      item.position = position;
      item.question_id = fmt::format("Q{}", position);
      item.type = QuestionType::single;
      item.answer = ChoiceAnswer{{std::string(id) == "101" ? "A" : "B"}};
      item.competency = position <= 5 ? "1.1" : "4.2";
      item.level = "CB";
      item.difficulty = 0.2 * static_cast<double>(position) - 0.5;
      item.option_keys = {"a", "b", "c", "d"};
      form.items.push_back(item);
      form.possible += kUnitsPerPoint;
    }
    key.forms.push_back(form);
  }
  key.competencies = {"1.1", "4.2"};
  return key;
}

// 40 units of 50 people: role dbqh in even units, ktnn in odd ones, and every 25th person a
// role no exam certifies; every 20th has left; person 7 of each unit started in 2026.
Roster sample_roster() {
  Roster roster;
  for (int unit = 0; unit < 40; ++unit) {
    for (int person = 0; person < 50; ++person) {
      RosterPerson row;
      row.id = fmt::format("NV{:03}{:02}", unit, person);
      row.unit = fmt::format("unit-{}", unit);
      row.role = person % 25 == 24 ? "other" : unit % 2 == 0 ? "dbqh" : "ktnn";
      row.status = person % 20 == 19 ? "left" : "active";
      row.start = person == 7 ? day_from_civil(2026, 3, 2) : day_from_civil(2015, 6, 1);
      roster.people.push_back(row);
    }
  }
  return roster;
}

SittingsOptions options(uint64_t seed) {
  SittingsOptions made;
  made.from = kFrom;
  made.to = kTo;
  made.seed = seed;
  return made;
}

int weekday(Day day) { return ((day % 7) + 7 + 4) % 7; }  // 0 Sunday .. 6 Saturday

// Independent of hocvu's grader: 1 point per right letter, 60% to pass.
bool passes(const SimulatedSitting& sitting) {
  const char* right = sitting.form == "101" ? "A" : "B";
  int score = 0;
  for (const auto& answer : sitting.answers) score += answer == right ? 1 : 0;
  return score >= 6;
}

}  // namespace

TEST_CASE("simulate sittings: the same seed gives the same bytes, another seed other bytes", "[simulate_sittings]") {
  GradingKey dbqh = sample_key("dbqh", "dbqh"), ktnn = sample_key("ktnn", "ktnn");
  Roster roster = sample_roster();
  auto run = [&](uint64_t seed) {
    std::vector<std::string> files(2);
    simulate_sittings(roster, {&dbqh, &ktnn}, options(seed),
                      [&files](size_t exam, std::string_view bytes) { files[exam].append(bytes); });
    return files;
  };
  auto first = run(4);
  CHECK(first == run(4));
  CHECK(first != run(5));
  CHECK(first[0].substr(0, first[0].find('\n')) == "candidate_id,form,date,1,2,3,4,5,6,7,8,9,10");
}

TEST_CASE("simulate sittings: who sits which exam, and the counts", "[simulate_sittings]") {
  GradingKey dbqh = sample_key("dbqh", "dbqh"), ktnn = sample_key("ktnn", "ktnn");
  Roster roster = sample_roster();
  std::vector<std::string> files(2);
  SittingsSummary summary = simulate_sittings(roster, {&dbqh, &ktnn}, options(1),
                                              [&files](size_t exam, std::string_view bytes) { files[exam].append(bytes); });
  CHECK(summary.without_exam == 80);  // persons 24 and 49 of 40 units
  REQUIRE(summary.exams.size() == 2);
  CHECK(summary.exams[0].exam == "dbqh");
  CHECK(summary.exams[0].people == 960);
  CHECK(summary.exams[1].people == 960);
  for (size_t exam = 0; exam < 2; ++exam) {
    CsvReader reader(files[exam]);
    uint64_t rows = 0;
    std::set<std::string> people;
    while (auto row = reader.next_row()) {
      if (rows++ == 0) continue;
      REQUIRE(row->size() == 13);
      int unit = std::stoi((*row)[0].text.substr(2, 3));
      CHECK(unit % 2 == static_cast<int>(exam));  // dbqh people in even units only
      people.insert((*row)[0].text);
    }
    CHECK(rows - 1 == summary.exams[exam].attempts);
    CHECK(people.size() == summary.exams[exam].sat);
    CHECK(summary.exams[exam].sat < summary.exams[exam].people);
    CHECK(summary.exams[exam].passed <= summary.exams[exam].sat);
    CHECK(summary.exams[exam].attempts > summary.exams[exam].sat);  // there are retakes
  }
}

TEST_CASE("simulate sittings: dates in the campaign on weekdays, retakes only after failures", "[simulate_sittings]") {
  GradingKey dbqh = sample_key("dbqh", "dbqh");
  Roster roster = sample_roster();
  SittingsSimulator simulator({&dbqh}, options(2026));
  CHECK(simulator.exam_for_role("dbqh") == 0);
  CHECK(simulator.exam_for_role("ktnn") == -1);
  CHECK(simulator.exam_for_role("") == -1);
  uint64_t retakes = 0, sat = 0, passed = 0, newcomers_sat = 0;
  for (uint64_t index = 0; index < roster.people.size(); ++index) {
    const RosterPerson& person = roster.people[index];
    auto attempts = simulator.sittings(person, index, 0);
    sat += attempts.empty() ? 0 : 1;
    CHECK(attempts.size() <= 3);
    for (size_t i = 0; i < attempts.size(); ++i) {
      const SimulatedSitting& sitting = attempts[i];
      CHECK(sitting.date >= kFrom);
      CHECK(sitting.date <= kTo);
      CHECK(sitting.date >= *person.start + 14);
      CHECK(weekday(sitting.date) != 0);
      CHECK(weekday(sitting.date) != 6);
      REQUIRE(sitting.answers.size() == 10);
      CHECK(sitting.passed == passes(sitting));
      if (i > 0) {
        ++retakes;
        CHECK_FALSE(attempts[i - 1].passed);  // a retake follows a failure
        CHECK(sitting.date - attempts[i - 1].date >= 14);
        CHECK(sitting.date - attempts[i - 1].date <= 44);
        CHECK(sitting.form != attempts[i - 1].form);
      }
    }
    passed += !attempts.empty() && attempts.back().passed ? 1 : 0;
    newcomers_sat += person.start == day_from_civil(2026, 3, 2) && !attempts.empty() ? 1 : 0;
  }
  CHECK(retakes > 50);
  CHECK(sat > 1000);
  CHECK(passed > sat / 2);
  CHECK(newcomers_sat > 0);
}

TEST_CASE("simulate sittings: units go at different paces, and a unit not started has no one sitting",
          "[simulate_sittings]") {
  std::map<UnitPace, int> paces;
  for (int unit = 0; unit < 400; ++unit) {
    std::string id = fmt::format("unit-{}", unit);
    UnitCampaign campaign = unit_campaign(id, options(3));
    ++paces[campaign.pace];
    CHECK(unit_campaign(id, options(3)).first == campaign.first);  // the same every time
    if (campaign.pace == UnitPace::not_started) {
      CHECK(campaign.participation == 0);
    } else {
      CHECK(campaign.first >= kFrom);
      CHECK(campaign.first < campaign.last);
    }
    if (campaign.pace == UnitPace::early) CHECK(campaign.last < kTo);
    if (campaign.pace == UnitPace::lagging) CHECK(campaign.last > kTo);
  }
  // Expected shares 5%, 20%, 50%, 25% of 400.
  CHECK(paces[UnitPace::not_started] >= 8);
  CHECK(paces[UnitPace::not_started] <= 35);
  CHECK(paces[UnitPace::early] >= 55);
  CHECK(paces[UnitPace::early] <= 105);
  CHECK(paces[UnitPace::steady] >= 165);
  CHECK(paces[UnitPace::steady] <= 235);
  CHECK(paces[UnitPace::lagging] >= 70);
  CHECK(paces[UnitPace::lagging] <= 130);

  GradingKey dbqh = sample_key("dbqh", "dbqh");
  SittingsSimulator simulator({&dbqh}, options(3));
  for (int unit = 0; unit < 400; ++unit) {
    RosterPerson person;
    person.unit = fmt::format("unit-{}", unit);
    person.role = "dbqh";
    if (unit_campaign(person.unit, options(3)).pace != UnitPace::not_started) continue;
    for (uint64_t index = 0; index < 20; ++index) {
      CHECK(simulator.sittings(person, index, 0).empty());
    }
  }
}

TEST_CASE("simulate sittings: people who left sit less often", "[simulate_sittings]") {
  GradingKey dbqh = sample_key("dbqh", "dbqh");
  SittingsSimulator simulator({&dbqh}, options(8));
  uint64_t active_sat = 0, left_sat = 0;
  for (uint64_t index = 0; index < 4000; ++index) {
    RosterPerson person;
    person.unit = fmt::format("unit-{}", index % 100);
    person.role = "dbqh";
    person.status = "active";
    active_sat += simulator.sittings(person, index, 0).empty() ? 0 : 1;
    person.status = "left";
    left_sat += simulator.sittings(person, index, 0).empty() ? 0 : 1;
  }
  CHECK(left_sat * 2 < active_sat);
  CHECK(left_sat > 0);
}
