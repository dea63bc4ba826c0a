// The report as Markdown, for a terminal or a wiki: the headline, the unit and role tables and
// the data problems (the first 50), in the report's language. Table cells escape | and
// backslashes and never break a line; characters that could rewrite a terminal are escaped.
#include <cstdint>
#include <string>
#include <vector>

#include "report/report_labels.hpp"
#include "report/write_report.hpp"
#include "text/escape.hpp"

namespace hocvu {

namespace {

constexpr size_t kMarkdownProblems = 50;
constexpr const char* kIndent = "\u00a0\u00a0";  // no-break spaces: Markdown keeps them

// Text from the inputs, safe inside a table cell.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : escape_unprintable(text)) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '\\': out += "\\\\"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

class MarkdownTable {
 public:
  // `numeric`: the columns aligned right.
  MarkdownTable(const std::vector<std::string>& header, const std::vector<bool>& numeric) {
    row(header);
    text_ += '|';
    for (bool right : numeric) text_ += right ? " ---: |" : " --- |";
    text_ += '\n';
  }
  void row(const std::vector<std::string>& cells) {
    text_ += '|';
    for (const auto& text : cells) text_ += " " + text + " |";
    text_ += '\n';
  }
  std::string take() { return std::move(text_) + "\n"; }

 private:
  std::string text_;
};

struct Words {
  const std::string& lang;
  std::string operator()(ReportLabel label) const { return report_label(label, lang); }
  std::string percent(std::optional<double> value) const {
    return value ? display_decimal(value, 1, lang) + "%" : display_decimal(value, 1, lang);
  }
  std::string points(std::optional<double> value) const {
    std::string text = display_decimal(value, 1, lang);
    return value && *value > 0 && text != "0,0" && text != "0.0" ? "+" + text : text;
  }
  std::string rate(std::optional<double> value) const { return display_decimal(value, 2, lang); }
  std::string date(std::optional<Day> day) const { return display_date(day, lang); }
};

std::string headline(const ReportData& report, const Words& words) {
  const CoverageFigures& whole = report.whole;
  MarkdownTable table({words(ReportLabel::figure), words(ReportLabel::value)}, {false, true});
  table.row({words(ReportLabel::headcount), std::to_string(whole.headcount)});
  table.row({words(ReportLabel::assessed), std::to_string(whole.assessed)});
  table.row({words(ReportLabel::covered), std::to_string(whole.covered)});
  table.row({words(ReportLabel::coverage), words.percent(whole.coverage_percent)});
  table.row({words(ReportLabel::remaining), std::to_string(whole.remaining())});
  table.row({words(ReportLabel::overdue), std::to_string(whole.overdue)});
  table.row({words(ReportLabel::trajectory), words.percent(whole.trajectory_percent)});
  table.row({words(ReportLabel::gap), words.points(whole.gap_points)});
  table.row({words(ReportLabel::needed_per_week), words.rate(whole.needed_per_week)});
  table.row({words(ReportLabel::recent_per_week), words.rate(whole.recent_per_week)});
  table.row({words(ReportLabel::projected), words.date(whole.projected)});
  table.row({words(ReportLabel::status), status_label(whole.status, report.lang)});
  for (const auto& milestone : report.milestones) {
    table.row({words(ReportLabel::milestone) + " " + words.date(milestone.date), words.percent(milestone.percent)});
  }
  if (report.validity_days) {
    table.row({words(ReportLabel::renewals_30), std::to_string(report.renewals_30)});
    table.row({words(ReportLabel::renewals_60), std::to_string(report.renewals_60)});
    table.row({words(ReportLabel::renewals_90), std::to_string(report.renewals_90)});
  }
  table.row({words(ReportLabel::problems), std::to_string(report.problems.size())});
  return table.take();
}

std::vector<std::string> figure_header(const Words& words) {
  return {words(ReportLabel::headcount), words(ReportLabel::covered),  words(ReportLabel::coverage),
          words(ReportLabel::trajectory), words(ReportLabel::gap),     words(ReportLabel::overdue),
          words(ReportLabel::projected),  words(ReportLabel::status)};
}

void append_figures(std::vector<std::string>& cells, const CoverageFigures& figures, const Words& words) {
  cells.insert(cells.end(), {std::to_string(figures.headcount), std::to_string(figures.covered),
                             words.percent(figures.coverage_percent), words.percent(figures.trajectory_percent),
                             words.points(figures.gap_points), std::to_string(figures.overdue),
                             words.date(figures.projected), status_label(figures.status, words.lang)});
}

const std::vector<bool> kFigureAlignment = {true, true, true, true, true, true, false, false};

std::vector<bool> alignment(std::vector<bool> first) {
  first.insert(first.end(), kFigureAlignment.begin(), kFigureAlignment.end());
  return first;
}

std::string units_table(const ReportData& report, const Words& words) {
  std::vector<std::string> header = {words(ReportLabel::unit)};
  std::vector<std::string> figures = figure_header(words);
  header.insert(header.end(), figures.begin(), figures.end());
  MarkdownTable table(header, alignment({false}));
  for (const auto& unit : report.units) {
    std::string name;
    for (uint32_t i = 0; i < unit.depth; ++i) name += kIndent;
    std::vector<std::string> cells = {name + cell(unit.name)};
    append_figures(cells, unit.figures, words);
    table.row(cells);
  }
  return table.take();
}

std::string roles_table(const ReportData& report, const Words& words) {
  std::vector<std::string> header = {words(ReportLabel::role), words(ReportLabel::required_level)};
  std::vector<std::string> figures = figure_header(words);
  header.insert(header.end(), figures.begin(), figures.end());
  MarkdownTable table(header, alignment({false, false}));
  for (const auto& role : report.roles) {
    std::vector<std::string> cells = {cell(role.name.empty() ? role.id : role.name), cell(role.level)};
    append_figures(cells, role.figures, words);
    table.row(cells);
  }
  return table.take();
}

std::string position(const DataProblem& problem) {
  std::string text = cell(problem.file);
  if (problem.line > 0) text += ":" + std::to_string(problem.line);
  if (problem.line > 0 && problem.column > 0) text += ":" + std::to_string(problem.column);
  return text;
}

std::string problems_table(const ReportData& report, const Words& words) {
  if (report.problems.empty()) {
    return words(ReportLabel::no_problems) + "\n\n";
  }
  MarkdownTable table({words(ReportLabel::code), words(ReportLabel::file), words(ReportLabel::person_id),
                       words(ReportLabel::message)},
                      {false, false, false, false});
  size_t shown = std::min(report.problems.size(), kMarkdownProblems);
  for (size_t i = 0; i < shown; ++i) {
    const DataProblem& problem = report.problems[i];
    table.row({problem_code(problem.code), position(problem), cell(problem.person), cell(problem.message)});
  }
  std::string text = table.take();
  if (shown < report.problems.size()) {
    text += label_with_count(ReportLabel::more_rows, report.problems.size() - shown, report.lang) + "\n\n";
  }
  return text;
}

}  // namespace

std::string report_markdown(const ReportData& report) {
  Words words{report.lang};
  std::string title = report.title.empty() ? words(ReportLabel::report_title) : cell(report.title);
  std::string text = "# " + title + "\n\n";
  text += words(ReportLabel::as_of) + ": " + words.date(report.as_of) + " · hocvu " + cell(report.version) + "\n\n";
  text += "## " + words(ReportLabel::sheet_overview) + "\n\n" + headline(report, words);
  text += "## " + words(ReportLabel::sheet_units) + "\n\n" + units_table(report, words);
  text += "## " + words(ReportLabel::sheet_roles) + "\n\n" + roles_table(report, words);
  text += "## " + words(ReportLabel::sheet_problems) + "\n\n" + problems_table(report, words);
  text.pop_back();  // one final newline
  return text;
}

}  // namespace hocvu
