// An exhibit of a bank (`exhibits:`): material several questions refer to. Its table is bounded
// (hostile input: a million rows is reported, never kept) and, for a chart, read as numbers in
// the bank's language (text/local_number.hpp).
#include <fmt/format.h>

#include <algorithm>

#include "i18n/interface.hpp"
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
    context.report(Rule::wrong_type, row, ui_format("load.exhibit.row_not_list", fmt::arg("row", index + 1), fmt::arg("what", what)),
                   ui_format("load.exhibit.row_not_list_hint"));
    return std::nullopt;
  }
  std::vector<std::string> cells;
  for (uint32_t c = 0; c < doc.child_count(row); ++c) {
    NodeId cell = doc.child(row, c);
    if (doc.node(cell).kind != NodeKind::scalar) {
      context.report(Rule::wrong_type, cell,
                     ui_format("load.exhibit.cell_not_single", fmt::arg("cell", c + 1), fmt::arg("row", index + 1),
                               fmt::arg("what", what)));
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
                   ui_plural("load.exhibit.too_few_rows", rows, fmt::arg("what", what)),
                   std::string(ui_text("load.exhibit.too_few_rows_hint")));
    return {};
  }
  if (rows > kMaxExhibitRows) {
    context.report(Rule::malformed_exhibit, table,
                   ui_format("load.exhibit.too_many_rows", fmt::arg("what", what), fmt::arg("rows", rows),
                             fmt::arg("limit", kMaxExhibitRows)),
                   std::string(ui_text("load.exhibit.too_many_rows_hint")));
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
                     ui_format("load.exhibit.too_many_columns", fmt::arg("what", what), fmt::arg("columns", cells->size()),
                               fmt::arg("limit", kMaxExhibitColumns)),
                     std::string(ui_text("load.exhibit.too_many_columns_hint")));
      return {};
    }
    if (r > 0 && !read.empty() && cells->size() != read.front().size()) {
      context.report(Rule::malformed_exhibit, row,
                     ui_plural("load.exhibit.row_width", cells->size(), fmt::arg("row", r + 1), fmt::arg("what", what),
                               fmt::arg("header", read.front().size())),
                     std::string(ui_text("load.exhibit.row_width_hint")));
      whole = false;
    }
    read.push_back(std::move(*cells));
  }
  return whole && !read.empty() ? read : std::vector<std::vector<std::string>>{};
}

std::string_view number_example(NumberStyle style) {
  return ui_text(style == NumberStyle::decimal_comma ? "load.exhibit.number_example_comma"
                                                     : "load.exhibit.number_example_point");
}

// The chart's numbers (see Exhibit::values), or nothing when a cell is not a number (reported).
std::vector<std::vector<double>> chart_values(const FileContext& context, NodeId table, const Exhibit& exhibit,
                                              NumberStyle style, const std::string& what) {
  const auto& rows = exhibit.table;
  if (rows.front().size() < 2) {
    context.report(Rule::malformed_exhibit, table,
                   ui_format("load.exhibit.chart_needs_numbers", fmt::arg("what", what)),
                   std::string(ui_text("load.exhibit.chart_needs_numbers_hint")));
    return {};
  }
  std::vector<std::vector<double>> values;
  for (size_t r = 1; r < rows.size(); ++r) {
    std::vector<double> row;
    for (size_t c = 1; c < rows[r].size(); ++c) {
      auto value = parse_local_number(rows[r][c], style);
      if (!value) {
        context.report(Rule::malformed_exhibit, context.document.child(table, static_cast<uint32_t>(r)),
                       ui_format("load.exhibit.cell_not_number", fmt::arg("text", rows[r][c]), fmt::arg("row", r + 1),
                                 fmt::arg("column", c + 1), fmt::arg("what", what)),
                       ui_format("load.exhibit.cell_not_number_hint", fmt::arg("example", number_example(style))));
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
                   ui_format("load.exhibit.axis_above_values", fmt::arg("what", what),
                             fmt::arg("axis", fmt::format("{:g}", *exhibit.axis_from)),
                             fmt::arg("smallest", fmt::format("{:g}", smallest))),
                   std::string(ui_text("load.exhibit.axis_above_values_hint")));
    return false;
  }
  if (!exhibit.axis_from && smallest < 0) {
    context.report(Rule::malformed_exhibit, *reader.find("chart"),
                   ui_format("load.exhibit.negative_value", fmt::arg("what", what),
                             fmt::arg("smallest", fmt::format("{:g}", smallest))),
                   std::string(ui_text("load.exhibit.negative_value_hint")));
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
    context.report(Rule::missing_field, exhibit.pos, ui_format("load.exhibit.no_content", fmt::arg("what", what)),
                   std::string(ui_text("load.exhibit.no_content_hint")));
  }
  exhibit.bar_chart = reader.choice("chart", Need::optional, kChartNames).value_or(false);
  if (reader.find("axis_from")) {
    exhibit.axis_from = reader.number("axis_from", Need::optional, -1e15, 1e15);
  }
  if (exhibit.bar_chart && !reader.find("table")) {
    context.report(Rule::malformed_exhibit, *reader.find("chart"),
                   ui_format("load.exhibit.chart_without_table", fmt::arg("what", what)),
                   std::string(ui_text("load.exhibit.chart_without_table_hint")));
  } else if (exhibit.bar_chart && !exhibit.table.empty()) {
    exhibit.values = chart_values(context, *table, exhibit, style, what);
    if (!check_axis(context, reader, exhibit, what)) {
      exhibit.values.clear();
    }
  }
  if (reader.find("axis_from") && !reader.find("chart")) {
    context.report(Rule::malformed_exhibit, *reader.find("axis_from"),
                   ui_format("load.exhibit.axis_without_chart", fmt::arg("what", what)),
                   std::string(ui_text("load.exhibit.axis_without_chart_hint")));
  }
  return exhibit;
}

}  // namespace hocvu
