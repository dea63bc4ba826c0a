// The CFDocument, the item tree (areas, competencies, outcomes) with its isChildOf associations,
// and the item types. The levels' rubric is in case_rubric.cpp.
#include "export/case_package.hpp"

#include <fmt/format.h>

#include <map>

#include "export/case_names.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

// The three kinds of CFItem. `title` is what each CFItem's CFItemType says: catalogue keys, in
// the framework's language.
struct CaseItemKind {
  const char* key;          // in identifiers, and the CFItemType's typeCode
  std::string_view title;
  std::string_view description;
  const char* hierarchy_code;
};

const CaseItemKind kAreaKind{"area", message_id("case.kind.area"), message_id("case.kind.area_description"), "1"};
const CaseItemKind kCompetencyKind{"competency", message_id("case.kind.competency"),
                                   message_id("case.kind.competency_description"), "2"};
const CaseItemKind kOutcomeKind{"outcome", message_id("case.kind.outcome"), message_id("case.kind.outcome_description"),
                                "3"};

std::string_view outcome_kind_key(OutcomeKind kind) {
  switch (kind) {
    case OutcomeKind::knowledge: return message_id("case.outcome_kind.knowledge");
    case OutcomeKind::skill: return message_id("case.outcome_kind.skill");
    case OutcomeKind::attitude: return message_id("case.outcome_kind.attitude");
  }
  return message_id("case.outcome_kind.unknown");
}

CaseJson item_type_json(const CaseItemKind& kind, const CaseNames& names) {
  CaseJson json = names.object(names.identifier("item-type", kind.key));
  json["title"] = std::string(message(names.language(), kind.title));
  json["description"] = std::string(message(names.language(), kind.description));
  json["hierarchyCode"] = kind.hierarchy_code;
  json["typeCode"] = kind.key;
  return json;
}

CaseJson document_json(const Framework& framework, const CaseNames& names) {
  CaseJson json = names.object(names.identifier("document", framework.id.value));
  json["caseVersion"] = "1.1";
  json["creator"] = case_normalized(names.options().creator);
  json["title"] = case_normalized(framework.title);
  if (!framework.description.empty()) json["description"] = case_text(framework.description);
  if (!framework.language.value.empty()) json["language"] = case_normalized(framework.language.value);
  if (!framework.version.empty()) json["version"] = case_normalized(framework.version);
  return json;
}

// A node of the tree as its children's associations point to it.
struct CaseNode {
  std::string title;
  std::string identifier;
};

// Builds CFItems and their isChildOf associations in one walk of the tree, parents first.
class CaseTreeWriter {
 public:
  CaseTreeWriter(const Framework& framework, const CaseNames& names) : framework_(framework), names_(names) {
    for (const Level& level : framework.levels) level_names_[level.id.value] = level.name;
  }

  void write(CaseJson& package) {
    CaseNode document{framework_.title, names_.identifier("document", framework_.id.value)};
    for (size_t a = 0; a < framework_.areas.size(); ++a) write_area(framework_.areas[a], document, a + 1);
    package["CFItems"] = std::move(items_);
    package["CFAssociations"] = std::move(associations_);
  }

 private:
  void write_area(const Area& area, const CaseNode& document, size_t sequence) {
    CaseNode node = add_item(kAreaKind, area.id.value, area.title, area.description, document, sequence);
    for (size_t c = 0; c < area.competencies.size(); ++c) write_competency(area.competencies[c], node, c + 1);
  }

  void write_competency(const Competency& competency, const CaseNode& area, size_t sequence) {
    CaseNode node = add_item(kCompetencyKind, competency.id.value, competency.title, competency.description, area,
                             sequence);
    for (size_t o = 0; o < competency.outcomes.size(); ++o) {
      const Outcome& outcome = competency.outcomes[o];
      add_item(kOutcomeKind, outcome.id.value, outcome.text, outcome_notes(outcome), node, o + 1);
    }
  }

  std::string outcome_notes(const Outcome& outcome) const {
    auto level = level_names_.find(outcome.level.value);
    std::string level_text = level == level_names_.end() ? outcome.level.value
                                                         : fmt::format("{} ({})", level->second, outcome.level.value);
    return format_message(names_.language(), "case.outcome_notes", fmt::arg("level", level_text),
                          fmt::arg("kind", message(names_.language(), outcome_kind_key(outcome.kind))));
  }

  CaseNode add_item(const CaseItemKind& kind, const std::string& id, const std::string& statement,
                    const std::string& notes, const CaseNode& parent, size_t sequence) {
    CaseNode node{statement, names_.identifier(kind.key, id)};
    CaseJson item = names_.object(node.identifier);
    item["fullStatement"] = case_text(statement);
    item["humanCodingScheme"] = id;
    std::string_view type_title = message(names_.language(), kind.title);
    item["CFItemType"] = std::string(type_title);
    item["CFItemTypeURI"] = names_.link(type_title, names_.identifier("item-type", kind.key));
    if (!notes.empty()) item["notes"] = case_text(notes);
    if (!framework_.language.value.empty()) item["language"] = case_normalized(framework_.language.value);
    items_.push_back(std::move(item));
    add_child_of(fmt::format("{}/{}", kind.key, id), node, parent, sequence);
    return node;
  }

  void add_child_of(const std::string& child_name, const CaseNode& child, const CaseNode& parent, size_t sequence) {
    CaseJson association = names_.object(names_.identifier("isChildOf", child_name));
    association["associationType"] = "isChildOf";
    association["sequenceNumber"] = sequence;
    association["originNodeURI"] = names_.link(child.title, child.identifier);
    association["destinationNodeURI"] = names_.link(parent.title, parent.identifier);
    associations_.push_back(std::move(association));
  }

  const Framework& framework_;
  const CaseNames& names_;
  std::map<std::string, std::string> level_names_;
  CaseJson items_ = CaseJson::array();
  CaseJson associations_ = CaseJson::array();
};

}  // namespace

CaseJson build_case_package(const Framework& framework, const CaseOptions& options) {
  // The fixed labels in the framework's language; one hocvu has no catalogue for gets English,
  // as an exam's papers do.
  Language language = catalogue_language(framework.language.value).value_or(Language::en);
  CaseNames names(framework.id.value, options, language);
  CaseJson package;
  package["CFDocument"] = document_json(framework, names);
  CaseTreeWriter(framework, names).write(package);
  CaseJson item_types = CaseJson::array();
  for (const CaseItemKind* kind : {&kAreaKind, &kCompetencyKind, &kOutcomeKind}) {
    item_types.push_back(item_type_json(*kind, names));
  }
  package["CFDefinitions"] = CaseJson{{"CFItemTypes", std::move(item_types)}};
  CaseJson rubrics = CaseJson::array();
  rubrics.push_back(case_levels_rubric(framework, names));
  package["CFRubrics"] = std::move(rubrics);
  return package;
}

std::string render_case_package(const CaseJson& package) {
  return package.dump(2, ' ', false, CaseJson::error_handler_t::replace) + "\n";
}

}  // namespace hocvu
