// An exhibit of a bank (`exhibits:`): material several questions refer to. Its table is bounded
// (hostile input: a million rows is reported, never kept) and, for a chart, read as numbers in
// the bank's language (text/local_number.hpp).
#include <fmt/format.h>

#include <algorithm>

#include "model/load.hpp"
#include "text/local_number.hpp"

namespace hocvu {

namespace {

const std::vector<std::string_view> kExhibitKeys = {"id", "title", "text", "table", "chart", "axis_from"};
const NamedValues<bool> kChartNames = {{"bar", true}};

// One row of the table: a list of texts (numbers are read as text, as every scalar is).
std::optional<std::vector<std::string>> load_row(const FileContext& context, NodeId row, size_t index,
                                                 const std::string& what) {
  const Document& doc = context.document;
  if (doc.node(row).kind != NodeKind::sequence) {
    context.report(Rule::wrong_type, row, fmt::format("row {} of the table of {} is not a list", index + 1, what),
                   "write a row as a list of cells: [\"2024\", \"1.250\"]");
    return std::nullopt;
  }
  std::vector<std::string> cells;
  for (uint32_t c = 0; c < doc.child_count(row); ++c) {
    NodeId cell = doc.child(row, c);
    if (doc.node(cell).kind != NodeKind::scalar) {
      context.report(Rule::wrong_type, cell,
                     fmt::format("cell {} of row {} of the table of {} is not a single value", c + 1, index + 1, what));
      return std::nullopt;
    }
    cells.emplace_back(doc.scalar(cell));
  }
  return cells;
}

// The table, or nothing when it is too large or malformed (reported).
std::vector<std::vector<std::string>> load_table(const FileContext& context, NodeId table, const std::string& what) {
  const Document& doc = context.document;
  uint32_t rows = doc.child_count(table);
  if (rows < 2) {
    context.report(Rule::malformed_exhibit, table,
                   fmt::format("the table of {} has {} row{}; it needs a header and at least one row", what, rows,
                               rows == 1 ? "" : "s"),
                   "the first row names the columns; the rows after it hold the figures");
    return {};
  }
  if (rows > kMaxExhibitRows) {
    context.report(Rule::malformed_exhibit, table,
                   fmt::format("the table of {} has {} rows; the limit is {} (header included)", what, rows,
                               kMaxExhibitRows),
                   "keep the rows the questions need, or split the table into two exhibits");
    return {};
  }
  std::vector<std::vector<std::string>> read;
  bool whole = true;
  for (uint32_t r = 0; r < rows; ++r) {
    NodeId row = doc.child(table, r);
    auto cells = load_row(context, row, r, what);
    if (!cells) {
      whole = false;
      continue;
    }
    if (r == 0 && cells->size() > kMaxExhibitColumns) {
      context.report(Rule::malformed_exhibit, row,
                     fmt::format("the table of {} has {} columns; the limit is {}", what, cells->size(),
                                 kMaxExhibitColumns),
                     "keep the columns the questions need, or split the table into two exhibits");
      return {};
    }
    if (r > 0 && !read.empty() && cells->size() != read.front().size()) {
      context.report(Rule::malformed_exhibit, row,
                     fmt::format("row {} of the table of {} has {} cell{}, but its header has {}", r + 1, what,
                                 cells->size(), cells->size() == 1 ? "" : "s", read.front().size()),
                     "give every row one cell per column; an empty cell is written \"\"");
      whole = false;
    }
    read.push_back(std::move(*cells));
  }
  return whole && !read.empty() ? read : std::vector<std::vector<std::string>>{};
}

const char* number_example(NumberStyle style) {
  return style == NumberStyle::decimal_comma ? "1.250 (a thousand and more) or 1,5 (a decimal)"
                                             : "1,250 (a thousand and more) or 1.5 (a decimal)";
}

// The chart's numbers (see Exhibit::values), or nothing when a cell is not a number (reported).
std::vector<std::vector<double>> chart_values(const FileContext& context, NodeId table, const Exhibit& exhibit,
                                              NumberStyle style, const std::string& what) {
  const auto& rows = exhibit.table;
  if (rows.front().size() < 2) {
    context.report(Rule::malformed_exhibit, table,
                   fmt::format("the bar chart of {} needs a column of labels and at least one column of numbers", what),
                   "add a column of numbers, or leave out 'chart'");
    return {};
  }
  std::vector<std::vector<double>> values;
  for (size_t r = 1; r < rows.size(); ++r) {
    std::vector<double> row;
    for (size_t c = 1; c < rows[r].size(); ++c) {
      auto value = parse_local_number(rows[r][c], style);
      if (!value) {
        context.report(Rule::malformed_exhibit, context.document.child(table, static_cast<uint32_t>(r)),
                       fmt::format("cell '{}' (row {}, column {}) of {} is not a number, so the bar chart cannot "
                                   "draw it",
                                   rows[r][c], r + 1, c + 1, what),
                       fmt::format("a chart's cells after the first column are numbers as the bank's language "
                                   "writes them, such as {}",
                                   number_example(style)));
        return {};
      }
      row.push_back(*value);
    }
    values.push_back(std::move(row));
  }
  return values;
}

// The axis starts at axis_from (or 0) below every bar: a truncated axis is shown, never hidden.
// False when it does not (reported).
bool check_axis(const FileContext& context, const FieldReader& reader, const Exhibit& exhibit,
                const std::string& what) {
  double smallest = 0;
  bool first = true;
  for (const auto& row : exhibit.values) {
    for (double value : row) {
      smallest = first ? value : std::min(smallest, value);
      first = false;
    }
  }
  if (first) {
    return true;
  }
  if (exhibit.axis_from && *exhibit.axis_from >= smallest) {
    context.report(Rule::malformed_exhibit, *reader.find("axis_from"),
                   fmt::format("'axis_from' of {} is {:g}, but the chart's smallest value is {:g}: the axis must "
                               "start below every bar",
                               what, *exhibit.axis_from, smallest),
                   "start the axis below the smallest value, or leave out 'axis_from' to start it at 0");
    return false;
  }
  if (!exhibit.axis_from && smallest < 0) {
    context.report(Rule::malformed_exhibit, *reader.find("chart"),
                   fmt::format("the chart of {} has a value below 0 ({:g}), and its axis starts at 0", what, smallest),
                   "set 'axis_from' below the smallest value");
    return false;
  }
  return true;
}

}  // namespace

Exhibit load_exhibit(const FileContext& context, NodeId node, NumberStyle style) {
  FieldReader reader(context, node, "exhibit", kExhibitKeys);
  Exhibit exhibit;
  exhibit.pos = reader.pos();
  exhibit.id = reader.id("id", Need::required);
  const std::string& what = reader.what();
  exhibit.title = reader.text("title", Need::required).value;
  exhibit.text = reader.text("text", Need::optional).value;
  std::optional<NodeId> table = reader.sequence("table", Need::optional);
  if (table) {
    exhibit.table = load_table(context, *table, what);
  }
  if (!reader.find("text") && !reader.find("table")) {
    context.report(Rule::missing_field, exhibit.pos, fmt::format("{} has neither 'text' nor 'table'", what),
                   "write the material under 'text: |', or its figures under 'table:' (rows of cells)");
  }
  exhibit.bar_chart = reader.choice("chart", Need::optional, kChartNames).value_or(false);
  if (reader.find("axis_from")) {
    exhibit.axis_from = reader.number("axis_from", Need::optional, -1e15, 1e15);
  }
  if (exhibit.bar_chart && !reader.find("table")) {
    context.report(Rule::malformed_exhibit, *reader.find("chart"),
                   fmt::format("{} has 'chart: bar' but no table to draw", what),
                   "give the figures under 'table:', or leave out 'chart'");
  } else if (exhibit.bar_chart && !exhibit.table.empty()) {
    exhibit.values = chart_values(context, *table, exhibit, style, what);
    if (!check_axis(context, reader, exhibit, what)) {
      exhibit.values.clear();
    }
  }
  if (reader.find("axis_from") && !reader.find("chart")) {
    context.report(Rule::malformed_exhibit, *reader.find("axis_from"),
                   fmt::format("'axis_from' of {} is for a chart", what), "add 'chart: bar', or leave out 'axis_from'");
  }
  return exhibit;
}

}  // namespace hocvu
