#pragma once
// Reports findings at model positions (file index → path).
#include <string>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace hocvu {

class ModelReporter {
 public:
  ModelReporter(const Model& model, Diagnostics& diagnostics) : model_(model), diagnostics_(diagnostics) {}

  void report(Rule rule, Pos at, std::string message, std::string hint = "") const {
    diagnostics_.push_back(Diagnostic{rule, Location{model_.files[at.file], at.line, at.column}, std::move(message),
                                      std::move(hint)});
  }
  // "bank/a.yaml:12" for messages that point at a second place.
  std::string where(Pos at) const { return model_.files[at.file] + ":" + std::to_string(at.line); }

 private:
  const Model& model_;
  Diagnostics& diagnostics_;
};

}  // namespace hocvu
