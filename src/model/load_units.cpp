// Reads reports/units.yaml: the organisation tree a report rolls up, flattened in pre-order.
#include <fmt/format.h>

#include "i18n/interface.hpp"
#include "model/load.hpp"

namespace hocvu {

namespace {

const std::vector<std::string_view> kUnitKeys = {"id", "name", "kind", "roles", "children"};

void load_units_below(const FileContext& context, NodeId sequence, uint32_t parent, uint32_t depth,
                      std::vector<Unit>& units);

// Reads one unit, then its children right after it (pre-order).
void load_unit(const FileContext& context, NodeId node, uint32_t parent, uint32_t depth, std::vector<Unit>& units) {
  FieldReader reader(context, node, "unit", kUnitKeys);
  Unit unit;
  unit.id = reader.id("id", Need::required);
  unit.name = reader.text("name", Need::required).value;
  unit.kind = reader.text("kind", Need::optional).value;
  unit.parent = parent;
  unit.depth = depth;
  unit.roles = reader.id_list("roles", Need::optional);
  auto index = static_cast<uint32_t>(units.size());
  units.push_back(std::move(unit));
  // Nesting is bounded by the composer's depth limit, so this recursion is too.
  if (auto children = reader.sequence("children", Need::optional)) {
    load_units_below(context, *children, index, depth + 1, units);
  }
}

void load_units_below(const FileContext& context, NodeId sequence, uint32_t parent, uint32_t depth,
                      std::vector<Unit>& units) {
  for (NodeId item : mapping_items(context, sequence, "unit")) {
    load_unit(context, item, parent, depth, units);
  }
}

}  // namespace

UnitTree load_unit_tree(const FileContext& context, NodeId root) {
  FieldReader top(context, root, "units file", {"units"});
  UnitTree tree;
  tree.pos = context.pos(root);
  tree.id.pos = tree.pos;  // the file, even when the header is unreadable
  if (auto header = top.mapping("units", Need::required)) {
    FieldReader reader(context, *header, "unit tree", {"id", "title", "description", "tree"});
    tree.id = reader.id("id", Need::required);
    tree.title = reader.text("title", Need::required).value;
    reader.text("description", Need::optional);
    if (auto units = reader.sequence("tree", Need::required)) {
      load_units_below(context, *units, UINT32_MAX, 0, tree.units);
      if (context.document.child_count(*units) == 0) {
        context.report(Rule::missing_field, *units, ui_format("load.units.no_units", fmt::arg("id", tree.id.value)),
                       std::string(ui_text("load.units.no_units_hint")));
      }
    }
  }
  return tree;
}

}  // namespace hocvu
