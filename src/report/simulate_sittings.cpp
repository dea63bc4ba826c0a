// `hocvu simulate sittings`: when each person of a roster sits, how well, and the rows written.
// The answers come from the same model as `hocvu simulate responses` (grade/simulate.hpp), and
// each attempt is graded with hocvu grade's own grader, so a retake follows a real failure.
#include "report/simulate_sittings.hpp"

#include <algorithm>

#include "exam/random.hpp"
#include "grade/corrections.hpp"
#include "grade/grade_attempt.hpp"
#include "grade/simulate.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr uint32_t kMostAttempts = 3;
constexpr double kRetakeShare = 0.85;      // of those who failed, who come back
constexpr double kLeftParticipation = 0.3; // people who left sat less often before leaving
constexpr double kMeanAbility = 0.3;       // trained staff do a little better than N(0, 1)
// Salts, so that the same seed given to `simulate roster` and `simulate sittings` draws
// unrelated numbers for person i.
constexpr uint64_t kPersonSalt = 0x5349545449474e53ULL;  // "SITTINGS"
constexpr uint64_t kUnitSalt = 0x554e495450414345ULL;    // "UNITPACE"

// FNV-1a: a hash of the unit id that is the same on every platform (std::hash is not).
uint64_t fnv1a(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

Day span_point(const SittingsOptions& options, double share) {
  return options.from + static_cast<Day>(share * static_cast<double>(options.to - options.from));
}

double between(Random& random, double low, double high) { return low + (high - low) * random.unit(); }

// Saturday and Sunday move to the Monday after (day 0, 1970-01-01, was a Thursday).
Day weekday_on_or_after(Day day) {
  int weekday = ((day % 7) + 7 + 4) % 7;  // 0 Sunday .. 6 Saturday
  return weekday == 6 ? day + 2 : weekday == 0 ? day + 1 : day;
}

bool is_left(const RosterPerson& person) { return person.status == "left"; }

}  // namespace

const char* unit_pace_name(UnitPace pace) {
  switch (pace) {
    case UnitPace::not_started: return "not_started";
    case UnitPace::early: return "early";
    case UnitPace::steady: return "steady";
    case UnitPace::lagging: return "lagging";
  }
  return "?";
}

UnitCampaign unit_campaign(std::string_view unit, const SittingsOptions& options) {
  Random random(options.seed ^ kUnitSalt, fnv1a(unit));
  double draw = random.unit();
  UnitCampaign campaign;
  if (draw < 0.05) {
    campaign = {UnitPace::not_started, options.from, options.from, 0.0, false};
  } else if (draw < 0.25) {
    campaign = {UnitPace::early, span_point(options, between(random, 0, 0.05)),
                span_point(options, between(random, 0.3, 0.55)), 1.0, true};
  } else if (draw < 0.75) {
    campaign = {UnitPace::steady, span_point(options, between(random, 0, 0.15)),
                span_point(options, between(random, 0.7, 1.0)), 0.93, false};
  } else {
    campaign = {UnitPace::lagging, span_point(options, between(random, 0.35, 0.7)),
                span_point(options, between(random, 1.15, 1.6)), 0.85, false};
  }
  return campaign;
}

struct SittingsSimulator::State {
  struct Exam {
    const GradingKey* key = nullptr;
    std::vector<SimulatedForm> forms;
    std::vector<FormGrader> graders;
  };
  SittingsOptions options;
  Corrections no_corrections;  // the graders' items point into it
  std::vector<Exam> exams;
};

SittingsSimulator::SittingsSimulator(const std::vector<const GradingKey*>& keys, const SittingsOptions& options)
    : state_(std::make_unique<State>()) {
  state_->options = options;
  for (const GradingKey* key : keys) {
    State::Exam exam;
    exam.key = key;
    exam.forms = prepare_simulated_forms(*key);
    for (const auto& form : key->forms) {
      exam.graders.emplace_back(*key, form, prepare_form(form, state_->no_corrections, ScoringRules{}), ScoringRules{},
                                MasteryRule{});
    }
    state_->exams.push_back(std::move(exam));
  }
}

SittingsSimulator::~SittingsSimulator() = default;

