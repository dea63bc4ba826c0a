#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "load/reference_checks.hpp"
#include "load/report_references.hpp"
#include "load/requirement_checks.hpp"
#include "i18n/interface.hpp"
#include "model/field_reader.hpp"
#include "model/model_reporter.hpp"
#include "text/edit_distance.hpp"
#include "text/language_tag.hpp"

namespace hocvu {

namespace {

// The record that holds a reference. It is named (a catalogue lookup and a format) only when the
// reference is unknown, not once for every question read.
struct Referrer {
  std::string_view kind;  // as the readers name it: "question"
  std::string_view id;
};

std::string referrer_text(const Referrer& referrer) { return record_name(referrer.kind, referrer.id); }
std::string referrer_text(std::string_view text) { return std::string(text); }

// Ids of one kind of record, with where each was first defined.
template <typename T>
class IdIndex {
 public:
  IdIndex(const ModelReporter& reporter, SuggestionBudget& budget, const char* kind)
      : reporter_(reporter), budget_(budget), kind_(kind) {}

  // `alias`: where the record is written when it is a YAML alias of an earlier one.
  void add(const LocatedText& id, const T* record, std::optional<Pos> alias = std::nullopt) {
    if (id.value.empty()) {
      return;  // missing: already reported
    }
    auto [place, inserted] = index_.emplace(id.value, Entry{record, id.pos});
    sorted_ids_.clear();
    if (inserted) {
      in_order_.push_back(id.value);
      return;
    }
    std::string kind = record_name(kind_);
    std::string where = reporter_.where(place->second.pos);
    if (alias) {
      reporter_.report(Rule::duplicate_id, *alias,
                       ui_format("load.refs.duplicate_id_alias", fmt::arg("kind", kind), fmt::arg("id", id.value),
                                 fmt::arg("where", where)),
                       ui_format("load.refs.duplicate_id_alias_hint", fmt::arg("kind", kind)));
    } else {
      reporter_.report(Rule::duplicate_id, id.pos,
                       ui_format("load.refs.duplicate_id", fmt::arg("kind", kind), fmt::arg("id", id.value),
                                 fmt::arg("where", where)),
                       std::string(ui_text("load.refs.duplicate_id_hint")));
    }
  }

  const T* find(std::string_view id) const {
    auto found = index_.find(std::string(id));
    return found == index_.end() ? nullptr : found->second.record;
  }

  // Looks `ref` up; reports it when unknown, with the nearest id when there is one. `context` is
  // a Referrer or a text naming what holds the reference.
  template <typename Context>
  const T* resolve(const LocatedText& ref, const Context& context, std::string fallback_hint = "") const {
    if (ref.value.empty()) {
      return nullptr;
    }
    if (const T* record = find(ref.value)) {
      return record;
    }
    reporter_.report(Rule::unknown_reference, ref.pos,
                     ui_format("load.refs.unknown", fmt::arg("context", referrer_text(context)), fmt::arg("kind", record_name(kind_)),
                               fmt::arg("ref", ref.value)),
                     hint_for(ref.value, std::move(fallback_hint)));
    return nullptr;
  }

  struct Entry {
    const T* record;
    Pos pos;
  };

  // A kind with few ids (levels) lists them all, since the nearest spelling may not be meant.
  void list_all_in_hints() { list_all_ = true; }

 private:
  // The nearest id when there is one, else the fallback; then every id when listed.
  std::string hint_for(std::string_view id, std::string fallback) const {
    std::string suggestion = suggest(id);
    std::string hint = suggestion.empty() ? fallback : suggestion;
    if (list_all_ && !in_order_.empty()) {
      std::string list = ui_format("load.refs.defined_list", fmt::arg("kind", record_name(kind_)),
                                   fmt::arg("list", fmt::join(in_order_, ", ")));
      hint = hint.empty() ? list : ui_format("load.refs.hint_with_list", fmt::arg("hint", hint), fmt::arg("list", list));
    }
    return hint;
  }

