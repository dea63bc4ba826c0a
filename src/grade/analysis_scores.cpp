// analysis.html, the sections about candidates: the score distribution of every form (and of all
// forms together, in percent) and the mastery rate of every competency.
#include <algorithm>

#include <fmt/format.h>

#include "exam/write_exam.hpp"
#include "grade/analysis_html.hpp"
#include "grade/report_numbers.hpp"
#include "grade/svg_chart.hpp"

namespace hocvu {

namespace {

// Scores of one form are in points, of all forms together in percent.
enum class Scale { points, percent };

std::string score_text(std::optional<double> value, Scale scale, Language language) {
  if (scale == Scale::percent) {
    return value ? display_number(value, 1, language) + "%" : display_number(value, 1, language);
  }
  return display_number(value, 2, language);
}

// A plain word on Cronbach's alpha: >= .80 good, >= .60 acceptable, below doubtful (research notes).
std::string alpha_text(const AnalysisContext& context, std::optional<double> alpha) {
  std::string text = display_number(alpha, 2, context.language());
  if (!alpha) {
    return text;
  }
  const char* verdict = *alpha >= 0.8   ? "analysis.alpha_good"
                        : *alpha >= 0.6 ? "analysis.alpha_fair"
                                        : "analysis.alpha_low";
  return text + " (" + context.word(verdict) + ")";
}

std::vector<std::vector<Cell>> summary_rows(const AnalysisContext& context, const ScoreSummary& summary, Scale scale) {
  Language language = context.language();
  auto row = [&](const char* name, std::string value) {
    return std::vector<Cell>{text_cell(context.word(name)), number_cell(html_escaped(value))};
  };
  std::vector<std::vector<Cell>> rows = {
      row("analysis.candidates", std::to_string(summary.n)),
      row("analysis.mean", score_text(summary.mean, scale, language)),
      row("analysis.sd", score_text(summary.sd, scale, language)),
      row("analysis.median", score_text(summary.median, scale, language)),
      row("analysis.min", score_text(summary.min, scale, language)),
      row("analysis.max", score_text(summary.max, scale, language))};
  if (scale == Scale::points) {
    rows.push_back(row("analysis.alpha", alpha_text(context, summary.alpha)));
    rows.push_back(row("analysis.sem", score_text(summary.sem, scale, language)));
  }
  std::string pass_rate = display_percent(summary.pass_rate, language);
  rows.push_back(row("analysis.pass_rate", fmt::format("{} ({}/{})", pass_rate, summary.passed, summary.n)));
  return rows;
}

std::string summary_table(const std::vector<std::vector<Cell>>& rows) {
  std::string html = "<table class=\"summary\">\n<tbody>\n";
  for (const auto& row : rows) {
    html += "<tr><th>" + row[0].html + "</th><td class=\"num\">" + row[1].html + "</td></tr>\n";
  }
  return html + "</tbody>\n</table>\n";
}

std::string histogram(const AnalysisContext& context, const ScoreSummary& summary, const std::string& title) {
  std::optional<double> pass_percent;
  if (context.report.key != nullptr) {
    pass_percent = context.report.key->pass.percent;
  }
  ChartWords words{title, context.word("analysis.score_axis"), context.word("analysis.count_axis"), context.language()};
  std::string svg = histogram_svg(summary.histogram, pass_percent, context.word("analysis.pass_line"), words);
  return svg.empty() ? svg : svg + html_element("p", context.word("analysis.histogram_note"), "note");
}

std::string overall_block(const AnalysisContext& context) {
  const ScoreSummary& overall = context.statistics.overall;
  std::string title = context.word("analysis.overall");
  return html_element("h3", title) + html_element("p", context.word("analysis.overall_note"), "note") +
         summary_table(summary_rows(context, overall, Scale::percent)) + histogram(context, overall, title);
}

std::string form_block(const AnalysisContext& context, const FormStatistics& form) {
  std::string title = context.word("analysis.form") + " " + form.form;
  std::vector<std::vector<Cell>> rows = summary_rows(context, form.summary, Scale::points);
  rows.insert(rows.begin() + 1, {text_cell(context.word("analysis.items")), number_cell(std::to_string(form.items))});
  rows.insert(rows.begin() + 2, {text_cell(context.word("analysis.possible")),
                                 number_cell(display_trimmed(form.summary.possible, 2, context.language()))});
  return html_element("h3", title) + summary_table(rows) + histogram(context, form.summary, title);
}

std::string mastery_meter(std::optional<double> rate) {
  if (!rate) {
    return "";
  }
  return fmt::format("<span class=\"meter\"><span style=\"width:{:.1f}%\"></span></span>", *rate * 100.0);
}

}  // namespace

std::string scores_section(const AnalysisContext& context) {
  std::string html = "<section id=\"scores\">\n" + html_element("h2", context.word("analysis.scores"));
  if (context.statistics.forms.size() != 1) {
    html += overall_block(context);
  }
  for (const auto& form : context.statistics.forms) {
    html += form_block(context, form);
  }
  return html + "</section>\n";
}

std::string mastery_section(const AnalysisContext& context) {
  std::string html = "<section id=\"mastery\">\n" + html_element("h2", context.word("analysis.mastery")) +
                     html_element("p", context.word("analysis.mastery_note"), "note");
  if (context.statistics.competencies.empty()) {
    return html + html_element("p", context.word("analysis.no_competencies")) + "</section>\n";
  }
  std::vector<std::vector<Cell>> rows;
  for (const auto& competency : context.statistics.competencies) {
    std::optional<double> rate = share_of(competency.mastered, competency.measured);
    rows.push_back({text_cell(competency.competency), number_cell(std::to_string(competency.measured)),
                    number_cell(std::to_string(competency.mastered)),
                    number_cell(html_escaped(display_percent(rate, context.language()))), {mastery_meter(rate), false}});
  }
  return html + html_table(context.words({"analysis.competency", "analysis.measured", "analysis.mastered",
                                           "analysis.mastery_rate", ""}),
                           rows) +
         "</section>\n";
}

}  // namespace hocvu
