#pragma once
// Reads a composed YAML document as a framework, a question bank, a blueprint, a unit tree or
// targets, recognised by its first-level key. Problems are reported to the context; what could be read is returned.
#include <optional>

#include "model/field_reader.hpp"
#include "model/model.hpp"
#include "text/local_number.hpp"

namespace hocvu {

struct LoadedDocument {
  std::optional<Framework> framework;
  std::optional<Bank> bank;
  std::optional<Blueprint> blueprint;
  std::optional<UnitTree> unit_tree;  // a file starting with 'units:'
  std::optional<Targets> targets;     // a file starting with 'targets:'
};

LoadedDocument load_document(const FileContext& context);

Framework load_framework(const FileContext& context, NodeId root);
Bank load_bank(const FileContext& context, NodeId root);
Blueprint load_blueprint(const FileContext& context, NodeId root);
UnitTree load_unit_tree(const FileContext& context, NodeId root);
Targets load_targets(const FileContext& context, NodeId root);

// The size limits of an exhibit's table (header row included): a larger table is reported, not kept.
constexpr uint32_t kMaxExhibitRows = 50;
constexpr uint32_t kMaxExhibitColumns = 8;

// An exhibit of a bank; `style` is how the bank's language writes numbers, for a chart.
Exhibit load_exhibit(const FileContext& context, NodeId node, NumberStyle style);

// The optional `levels`, `min_level` and `max_level` of a requirement or a blueprint, as
// written (their order and existence are checked against the framework later).
LevelRange load_level_range(const FileContext& context, FieldReader& reader);

}  // namespace hocvu
