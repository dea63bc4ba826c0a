#include "yaml/compose.hpp"

#include <yaml.h>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "i18n/interface.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

// A text of the catalogue with no fields ('{{' in it is a literal brace).
std::string T(std::string_view key) { return ui_format(key); }

// Tags that only restate what the value already is; anything else is a custom tag.
bool is_standard_tag(std::string_view tag) {
  return tag == "tag:yaml.org,2002:str" || tag == "tag:yaml.org,2002:int" ||
         tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:bool" ||
         tag == "tag:yaml.org,2002:null" || tag == "tag:yaml.org,2002:seq" ||
         tag == "tag:yaml.org,2002:map" || tag == "!";
}

// A syntax error that is a tab: where, and whether the tab is indentation.
struct TabError {
  yaml_mark_t at;
  bool indentation;
};

// libyaml's wording, made plainer, with the usual cause.
struct SyntaxAdvice {
  std::string message;
  std::string hint;
};

SyntaxAdvice advise(std::string_view problem, std::string_view context) {
  // libyaml's own words stay when hocvu has no plainer text for them.
  if (problem == "mapping values are not allowed in this context") {
    return {T("load.yaml.unexpected_colon"), T("load.yaml.unexpected_colon_hint")};
  }
  if (problem == "did not find expected key") {
    return {T("load.yaml.expected_key"), T("load.yaml.check_indentation_hint")};
  }
  if (problem == "did not find expected '-' indicator") {
    return {T("load.yaml.expected_dash"), T("load.yaml.check_indentation_hint")};
  }
  if (problem == "found character that cannot start any token") {
    return {T("load.yaml.bad_token_start"), T("load.yaml.bad_token_start_hint")};
  }
  if (problem == "did not find expected ',' or ']'" || problem == "did not find expected ',' or '}'") {
    bool sequence = problem == "did not find expected ',' or ']'";
    std::string message = fmt::format("{} {}", context, problem);
    if (context == (sequence ? "while parsing a flow sequence" : "while parsing a flow mapping")) {
      message = T(sequence ? "load.yaml.flow_sequence_unclosed" : "load.yaml.flow_mapping_unclosed");
    }
    return {message, T("load.yaml.flow_unclosed_hint")};
  }
  if (problem == "found undefined tag handle") {
    return {T("load.yaml.undefined_tag"), T("load.yaml.undefined_tag_hint")};
  }
  std::string message(problem);
  if (!context.empty()) {
    message = fmt::format("{} {}", context, problem);
  }
  return {message, ""};
}

struct ParserDeleter {
  void operator()(yaml_parser_t* parser) const {
    yaml_parser_delete(parser);
    delete parser;
  }
};

}  // namespace

// Builds the Document from libyaml events. One instance composes one text.
class Composer {
 public:
  Composer(std::string_view text, const std::string& file, const ComposeLimits& limits, Diagnostics& diagnostics)
      : text_(text), file_(file), limits_(limits), diagnostics_(diagnostics) {}

  Document run();

 private:
  struct Frame {
    NodeId node = 0;
    size_t pending_start = 0;  // where this collection's children start in pending_
    uint64_t expanded = 1;     // nodes after alias expansion, this one included
    std::string anchor;
    std::vector<size_t> dropped_keys;  // places in pending_ of keys whose pairs are left out
    // Key → line, built once a mapping is large enough that a linear search would be slow.
    std::unordered_map<std::string, uint32_t> key_lines;
  };
  struct Anchor {
    NodeId node;
    uint64_t expanded;
    bool complete;
  };

  bool handle(const yaml_event_t& event);
  bool add_scalar(const yaml_event_t& event);
  bool start_collection(const yaml_event_t& event, NodeKind kind, const unsigned char* anchor,
                        const unsigned char* tag);
  bool end_collection();
  bool add_alias(const yaml_event_t& event);
  bool attach(NodeId id, uint64_t expanded, const yaml_mark_t& mark);
  bool check_tag(const unsigned char* tag, const yaml_mark_t& mark);
  bool check_mapping_key(NodeId id, const yaml_mark_t& mark);
  uint32_t find_key_line(Frame& frame, std::string_view name, uint32_t line);
  NodeId new_node(NodeKind kind, const yaml_mark_t& mark);
  void report(Rule rule, const yaml_mark_t& mark, std::string message, std::string hint = "");
  void report_syntax_error(const yaml_parser_t& parser);
  std::optional<TabError> find_tab_error(const yaml_mark_t& mark) const;

