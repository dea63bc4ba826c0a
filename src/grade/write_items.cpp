// items.csv and distractors.csv: one row per question id, and one per question and option.
// Numbers as report_numbers.hpp writes them; every text cell through csv_field; LF line ends.
#include <string>
#include <vector>

#include "grade/grade_report.hpp"
#include "grade/report_numbers.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

// Cells joined into one CSV line (each already a CSV field).
std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    line += (i == 0 ? "" : ",") + cells[i];
  }
  return line + "\n";
}

std::string joined(const std::vector<std::string>& parts, char separator) {
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    text += (i == 0 ? std::string() : std::string(1, separator)) + parts[i];
  }
  return text;
}

std::string flag_names(const std::vector<ItemFlag>& flags) {
  std::vector<std::string> names;
  for (ItemFlag flag : flags) {
    names.emplace_back(item_flag_name(flag));
  }
  return joined(names, ';');
}

std::string statistic(const std::optional<double>& value) { return fixed_decimal(value, kStatisticDecimals); }

// A dropped item keeps its identity; its statistics and counts are empty, its flag "dropped".
std::string item_line(const ItemStatistics& item) {
  std::vector<std::string> cells = {csv_field(item.question_id), csv_field(item.competency),
                                    csv_field(item.level), csv_field(joined(item.forms, ';'))};
  if (item.dropped) {
    cells.resize(cells.size() + 9);
    cells.push_back("dropped");
    return csv_line(cells);
  }
  for (const std::string& cell :
       {std::to_string(item.n), std::to_string(item.omitted), statistic(item.facility), statistic(item.sd),
        statistic(item.item_total_r), statistic(item.item_rest_r), statistic(item.upper_lower_d),
        statistic(item.discriminative_efficiency), statistic(item.alpha_if_deleted),
        csv_field(flag_names(item.flags))}) {
    cells.push_back(cell);
  }
  return csv_line(cells);
}

std::string distractor_line(const DistractorStatistics& option) {
  return csv_line({csv_field(option.question_id), csv_field(option.option), option.key ? "true" : "false",
                   std::to_string(option.chosen), statistic(option.share),
                   fixed_decimal(option.mean_total_percent, kPercentDecimals), statistic(option.point_biserial),
                   option.nonfunctioning ? "nonfunctioning" : ""});
}

}  // namespace

std::string render_items_csv(const GradeStatistics& statistics) {
  std::string text =
      "question_id,competency,level,forms,n,omitted,facility,sd,item_total_r,item_rest_r,upper_lower_d,"
      "discriminative_efficiency,alpha_if_deleted,flags\n";
  for (const auto& item : statistics.items) {
    text += item_line(item);
  }
  return text;
}

std::string render_distractors_csv(const GradeStatistics& statistics) {
  std::string text = "question_id,option,key,chosen,share,mean_total_percent,point_biserial,flags\n";
  for (const auto& option : statistics.distractors) {
    text += distractor_line(option);
  }
  return text;
}

}  // namespace hocvu
