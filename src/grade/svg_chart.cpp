// Inline SVG charts for analysis.html. Coordinates are written with one decimal and a point (SVG
// syntax); tick labels with the language's decimal mark. Every text goes through html_escaped.
#include "grade/svg_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "exam/write_exam.hpp"
#include "grade/analysis_labels.hpp"
#include "text/escape.hpp"

namespace hocvu {

namespace {

// The drawing area of a chart: the whole picture and the plot inside its margins.
struct Frame {
  double width, height, left, right, top, bottom;
  double plot_width() const { return width - left - right; }
  double plot_height() const { return height - top - bottom; }
  double base() const { return top + plot_height(); }
};

std::string coordinate(double value) { return fmt::format("{:.1f}", value); }

std::string svg_open(const Frame& frame, const std::string& title) {
  return fmt::format("<svg class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
                     "aria-label=\"{2}\">\n<title>{2}</title>\n",
                     coordinate(frame.width), coordinate(frame.height), html_escaped(title));
}

std::string line(double x1, double y1, double x2, double y2, const char* css_class) {
  return fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", css_class, coordinate(x1),
                     coordinate(y1), coordinate(x2), coordinate(y2));
}

std::string text(double x, double y, const char* anchor, const std::string& content, const char* css_class = "") {
  std::string class_attribute = *css_class != '\0' ? fmt::format(" class=\"{}\"", css_class) : std::string();
  return fmt::format("<text{} x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", class_attribute, coordinate(x),
                     coordinate(y), anchor, html_escaped(content));
}

std::string rect(double x, double y, double width, double height, const char* css_class, const std::string& inner) {
  std::string open = fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", css_class,
                                 coordinate(x), coordinate(y), coordinate(std::max(width, 0.0)),
                                 coordinate(std::max(height, 0.0)));
  return inner.empty() ? open + "/>\n" : open + ">" + inner + "</rect>\n";
}

// Axis titles: x centred below the plot, y turned along the left edge.
std::string axis_titles(const Frame& frame, const ChartWords& words) {
  std::string svg = text(frame.left + frame.plot_width() / 2, frame.height - 8, "middle", words.x_axis, "axis-title");
  svg += fmt::format("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"{}\" y=\"14\" "
                     "text-anchor=\"middle\">{}</text>\n",
                     coordinate(-(frame.top + frame.plot_height() / 2)), html_escaped(words.y_axis));
  return svg;
}

std::string bars(const Frame& frame, const std::vector<HistogramBin>& bins, uint64_t highest) {
  double band = frame.plot_width() / static_cast<double>(bins.size());
  std::string svg;
  for (size_t i = 0; i < bins.size(); ++i) {
    const HistogramBin& bin = bins[i];
    double height = frame.plot_height() * static_cast<double>(bin.count) / static_cast<double>(highest);
    double x = frame.left + band * static_cast<double>(i);
    std::string tooltip = fmt::format("{}–{}%: {}", format_number(bin.from_percent), format_number(bin.to_percent),
                                      bin.count);
    svg += rect(x + 2, frame.base() - height, band - 4, height, "bar", "<title>" + html_escaped(tooltip) + "</title>");
    if (bin.count > 0) {
      svg += text(x + band / 2, frame.base() - height - 3, "middle", std::to_string(bin.count), "value");
    }
  }
  return svg;
}

std::string percent_ticks(const Frame& frame, double from, double to, const std::vector<HistogramBin>& bins) {
  std::string svg;
  auto x_of = [&](double percent) { return frame.left + (percent - from) / (to - from) * frame.plot_width(); };
  for (const auto& bin : bins) {
    svg += text(x_of(bin.from_percent), frame.base() + 14, "middle", format_number(bin.from_percent));
  }
  svg += text(x_of(to), frame.base() + 14, "middle", format_number(to));
  return svg;
}

std::string pass_mark_line(const Frame& frame, double from, double to, double pass_percent, const std::string& label_text) {
  if (pass_percent < from || pass_percent > to) {
    return "";
  }
  double x = frame.left + (pass_percent - from) / (to - from) * frame.plot_width();
  // The label above the plot, where no bar reaches.
  return line(x, frame.top - 16, x, frame.base(), "pass") +
         text(x + 4, frame.top - 8, "start", label_text + " " + format_number(pass_percent) + "%", "pass-label");
}

}  // namespace

std::string html_escaped(std::string_view raw) { return escape_html(escape_unprintable(raw)); }

