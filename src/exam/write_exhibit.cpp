// Exhibits on papers (HTML, Markdown), in the form JSON and in the LMS files. The texts around
// them come from the message catalogue (section "exhibits").
#include "exam/write_exhibit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "exam/write_exam.hpp"
#include "i18n/messages.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

NumberStyle style_of(Language language) {
  return language == Language::vi ? NumberStyle::decimal_comma : NumberStyle::decimal_point;
}

// "Dùng cho câu 3–5" / "For question 4": question numbers are 1-based.
std::string for_questions(const Exam& exam, const ExhibitRun& run) {
  if (run.first == run.last) {
    return format_message(exam.language, "exhibit.for_question", fmt::arg("number", run.first + 1));
  }
  return format_message(exam.language, "exhibit.for_questions", fmt::arg("first", run.first + 1),
                        fmt::arg("last", run.last + 1));
}

std::string chart_note(const Exam& exam, const Exhibit& exhibit) {
  return format_message(exam.language, "exhibit.chart_as_table",
                        fmt::arg("start", format_local_number(exhibit.axis_from.value_or(0), style_of(exam.language))));
}

// The exhibit's text without the line break a block scalar ends with.
std::string_view trimmed_text(const Exhibit& exhibit) {
  std::string_view text = exhibit.text;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// ---- HTML ----

std::string html_table(const Exhibit& exhibit, NumberStyle style, const char* table_attributes) {
  std::string out = fmt::format("<table{}>\n<thead><tr>", table_attributes);
  for (const auto& cell : exhibit.table.front()) {
    out += "<th>" + html_text(cell) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (size_t r = 1; r < exhibit.table.size(); ++r) {
    out += "<tr>";
    for (const auto& cell : exhibit.table[r]) {
      bool number = parse_local_number(cell, style).has_value();
      out += fmt::format("<td{}>{}</td>", number ? " class=\"num\"" : "", html_text(cell));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// ---- Markdown ----

// The paper's Markdown escaping (write_paper.cpp), one line at a time.
std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\r' || c == '\n') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>#|~&!").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string md_block_quote(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string line = md_escape(text.substr(start, end - start));
    bool last = end >= text.size();
    out += line.empty() ? ">\n" : "> " + line + (last ? "\n" : "\\\n");
    start = end + 1;
  }
  return out;
}

std::string md_table(const Exhibit& exhibit) {
  std::string out;
  auto row = [](const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const auto& cell : cells) {
      line += " " + md_escape(cell) + " |";
    }
    return line + "\n";
  };
  out += row(exhibit.table.front());
  out += "|";
  for (size_t c = 0; c < exhibit.table.front().size(); ++c) {
    out += " --- |";
  }
  out += "\n";
  for (size_t r = 1; r < exhibit.table.size(); ++r) {
    out += row(exhibit.table[r]);
  }
  return out;
}

// ---- The bar chart ----

constexpr double kWidth = 520, kHeight = 280;
constexpr double kLeft = 64, kRight = 12, kTop = 34, kBottom = 40;
constexpr const char* kFills[] = {"#4d4d4d", "#a6a6a6", "#e0e0e0", "#262626", "#808080", "#f5f5f5", "#c0c0c0"};

// A step of 1, 2, 2.5 or 5 times a power of ten giving at most about five intervals.
double nice_step(double span) {
  double raw = span / 5;
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double multiple : {1.0, 2.0, 2.5, 5.0}) {
    if (multiple * power >= raw) {
      return multiple * power;
    }
  }
  return 10 * power;
}

std::string coordinate(double value) {
  return fmt::format("{:.1f}", value);
}

struct ChartScale {
  double low = 0;   // the axis starts here (axis_from or 0)
  double high = 1;  // and ends at a whole number of steps above it
  double step = 1;
  double y(double value) const {
    double plot = kHeight - kTop - kBottom;
    return kHeight - kBottom - (value - low) / (high - low) * plot;
  }
};

ChartScale chart_scale(const Exhibit& exhibit) {
  ChartScale scale;
  scale.low = exhibit.axis_from.value_or(0);
  double largest = scale.low;
  for (const auto& row : exhibit.values) {
    for (double value : row) {
      largest = std::max(largest, value);
    }
  }
  double span = largest > scale.low ? largest - scale.low : 1;
  scale.step = nice_step(span);
  double steps = std::max(1.0, std::ceil(span / scale.step - 1e-9));
  scale.high = scale.low + steps * scale.step;
  return scale;
}

std::string chart_axes(const ChartScale& scale, NumberStyle style) {
  std::string out;
  double right = kWidth - kRight;
  size_t ticks = static_cast<size_t>(std::llround((scale.high - scale.low) / scale.step));
  for (size_t k = 0; k <= ticks; ++k) {
    double value = scale.low + static_cast<double>(k) * scale.step;
    std::string y = coordinate(scale.y(value));
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"0.5\"/>\n",
                       coordinate(kLeft), y, coordinate(right), y, k == 0 ? "#000" : "#bbb");
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"10\">{}</text>\n",
                       coordinate(kLeft - 4), coordinate(scale.y(value) + 3.5),
                       escape_html(format_local_number(value, style)));
  }
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000\" stroke-width=\"1\"/>\n",
                     coordinate(kLeft), coordinate(kTop), coordinate(kHeight - kBottom));
  return out;
}

