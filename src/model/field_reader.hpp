#pragma once
// Reads one YAML mapping as a record of the model: reports unknown keys (with the nearest
// known key), missing fields, values of the wrong kind and malformed ids, and returns values
// that are safe to use even when something was reported.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "yaml/document.hpp"

namespace hocvu {

// What the readers of one file share.
struct FileContext {
  const Document& document;
  const std::string& path;
  uint32_t file_index;
  Diagnostics& diagnostics;

  Pos pos(NodeId id) const;
  void report(Rule rule, NodeId at, std::string message, std::string hint = "") const;
  void report(Rule rule, Pos at, std::string message, std::string hint = "") const;
};

enum class Need { required, optional };

bool is_valid_id(std::string_view id);
bool is_valid_option_key(std::string_view key);
bool is_valid_tag(std::string_view tag);

class FieldReader {
 public:
  // `record_kind` names the record in messages ("question", "level"); `node` must be a mapping.
  FieldReader(const FileContext& context, NodeId node, std::string record_kind, std::vector<std::string_view> known_keys);

  Pos pos() const { return context_.pos(node_); }
  // The record as messages name it: "question Q1", "milestone" (in the interface language; made
  // only when a message needs it, not for every record read).
  std::string what() const;
  std::optional<NodeId> find(std::string_view key) const;

  // A non-empty text; reports missing (when required), wrong kind and empty text.
  LocatedText text(std::string_view key, Need need);
  // A text that must match the id pattern.
  LocatedText id(std::string_view key, Need need);
  std::optional<double> number(std::string_view key, Need need, double min, double max);
  // A number from `min` to `max` (at most 4294967295) with no fractional part.
  std::optional<uint32_t> whole_number(std::string_view key, Need need, double min, double max);
  // One of `allowed`; returns its index.
  std::optional<size_t> choice(std::string_view key, Need need, const std::vector<std::string_view>& allowed);
  // One of the names in `named`; returns its value.
  template <typename E>
  std::optional<E> choice(std::string_view key, Need need, const NamedValues<E>& named) {
    std::vector<std::string_view> names;
    for (const auto& entry : named) {
      names.push_back(entry.first);
    }
    auto index = choice(key, need, names);
    return index ? std::optional<E>(named[*index].second) : std::nullopt;
  }
  // A list; a missing optional list is empty. Returns nullopt when it is not a list.
  std::optional<NodeId> sequence(std::string_view key, Need need);
  std::optional<NodeId> mapping(std::string_view key, Need need);
  // A list of texts (or one text, taken as a list of one).
  std::vector<LocatedText> text_list(std::string_view key, Need need);
  // A list of names (or one name), each one of `allowed` and none twice; the others are
  // reported (E207) and left out. nullopt when the key is missing (the caller's default applies).
  std::optional<std::vector<LocatedText>> choice_list(std::string_view key, Need need,
                                                      const std::vector<std::string_view>& allowed);
  // A list of ids (or one id), each checked against the id pattern.
  std::vector<LocatedText> id_list(std::string_view key, Need need);
  // A text that must be a BCP 47 language tag (E208), such as vi or vi-VN.
  LocatedText language(std::string_view key, Need need);
  // Reports a finding at the value of `key` (or at the record when it is missing); `message`
  // names the record itself (what()).
  void report_at(std::string_view key, Rule rule, std::string message, std::string hint = "");

 private:
  std::optional<NodeId> require(std::string_view key, Need need);
  bool expect_scalar(std::string_view key, NodeId value);
  void check_id(std::string_view key, const LocatedText& id);

  const FileContext& context_;
  NodeId node_;
  std::string kind_;          // "question", as the reader names it (English)
  std::string_view id_;       // the record's id when it has a valid one, else empty
  std::string kind() const;   // kind_ in the interface language
};

// A record kind as the readers name it ("question") in the interface language.
std::string record_name(std::string_view kind);
// A record kind with its id, as messages name it: "question Q1" / "câu hỏi Q1".
std::string record_name(std::string_view kind, std::string_view id);

// The items of a sequence node, each checked to be a mapping (others are reported).
std::vector<NodeId> mapping_items(const FileContext& context, NodeId sequence, std::string_view what);

}  // namespace hocvu