  // The shared budget keeps a file of thousands of unknown references linear: the first
  // ones get suggestions, the rest none.
  std::string suggest(std::string_view id) const {
    if (sorted_ids_.empty() && budget_.spend(index_.size())) {
      for (const auto& entry : index_) {
        sorted_ids_.push_back(entry.first);
      }
      std::sort(sorted_ids_.begin(), sorted_ids_.end());  // ties go to the first: the same on every run
    }
    std::string nearest = closest_match(id, sorted_ids_, budget_);
    return nearest.empty() ? "" : ui_format("load.did_you_mean", fmt::arg("name", nearest));
  }

  const ModelReporter& reporter_;
  SuggestionBudget& budget_;
  const char* kind_;
  std::unordered_map<std::string, Entry> index_;
  std::vector<std::string> in_order_;  // as defined
  bool list_all_ = false;
  mutable std::vector<std::string_view> sorted_ids_;  // made at the first suggestion
};

struct FrameworkIndex {
  FrameworkIndex(const ModelReporter& reporter, SuggestionBudget& budget)
      : levels(reporter, budget, "level"), areas(reporter, budget, "area"),
        competencies(reporter, budget, "competency"), outcomes(reporter, budget, "outcome"),
        roles(reporter, budget, "role") {
    levels.list_all_in_hints();
  }
  IdIndex<Level> levels;
  IdIndex<Area> areas;
  IdIndex<Competency> competencies;
  IdIndex<Outcome> outcomes;
  IdIndex<Role> roles;
  std::unordered_map<const Outcome*, const Competency*> outcome_owner;
};

void index_framework(const Framework& framework, FrameworkIndex& index) {
  for (const auto& level : framework.levels) {
    index.levels.add(level.id, &level);
  }
  for (const auto& area : framework.areas) {
    index.areas.add(area.id, &area);
    for (const auto& competency : area.competencies) {
      index.competencies.add(competency.id, &competency);
      for (const auto& outcome : competency.outcomes) {
        index.outcomes.add(outcome.id, &outcome);
        index.outcome_owner[&outcome] = &competency;
      }
    }
  }
  for (const auto& role : framework.roles) {
    index.roles.add(role.id, &role);
  }
}

void check_framework_references(const Framework& framework, const FrameworkIndex& index) {
  for (const auto& area : framework.areas) {
    for (const auto& competency : area.competencies) {
      for (const auto& outcome : competency.outcomes) {
        index.levels.resolve(outcome.level, Referrer{"outcome", outcome.id.value});
      }
    }
  }
  for (const auto& role : framework.roles) {
    Referrer context{"role", role.id.value};
    if (role.baseline) {
      index.levels.resolve(*role.baseline, context);
    }
    for (const auto& requirement : role.requirements) {
      index.competencies.resolve(requirement.competency, context);
      index.levels.resolve(requirement.level, context);
      for (const auto& level : requirement.eligible.levels) {
        index.levels.resolve(level, context);
      }
      for (const auto* end : {&requirement.eligible.min_level, &requirement.eligible.max_level}) {
        if (*end) {
          index.levels.resolve(**end, context);
        }
      }
    }
  }
}

void check_question_references(const Question& question, const FrameworkIndex& index, const ModelReporter& reporter) {
  Referrer context{"question", question.id.value};
  const Competency* competency = index.competencies.resolve(question.competency, context);
  const Level* level = index.levels.resolve(question.level, context);
  if (!question.outcome) {
    return;
  }
  const Outcome* outcome = index.outcomes.resolve(*question.outcome, context);
  if (outcome == nullptr) {
    return;
  }
  const Competency* owner = index.outcome_owner.at(outcome);
  if (competency != nullptr && owner != competency) {
    reporter.report(Rule::outcome_mismatch, question.outcome->pos,
                    ui_format("load.refs.outcome_other_competency", fmt::arg("outcome", outcome->id.value),
                              fmt::arg("owner", owner->id.value), fmt::arg("question", question.id.value),
                              fmt::arg("competency", competency->id.value)),
                    std::string(ui_text("load.refs.outcome_other_competency_hint")));
  } else if (level != nullptr && outcome->level.value != level->id.value) {
    reporter.report(Rule::outcome_mismatch, question.outcome->pos,
                    ui_format("load.refs.outcome_other_level", fmt::arg("outcome", outcome->id.value),
                              fmt::arg("outcome_level", outcome->level.value), fmt::arg("question", question.id.value),
                              fmt::arg("level", level->id.value)),
                    std::string(ui_text("load.refs.outcome_other_level_hint")));
  }
}

// Where a question is written when it is a YAML alias ("- *q1") of an earlier one. Its
// fields are the anchored question's, written before the alias; any other question starts
// before its own id.
std::optional<Pos> alias_position(const Question& question) {
  const Pos& at = question.pos;
  const Pos& id = question.id.pos;
  bool id_first = id.line < at.line || (id.line == at.line && id.column < at.column);
  return id.file == at.file && id_first ? std::optional<Pos>(at) : std::nullopt;
}

// A bank is in its framework's language (vi-VN matches vi), or says which language it was
// translated from, and that one is the framework's. Malformed tags are E208 already.
void check_bank_language(const Bank& bank, const Framework& framework, const ModelReporter& reporter) {
  std::string framework_language = primary_language(framework.language.value);
  const LocatedText& declared = bank.translation_of ? *bank.translation_of : bank.language;
  std::string bank_language = primary_language(declared.value);
  if (framework_language.empty() || bank_language.empty() || bank_language == framework_language) {
    return;
  }
  if (bank.translation_of) {
    reporter.report(Rule::language_mismatch, declared.pos,
                    ui_format("load.refs.translation_mismatch", fmt::arg("bank", bank.id.value),
                              fmt::arg("declared", declared.value), fmt::arg("framework", framework.id.value),
                              fmt::arg("language", framework.language.value)),
                    ui_format("load.refs.translation_mismatch_hint", fmt::arg("language", framework.language.value)));
    return;
  }
  reporter.report(Rule::language_mismatch, declared.pos,
                  ui_format("load.refs.language_mismatch", fmt::arg("bank", bank.id.value),
                            fmt::arg("declared", declared.value), fmt::arg("framework", framework.id.value),
                            fmt::arg("language", framework.language.value)),
                  ui_format("load.refs.language_mismatch_hint", fmt::arg("language", framework.language.value)));
}

}  // namespace

void check_references(const Model& model, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  SuggestionBudget budget;
  IdIndex<Framework> frameworks(reporter, budget, "framework");
  std::unordered_map<const Framework*, std::unique_ptr<FrameworkIndex>> indexes;
  for (const auto& framework : model.frameworks) {
    frameworks.add(framework.id, &framework);
    auto index = std::make_unique<FrameworkIndex>(reporter, budget);
    index_framework(framework, *index);
    check_framework_references(framework, *index);
    check_role_requirements(framework, reporter);
    indexes.emplace(&framework, std::move(index));
  }
  IdIndex<Bank> banks(reporter, budget, "bank");
  IdIndex<Question> questions(reporter, budget, "question");
  IdIndex<Exhibit> exhibits(reporter, budget, "exhibit");
  for (const auto& bank : model.banks) {
    banks.add(bank.id, &bank);
    for (const auto& exhibit : bank.exhibits) {
      exhibits.add(exhibit.id, &exhibit);
    }
    for (const auto& question : bank.questions) {
      questions.add(question.id, &question, alias_position(question));
    }
  }
  for (const auto& bank : model.banks) {
    const Framework* framework =
        frameworks.resolve(bank.framework, Referrer{"bank", bank.id.value},
                           ui_format("load.refs.lint_bank_with_framework", fmt::arg("file", model.files[bank.id.pos.file])));
    if (framework != nullptr) {
      check_bank_language(bank, *framework, reporter);
    }
    for (const auto& question : bank.questions) {
      if (framework != nullptr) {
        check_question_references(question, *indexes.at(framework), reporter);
      }
      if (question.exhibit) {
        exhibits.resolve(*question.exhibit, Referrer{"question", question.id.value});
      }
      for (const auto& enemy : question.enemies) {
        if (enemy.value != question.id.value) {
          questions.resolve(enemy, ui_format("load.refs.enemies_of", fmt::arg("id", question.id.value)));
        }
      }
    }
  }
  check_report_references(model, diagnostics);
}

}  // namespace hocvu
