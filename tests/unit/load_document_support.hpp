#pragma once
// What the tests of the document loaders share: compose YAML in memory, read it as one file of a
// model, and describe the findings in one line each.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/load.hpp"
#include "yaml/compose.hpp"

namespace load_support {

struct Loaded {
  hocvu::LoadedDocument document;
  hocvu::Diagnostics diagnostics;
};

// Composes `yaml` (which must compose cleanly) and reads it as file 1 of a model named `path`.
inline Loaded load(std::string_view yaml, const std::string& path = "file.yaml") {
  Loaded result;
  hocvu::Document document = hocvu::compose_yaml(yaml, path, hocvu::ComposeLimits{}, result.diagnostics);
  REQUIRE(result.diagnostics.empty());
  REQUIRE(document.has_root());
  hocvu::FileContext context{document, path, 1, result.diagnostics};
  result.document = hocvu::load_document(context);
  return result;
}

// "line:column code message [hint]" per finding.
inline std::vector<std::string> describe(const hocvu::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const hocvu::Diagnostic& d : diagnostics) {
    lines.push_back(fmt::format("{}:{} {} {} [{}]", d.where.line, d.where.column, d.code(), d.message, d.hint));
  }
  return lines;
}

}  // namespace load_support
