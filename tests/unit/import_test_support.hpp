#pragma once
// What the importers' tests print of a reading: findings as "line:column CODE message", options
// as "key=text".
#include <fmt/format.h>

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace {

inline std::vector<std::string> describe(const hocvu::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& d : diagnostics) {
    lines.push_back(fmt::format("{}:{} {} {}", d.where.line, d.where.column, d.code(), d.message));
  }
  return lines;
}

inline std::vector<std::string> option_texts(const hocvu::Question& q) {
  std::vector<std::string> texts;
  for (const auto& option : q.options) texts.push_back(option.key.value + "=" + option.text.value);
  return texts;
}

}  // namespace
