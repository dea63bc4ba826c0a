#include "model/load.hpp"

#include "i18n/interface.hpp"

namespace hocvu {

LevelRange load_level_range(const FileContext& context, FieldReader& reader) {
  LevelRange range;
  std::optional<Pos> first;
  auto note = [&](NodeId at) {
    Pos pos = context.pos(at);
    if (!first || pos.line < first->line || (pos.line == first->line && pos.column < first->column)) {
      first = pos;
    }
  };
  if (auto levels = reader.find("levels")) {
    note(*levels);
    range.levels = reader.id_list("levels", Need::required);
    if (range.levels.empty()) {
      context.report(Rule::empty_text, *levels, std::string(ui_text("load.levels.empty")), std::string(ui_text("load.levels.empty_hint")));
    }
  }
  for (auto [key, field] : {std::pair{"min_level", &range.min_level}, std::pair{"max_level", &range.max_level}}) {
    if (auto node = reader.find(key)) {
      note(*node);
      *field = reader.id(key, Need::required);
    }
  }
  if (!range.levels.empty() && (range.min_level || range.max_level)) {
    context.report(Rule::invalid_value, *reader.find("levels"), std::string(ui_text("load.levels.list_and_bounds")),
                   std::string(ui_text("load.levels.list_and_bounds_hint")));
  }
  range.pos = first.value_or(reader.pos());
  return range;
}

}  // namespace hocvu