  std::string_view text_;
  const std::string& file_;
  const ComposeLimits& limits_;
  Diagnostics& diagnostics_;
  Document document_;
  std::vector<Frame> frames_;
  std::vector<NodeId> pending_;
  std::unordered_map<std::string, Anchor> anchors_;
  uint64_t expanded_by_aliases_ = 0;
  int documents_ = 0;
  bool has_root_ = false;
};

Document Composer::run() {
  std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) {
    delete parser.release();
    report(Rule::yaml_syntax, yaml_mark_t{}, T("load.yaml.parser_no_memory"));
    return {};
  }
  // libyaml asserts on a null input even when it is empty, as a default string_view is.
  const char* input = text_.data() != nullptr ? text_.data() : "";
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(input), text_.size());
  // No explicit encoding: libyaml then detects and skips a byte-order mark itself.
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(parser.get(), &event)) {
      report_syntax_error(*parser);
      return {};
    }
    bool keep_going = handle(event);
    bool stream_end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (!keep_going) {
      return {};
    }
    if (stream_end) {
      break;
    }
  }
  if (!has_root_) {
    report(Rule::empty_file, yaml_mark_t{}, T("load.yaml.empty_file"), T("load.yaml.empty_file_hint"));
    return {};
  }
  return std::move(document_);
}

bool Composer::handle(const yaml_event_t& event) {
  switch (event.type) {
    case YAML_DOCUMENT_START_EVENT:
      if (++documents_ > 1) {
        report(Rule::multiple_documents, event.start_mark, T("load.yaml.second_document"),
               T("load.yaml.second_document_hint"));
        return false;
      }
      return true;
    case YAML_SCALAR_EVENT:
      return add_scalar(event);
    case YAML_SEQUENCE_START_EVENT:
      return start_collection(event, NodeKind::sequence, event.data.sequence_start.anchor,
                              event.data.sequence_start.tag);
    case YAML_MAPPING_START_EVENT:
      return start_collection(event, NodeKind::mapping, event.data.mapping_start.anchor,
                              event.data.mapping_start.tag);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      return end_collection();
    case YAML_ALIAS_EVENT:
      return add_alias(event);
    default:
      return true;
  }
}

NodeId Composer::new_node(NodeKind kind, const yaml_mark_t& mark) {
  auto id = static_cast<NodeId>(document_.nodes_.size());
  document_.nodes_.push_back(Node{kind, false, static_cast<uint32_t>(mark.line + 1),
                                  static_cast<uint32_t>(mark.column + 1), 0, 0});
  return id;
}

bool Composer::add_scalar(const yaml_event_t& event) {
  const auto& scalar = event.data.scalar;
  if (!check_tag(scalar.tag, event.start_mark)) {
    return false;
  }
  NodeId id = new_node(NodeKind::scalar, event.start_mark);
  Node& node = document_.nodes_[id];
  node.plain = scalar.style == YAML_PLAIN_SCALAR_STYLE;
  node.first = static_cast<uint32_t>(document_.text_.size());
  node.size = static_cast<uint32_t>(scalar.length);
  document_.text_.append(reinterpret_cast<const char*>(scalar.value), scalar.length);
  if (scalar.anchor != nullptr) {
    anchors_[reinterpret_cast<const char*>(scalar.anchor)] = Anchor{id, 1, true};
  }
  return attach(id, 1, event.start_mark);
}

bool Composer::start_collection(const yaml_event_t& event, NodeKind kind, const unsigned char* anchor,
                                const unsigned char* tag) {
  if (!check_tag(tag, event.start_mark)) {
    return false;
  }
  if (frames_.size() >= limits_.max_depth) {
    report(Rule::nesting_too_deep, event.start_mark,
           ui_format("load.yaml.too_deep", fmt::arg("depth", limits_.max_depth)), T("load.yaml.too_deep_hint"));
    return false;
  }
  if (!frames_.empty() && document_.nodes_[frames_.back().node].kind == NodeKind::mapping &&
      (pending_.size() - frames_.back().pending_start) % 2 == 0) {
    report(Rule::unsupported_yaml, event.start_mark, T("load.yaml.collection_key"),
           T("load.yaml.collection_key_hint"));
    return false;
  }
  NodeId id = new_node(kind, event.start_mark);
  std::string name = anchor != nullptr ? reinterpret_cast<const char*>(anchor) : "";
  if (!name.empty()) {
    anchors_[name] = Anchor{id, 0, false};
  }
  Frame frame;
  frame.node = id;
  frame.pending_start = pending_.size();
  frame.anchor = std::move(name);
  frames_.push_back(std::move(frame));
  return true;
}

