#pragma once
// The typed model of frameworks and question banks. Every value keeps where it was written,
// so later checks (lint, exam, grade) can point at it.
#include <cstdint>
#include <climits>
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "model/answer.hpp"

namespace hocvu {

// A place in one of the model's files (Model::files[file]); line and column 1-based.
struct Pos {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t column = 0;
};

// Names as written in the files, mapped to values explicitly: reordering an enum never
// changes how a file is read.
template <typename E>
using NamedValues = std::vector<std::pair<std::string_view, E>>;

template <typename E>
const char* name_of(const NamedValues<E>& names, E value) {
  for (const auto& [name, candidate] : names) {
    if (candidate == value) {
      return name.data();  // every name is a string literal
    }
  }
  return "?";
}

template <typename E>
std::optional<E> value_of(const NamedValues<E>& names, std::string_view name) {
  for (const auto& [candidate, value] : names) {
    if (candidate == name) {
      return value;
    }
  }
  return std::nullopt;
}

struct LocatedText {
  std::string value;
  Pos pos;
};

struct Level {
  LocatedText id;
  std::string name;
  std::optional<double> default_difficulty;
};

enum class OutcomeKind { knowledge, skill, attitude };
const NamedValues<OutcomeKind>& outcome_kind_names();

// How an outcome is assessed (`assessed_by`, default exam). An outcome an exam cannot show
// (an attitude, a specialist's work product) is assessed otherwise and needs no questions.
enum class Assessment { exam, observation, portfolio };
const NamedValues<Assessment>& assessment_names();

struct Outcome {
  LocatedText id;
  LocatedText level;
  OutcomeKind kind = OutcomeKind::knowledge;
  Assessment assessed_by = Assessment::exam;
  Pos assessed_by_pos;
  std::string text;
};

struct Competency {
  LocatedText id;
  std::string title;
  std::string description;
  std::vector<Outcome> outcomes;
};

struct Area {
  LocatedText id;
  std::string title;
  std::string description;
  std::vector<Competency> competencies;
};

// Levels of questions that count, written as a list (`levels: [CB, TC]`) or by its ends
// (`min_level`, `max_level`; either may be left out). Resolved in the framework's level order
// by blueprint/requirements.hpp; empty when none of the three is written.
struct LevelRange {
  std::vector<LocatedText> levels;
  std::optional<LocatedText> min_level;
  std::optional<LocatedText> max_level;
  Pos pos;  // the first of the three written
  bool written() const { return !levels.empty() || min_level || max_level; }
};

// A competency a role requires at a level. `level` may be left out when a range is given: it
// is then the highest level of the range. `eligible` (the range) says which question levels
// count towards it; by default only `level` itself.
struct Requirement {
  LocatedText competency;
  LocatedText level;  // empty value when left out
  LevelRange eligible;
  Pos pos;
};

struct Role {
  LocatedText id;
  std::string name;
  std::string description;
  std::optional<LocatedText> baseline;
  std::vector<Requirement> requirements;
};

struct Framework {
  LocatedText id;
  std::string version;
  std::string title;
  LocatedText language;  // a BCP 47 tag (checked when read: E208)
  std::string description;
  std::vector<Level> levels;
  std::vector<Area> areas;
  std::vector<Role> roles;
};

enum class QuestionType { single, multiple, true_false, numeric, short_text };
enum class QuestionStatus { draft, active, retired };

const NamedValues<QuestionType>& question_type_names();
const NamedValues<QuestionStatus>& question_status_names();
const char* question_type_name(QuestionType type);
// The type named `name` ("single", ...), or nullopt.
std::optional<QuestionType> parse_question_type(std::string_view name);
const char* question_status_name(QuestionStatus status);

struct Option {
  LocatedText key;
  LocatedText text;
};

// What the cue statistics (lint/cue_statistics.hpp) need of a choice question's options, worked
// out while its texts are at hand (load/option_cues.hpp): lint drops the texts after reading.
struct OptionCues {
  uint16_t options = 0;       // options written
  uint16_t longest = 0;       // options that share the greatest length (text/words.hpp text_length)
  uint16_t key_position = 0;  // single choice: the key's place among the options, 0-based
  bool key_longest = false;   // single choice: the key is the uniquely longest option
  bool known = false;         // a choice question whose answer was read (the rest is meaningful)
};

struct Question {
  LocatedText id;
  // The exhibit (Bank::exhibits) the question is about: a text, table or chart printed once
  // before the questions of a form that share it.
  std::optional<LocatedText> exhibit;
  LocatedText competency;
  LocatedText level;
  std::optional<LocatedText> outcome;
  std::optional<QuestionType> type;  // empty when missing or invalid (already reported)
  LocatedText stem;
  bool has_options = false;
  Pos options_pos;
  std::vector<Option> options;
  // The answer as written: one item for a scalar, several for a list, with positions for
  // findings. Its meaning depends on the type: `answer` holds it parsed.
  bool has_answer = false;
  bool answer_is_list = false;
  Pos answer_pos;
  std::vector<LocatedText> written_answer;
  // The answer parsed for the type when the question is read; empty when it does not fit
  // (already reported), so a question with an answer here can be scored.
  std::optional<Answer> answer;
  std::optional<double> tolerance;
  Pos tolerance_pos;
  std::string unit;
  double points = 1.0;
  std::optional<double> difficulty;
  std::vector<LocatedText> enemies;
  QuestionStatus status = QuestionStatus::active;
  std::vector<std::string> tags;
  std::string source;
  std::string explanation;
  OptionCues cues;
  Pos pos;
};

// Material several questions refer to (an e-mail, an AI answer, a table of figures, a chart).
struct Exhibit {
  LocatedText id;
  std::string title;
  std::string text;                             // line breaks kept when printed
  std::vector<std::vector<std::string>> table;  // rows; the first is the header
  bool bar_chart = false;                       // `chart: bar`: draw the table as bars
  std::optional<double> axis_from;              // where the chart's value axis starts (default 0)
  // The chart's numbers, read from the table when it is loaded (text/local_number.hpp, in the
  // bank's language): values[r][s] is series s (column s + 1) of data row r + 1. Empty when there
  // is no chart or it was malformed (reported): the paper then prints the table only.
  std::vector<std::vector<double>> values;
  Pos pos;
};

struct Bank {
  LocatedText id;
  LocatedText framework;
  LocatedText language;  // a BCP 47 tag; its primary language is the framework's (E306)...
  // ...unless the bank is a translation: then this is the language translated from, and it is
  // the one that must match the framework's.
  std::optional<LocatedText> translation_of;
  std::string title;
  std::vector<Exhibit> exhibits;
  std::vector<Question> questions;
};

// Which questions a count constraint counts: those matching every field given.
struct CountSelector {
  std::optional<LocatedText> area;
  std::optional<LocatedText> competency;
  std::optional<LocatedText> level;
  std::optional<QuestionType> type;
  std::optional<LocatedText> tag;
};

struct CountConstraint {
  CountSelector select;
  uint32_t min = 0;
  uint32_t max = UINT32_MAX;
  Pos pos;
  // Empty for a constraint written in the blueprint; else where it comes from, for messages
  // ("coverage: role dbqh requires it").
  std::string origin;
};

enum class QuestionOrder { by_area, shuffled };

// What every form must measure of the blueprint's role (constraints.coverage; on by default):
// each competency the role requires above its baseline at least `required_min` times at the
// required level, and each competency of the framework at least `each_min` times when the form
// length allows. 0 turns a part off.
struct FormCoverage {
  uint32_t required_min = 2;
  uint32_t each_min = 1;
  bool written = false;
  Pos pos;  // the coverage block; the blueprint when not written
};
const NamedValues<QuestionOrder>& question_order_names();

// What a printed paper shows beyond the questions (the blueprint's optional `paper` block).
struct PaperSettings {
  std::string issuing_body;  // "VĂN PHÒNG QUỐC HỘI", top left
  std::string sitting;       // "Kỳ kiểm tra tháng 12/2026"
  // Which candidate fields the header asks for, in order (default: name, candidate_number,
  // unit). Data minimisation: the personal ID only when a blueprint asks for it.
  std::vector<LocatedText> candidate_fields;
  std::vector<LocatedText> signatures;  // default: candidate, invigilator_1, invigilator_2
  Pos pos;
};

// How to assemble parallel exam forms for one role (see the README, Blueprints).
struct Blueprint {
  LocatedText id;
  std::string title;
  LocatedText framework;
  LocatedText role;
  LocatedText level;  // the level the exam certifies
  std::optional<LocatedText> language;  // the papers' language (BCP 47); default the framework's
  PaperSettings paper;
  LevelRange eligible;  // optional `levels`/`min_level`/`max_level`: which question levels the exam draws from
  uint32_t forms = 1;
  uint32_t length = 0;  // questions per form
  uint32_t time_limit = 0;  // minutes
  uint64_t seed = 0;
  double pass_percent = 0;
  std::optional<double> area_min_percent;
  QuestionOrder order = QuestionOrder::by_area;
  bool shuffle_options = true;
  std::vector<CountConstraint> counts;
  std::optional<double> points_min;
  std::optional<double> points_max;
  Pos points_pos;
  std::optional<double> difficulty_mean;  // empty: the mean over the eligible questions
  std::optional<double> difficulty_tolerance;  // empty: no difficulty constraint
  Pos difficulty_pos;
  std::optional<uint32_t> overlap;  // at most this many questions shared by any two forms
  Pos overlap_pos;
  std::optional<double> exposure;   // a question on at most this share of the forms
  Pos exposure_pos;
  std::vector<LocatedText> fixed;   // on every form
  FormCoverage coverage;
  Pos pos;
};

// The organisation tree a report rolls up (reports/units.yaml): units nested under `children`,
// stored flat in pre-order (a unit before its children, siblings as written).
struct Unit {
  LocatedText id;
  std::string name;
  std::string kind;  // free text from the file: committee, office, department, province, commune, ...
  uint32_t parent = UINT32_MAX;  // index in UnitTree::units; UINT32_MAX for a top-level unit
  uint32_t depth = 0;            // 0 for a top-level unit
  // The roles people of this unit hold, as written (optional; empty: those of the parent).
  // `hocvu simulate roster` draws from them; lint checks they are roles of the framework.
  std::vector<LocatedText> roles;
};

struct UnitTree {
  LocatedText id;
  std::string title;
  std::vector<Unit> units;
  Pos pos;
};

// Coverage targets for `hocvu report` (reports/targets.yaml). Dates are ISO texts as written
// (checked when read; text/date.hpp parses them).
struct Milestone {
  LocatedText date;
  double percent = 0;
};

// The level a role must be certified at.
struct RoleTarget {
  LocatedText role;
  LocatedText level;
};

// An exam (a blueprint id, the `exam` column of scores.csv) that certifies a role at a level.
struct Certification {
  LocatedText exam;
  LocatedText role;
  LocatedText level;
};

struct StatusRules {
  uint32_t pace_weeks = 4;         // the window of the recent pace, and of "no progress"
  double on_track_margin = 0;      // percentage points below the trajectory still "on track"
};

struct Targets {
  LocatedText id;
  std::string title;
  LocatedText framework;  // whose roles and levels
  LocatedText units;      // the unit tree's id
  LocatedText start;      // the trajectory rises from 0% on this date
  std::vector<Milestone> milestones;  // in date order; the last is the deadline
  std::vector<RoleTarget> roles;
  std::vector<Certification> certifications;
  uint32_t grace_days = 0;                // a person who started within this many days is not overdue
  std::optional<uint32_t> validity_days;  // a pass expires after this many days
  std::vector<std::string> active_statuses;  // roster status values meaning active (empty status: active)
  std::vector<std::string> left_statuses;    // ... meaning left (not in the headcount)
  StatusRules status;
  Pos pos;
};

struct Model {
  std::vector<std::string> files;  // indexed by Pos::file
  std::vector<Framework> frameworks;
  std::vector<Bank> banks;
  std::vector<Blueprint> blueprints;
  std::vector<UnitTree> unit_trees;
  std::vector<Targets> targets;
};

// The position of `level` in the framework's level order (0 the lowest), or -1 when the
// framework does not define it.
int level_rank(const Framework& framework, std::string_view level);

// The levels of a range that the framework defines, lowest first, with the ranks `low` and
// `high` standing in for a missing min_level or max_level.
std::vector<std::string> range_levels(const Framework& framework, const LevelRange& range, int low, int high);

}  // namespace hocvu
