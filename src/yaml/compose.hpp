#pragma once
// Turns YAML text into a Document with positions, reporting what hocvu does not accept:
// syntax errors, duplicate keys, recursive or exploding aliases, deep nesting, several documents.
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "yaml/document.hpp"

namespace hocvu {

struct ComposeLimits {
  uint32_t max_depth = 64;
  uint64_t max_expanded_nodes = 1'000'000;
};

// On a fatal finding (syntax, aliases, depth) the returned document has no root.
Document compose_yaml(std::string_view text, const std::string& file, const ComposeLimits& limits,
                      Diagnostics& diagnostics);

}  // namespace hocvu
