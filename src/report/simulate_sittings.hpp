#pragma once
// `hocvu simulate sittings`: made-up sittings of the people of a roster over a campaign, written
// as response files of the wide format (one per exam), for `hocvu grade` and then `hocvu report`.
//
// A person sits the exam that certifies their role (the role in the exam's manifest). Units
// run at different paces, drawn from the unit id and the seed: about 20% finish early (everyone
// sits, and the training office follows up on every failure), half progress steadily through
// the campaign, a quarter start late and lag past its end, and 5% have not started: so a report
// shows every status. Within its unit's window a person sits on a weekday drawn at random (a
// newcomer 2 to 10 weeks after their start date), most people of a unit sit (fewer of those who
// left), with an ability theta ~ N(0.3, 1). A failed attempt (graded as hocvu grade grades it,
// default rules) is usually retaken 2 to 6 weeks later on another form, with the ability up by
// 0.3 to 0.7 (0.8 to 1.2 with a follow-up); at most 3 attempts, none after the campaign's last day.
//
// Every person draws from their own seeded stream, so the same seed gives the same bytes, and
// rows are written in chunks: memory does not grow with the number of people.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grade/grading_key.hpp"
#include "report/roster.hpp"
#include "text/date.hpp"

namespace hocvu {

struct SittingsOptions {
  Day from = 0;  // the campaign's first day
  Day to = 0;    // its last day: no attempt after it
  uint64_t seed = 0;
};

enum class UnitPace : uint8_t { not_started, early, steady, lagging };
const char* unit_pace_name(UnitPace pace);

// How a unit's campaign runs: its people sit between `first` and `last` (which may lie after
// the campaign's end: then the latest of them have not sat yet).
struct UnitCampaign {
  UnitPace pace = UnitPace::steady;
  Day first = 0;
  Day last = 0;
  double participation = 0;  // the share of its active people who sit at all
  bool follow_up = false;    // every failure is retaken, with more help in between
};
UnitCampaign unit_campaign(std::string_view unit, const SittingsOptions& options);

// One attempt of a person.
struct SimulatedSitting {
  Day date = 0;
  std::string form;
  std::vector<std::string> answers;  // by position
  bool passed = false;
};

struct ExamSittings {
  std::string exam;     // the key's exam id: the file is <exam>.csv
  std::string role;
  uint64_t people = 0;  // roster people whose role the exam certifies
  uint64_t sat = 0;     // of them, with at least one attempt
  uint64_t attempts = 0;
  uint64_t passed = 0;  // people with a passing attempt
};

struct SittingsSummary {
  std::vector<ExamSittings> exams;   // by the keys given
  uint64_t without_exam = 0;         // roster people whose role no exam certifies
};

class SittingsSimulator {
 public:
  // `keys` must outlive the simulator. Two keys for one role: the first is used.
  SittingsSimulator(const std::vector<const GradingKey*>& keys, const SittingsOptions& options);
  ~SittingsSimulator();
  SittingsSimulator(const SittingsSimulator&) = delete;
  SittingsSimulator& operator=(const SittingsSimulator&) = delete;

  // The key that certifies `role`, as an index into `keys`; -1 when none does.
  int exam_for_role(std::string_view role) const;
  // The attempts of roster person `index` on exam `exam`, in date order (none when they do not sit).
  std::vector<SimulatedSitting> sittings(const RosterPerson& person, uint64_t index, size_t exam) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Simulates every person of `roster` and writes each exam's response file through
// `write(exam, bytes)` (the header first, even for an exam no one sat), in chunks.
SittingsSummary simulate_sittings(const Roster& roster, const std::vector<const GradingKey*>& keys,
                                  const SittingsOptions& options,
                                  const std::function<void(size_t exam, std::string_view bytes)>& write);

}  // namespace hocvu