bool Composer::end_collection() {
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  Node& node = document_.nodes_[frame.node];
  node.first = static_cast<uint32_t>(document_.children_.size());
  auto dropped = frame.dropped_keys.begin();
  for (size_t i = frame.pending_start; i < pending_.size(); ++i) {
    if (dropped != frame.dropped_keys.end() && (i == *dropped || i == *dropped + 1)) {
      dropped += i == *dropped + 1 ? 1 : 0;
      continue;
    }
    document_.children_.push_back(pending_[i]);
  }
  node.size = static_cast<uint32_t>(document_.children_.size() - node.first);
  pending_.resize(frame.pending_start);
  if (!frame.anchor.empty()) {
    anchors_[frame.anchor] = Anchor{frame.node, frame.expanded, true};
  }
  yaml_mark_t mark{};
  mark.line = node.line - 1;
  mark.column = node.column - 1;
  return attach(frame.node, frame.expanded, mark);
}

bool Composer::add_alias(const yaml_event_t& event) {
  std::string name = reinterpret_cast<const char*>(event.data.alias.anchor);
  auto found = anchors_.find(name);
  if (found == anchors_.end()) {
    report(Rule::undefined_alias, event.start_mark, ui_format("load.yaml.undefined_alias", fmt::arg("name", name)),
           ui_format("load.yaml.undefined_alias_hint", fmt::arg("name", name)));
    return false;
  }
  if (!found->second.complete) {
    report(Rule::recursive_alias, event.start_mark,
           ui_format("load.yaml.recursive_alias", fmt::arg("name", name)), T("load.yaml.recursive_alias_hint"));
    return false;
  }
  // Only what aliases add counts against the budget: a large file without aliases is fine.
  expanded_by_aliases_ += found->second.expanded;
  if (expanded_by_aliases_ > limits_.max_expanded_nodes) {
    report(Rule::alias_budget, event.start_mark,
           ui_format("load.yaml.alias_budget", fmt::arg("limit", limits_.max_expanded_nodes)),
           T("load.yaml.alias_budget_hint"));
    return false;
  }
  // The alias gets a node of its own, sharing the anchored node's value and children, so that
  // what is read through it is found where the alias is written ("- *q1" at line 20), not
  // only where the anchor is.
  NodeId copy = new_node(NodeKind::scalar, event.start_mark);
  const Node& target = document_.nodes_[found->second.node];
  Node& node = document_.nodes_[copy];
  node.kind = target.kind;
  node.plain = target.plain;
  node.first = target.first;
  node.size = target.size;
  return attach(copy, found->second.expanded, event.start_mark);
}

// Adds a finished node (or an alias's target) to the collection being built; `expanded` is
// its size with aliases expanded.
bool Composer::attach(NodeId id, uint64_t expanded, const yaml_mark_t& mark) {
  if (frames_.empty()) {
    document_.root_ = id;
    has_root_ = true;
    return true;
  }
  Frame& parent = frames_.back();
  const bool is_key = document_.nodes_[parent.node].kind == NodeKind::mapping &&
                      (pending_.size() - parent.pending_start) % 2 == 0;
  if (is_key && !check_mapping_key(id, mark)) {
    parent.dropped_keys.push_back(pending_.size());
  }
  parent.expanded += expanded;
  pending_.push_back(id);
  return true;
}

// Keys must be scalars, unique within their mapping, and not merge keys. Returns false when
// the pair is to be left out after the report, so the model sees only the first value.
bool Composer::check_mapping_key(NodeId id, const yaml_mark_t& mark) {
  const Node& key = document_.nodes_[id];
  if (key.kind != NodeKind::scalar) {
    report(Rule::unsupported_yaml, mark, T("load.yaml.collection_key"),
           T("load.yaml.collection_key_hint"));
    return false;
  }
  std::string_view name = document_.scalar(id);
  if (name == "<<" && key.plain) {
    report(Rule::unsupported_yaml, mark, T("load.yaml.merge_key"),
           T("load.yaml.merge_key_hint"));
    return false;
  }
  uint32_t first_line = find_key_line(frames_.back(), name, key.line);
  if (first_line != 0) {
    report(Rule::duplicate_key, mark,
           ui_format("load.yaml.duplicate_key", fmt::arg("name", name), fmt::arg("line", first_line)),
           T("load.yaml.duplicate_key_hint"));
    return false;
  }
  return true;
}

