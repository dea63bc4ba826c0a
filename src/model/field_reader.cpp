#include "model/field_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "i18n/interface.hpp"
#include "text/edit_distance.hpp"
#include "text/language_tag.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (auto word : words) {
    out += out.empty() ? "" : ", ";
    out += word;
  }
  return out;
}

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::scalar: return ui_text("load.yaml.kind_scalar");
    case NodeKind::sequence: return ui_text("load.yaml.kind_list");
    case NodeKind::mapping: return ui_text("load.yaml.kind_mapping");
  }
  return "?";
}

// The readers name their records in English ("question"); messages name them in the interface
// language. A kind not listed here is shown as it is written.
constexpr std::pair<std::string_view, std::string_view> kRecordNames[] = {
    {"question", message_id("load.record.question")},
    {"bank file", message_id("load.record.bank_file")},
    {"bank", message_id("load.record.bank")},
    {"exhibit", message_id("load.record.exhibit")},
    {"unit", message_id("load.record.unit")},
    {"units file", message_id("load.record.units_file")},
    {"unit tree", message_id("load.record.unit_tree")},
    {"level", message_id("load.record.level")},
    {"outcome", message_id("load.record.outcome")},
    {"competency", message_id("load.record.competency")},
    {"area", message_id("load.record.area")},
    {"requirement", message_id("load.record.requirement")},
    {"role", message_id("load.record.role")},
    {"framework file", message_id("load.record.framework_file")},
    {"framework", message_id("load.record.framework")},
    {"milestone", message_id("load.record.milestone")},
    {"role target", message_id("load.record.role_target")},
    {"certification", message_id("load.record.certification")},
    {"roster_status", message_id("load.record.roster_status")},
    {"status_rules", message_id("load.record.status_rules")},
    {"targets", message_id("load.record.targets")},
    {"targets file", message_id("load.record.targets_file")},
    {"count constraint", message_id("load.record.count_constraint")},
    {"blueprint", message_id("load.record.blueprint")},
    {"pass rule", message_id("load.record.pass_rule")},
    {"constraints", message_id("load.record.constraints")},
    {"coverage", message_id("load.record.coverage")},
    {"points constraint", message_id("load.record.points_constraint")},
    {"difficulty constraint", message_id("load.record.difficulty_constraint")},
    {"paper", message_id("load.record.paper")},
    {"blueprint file", message_id("load.record.blueprint_file")},
};

}  // namespace

std::string record_name(std::string_view kind) {
  for (const auto& [english, key] : kRecordNames) {
    if (english == kind) return std::string(ui_text(key));
  }
  return std::string(kind);
}

std::string record_name(std::string_view kind, std::string_view id) {
  return ui_format("load.record.named", fmt::arg("kind", record_name(kind)), fmt::arg("id", id));
}

namespace {

std::string did_you_mean_or_nothing(const std::string& suggestion) {
  return suggestion.empty() ? "" : ui_format("load.did_you_mean", fmt::arg("name", suggestion));
}

}  // namespace

std::string FieldReader::what() const { return id_.empty() ? record_name(kind_) : record_name(kind_, id_); }

std::string FieldReader::kind() const { return record_name(kind_); }

Pos FileContext::pos(NodeId id) const {
  const Node& node = document.node(id);
  return Pos{file_index, node.line, node.column};
}

void FileContext::report(Rule rule, NodeId at, std::string message, std::string hint) const {
  report(rule, pos(at), std::move(message), std::move(hint));
}

void FileContext::report(Rule rule, Pos at, std::string message, std::string hint) const {
  diagnostics.push_back(Diagnostic{rule, Location{path, at.line, at.column}, std::move(message), std::move(hint)});
}

bool is_valid_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && is_alnum(id.front()) && std::all_of(id.begin(), id.end(), is_id_char);
}

