#pragma once
// Pieces shared by the sections of analysis.html (write_analysis_html.cpp, analysis_items.cpp).
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "grade/analysis_labels.hpp"
#include "grade/grade_report.hpp"

namespace hocvu {

struct AnalysisContext {
  const GradeStatistics& statistics;
  const GradeReport& report;
  Language language() const { return report.language; }
  // The catalogue text of `key` ("analysis.title") in the page's language.
  std::string word(std::string_view key) const { return std::string(message(report.language, key)); }
  // Table headers: the words of `keys`, in order ("" stays empty).
  std::vector<std::string> words(std::initializer_list<const char*> keys) const {
    std::vector<std::string> texts;
    for (const char* key : keys) {
      texts.push_back(*key == '\0' ? std::string() : word(key));
    }
    return texts;
  }
};

// One table cell: HTML already escaped; numbers are right-aligned.
struct Cell {
  std::string html;
  bool number = false;
};
Cell text_cell(std::string_view text);  // escapes `text`
Cell number_cell(std::string text);     // `text` is a number written by us: nothing to escape

// A table with a header row (`headers` are plain text) and `css_class` (may be empty).
std::string html_table(const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows,
                       const char* css_class = "");

// "<h2>…</h2>" etc. with `text` escaped.
std::string html_element(const char* tag, std::string_view text, const char* css_class = "");

// The sections about candidates: score distributions (per form and overall) and mastery.
std::string scores_section(const AnalysisContext& context);
std::string mastery_section(const AnalysisContext& context);

// The sections about questions: the item map, then the flagged items with their options.
std::string item_map_section(const AnalysisContext& context);
std::string flagged_items_section(const AnalysisContext& context);

}  // namespace hocvu