// Line of an earlier key `name` in the mapping being built, or 0. Linear for the small
// mappings of hocvu files; a hash table once a mapping grows, so hostile files stay linear.
uint32_t Composer::find_key_line(Frame& frame, std::string_view name, uint32_t line) {
  constexpr size_t kLinearLimit = 32;
  size_t keys = (pending_.size() - frame.pending_start) / 2;
  // An alias to a list or mapping can stand as a key (reported and left out): not a scalar,
  // it has no text to compare.
  auto is_scalar = [this](NodeId id) { return document_.nodes_[id].kind == NodeKind::scalar; };
  if (keys <= kLinearLimit) {
    for (size_t i = frame.pending_start; i < pending_.size(); i += 2) {
      if (is_scalar(pending_[i]) && document_.scalar(pending_[i]) == name) {
        return document_.nodes_[pending_[i]].line;
      }
    }
    return 0;
  }
  if (frame.key_lines.empty()) {
    for (size_t i = frame.pending_start; i < pending_.size(); i += 2) {
      if (is_scalar(pending_[i])) {
        frame.key_lines.emplace(document_.scalar(pending_[i]), document_.nodes_[pending_[i]].line);
      }
    }
  }
  auto [place, inserted] = frame.key_lines.emplace(name, line);
  return inserted ? 0 : place->second;
}

bool Composer::check_tag(const unsigned char* tag, const yaml_mark_t& mark) {
  if (tag == nullptr || is_standard_tag(reinterpret_cast<const char*>(tag))) {
    return true;
  }
  report(Rule::unsupported_yaml, mark, ui_format("load.yaml.custom_tag", fmt::arg("tag", reinterpret_cast<const char*>(tag))),
         T("load.yaml.custom_tag_hint"));
  return true;
}

void Composer::report(Rule rule, const yaml_mark_t& mark, std::string message, std::string hint) {
  Location where{file_, static_cast<uint32_t>(mark.line + 1), static_cast<uint32_t>(mark.column + 1)};
  if (rule == Rule::empty_file) {
    where.line = 0;
    where.column = 0;
  }
  diagnostics_.push_back(Diagnostic{rule, std::move(where), std::move(message), std::move(hint)});
}

// Where the error is a tab: the first tab in the indentation of the line libyaml stopped at,
// or the tab it stopped on. libyaml's marks count characters, not bytes, so the line is found
// by its number and the column counted in code points.
std::optional<TabError> Composer::find_tab_error(const yaml_mark_t& mark) const {
  size_t start = 0;
  for (size_t line = 0; line < mark.line && start != std::string_view::npos; ++line) {
    start = text_.find('\n', start);
    start = start == std::string_view::npos ? start : start + 1;
  }
  if (start == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view line = line_containing(text_, start);
  size_t indent_end = std::min(line.find_first_not_of(" \t"), line.size());
  size_t tab = line.substr(0, indent_end).find('\t');
  if (tab != std::string_view::npos) {
    return TabError{yaml_mark_t{start + tab, mark.line, tab}, true};  // indentation is ASCII
  }
  size_t column = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) {
      continue;
    }
    if (column++ == mark.column) {
      return line[i] == '\t' ? std::optional<TabError>(TabError{mark, false}) : std::nullopt;
    }
  }
  return std::nullopt;
}

void Composer::report_syntax_error(const yaml_parser_t& parser) {
  if (parser.error == YAML_READER_ERROR) {
    // The reader (control characters, bad UTF-8) gives a byte offset, not a mark.
    LineColumn at = line_column_at(text_, parser.problem_offset);
    yaml_mark_t mark{parser.problem_offset, at.line - 1, at.column - 1};
    std::string problem = parser.problem != nullptr ? parser.problem : T("load.yaml.unreadable_character");
    if (problem == "control characters are not allowed") {
      problem = ui_format("load.yaml.control_character", fmt::arg("code", fmt::format("{:04X}", parser.problem_value)));
    }
    report(Rule::yaml_syntax, mark, problem, T("load.yaml.control_character_hint"));
    return;
  }
  if (auto tab = find_tab_error(parser.problem_mark)) {
    // Said plainly: the source checks' E006 on this line is replaced by this one (load.cpp).
    report(Rule::tab_character, tab->at,
           T(tab->indentation ? "load.yaml.tab_indentation" : "load.yaml.tab_here"), T("load.yaml.tab_hint"));
    return;
  }
  SyntaxAdvice advice = advise(parser.problem != nullptr ? parser.problem : T("load.yaml.syntax_error"),
                               parser.context != nullptr ? parser.context : "");
  report(Rule::yaml_syntax, parser.problem_mark, std::move(advice.message), std::move(advice.hint));
}

Document compose_yaml(std::string_view text, const std::string& file, const ComposeLimits& limits,
                      Diagnostics& diagnostics) {
  return Composer(text, file, limits, diagnostics).run();
}

}  // namespace hocvu
