#pragma once
// The two charts of analysis.html as inline SVG (no scripts, no external references): the score
// histogram of a form and the item map (facility against item-rest discrimination).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grade/grade_report.hpp"

namespace hocvu {

// Text from the input made safe for HTML and SVG: unprintable characters written as visible
// escapes (text/escape.hpp), then & < > " ' escaped.
std::string html_escaped(std::string_view text);

struct ChartWords {
  std::string title;      // the chart's accessible name
  std::string x_axis, y_axis;
  Language language = Language::vi;  // the decimal mark of tick labels
};

// Bars of `bins` (percent bands); a dashed line at `pass_percent` when given, labelled `pass_label`.
// Empty when there are no bins.
std::string histogram_svg(const std::vector<HistogramBin>& bins, std::optional<double> pass_percent,
                          const std::string& pass_label, const ChartWords& words);

struct ItemPoint {
  std::string tooltip;   // plain text: the question id and its numbers
  double facility = 0;   // 0..1
  double item_rest_r = 0;
  bool flagged = false;
};

struct ItemZoneWords {
  std::string too_hard, too_easy, weak;
};

// Facility (x, 0..1) against item-rest r (y, -0.5..1, values beyond are drawn at the edge), with
// the flag zones of `thresholds` shaded.
std::string item_map_svg(const std::vector<ItemPoint>& points, const ItemThresholds& thresholds,
                         const ItemZoneWords& zones, const ChartWords& words);

}  // namespace hocvu
