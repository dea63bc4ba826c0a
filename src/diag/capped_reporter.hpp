#pragma once
// Findings of one file, at most kMaxFindingsPerRule of each rule, then one that counts the rest
// ("14 more lines of this file have the same problem"): the line-level rules of a file's bytes
// and the item-writing flaws of its questions keep a bad file's report readable this way.
#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <string>

#include "diag/diagnostic.hpp"

namespace hocvu {

inline constexpr size_t kMaxFindingsPerRule = 10;

class CappedReporter {
 public:
  // `things`: what one finding is about, plural ("lines", "questions"); `problem`: "problem".
  CappedReporter(const std::string& path, Diagnostics& diagnostics, const char* thing, const char* things,
                 const char* problem)
      : path_(path), diagnostics_(diagnostics), thing_(thing), things_(things), problem_(problem) {}
  ~CappedReporter() {
    for (const auto& [rule, count] : counts_) {
      if (count > kMaxFindingsPerRule) {
        size_t more = count - kMaxFindingsPerRule;
        diagnostics_.push_back(Diagnostic{
            rule, Location{path_, 0, 0},
            more == 1 ? fmt::format("1 more {} of this file has the same {}", thing_, problem_)
                      : fmt::format("{} more {} of this file have the same {}", more, things_, problem_),
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
  const char* thing_;
  const char* things_;
  const char* problem_;
  std::map<Rule, size_t> counts_;
};

}  // namespace hocvu
