#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "i18n/interface.hpp"
#include "model/load.hpp"

namespace hocvu {

namespace {

CountConstraint load_count(const FileContext& context, NodeId node) {
  FieldReader reader(context, node, "count constraint",
                     {"area", "competency", "level", "type", "tag", "min", "max", "exactly"});
  CountConstraint count;
  count.pos = reader.pos();
  for (auto [key, field] : {std::pair{"area", &count.select.area}, std::pair{"competency", &count.select.competency},
                            std::pair{"level", &count.select.level}, std::pair{"tag", &count.select.tag}}) {
    if (reader.find(key)) {
      *field = reader.id(key, Need::required);
    }
  }
  count.select.type = reader.choice("type", Need::optional, question_type_names());
  bool selects = count.select.area || count.select.competency || count.select.level || count.select.type ||
                 count.select.tag;
  if (!selects) {
    context.report(Rule::missing_field, node, std::string(ui_text("load.blueprint.count_selects_nothing")),
                   std::string(ui_text("load.blueprint.count_selects_nothing_hint")));
  }
  if (auto exactly = reader.whole_number("exactly", Need::optional, 0, 10000)) {
    count.min = count.max = *exactly;
    if (reader.find("min") || reader.find("max")) {
      context.report(Rule::invalid_value, node, std::string(ui_text("load.blueprint.count_exactly_and_bounds")),
                     std::string(ui_text("load.blueprint.count_exactly_and_bounds_hint")));
    }
    return count;
  }
  count.min = reader.whole_number("min", Need::optional, 0, 10000).value_or(0);
  count.max = reader.whole_number("max", Need::optional, 0, 10000).value_or(UINT32_MAX);
  if (!reader.find("min") && !reader.find("max")) {
    context.report(Rule::missing_field, node, std::string(ui_text("load.blueprint.count_no_bound")),
                   std::string(ui_text("load.blueprint.count_no_bound_hint")));
  } else if (count.min > count.max) {
    context.report(Rule::invalid_value, node, ui_format("load.blueprint.min_above_max", fmt::arg("min", count.min), fmt::arg("max", count.max)));
  }
  return count;
}

void load_header(const FileContext& context, NodeId node, Blueprint& blueprint) {
  FieldReader reader(context, node, "blueprint",
                     {"id", "title", "framework", "role", "level", "language", "forms", "length", "time_limit", "seed",
                      "pass", "order", "shuffle_options", "levels", "min_level", "max_level"});
  blueprint.id = reader.id("id", Need::required);
  blueprint.title = reader.text("title", Need::required).value;
  blueprint.framework = reader.id("framework", Need::required);
  blueprint.role = reader.id("role", Need::required);
  blueprint.level = reader.id("level", Need::required);
  if (reader.find("language")) {
    blueprint.language = reader.language("language", Need::optional);  // E208 as for banks
  }
  blueprint.eligible = load_level_range(context, reader);
  blueprint.forms = reader.whole_number("forms", Need::required, 1, 1000).value_or(1);
  blueprint.length = reader.whole_number("length", Need::required, 1, 500).value_or(0);
  blueprint.time_limit = reader.whole_number("time_limit", Need::required, 1, 600).value_or(0);
  blueprint.seed = reader.whole_number("seed", Need::optional, 0, 4294967295.0).value_or(0);
  blueprint.order = reader.choice("order", Need::optional, question_order_names()).value_or(QuestionOrder::by_area);
  static const NamedValues<bool> kYesNo = {{"true", true}, {"false", false}};
  blueprint.shuffle_options = reader.choice("shuffle_options", Need::optional, kYesNo).value_or(true);
  if (auto pass = reader.mapping("pass", Need::required)) {
    FieldReader pass_reader(context, *pass, "pass rule", {"percent", "area_min_percent"});
    blueprint.pass_percent = pass_reader.number("percent", Need::required, 0, 100).value_or(0);
    blueprint.area_min_percent = pass_reader.number("area_min_percent", Need::optional, 0, 100);
  }
}

void load_constraints(const FileContext& context, NodeId node, Blueprint& blueprint) {
  FieldReader reader(context, node, "constraints",
                     {"counts", "coverage", "points", "difficulty", "overlap", "exposure", "fixed"});
  blueprint.coverage.pos = blueprint.pos;
  if (auto coverage = reader.mapping("coverage", Need::optional)) {
    FieldReader coverage_reader(context, *coverage, "coverage", {"required_min", "each_min"});
    blueprint.coverage.written = true;
    blueprint.coverage.pos = context.pos(*coverage);
    blueprint.coverage.required_min = coverage_reader.whole_number("required_min", Need::optional, 0, 500).value_or(2);
    blueprint.coverage.each_min = coverage_reader.whole_number("each_min", Need::optional, 0, 500).value_or(1);
  }
  if (auto counts = reader.sequence("counts", Need::optional)) {
    for (NodeId item : mapping_items(context, *counts, "count constraint")) {
      blueprint.counts.push_back(load_count(context, item));
    }
  }
  if (auto points = reader.mapping("points", Need::optional)) {
    FieldReader points_reader(context, *points, "points constraint", {"min", "max", "exactly"});
    blueprint.points_pos = context.pos(*points);
    if (auto exactly = points_reader.number("exactly", Need::optional, 0, 100000)) {
      blueprint.points_min = blueprint.points_max = exactly;
    } else {
      blueprint.points_min = points_reader.number("min", Need::optional, 0, 100000);
      blueprint.points_max = points_reader.number("max", Need::optional, 0, 100000);
    }
  }
  if (auto difficulty = reader.mapping("difficulty", Need::optional)) {
    FieldReader difficulty_reader(context, *difficulty, "difficulty constraint", {"mean", "tolerance"});
    blueprint.difficulty_pos = context.pos(*difficulty);
    blueprint.difficulty_mean = difficulty_reader.number("mean", Need::optional, -4, 4);
    blueprint.difficulty_tolerance = difficulty_reader.number("tolerance", Need::required, 0, 8);
  }
  if (auto overlap = reader.find("overlap")) {
    blueprint.overlap_pos = context.pos(*overlap);
    blueprint.overlap = reader.whole_number("overlap", Need::optional, 0, 500);
  }
  if (auto exposure = reader.find("exposure")) {
    blueprint.exposure_pos = context.pos(*exposure);
    blueprint.exposure = reader.number("exposure", Need::optional, 0.0001, 1);
  }
  blueprint.fixed = reader.text_list("fixed", Need::optional);
}

// The optional `paper` block: what the printed paper shows besides the questions. Without it a
// paper asks for name, candidate number and unit (never the personal ID unless asked: data
// minimisation) and has room for the candidate's and two invigilators' signatures.
PaperSettings load_paper(const FileContext& context, std::optional<NodeId> node, Pos blueprint_pos) {
  static const std::vector<std::string_view> kCandidateFields = {
      "name", "candidate_number", "unit", "position", "room", "date_of_birth", "personal_id", "staff_id"};
  static const std::vector<std::string_view> kSignatures = {"candidate", "invigilator_1", "invigilator_2",
                                                            "marker_1", "marker_2"};
  PaperSettings paper;
  paper.pos = node ? context.pos(*node) : blueprint_pos;
  auto defaults = [&](std::initializer_list<const char*> names) {
    std::vector<LocatedText> list;
    for (const char* name : names) {
      list.push_back({name, paper.pos});
    }
    return list;
  };
  paper.candidate_fields = defaults({"name", "candidate_number", "unit"});
  paper.signatures = defaults({"candidate", "invigilator_1", "invigilator_2"});
  if (!node) {
    return paper;
  }
  FieldReader reader(context, *node, "paper", {"issuing_body", "sitting", "candidate_fields", "signatures"});
  paper.issuing_body = reader.text("issuing_body", Need::optional).value;
  paper.sitting = reader.text("sitting", Need::optional).value;
  if (auto fields = reader.choice_list("candidate_fields", Need::optional, kCandidateFields)) {
    paper.candidate_fields = std::move(*fields);
  }
  if (auto signatures = reader.choice_list("signatures", Need::optional, kSignatures)) {
    paper.signatures = std::move(*signatures);
  }
  return paper;
}

}  // namespace

Blueprint load_blueprint(const FileContext& context, NodeId root) {
  FieldReader top(context, root, "blueprint file", {"blueprint", "constraints", "paper"});
  Blueprint blueprint;
  blueprint.pos = context.pos(root);
  blueprint.coverage.pos = blueprint.pos;
  if (auto header = top.mapping("blueprint", Need::required)) {
    load_header(context, *header, blueprint);
  }
  if (auto constraints = top.mapping("constraints", Need::optional)) {
    load_constraints(context, *constraints, blueprint);
  }
  blueprint.paper = load_paper(context, top.mapping("paper", Need::optional), blueprint.pos);
  return blueprint;
}

}  // namespace hocvu
