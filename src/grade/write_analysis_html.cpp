// analysis.html: one self-contained page for the item review meeting. Inline CSS and SVG, no
// scripts, no external references, nothing from the clock: the same run gives the same page.
// Every text from the inputs is escaped (svg_chart.hpp html_escaped).
#include <fmt/format.h>

#include "exam/write_exam.hpp"
#include "grade/analysis_html.hpp"
#include "grade/report_numbers.hpp"
#include "grade/svg_chart.hpp"
#include "hocvu/version.hpp"

namespace hocvu {

Cell text_cell(std::string_view text) { return {html_escaped(text), false}; }
Cell number_cell(std::string text) { return {std::move(text), true}; }

std::string html_element(const char* tag, std::string_view text, const char* css_class) {
  std::string open = *css_class != '\0' ? fmt::format("<{} class=\"{}\">", tag, css_class) : fmt::format("<{}>", tag);
  return open + html_escaped(text) + fmt::format("</{}>\n", tag);
}

std::string html_table(const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows,
                       const char* css_class) {
  std::string html = *css_class != '\0' ? fmt::format("<table class=\"{}\">\n<thead><tr>", css_class)
                                        : std::string("<table>\n<thead><tr>");
  for (const auto& header : headers) {
    html += "<th>" + html_escaped(header) + "</th>";
  }
  html += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    html += "<tr>";
    for (const auto& cell : row) {
      html += (cell.number ? "<td class=\"num\">" : "<td>") + cell.html + "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</tbody>\n</table>\n";
}

namespace {

// Print-friendly: no backgrounds needed to read it, charts kept whole on a page.
constexpr const char* kStyle = R"css(
body { font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; color: #1b1b1b; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #2b4c7e; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
.note { color: #444; font-size: .92rem; margin-top: .2rem; }
.meta { color: #333; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #c8c8c8; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.key td { font-weight: bold; }
tr.suspect td { background: #fdecea; }
.ok { color: #1e6b33; font-weight: bold; }
.bad { color: #a11d1d; font-weight: bold; }
.flag { display: inline-block; border: 1px solid #a11d1d; color: #a11d1d; border-radius: .3rem; padding: 0 .3rem; margin: 0 .2rem .2rem 0; font-size: .85rem; }
.hash { font-family: monospace; font-size: .8rem; word-break: break-all; }
.meter { display: inline-block; width: 8rem; height: .7rem; border: 1px solid #888; vertical-align: middle; }
.meter span { display: block; height: 100%; background: #2b4c7e; }
svg.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; font-size: 12px; }
svg .bar { fill: #2b4c7e; }
svg .axis { stroke: #333; stroke-width: 1; }
svg .grid { stroke: #ddd; stroke-width: 1; }
svg .zero { stroke: #999; stroke-width: 1; }
svg .pass { stroke: #a11d1d; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .pass-label, svg .zone-label { fill: #7a1515; font-size: 11px; }
svg .value { font-size: 10px; fill: #333; }
svg .axis-title { font-size: 12px; fill: #222; }
svg .zone { fill: #f4c7c3; opacity: .55; }
svg .zone-weak { fill: #fbe3b0; }
svg .dot { fill: #2b4c7e; stroke: #fff; stroke-width: 1; }
svg .dot.flagged { fill: #c0392b; }
article.item { border-top: 1px solid #ccc; padding-top: .4rem; }
footer { margin-top: 2.5rem; color: #555; font-size: .85rem; border-top: 1px solid #ccc; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  svg.chart, table, article.item { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string page_head(const AnalysisContext& context) {
  std::string exam = context.report.key != nullptr ? context.report.key->exam : std::string();
  std::string title = context.word("analysis.title") + (exam.empty() ? "" : " — " + exam);
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
                     language_tag(context.language()), html_escaped(title), kStyle);
}

std::string known_or_unknown(const AnalysisContext& context, const std::string& text) {
  return text.empty() ? context.word("analysis.unknown") : text;
}

std::string page_header(const AnalysisContext& context) {
  const GradingKey* key = context.report.key;
  std::string html = "<header>\n" + html_element("h1", context.word("analysis.title"));
  std::vector<std::string> facts;
  auto fact = [&](const char* name, const std::string& value) {
    facts.push_back("<strong>" + html_escaped(context.word(name)) + ":</strong> " + html_escaped(value));
  };
  fact("analysis.exam", key != nullptr ? known_or_unknown(context, key->exam) : context.word("analysis.unknown"));
  if (key != nullptr) {
    fact("analysis.role", known_or_unknown(context, key->role));
    fact("analysis.level", known_or_unknown(context, key->level));
    std::string pass = display_trimmed(key->pass.percent, 2, context.language()) + "%";
    if (key->pass.area_min_percent && !key->areas.empty()) {
      pass += std::string(", ") + context.word("analysis.area_minimum") + " " +
              display_trimmed(*key->pass.area_min_percent, 2, context.language()) + "%";
    }
    fact("analysis.pass_mark", pass);
  }
  fact("analysis.key_source", context.report.key_source);
  html += "<p class=\"meta\">";
  for (size_t i = 0; i < facts.size(); ++i) {
    html += (i == 0 ? "" : " · ") + facts[i];
  }
  return html + "</p>\n</header>\n";
}

std::string count(uint64_t value) { return std::to_string(value); }

std::string accounting_totals(const AnalysisContext& context) {
  const GradeReport& report = context.report;
  std::vector<std::vector<Cell>> rows = {
      {text_cell(context.word("analysis.rows_read")), number_cell(count(report.rows_read))},
      {text_cell(context.word("analysis.graded")), number_cell(count(report.graded))},
      {text_cell(context.word("analysis.rejected")), number_cell(count(report.rejected))},
      {text_cell(context.word("analysis.duplicates")), number_cell(count(report.duplicate_attempts))}};
  std::string html = "<table>\n<tbody>\n";
  for (const auto& row : rows) {
    html += "<tr><th>" + row[0].html + "</th><td class=\"num\">" + row[1].html + "</td></tr>\n";
  }
  html += "</tbody>\n</table>\n";
  bool balanced = report.rows_read == report.graded + report.rejected;
  return html + html_element("p", context.word(balanced ? "analysis.balanced" : "analysis.unbalanced"),
                             balanced ? "ok" : "bad");
}

std::string reject_reasons(const AnalysisContext& context) {
  if (context.report.rejected_by_code.empty()) {
    return "";
  }
  std::vector<std::vector<Cell>> rows;
  for (const auto& [code, rows_rejected] : context.report.rejected_by_code) {
    rows.push_back({text_cell(code), text_cell(reject_code_label(code, context.language())),
                    number_cell(count(rows_rejected))});
  }
  return html_element("h3", context.word("analysis.reject_reasons")) +
         html_table(context.words({"analysis.reject_code", "analysis.reason", "analysis.rows"}), rows);
}

std::string input_files(const AnalysisContext& context) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& input : context.report.inputs) {
    rows.push_back({text_cell(input.path), text_cell(input.format), number_cell(count(input.rows)),
                    number_cell(count(input.graded)), number_cell(count(input.rejected)),
                    {"<span class=\"hash\">" + html_escaped(input.sha256) + "</span>", false}});
  }
  return html_element("h3", context.word("analysis.inputs")) +
         html_table(context.words({"analysis.file", "analysis.format", "analysis.rows", "analysis.graded",
                                   "analysis.rejected", "analysis.sha256"}),
                    rows);
}

std::string joined_text(const std::vector<std::string>& parts, const char* separator) {
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    text += (i == 0 ? "" : separator) + parts[i];
  }
  return text;
}

std::string corrections_applied(const AnalysisContext& context) {
  std::string html = html_element("h3", context.word("analysis.corrections"));
  if (context.report.corrections.empty()) {
    return html + html_element("p", context.word("analysis.no_corrections"), "note");
  }
  std::vector<std::vector<Cell>> rows;
  for (const auto& applied : context.report.corrections) {
    const Correction& correction = applied.correction;
    rows.push_back({text_cell(correction.question_id), text_cell(correction_label(correction.kind, context.language())),
                    text_cell(joined_text(correction.options, ", ")), text_cell(joined_text(applied.forms, ", ")),
                    number_cell(count(correction.line))});
  }
  return html + html_table(context.words({"analysis.question", "analysis.correction", "analysis.options",
                                           "analysis.forms", "analysis.line"}),
                           rows);
}

std::string accounting_section(const AnalysisContext& context) {
  return "<section id=\"accounting\">\n" + html_element("h2", context.word("analysis.accounting")) +
         html_element("p", context.word("analysis.accounting_note"), "note") + accounting_totals(context) +
         reject_reasons(context) + input_files(context) + corrections_applied(context) + "</section>\n";
}

// The rules the flags used, and every option of the run: what the numbers above depend on.
std::string thresholds_list(const AnalysisContext& context) {
  const ItemThresholds& thresholds = context.report.thresholds;
  Language language = context.language();
  // "Too hard: share correct < 0.20"; `measure` is left out when the flag's name says it.
  auto rule = [&](const std::string& flag, const std::string& measure, const char* comparison, double value,
                  bool percent) {
    std::string bound = percent ? display_trimmed(value * 100.0, 2, language) + "%" : display_number(value, 2, language);
    return flag + ": " + (measure.empty() ? "" : measure + " ") + comparison + " " + bound;
  };
  std::string share_correct = context.word("analysis.share_correct");
  std::vector<std::string> rules = {
      rule(flag_label(ItemFlag::too_hard, language), share_correct, "<", thresholds.too_hard, false),
      rule(flag_label(ItemFlag::too_easy, language), share_correct, ">", thresholds.too_easy, false),
      rule(flag_label(ItemFlag::weak_discrimination, language), context.word("analysis.discrimination"), "<",
           thresholds.weak_discrimination, false),
      rule(flag_label(ItemFlag::low_efficiency, language), "", "<", thresholds.low_efficiency, false),
      rule(context.word("analysis.nonfunctioning"), context.word("analysis.share_chosen"), "<",
           thresholds.nonfunctioning, true)};
  return "<p><strong>" + html_escaped(context.word("analysis.thresholds")) + ":</strong> " +
         html_escaped(joined_text(rules, "; ")) + ".</p>\n";
}

std::string options_list(const AnalysisContext& context) {
  if (context.report.options.empty()) {
    return "";
  }
  std::vector<std::string> options;
  for (const auto& [name, value] : context.report.options) {
    options.push_back(name + " = " + value);
  }
  return "<p><strong>" + html_escaped(context.word("analysis.options_used")) + ":</strong> " +
         html_escaped(joined_text(options, "; ")) + ".</p>\n";
}

std::string page_footer(const AnalysisContext& context) {
  return "<footer>\n" + thresholds_list(context) + options_list(context) +
         fmt::format("<p>{} hocvu grade {}.</p>\n", html_escaped(context.word("analysis.made_by")), kVersion) +
         "</footer>\n";
}

}  // namespace

std::string render_analysis_html(const GradeStatistics& statistics, const GradeReport& report) {
  const AnalysisContext context{statistics, report};
  std::string html = page_head(context) + page_header(context) + "<main>\n";
  html += accounting_section(context);
  html += scores_section(context);
  html += item_map_section(context);
  html += flagged_items_section(context);
  html += mastery_section(context);
  return html + "</main>\n" + page_footer(context) + "</body>\n</html>\n";
}

}  // namespace hocvu
