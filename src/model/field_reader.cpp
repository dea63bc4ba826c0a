#include "model/field_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

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

const char* kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::scalar: return "a single value";
    case NodeKind::sequence: return "a list";
    case NodeKind::mapping: return "a mapping";
  }
  return "?";
}

}  // namespace

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

FieldReader::FieldReader(const FileContext& context, NodeId node, std::string what,
                         std::vector<std::string_view> known_keys)
    : context_(context), node_(node), kind_(what), what_(std::move(what)) {
  const Document& doc = context_.document;
  // Name the record by its id when it has one: "question Q1.1-CB-01" reads better than "question".
  if (auto id = find("id"); id && doc.node(*id).kind == NodeKind::scalar && is_valid_id(doc.scalar(*id))) {
    what_ = fmt::format("{} {}", what_, doc.scalar(*id));
  }
  for (uint32_t i = 0; i < doc.child_count(node_); i += 2) {
    NodeId key = doc.child(node_, i);
    std::string_view name = doc.scalar(key);
    if (std::find(known_keys.begin(), known_keys.end(), name) != known_keys.end()) {
      continue;
    }
    std::string suggestion = closest_match(name, known_keys);
    std::string hint = suggestion.empty() ? fmt::format("known keys: {}", join(known_keys))
                                          : fmt::format("did you mean '{}'?", suggestion);
    context_.report(Rule::unknown_key, key, fmt::format("unknown key '{}' in {}", name, what_), std::move(hint));
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
    context_.report(Rule::missing_field, node_, fmt::format("{} has no '{}'", what_, key),
                    fmt::format("add '{}:' to this {}", key, kind_));
  }
  return value;
}

bool FieldReader::expect_scalar(std::string_view key, NodeId value) {
  NodeKind kind = context_.document.node(value).kind;
  if (kind == NodeKind::scalar) {
    return true;
  }
  context_.report(Rule::wrong_type, value, fmt::format("'{}' of {} is {}, not a single value", key, what_, kind_name(kind)));
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
    context_.report(Rule::empty_text, *value, fmt::format("'{}' of {} is empty", key, what_),
                    need == Need::required ? "write the text" : "write the text, or remove the key");
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
                    fmt::format("'{}' for '{}' of {} is not a BCP 47 language tag: {}", result.value, key, what_,
                                *problem),
                    code.empty() ? "write the language's code, optionally with a region: 'vi', 'vi-VN', 'en', "
                                   "'en-GB' (language in lowercase, region in capitals)"
                                 : fmt::format("write '{}'", code));
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
    context_.report(Rule::malformed_id, id.pos, fmt::format("'{}' is not a valid id for '{}' of {}", id.value, key, what_),
                    "ids use letters, digits, '.', '_' and '-' (no spaces or diacritics), start with a letter or "
                    "digit, and have at most 64 characters");
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
    context_.report(Rule::wrong_type, *value, fmt::format("'{}' of {} should be a number, not '{}'", key, what_, text),
                    "write a decimal number such as 2, 1.5 or -0.25 (no '+', leading zeros, hex, inf or nan)");
    return std::nullopt;
  }
  if (number.ok() && number.value >= min && number.value <= max) {
    return number.value;
  }
  std::string range = std::isinf(max) ? fmt::format("at least {:g}", min) : fmt::format("from {:g} to {:g}", min, max);
  std::string why = number.ok() ? "" : fmt::format(", which {}", describe_decimal_problem(number.problem));
  context_.report(Rule::invalid_value, *value, fmt::format("'{}' of {} is {}{}; it must be {}", key, what_, text, why, range));
  return std::nullopt;
}

std::optional<uint32_t> FieldReader::whole_number(std::string_view key, Need need, double min, double max) {
  auto value = number(key, need, min, max);
  if (!value) {
    return std::nullopt;
  }
  if (std::floor(*value) != *value) {
    report_at(key, Rule::wrong_type, fmt::format("'{}' should be a whole number, not {}", key, *value));
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
  context_.report(Rule::invalid_value, *value, fmt::format("'{}' of {} is '{}', not one of: {}", key, what_, text, join(allowed)),
                  suggestion.empty() ? "" : fmt::format("did you mean '{}'?", suggestion));
  return std::nullopt;
}

std::optional<NodeId> FieldReader::sequence(std::string_view key, Need need) {
  auto value = require(key, need);
  if (!value) {
    return std::nullopt;
  }
  NodeKind kind = context_.document.node(*value).kind;
  if (kind != NodeKind::sequence) {
    context_.report(Rule::wrong_type, *value, fmt::format("'{}' of {} is {}, not a list", key, what_, kind_name(kind)),
                    "write one item per line, each starting with '- '");
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
    context_.report(Rule::wrong_type, *value, fmt::format("'{}' of {} is {}, not a mapping", key, what_, kind_name(kind)),
                    "write one 'key: value' per line, indented under it");
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
    context_.report(Rule::wrong_type, *value, fmt::format("'{}' of {} is a mapping, not a list", key, what_));
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
                      fmt::format("'{}' of {} lists '{}', not one of: {}", key, what_, item.value, join(allowed)),
                      suggestion.empty() ? "" : fmt::format("did you mean '{}'?", suggestion));
    } else if (std::any_of(chosen.begin(), chosen.end(), [&](const LocatedText& c) { return c.value == item.value; })) {
      context_.report(Rule::invalid_value, item.pos, fmt::format("'{}' of {} lists '{}' twice", key, what_, item.value),
                      "remove the second one");
    } else {
      chosen.push_back(std::move(item));
    }
  }
  return chosen;
}

void FieldReader::report_at(std::string_view key, Rule rule, std::string message, std::string hint) {
  auto value = find(key);
  context_.report(rule, value ? *value : node_, fmt::format("{} of {}", message, what_), std::move(hint));
}

std::vector<NodeId> mapping_items(const FileContext& context, NodeId sequence, std::string_view what) {
  std::vector<NodeId> items;
  const Document& doc = context.document;
  for (uint32_t i = 0; i < doc.child_count(sequence); ++i) {
    NodeId item = doc.child(sequence, i);
    if (doc.node(item).kind == NodeKind::mapping) {
      items.push_back(item);
    } else {
      context.report(Rule::wrong_type, item, fmt::format("each item here should be a {} (a mapping of keys), not {}", what, kind_name(doc.node(item).kind)));
    }
  }
  return items;
}

}  // namespace hocvu
