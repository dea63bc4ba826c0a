// Fuzz target: the YAML composer on any bytes, after the byte-level checks, as lint runs them
// (bytes check_source refuses are never composed). Checks the composed document's shape too.
#include <string>
#include <unordered_set>
#include <vector>

#include "check.hpp"
#include "load/source_checks.hpp"
#include "yaml/compose.hpp"

namespace {

using hocvu::Document;
using hocvu::NodeId;
using hocvu::NodeKind;

// Children are nodes of the document, mappings hold unique scalar keys and no merge key,
// scalars lie inside the text arena (scalar() would throw otherwise), and aliases never
// make a cycle: walking the DAG from the root ends.
void check_document(const Document& document) {
  if (!document.has_root()) {
    return;
  }
  HOCVU_FUZZ_CHECK(document.root() < document.node_count());
  enum class Mark : unsigned char { unseen, open, done };
  std::vector<Mark> marks(document.node_count(), Mark::unseen);
  std::vector<std::pair<NodeId, uint32_t>> stack{{document.root(), 0}};  // node, next child
  marks[document.root()] = Mark::open;
  while (!stack.empty()) {
    auto& [id, next] = stack.back();
    const hocvu::Node& node = document.node(id);
    HOCVU_FUZZ_CHECK(node.line >= 1 && node.column >= 1);
    if (next == 0 && node.kind == NodeKind::scalar) {
      (void)document.scalar(id);
    }
    if (next == 0 && node.kind == NodeKind::mapping) {
      HOCVU_FUZZ_CHECK(node.size % 2 == 0);
      std::unordered_set<std::string_view> keys;
      for (uint32_t i = 0; i < node.size; i += 2) {
        NodeId key = document.child(id, i);
        HOCVU_FUZZ_CHECK(key < document.node_count());
        HOCVU_FUZZ_CHECK(document.node(key).kind == NodeKind::scalar);
        HOCVU_FUZZ_CHECK(keys.insert(document.scalar(key)).second);
        HOCVU_FUZZ_CHECK(!(document.node(key).plain && document.scalar(key) == "<<"));
      }
    }
    if (next == document.child_count(id)) {
      marks[id] = Mark::done;
      stack.pop_back();
      continue;
    }
    NodeId child = document.child(id, next++);
    HOCVU_FUZZ_CHECK(child < document.node_count());
    HOCVU_FUZZ_CHECK(marks[child] != Mark::open);
    if (marks[child] == Mark::unseen) {
      marks[child] = Mark::open;
      stack.emplace_back(child, 0);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "fuzz.yaml";
  std::string_view bytes = hocvu::fuzz::as_text(data, size);
  hocvu::Diagnostics diagnostics;
  bool composed = false;
  if (hocvu::check_source(bytes, path, diagnostics)) {
    Document document = hocvu::compose_yaml(bytes, path, hocvu::ComposeLimits{}, diagnostics);
    check_document(document);
    composed = document.has_root();
  }
  // A file that gives no document always says why.
  HOCVU_FUZZ_CHECK(composed || !diagnostics.empty());
  diagnostics.close();
  hocvu::fuzz::check_findings(diagnostics, [&](const std::string& file) { return file == path; }, 1);
  return 0;
}