std::string chart_legend(const Exhibit& exhibit) {
  std::string out;
  const auto& header = exhibit.table.front();
  double x = kLeft;
  for (size_t s = 1; s < header.size(); ++s) {
    out += fmt::format("<rect x=\"{}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{}\" stroke=\"#000\" "
                       "stroke-width=\"0.5\"/>\n<text x=\"{}\" y=\"17\" font-size=\"10\">{}</text>\n",
                       coordinate(x), kFills[(s - 1) % std::size(kFills)], coordinate(x + 14), escape_html(header[s]));
    x += 24 + 6 * static_cast<double>(std::min<size_t>(header[s].size(), 40));
  }
  return out;
}

std::string chart_bars(const Exhibit& exhibit, const ChartScale& scale) {
  std::string out;
  size_t rows = exhibit.values.size();
  size_t series = exhibit.table.front().size() - 1;
  double group = (kWidth - kLeft - kRight) / static_cast<double>(rows);
  double bar = group * 0.7 / static_cast<double>(series);
  double label_size = rows > 10 ? 8 : 10;
  for (size_t r = 0; r < rows; ++r) {
    double start = kLeft + static_cast<double>(r) * group + group * 0.15;
    for (size_t s = 0; s < series; ++s) {
      double value = exhibit.values[r][s];
      double top = scale.y(value);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#000\" "
                         "stroke-width=\"0.5\"><title>{}: {}</title></rect>\n",
                         coordinate(start + static_cast<double>(s) * bar), coordinate(top), coordinate(bar),
                         coordinate(scale.y(scale.low) - top), kFills[s % std::size(kFills)],
                         escape_html(exhibit.table[r + 1][0]), escape_html(exhibit.table[r + 1][s + 1]));
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\">{}</text>\n",
                       coordinate(start + group * 0.35), coordinate(kHeight - kBottom + 14), coordinate(label_size),
                       escape_html(exhibit.table[r + 1][0]));
  }
  return out;
}

}  // namespace

std::optional<ExhibitRun> exhibit_run_at(const ExamForm& form, size_t i) {
  const Exhibit* exhibit = i < form.items.size() ? form.items[i].exhibit : nullptr;
  if (exhibit == nullptr || (i > 0 && form.items[i - 1].exhibit == exhibit)) {
    return std::nullopt;
  }
  ExhibitRun run{exhibit, i, i};
  while (run.last + 1 < form.items.size() && form.items[run.last + 1].exhibit == exhibit) {
    ++run.last;
  }
  return run;
}

std::string exhibit_style(const ExamForm& form) {
  bool any = std::any_of(form.items.begin(), form.items.end(), [](const ExamItem& item) { return item.exhibit; });
  if (!any) {
    return "";
  }
  return R"(.exhibit { border: 1px solid #000; padding: 5pt 9pt; margin: 6pt 0 9pt; page-break-inside: avoid;
            break-inside: avoid; page-break-after: avoid; break-after: avoid; }
.exhibit h3 { font-size: 12pt; margin: 0 0 4pt; }
.exhibit p { margin: 0 0 4pt; }
.exhibit .for { font-style: italic; font-size: 11pt; }
.exhibit table { border-collapse: collapse; margin: 4pt 0; }
.exhibit th, .exhibit td { border: 1px solid #000; padding: 1pt 6pt; text-align: left; vertical-align: top; }
.exhibit td.num { text-align: right; }
.exhibit figure { margin: 4pt 0; }
.exhibit svg { max-width: 100%; height: auto; }
)";
}