bool is_valid_option_key(std::string_view key) {
  return !key.empty() && key.size() <= 16 && key.front() >= 'a' && key.front() <= 'z' &&
         std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_valid_tag(std::string_view tag) {
  if (tag.empty() || tag.size() > 64 || tag.front() == '-' || tag.back() == '-') {
    return false;
  }
  return std::all_of(tag.begin(), tag.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

FieldReader::FieldReader(const FileContext& context, NodeId node, std::string record_kind,
                         std::vector<std::string_view> known_keys)
    : context_(context), node_(node), kind_(std::move(record_kind)) {
  const Document& doc = context_.document;
  // Name the record by its id when it has one: "question Q1.1-CB-01" reads better than "question".
  if (auto id = find("id"); id && doc.node(*id).kind == NodeKind::scalar && is_valid_id(doc.scalar(*id))) {
    id_ = doc.scalar(*id);
  }
  for (uint32_t i = 0; i < doc.child_count(node_); i += 2) {
    NodeId key = doc.child(node_, i);
    std::string_view name = doc.scalar(key);
    if (std::find(known_keys.begin(), known_keys.end(), name) != known_keys.end()) {
      continue;
    }
    std::string suggestion = closest_match(name, known_keys);
    std::string hint = suggestion.empty() ? ui_format("load.field.known_keys", fmt::arg("keys", join(known_keys)))
                                          : did_you_mean_or_nothing(suggestion);
    context_.report(Rule::unknown_key, key, ui_format("load.field.unknown_key", fmt::arg("name", name), fmt::arg("what", what())),
                    std::move(hint));
  }
}

std::optional<NodeId> FieldReader::find(std::string_view key) const {
  const Document& doc = context_.document;
  for (uint32_t i = 0; i < doc.child_count(node_); i += 2) {
    if (doc.scalar(doc.child(node_, i)) == key) {
      return doc.child(node_, i + 1);
    }
  }
  return std::nullopt;
}

std::optional<NodeId> FieldReader::require(std::string_view key, Need need) {
  auto value = find(key);
  if (!value && need == Need::required) {
    context_.report(Rule::missing_field, node_, ui_format("load.field.missing", fmt::arg("what", what()), fmt::arg("key", key)),
                    ui_format("load.field.missing_hint", fmt::arg("key", key), fmt::arg("kind", kind())));
  }
  return value;
}

bool FieldReader::expect_scalar(std::string_view key, NodeId value) {
  NodeKind kind = context_.document.node(value).kind;
  if (kind == NodeKind::scalar) {
    return true;
  }
  context_.report(Rule::wrong_type, value, ui_format("load.field.not_single", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("kind", kind_name(kind))));
  return false;
}

LocatedText FieldReader::text(std::string_view key, Need need) {
  auto value = require(key, need);
  if (!value || !expect_scalar(key, *value)) {
    return {"", value ? context_.pos(*value) : pos()};
  }
  std::string_view text = context_.document.scalar(*value);
  const Node& node = context_.document.node(*value);
  if (is_blank(text) && !(node.plain && text.empty() && need == Need::optional)) {
    context_.report(Rule::empty_text, *value, ui_format("load.field.empty", fmt::arg("key", key), fmt::arg("what", what())),
                    std::string(ui_text(need == Need::required ? "load.field.empty_hint_required"
                                                               : "load.field.empty_hint_optional")));
  }
  return {std::string(text), context_.pos(*value)};
}

LocatedText FieldReader::id(std::string_view key, Need need) {
  LocatedText result = text(key, need);
  check_id(key, result);
  return result;
}

LocatedText FieldReader::language(std::string_view key, Need need) {
  LocatedText result = text(key, need);
  if (result.value.empty()) {
    return result;  // missing or empty: already reported
  }
  if (auto problem = language_tag_problem(result.value)) {
    std::string code = language_code_for_name(result.value);
    context_.report(Rule::invalid_language, result.pos,
                    ui_format("load.field.bad_language", fmt::arg("value", result.value), fmt::arg("key", key),
                              fmt::arg("what", what()), fmt::arg("problem", *problem)),
                    code.empty() ? std::string(ui_text("load.field.bad_language_hint"))
                                 : ui_format("load.field.write_code", fmt::arg("code", code)));
  }
  return result;
}

std::vector<LocatedText> FieldReader::id_list(std::string_view key, Need need) {
  std::vector<LocatedText> ids = text_list(key, need);
  for (const auto& id : ids) {
    check_id(key, id);
  }
  return ids;
}

void FieldReader::check_id(std::string_view key, const LocatedText& id) {
  if (!id.value.empty() && !is_valid_id(id.value)) {
    context_.report(Rule::malformed_id, id.pos,
                    ui_format("load.field.bad_id", fmt::arg("id", id.value), fmt::arg("key", key), fmt::arg("what", what())),
                    std::string(ui_text("load.field.bad_id_hint")));
  }
}

std::optional<double> FieldReader::number(std::string_view key, Need need, double min, double max) {
  auto value = require(key, need);
  if (!value || !expect_scalar(key, *value)) {
    return std::nullopt;
  }
  std::string_view text = context_.document.scalar(*value);
  DecimalNumber number = parse_decimal(text);
  if (number.problem == NumberProblem::not_decimal) {
    context_.report(Rule::wrong_type, *value,
                    ui_format("load.field.not_number", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("text", text)),
                    std::string(ui_text("load.field.not_number_hint")));
    return std::nullopt;
  }
  if (number.ok() && number.value >= min && number.value <= max) {
    return number.value;
  }
  std::string range = std::isinf(max) ? ui_format("load.field.range_at_least", fmt::arg("min", fmt::format("{:g}", min)))
                                      : ui_format("load.field.range_between", fmt::arg("min", fmt::format("{:g}", min)),
                                                  fmt::arg("max", fmt::format("{:g}", max)));
  std::string message =
      number.ok() ? ui_format("load.field.out_of_range", fmt::arg("key", key), fmt::arg("what", what()),
                              fmt::arg("text", text), fmt::arg("range", range))
                  : ui_format("load.field.out_of_range_why", fmt::arg("key", key), fmt::arg("what", what()),
                              fmt::arg("text", text), fmt::arg("problem", describe_decimal_problem(number.problem)),
                              fmt::arg("range", range));
  context_.report(Rule::invalid_value, *value, std::move(message));
  return std::nullopt;
}

std::optional<uint32_t> FieldReader::whole_number(std::string_view key, Need need, double min, double max) {
  auto value = number(key, need, min, max);
  if (!value) {
    return std::nullopt;
  }
  if (std::floor(*value) != *value) {
    report_at(key, Rule::wrong_type,
              ui_format("load.field.not_whole", fmt::arg("key", key), fmt::arg("value", *value), fmt::arg("what", what())));
    return std::nullopt;
  }
  return static_cast<uint32_t>(*value);
}

std::optional<size_t> FieldReader::choice(std::string_view key, Need need, const std::vector<std::string_view>& allowed) {
  auto value = require(key, need);
  if (!value || !expect_scalar(key, *value)) {
    return std::nullopt;
  }
  std::string_view text = context_.document.scalar(*value);
  auto found = std::find(allowed.begin(), allowed.end(), text);
  if (found != allowed.end()) {
    return static_cast<size_t>(found - allowed.begin());
  }
  std::string suggestion = closest_match(text, allowed);
  context_.report(Rule::invalid_value, *value,
                  ui_format("load.field.not_allowed", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("text", text),
                            fmt::arg("allowed", join(allowed))),
                  did_you_mean_or_nothing(suggestion));
  return std::nullopt;
}

std::optional<NodeId> FieldReader::sequence(std::string_view key, Need need) {
  auto value = require(key, need);
  if (!value) {
    return std::nullopt;
  }
  NodeKind kind = context_.document.node(*value).kind;
  if (kind != NodeKind::sequence) {
    context_.report(Rule::wrong_type, *value,
                    ui_format("load.field.not_list", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("kind", kind_name(kind))),
                    std::string(ui_text("load.field.not_list_hint")));
    return std::nullopt;
  }
  return value;
}

std::optional<NodeId> FieldReader::mapping(std::string_view key, Need need) {
  auto value = require(key, need);
  if (!value) {
    return std::nullopt;
  }
  NodeKind kind = context_.document.node(*value).kind;
  if (kind != NodeKind::mapping) {
    context_.report(Rule::wrong_type, *value,
                    ui_format("load.field.not_mapping", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("kind", kind_name(kind))),
                    std::string(ui_text("load.field.not_mapping_hint")));
    return std::nullopt;
  }
  return value;
}

std::vector<LocatedText> FieldReader::text_list(std::string_view key, Need need) {
  std::vector<LocatedText> items;
  auto value = require(key, need);
  if (!value) {
    return items;
  }
  const Document& doc = context_.document;
  if (doc.node(*value).kind == NodeKind::scalar) {
    // `tags:` with nothing after it, as templates have, is an empty list.
    bool absent = doc.node(*value).plain && doc.scalar(*value).empty() && need == Need::optional;
    if (!absent) {
      items.push_back({std::string(doc.scalar(*value)), context_.pos(*value)});
    }
    return items;
  }
  if (doc.node(*value).kind != NodeKind::sequence) {
    context_.report(Rule::wrong_type, *value, ui_format("load.field.mapping_not_list", fmt::arg("key", key), fmt::arg("what", what())));
    return items;
  }
  for (uint32_t i = 0; i < doc.child_count(*value); ++i) {
    NodeId item = doc.child(*value, i);
    if (expect_scalar(key, item)) {
      items.push_back({std::string(doc.scalar(item)), context_.pos(item)});
    }
  }
  return items;
}

std::optional<std::vector<LocatedText>> FieldReader::choice_list(std::string_view key, Need need,
                                                                 const std::vector<std::string_view>& allowed) {
  if (!find(key)) {
    require(key, need);
    return std::nullopt;
  }
  std::vector<LocatedText> chosen;
  for (LocatedText& item : text_list(key, need)) {
    if (std::find(allowed.begin(), allowed.end(), item.value) == allowed.end()) {
      std::string suggestion = closest_match(item.value, allowed);
      context_.report(Rule::invalid_value, item.pos,
                      ui_format("load.field.list_not_allowed", fmt::arg("key", key), fmt::arg("what", what()),
                                fmt::arg("item", item.value), fmt::arg("allowed", join(allowed))),
                      did_you_mean_or_nothing(suggestion));
    } else if (std::any_of(chosen.begin(), chosen.end(), [&](const LocatedText& c) { return c.value == item.value; })) {
      context_.report(Rule::invalid_value, item.pos,
                      ui_format("load.field.list_twice", fmt::arg("key", key), fmt::arg("what", what()), fmt::arg("item", item.value)),
                      std::string(ui_text("load.field.list_twice_hint")));
    } else {
      chosen.push_back(std::move(item));
    }
  }
  return chosen;
}

void FieldReader::report_at(std::string_view key, Rule rule, std::string message, std::string hint) {
  auto value = find(key);
  context_.report(rule, value ? *value : node_, std::move(message), std::move(hint));
}

std::vector<NodeId> mapping_items(const FileContext& context, NodeId sequence, std::string_view what) {
  std::vector<NodeId> items;
  const Document& doc = context.document;
  for (uint32_t i = 0; i < doc.child_count(sequence); ++i) {
    NodeId item = doc.child(sequence, i);
    if (doc.node(item).kind == NodeKind::mapping) {
      items.push_back(item);
    } else {
      context.report(Rule::wrong_type, item,
                     ui_format("load.field.item_not_mapping", fmt::arg("what", record_name(what)),
                               fmt::arg("kind", kind_name(doc.node(item).kind))));
    }
  }
  return items;
}

}  // namespace hocvu
