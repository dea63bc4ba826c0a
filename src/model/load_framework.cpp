#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "model/load.hpp"

namespace hocvu {

namespace {

Level load_level(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "level", {"id", "name", "default_difficulty", "description"});
  Level level;
  level.id = reader.id("id", Need::required);
  level.name = reader.text("name", Need::required).value;
  level.default_difficulty = reader.number("default_difficulty", Need::optional, -4, 4);
  reader.text("description", Need::optional);
  return level;
}

Outcome load_outcome(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "outcome", {"id", "level", "kind", "assessed_by", "text"});
  Outcome outcome;
  outcome.id = reader.id("id", Need::required);
  outcome.level = reader.id("level", Need::required);
  outcome.kind = reader.choice("kind", Need::required, outcome_kind_names()).value_or(OutcomeKind::knowledge);
  outcome.assessed_by_pos = reader.pos();
  outcome.assessed_by = reader.choice("assessed_by", Need::optional, assessment_names()).value_or(Assessment::exam);
  outcome.text = reader.text("text", Need::required).value;
  return outcome;
}

Competency load_competency(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "competency", {"id", "title", "description", "outcomes"});
  Competency competency;
  competency.id = reader.id("id", Need::required);
  competency.title = reader.text("title", Need::required).value;
  competency.description = reader.text("description", Need::optional).value;
  if (auto outcomes = reader.sequence("outcomes", Need::optional)) {
    for (NodeId item : mapping_items(context, *outcomes, "outcome")) {
      competency.outcomes.push_back(load_outcome(context, item));
    }
  }
  return competency;
}

Area load_area(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "area", {"id", "title", "description", "competencies"});
  Area area;
  area.id = reader.id("id", Need::required);
  area.title = reader.text("title", Need::required).value;
  area.description = reader.text("description", Need::optional).value;
  if (auto competencies = reader.sequence("competencies", Need::required)) {
    for (NodeId item : mapping_items(context, *competencies, "competency")) {
      area.competencies.push_back(load_competency(context, item));
    }
  }
  return area;
}

Requirement load_requirement(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "requirement", {"competency", "level", "levels", "min_level", "max_level"});
  Requirement requirement;
  requirement.pos = reader.pos();
  requirement.competency = reader.id("competency", Need::required);
  requirement.eligible = load_level_range(context, reader);
  requirement.level = reader.id("level", requirement.eligible.written() ? Need::optional : Need::required);
  return requirement;
}

Role load_role(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "role", {"id", "name", "description", "baseline", "requires"});
  Role role;
  role.id = reader.id("id", Need::required);
  role.name = reader.text("name", Need::required).value;
  role.description = reader.text("description", Need::optional).value;
  if (reader.find("baseline")) {
    role.baseline = reader.id("baseline", Need::required);
  }
  if (auto requirements = reader.sequence("requires", Need::optional)) {
    for (NodeId item : mapping_items(context, *requirements, "requirement")) {
      role.requirements.push_back(load_requirement(context, item));
    }
  }
  return role;
}

template <typename T, typename LoadItem>
void load_list(const FileContext& context, FieldReader& reader, const char* key, const char* what,
               std::vector<T>& out, LoadItem load_item) {
  if (auto items = reader.sequence(key, Need::required)) {
    for (NodeId item : mapping_items(context, *items, what)) {
      out.push_back(load_item(context, item));
    }
  }
}

}  // namespace

Framework load_framework(const FileContext& context, NodeId root) {
  FieldReader top(context, root, "framework file", {"framework", "levels", "areas", "roles"});
  Framework framework;
  framework.id.pos = context.pos(root);  // the file, even when the header is unreadable
  if (auto header = top.mapping("framework", Need::required)) {
    FieldReader reader(context, *header, "framework", {"id", "version", "title", "language", "description"});
    framework.id = reader.id("id", Need::required);
    framework.version = reader.text("version", Need::required).value;
    framework.title = reader.text("title", Need::required).value;
    framework.language = reader.language("language", Need::required);
    framework.description = reader.text("description", Need::optional).value;
  }
  load_list(context, top, "levels", "level", framework.levels, load_level);
  load_list(context, top, "areas", "area", framework.areas, load_area);
  load_list(context, top, "roles", "role", framework.roles, load_role);
  return framework;
}

LoadedDocument load_document(const FileContext& context) {
  const Document& doc = context.document;
  LoadedDocument loaded;
  NodeId root = doc.root();
  if (doc.node(root).kind == NodeKind::mapping) {
    for (uint32_t i = 0; i < doc.child_count(root); i += 2) {
      std::string_view key = doc.scalar(doc.child(root, i));
      if (key == "framework") {
        loaded.framework = load_framework(context, root);
        return loaded;
      }
      if (key == "bank") {
        loaded.bank = load_bank(context, root);
        return loaded;
      }
      if (key == "blueprint") {
        loaded.blueprint = load_blueprint(context, root);
        return loaded;
      }
      if (key == "units") {
        loaded.unit_tree = load_unit_tree(context, root);
        return loaded;
      }
      if (key == "targets") {
        loaded.targets = load_targets(context, root);
        return loaded;
      }
    }
  }
  context.report(Rule::unknown_document, root,
                 std::string(ui_text("load.model.unknown_document")), std::string(ui_text("load.model.unknown_document_hint")));
  return loaded;
}

}  // namespace hocvu
