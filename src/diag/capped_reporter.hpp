#pragma once
// Findings of one file, at most kMaxFindingsPerRule of each rule, then one that counts the rest
// ("14 more lines of this file have the same problem"): the line-level rules of a file's bytes
// and the item-writing flaws of its questions keep a bad file's report readable this way.
#include <cstdint>
#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

inline constexpr size_t kMaxFindingsPerRule = 10;

// What one finding of a CappedReporter is about, for the finding that counts the rest.
enum class CappedThing { line, question };

class CappedReporter {
 public:
  CappedReporter(const std::string& path, Diagnostics& diagnostics, CappedThing thing)
      : path_(path), diagnostics_(diagnostics), thing_(thing) {}
  ~CappedReporter() {
    for (const auto& [rule, count] : counts_) {
      if (count > kMaxFindingsPerRule) {
        size_t more = count - kMaxFindingsPerRule;
        diagnostics_.push_back(Diagnostic{
            rule, Location{path_, 0, 0},
            thing_ == CappedThing::line ? ui_plural("rule.more_lines", more) : ui_plural("rule.more_questions", more),
            ""});
      }
    }
  }
  CappedReporter(const CappedReporter&) = delete;
  CappedReporter& operator=(const CappedReporter&) = delete;

  struct At {
    uint32_t line = 0;
    uint32_t column = 0;
  };

  void report(Rule rule, At at, std::string message, std::string hint) {
    if (++counts_[rule] <= kMaxFindingsPerRule) {
      diagnostics_.push_back(Diagnostic{rule, Location{path_, at.line, at.column}, std::move(message), std::move(hint)});
    }
  }
  // `at`: anything else with a line and a column (Pos, LineColumn).
  template <typename Place>
  void report(Rule rule, const Place& at, std::string message, std::string hint) {
    report(rule, At{static_cast<uint32_t>(at.line), static_cast<uint32_t>(at.column)}, std::move(message),
           std::move(hint));
  }

 private:
  const std::string& path_;
  Diagnostics& diagnostics_;
  CappedThing thing_;
  std::map<Rule, size_t> counts_;
};

}  // namespace hocvu