std::string bar_chart_svg(const Exhibit& exhibit, NumberStyle style) {
  if (exhibit.values.empty() || exhibit.table.size() != exhibit.values.size() + 1) {
    return "";
  }
  ChartScale scale = chart_scale(exhibit);
  // The title is the chart's accessible name: a <title> child, not an attribute (the exam
  // checker reads attributes for hints at the key).
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" "
      "font-family=\"sans-serif\">\n<title>{}</title>\n{}{}{}</svg>\n",
      kWidth, kHeight, kWidth, kHeight, escape_html(exhibit.title),
      chart_axes(scale, style), chart_bars(exhibit, scale), chart_legend(exhibit));
}

std::string exhibit_html(const Exam& exam, const ExamForm& form, size_t i) {
  auto run = exhibit_run_at(form, i);
  if (!run) {
    return "";
  }
  const Exhibit& exhibit = *run->exhibit;
  std::string out = fmt::format("<section class=\"exhibit\">\n<p class=\"for\">{}</p>\n<h3>{}</h3>\n",
                                html_text(for_questions(exam, *run)), html_text(exhibit.title));
  if (!trimmed_text(exhibit).empty()) {
    out += "<p>" + html_text(trimmed_text(exhibit)) + "</p>\n";
  }
  std::string chart = exhibit.bar_chart ? bar_chart_svg(exhibit, style_of(exam.language)) : "";
  if (!chart.empty()) {
    out += "<figure>\n" + chart + "</figure>\n";
  } else if (!exhibit.table.empty()) {
    out += html_table(exhibit, style_of(exam.language), "");
  }
  return out + "</section>\n";
}

std::string exhibit_markdown(const Exam& exam, const ExamForm& form, size_t i) {
  auto run = exhibit_run_at(form, i);
  if (!run) {
    return "";
  }
  const Exhibit& exhibit = *run->exhibit;
  std::string out = fmt::format("\n**{}**\n\n*{}*\n", md_escape(exhibit.title), md_escape(for_questions(exam, *run)));
  if (!trimmed_text(exhibit).empty()) {
    out += "\n" + md_block_quote(trimmed_text(exhibit));
  }
  if (!exhibit.table.empty()) {
    out += "\n" + md_table(exhibit);
    if (exhibit.bar_chart) {
      out += "\n*" + md_escape(chart_note(exam, exhibit)) + "*\n";
    }
  }
  return out;
}

std::string exhibit_lms_html(const Exam& exam, const ExamItem& item) {
  if (item.exhibit == nullptr) {
    return "";
  }
  const Exhibit& exhibit = *item.exhibit;
  std::string out = "<div class=\"exhibit\"><p><strong>" + html_text(exhibit.title) + "</strong></p>";
  if (!trimmed_text(exhibit).empty()) {
    out += "<p>" + html_text(trimmed_text(exhibit)) + "</p>";
  }
  if (!exhibit.table.empty()) {
    std::string table = html_table(exhibit, style_of(exam.language), " border=\"1\" cellpadding=\"4\"");
    table.erase(std::remove(table.begin(), table.end(), '\n'), table.end());
    out += table;
    if (exhibit.bar_chart) {
      out += "<p><em>" + html_text(chart_note(exam, exhibit)) + "</em></p>";
    }
  }
  return out + "</div>";
}

Json exhibits_json(const ExamForm& form) {
  Json exhibits = Json::array();
  for (size_t i = 0; i < form.items.size(); ++i) {
    auto run = exhibit_run_at(form, i);
    if (!run) {
      continue;
    }
    const Exhibit& exhibit = *run->exhibit;
    Json json = {{"id", exhibit.id.value}, {"title", exhibit.title}};
    if (!exhibit.text.empty()) {
      json["text"] = std::string(trimmed_text(exhibit));
    }
    if (!exhibit.table.empty()) {
      json["table"] = exhibit.table;
    }
    if (exhibit.bar_chart) {
      json["chart"] = "bar";
      json["axis_from"] = json_number(exhibit.axis_from.value_or(0));
    }
    Json positions = Json::array();
    for (size_t p = run->first; p <= run->last; ++p) {
      positions.push_back(p + 1);
    }
    json["questions"] = std::move(positions);
    exhibits.push_back(std::move(json));
  }
  return exhibits;
}

}  // namespace hocvu