int SittingsSimulator::exam_for_role(std::string_view role) const {
  for (size_t i = 0; i < state_->exams.size(); ++i) {
    if (!role.empty() && state_->exams[i].key->role == role) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<SimulatedSitting> SittingsSimulator::sittings(const RosterPerson& person, uint64_t index,
                                                          size_t exam_index) const {
  const SittingsOptions& options = state_->options;
  const State::Exam& exam = state_->exams[exam_index];
  std::vector<SimulatedSitting> attempts;
  if (exam.forms.empty()) {
    return attempts;
  }
  UnitCampaign campaign = unit_campaign(person.unit, options);
  Random random(options.seed ^ kPersonSalt, index);
  double participation = campaign.participation * (is_left(person) ? kLeftParticipation : 1.0);
  if (random.unit() >= participation) {
    return attempts;
  }
  Day length = std::max<Day>(campaign.last - campaign.first, 1);
  Day date = campaign.first + static_cast<Day>(random.below(static_cast<uint64_t>(length)));
  if (person.start && *person.start + 14 > date) {
    date = *person.start + 14 + static_cast<Day>(random.below(57));  // newcomers sit once settled in
  }
  double theta = kMeanAbility + standard_normal(random);
  uint64_t form = random.below(exam.forms.size());
  Attempt attempt;
  GradedAttempt graded;
  for (uint32_t number = 0; number < kMostAttempts; ++number) {
    date = weekday_on_or_after(std::max(date, options.from));
    if (date > options.to) {
      break;
    }
    SimulatedSitting sitting;
    sitting.date = date;
    sitting.form = exam.forms[form].form->id;
    simulate_answers(exam.forms[form], ability_of(theta), random, sitting.answers);
    attempt.answers = sitting.answers;
    exam.graders[form].grade(attempt, graded);
    sitting.passed = graded.passed;
    attempts.push_back(std::move(sitting));
    if (attempts.back().passed || random.unit() >= (campaign.follow_up ? 1.0 : kRetakeShare)) {
      break;
    }
    date += 14 + static_cast<Day>(random.below(29));
    theta += campaign.follow_up ? between(random, 0.8, 1.2) : between(random, 0.3, 0.7);
    if (exam.forms.size() > 1) {
      form = (form + 1 + random.below(exam.forms.size() - 1)) % exam.forms.size();
    }
  }
  return attempts;
}

SittingsSummary simulate_sittings(const Roster& roster, const std::vector<const GradingKey*>& keys,
                                  const SittingsOptions& options,
                                  const std::function<void(size_t exam, std::string_view bytes)>& write) {
  SittingsSimulator simulator(keys, options);
  SittingsSummary summary;
  std::vector<std::string> chunks(keys.size());
  std::vector<size_t> columns;
  for (size_t i = 0; i < keys.size(); ++i) {
    summary.exams.push_back(ExamSittings{keys[i]->exam, keys[i]->role, 0, 0, 0, 0});
    columns.push_back(wide_columns(*keys[i]));
    append_wide_header(chunks[i], columns[i]);
  }
  for (uint64_t index = 0; index < roster.people.size(); ++index) {
    const RosterPerson& person = roster.people[index];
    int found = simulator.exam_for_role(person.role);
    if (found < 0) {
      ++summary.without_exam;
      continue;
    }
    size_t exam = static_cast<size_t>(found);
    std::vector<SimulatedSitting> attempts = simulator.sittings(person, index, exam);
    ExamSittings& counts = summary.exams[exam];
    ++counts.people;
    counts.sat += attempts.empty() ? 0 : 1;
    counts.attempts += attempts.size();
    counts.passed += !attempts.empty() && attempts.back().passed ? 1 : 0;
    for (const auto& sitting : attempts) {
      append_wide_row(chunks[exam], person.id, sitting.form, format_date(sitting.date), sitting.answers, columns[exam]);
    }
    if (chunks[exam].size() >= kChunkBytes) {
      write(exam, chunks[exam]);
      chunks[exam].clear();
    }
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    write(i, chunks[i]);
  }
  return summary;
}

}  // namespace hocvu
