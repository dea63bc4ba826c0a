#pragma once
// A composed YAML document: nodes with their positions, scalars kept as text.
// Built by compose_yaml() from parser events; an alias is a node at its own position that
// shares the anchored node's value or children, so the document is a DAG whose expanded size
// the composer has bounded.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

using NodeId = uint32_t;

enum class NodeKind : uint8_t { scalar, sequence, mapping };

struct Node {
  NodeKind kind;
  bool plain;        // scalar written without quotes or block style (so `true`, `3` may be typed)
  uint32_t line;     // 1-based
  uint32_t column;   // 1-based, in code points
  uint32_t first;    // scalar: offset into the text arena; collection: offset into the child list
  uint32_t size;     // scalar: bytes; sequence: items; mapping: keys + values (keys at even places)
};

class Document {
 public:
  bool has_root() const { return !nodes_.empty(); }
  NodeId root() const { return root_; }
  const Node& node(NodeId id) const { return nodes_[id]; }

  std::string_view scalar(NodeId id) const {
    const Node& n = nodes_[id];
    return std::string_view(text_).substr(n.first, n.size);
  }
  // Items of a sequence, or keys and values (alternating) of a mapping.
  uint32_t child_count(NodeId id) const { return nodes_[id].kind == NodeKind::scalar ? 0 : nodes_[id].size; }
  NodeId child(NodeId id, uint32_t index) const { return children_[nodes_[id].first + index]; }

  size_t node_count() const { return nodes_.size(); }

 private:
  friend class Composer;
  std::vector<Node> nodes_;
  std::vector<NodeId> children_;
  std::string text_;
  NodeId root_ = 0;
};

}  // namespace hocvu