std::string histogram_svg(const std::vector<HistogramBin>& bins, std::optional<double> pass_percent,
                          const std::string& pass_label, const ChartWords& words) {
  if (bins.empty() || !(bins.back().to_percent > bins.front().from_percent)) {
    return "";
  }
  const Frame frame{600, 260, 56, 12, 30, 44};
  uint64_t highest = 1;
  for (const auto& bin : bins) {
    highest = std::max(highest, bin.count);
  }
  double from = bins.front().from_percent;
  double to = bins.back().to_percent;
  std::string svg = svg_open(frame, words.title);
  svg += bars(frame, bins, highest);
  svg += line(frame.left, frame.base(), frame.left + frame.plot_width(), frame.base(), "axis");
  svg += line(frame.left, frame.top, frame.left, frame.base(), "axis");
  svg += text(frame.left - 6, frame.base() + 4, "end", "0");
  svg += text(frame.left - 6, frame.top + 4, "end", std::to_string(highest));
  svg += percent_ticks(frame, from, to, bins);
  if (pass_percent) {
    svg += pass_mark_line(frame, from, to, *pass_percent, pass_label);
  }
  svg += axis_titles(frame, words);
  return svg + "</svg>\n";
}

namespace {

constexpr double kLowestR = -0.5;
constexpr double kHighestR = 1.0;

struct ItemMapScale {
  Frame frame;
  double x(double facility) const { return frame.left + std::clamp(facility, 0.0, 1.0) * frame.plot_width(); }
  double y(double r) const {
    double clamped = std::clamp(r, kLowestR, kHighestR);
    return frame.top + (kHighestR - clamped) / (kHighestR - kLowestR) * frame.plot_height();
  }
};

std::string flag_zones(const ItemMapScale& scale, const ItemThresholds& thresholds, const ItemZoneWords& zones) {
  const Frame& frame = scale.frame;
  double hard = scale.x(thresholds.too_hard);
  double easy = scale.x(thresholds.too_easy);
  double weak = scale.y(thresholds.weak_discrimination);
  std::string svg = rect(frame.left, frame.top, hard - frame.left, frame.plot_height(), "zone zone-hard", "");
  svg += rect(easy, frame.top, frame.left + frame.plot_width() - easy, frame.plot_height(), "zone zone-easy", "");
  svg += rect(frame.left, weak, frame.plot_width(), frame.base() - weak, "zone zone-weak", "");
  svg += text(frame.left + 4, frame.top + 12, "start", zones.too_hard, "zone-label");
  svg += text(frame.left + frame.plot_width() - 4, frame.top + 12, "end", zones.too_easy, "zone-label");
  svg += text(frame.left + frame.plot_width() / 2, frame.base() - 6, "middle", zones.weak, "zone-label");
  return svg;
}

std::string item_map_grid(const ItemMapScale& scale, Language language) {
  const Frame& frame = scale.frame;
  std::string svg;
  for (int step = 0; step <= 5; ++step) {
    double facility = step / 5.0;
    svg += line(scale.x(facility), frame.top, scale.x(facility), frame.base(), "grid");
    svg += text(scale.x(facility), frame.base() + 14, "middle", display_number(facility, 1, language));
  }
  for (double r : {-0.5, 0.0, 0.5, 1.0}) {
    svg += line(frame.left, scale.y(r), frame.left + frame.plot_width(), scale.y(r), r == 0.0 ? "zero" : "grid");
    svg += text(frame.left - 6, scale.y(r) + 4, "end", display_number(r, 1, language));
  }
  return svg;
}

std::string item_dots(const ItemMapScale& scale, const std::vector<ItemPoint>& points) {
  std::string svg;
  for (const auto& point : points) {
    svg += fmt::format("<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"4\"><title>{}</title></circle>\n",
                       point.flagged ? "dot flagged" : "dot", coordinate(scale.x(point.facility)),
                       coordinate(scale.y(point.item_rest_r)), html_escaped(point.tooltip));
  }
  return svg;
}

}  // namespace

std::string item_map_svg(const std::vector<ItemPoint>& points, const ItemThresholds& thresholds,
                         const ItemZoneWords& zones, const ChartWords& words) {
  const ItemMapScale scale{Frame{600, 380, 64, 16, 16, 52}};
  std::string svg = svg_open(scale.frame, words.title);
  svg += flag_zones(scale, thresholds, zones);
  svg += item_map_grid(scale, words.language);
  svg += line(scale.frame.left, scale.frame.top, scale.frame.left, scale.frame.base(), "axis");
  svg += line(scale.frame.left, scale.frame.base(), scale.frame.left + scale.frame.plot_width(), scale.frame.base(),
              "axis");
  svg += item_dots(scale, points);
  svg += axis_titles(scale.frame, words);
  return svg + "</svg>\n";
}

}  // namespace hocvu
