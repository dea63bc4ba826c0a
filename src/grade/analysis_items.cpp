// analysis.html, the sections about questions: the item map (facility against item-rest r, with
// the flag zones) and every flagged question with its option analysis.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "grade/analysis_html.hpp"
#include "grade/svg_chart.hpp"

namespace hocvu {

namespace {

std::string two_decimals(std::optional<double> value, Language language) {
  return display_number(value, 2, language);
}

bool is_flagged(const ItemStatistics& item) { return !item.dropped && !item.flags.empty(); }

std::vector<ItemPoint> item_points(const AnalysisContext& context, size_t& not_plotted) {
  std::vector<ItemPoint> points;
  not_plotted = 0;
  for (const auto& item : context.statistics.items) {
    if (item.dropped) {
      continue;
    }
    if (!item.facility || !item.item_rest_r) {
      ++not_plotted;
      continue;
    }
    std::string tooltip = fmt::format("{}: p = {}; r = {}", item.question_id,
                                      two_decimals(item.facility, context.language()),
                                      two_decimals(item.item_rest_r, context.language()));
    points.push_back({tooltip, *item.facility, *item.item_rest_r, is_flagged(item)});
  }
  return points;
}

std::string flag_badges(const AnalysisContext& context, const std::vector<ItemFlag>& flags) {
  std::string html;
  for (ItemFlag flag : flags) {
    html += "<span class=\"flag\">" + html_escaped(flag_label(flag, context.language())) + "</span>";
  }
  return html;
}

// "#item-3": anchors by position in the item list, since question ids may hold any character.
std::string item_anchor(size_t index) { return fmt::format("item-{}", index); }

std::string flagged_overview(const AnalysisContext& context) {
  std::vector<std::vector<Cell>> rows;
  const auto& items = context.statistics.items;
  for (size_t i = 0; i < items.size(); ++i) {
    const ItemStatistics& item = items[i];
    if (!is_flagged(item)) {
      continue;
    }
    std::string link = fmt::format("<a href=\"#{}\">{}</a>", item_anchor(i), html_escaped(item.question_id));
    rows.push_back({{link, false}, text_cell(item.competency), text_cell(item.level),
                    number_cell(two_decimals(item.facility, context.language())),
                    number_cell(two_decimals(item.item_rest_r, context.language())),
                    {flag_badges(context, item.flags), false}});
  }
  return html_table(context.words({"analysis.question", "analysis.competency", "analysis.level", "analysis.facility",
                                    "analysis.item_rest_r", "analysis.flags"}),
                    rows);
}

std::string item_numbers(const AnalysisContext& context, const ItemStatistics& item) {
  Language language = context.language();
  std::vector<std::vector<Cell>> rows = {{
      number_cell(std::to_string(item.n)), number_cell(std::to_string(item.omitted)),
      number_cell(two_decimals(item.facility, language)), number_cell(two_decimals(item.item_rest_r, language)),
      number_cell(two_decimals(item.item_total_r, language)), number_cell(two_decimals(item.upper_lower_d, language)),
      number_cell(two_decimals(item.discriminative_efficiency, language)),
      number_cell(two_decimals(item.alpha_if_deleted, language))}};
  return html_table(context.words({"analysis.attempts", "analysis.omitted", "analysis.facility",
                                    "analysis.item_rest_r", "analysis.item_total_r", "analysis.upper_lower_d",
                                    "analysis.efficiency", "analysis.alpha_if_deleted"}),
                    rows);
}

// The best mean score among the key's choosers: a distractor whose choosers beat it is marked.
std::optional<double> best_key_mean(const std::vector<const DistractorStatistics*>& options) {
  std::optional<double> best;
  for (const auto* option : options) {
    if (option->key && option->mean_total_percent && (!best || *option->mean_total_percent > *best)) {
      best = option->mean_total_percent;
    }
  }
  return best;
}

std::string option_table(const AnalysisContext& context, const std::vector<const DistractorStatistics*>& options) {
  Language language = context.language();
  std::optional<double> key_mean = best_key_mean(options);
  std::string html = "<table class=\"options\">\n<thead><tr>";
  for (const char* name : {"analysis.option", "analysis.key", "analysis.chosen", "analysis.share",
                           "analysis.mean_total_percent", "analysis.point_biserial", "analysis.flags"}) {
    html += "<th>" + html_escaped(context.word(name)) + "</th>";
  }
  html += "</tr></thead>\n<tbody>\n";
  for (const auto* option : options) {
    bool suspect = !option->key && key_mean && option->mean_total_percent && *option->mean_total_percent > *key_mean;
    html += option->key ? "<tr class=\"key\">" : suspect ? "<tr class=\"suspect\">" : "<tr>";
    html += "<td>" + html_escaped(option->option) + "</td><td>" + (option->key ? "✓" : "") + "</td>";
    html += "<td class=\"num\">" + std::to_string(option->chosen) + "</td>";
    html += "<td class=\"num\">" + display_percent(option->share, language) + "</td>";
    std::string mean = option->mean_total_percent ? display_number(option->mean_total_percent, 1, language) + "%" : "–";
    html += "<td class=\"num\">" + mean + "</td>";
    html += "<td class=\"num\">" + two_decimals(option->point_biserial, language) + "</td>";
    html += "<td>" + (option->nonfunctioning ? html_escaped(context.word("analysis.nonfunctioning")) : std::string()) +
            "</td></tr>\n";
  }
  return html + "</tbody>\n</table>\n";
}

using OptionsByQuestion = std::map<std::string, std::vector<const DistractorStatistics*>>;

OptionsByQuestion options_by_question(const GradeStatistics& statistics) {
  OptionsByQuestion options;
  for (const auto& option : statistics.distractors) {
    options[option.question_id].push_back(&option);
  }
  return options;
}

std::string flagged_item(const AnalysisContext& context, size_t index, const OptionsByQuestion& options) {
  const ItemStatistics& item = context.statistics.items[index];
  std::string html = fmt::format("<article class=\"item\" id=\"{}\">\n", item_anchor(index));
  html += html_element("h3", item.question_id);
  std::string facts = context.word("analysis.competency") + " " + item.competency + " · " +
                      context.word("analysis.level") + " " + item.level + " · " + context.word("analysis.forms") + " ";
  for (size_t i = 0; i < item.forms.size(); ++i) {
    facts += (i == 0 ? "" : ", ") + item.forms[i];
  }
  html += "<p class=\"meta\">" + html_escaped(facts) + "<br>" + flag_badges(context, item.flags) + "</p>\n";
  html += item_numbers(context, item);
  auto found = options.find(item.question_id);
  if (found != options.end()) {
    html += html_element("h4", context.word("analysis.distractors")) + option_table(context, found->second);
  }
  return html + "</article>\n";
}

std::string dropped_list(const AnalysisContext& context) {
  std::string ids;
  for (const auto& item : context.statistics.items) {
    if (item.dropped) {
      ids += (ids.empty() ? "" : ", ") + item.question_id;
    }
  }
  if (ids.empty()) {
    return "";
  }
  return "<p><strong>" + html_escaped(context.word("analysis.dropped_items")) + ":</strong> " + html_escaped(ids) +
         "</p>\n";
}

}  // namespace

std::string item_map_section(const AnalysisContext& context) {
  size_t not_plotted = 0;
  std::vector<ItemPoint> points = item_points(context, not_plotted);
  ItemZoneWords zones{context.word("analysis.zone_hard"), context.word("analysis.zone_easy"),
                      context.word("analysis.zone_weak")};
  ChartWords words{context.word("analysis.item_map"), context.word("analysis.facility_axis"),
                   context.word("analysis.discrimination_axis"), context.language()};
  std::string html = "<section id=\"items\">\n" + html_element("h2", context.word("analysis.item_map"));
  html += item_map_svg(points, context.report.thresholds, zones, words);
  html += html_element("p", context.word("analysis.item_map_note"), "note");
  if (not_plotted > 0) {
    html += html_element("p", fmt::format("{}: {}", context.word("analysis.not_plotted"), not_plotted), "note");
  }
  return html + dropped_list(context) + "</section>\n";
}

std::string flagged_items_section(const AnalysisContext& context) {
  std::string html = "<section id=\"flagged\">\n" + html_element("h2", context.word("analysis.flagged"));
  const auto& items = context.statistics.items;
  bool any = std::any_of(items.begin(), items.end(), is_flagged);
  if (!any) {
    return html + html_element("p", context.word("analysis.none_flagged")) + "</section>\n";
  }
  html += html_element("p", context.word("analysis.flagged_note"), "note") + flagged_overview(context);
  html += html_element("p", context.word("analysis.distractors_note"), "note");
  OptionsByQuestion options = options_by_question(context.statistics);
  for (size_t i = 0; i < items.size(); ++i) {
    if (is_flagged(items[i])) {
      html += flagged_item(context, i, options);
    }
  }
  return html + "</section>\n";
}

}  // namespace hocvu
