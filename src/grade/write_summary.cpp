// summary.json: the accounting of a grading run (inputs with their SHA-256, rows read, graded and
// rejected), the corrections and options used, and the test statistics per form and overall.
// Deterministic: no clock, no host; numbers rounded as report_numbers.hpp says.
#include <nlohmann/json.hpp>

#include "exam/write_exam.hpp"
#include "grade/grade_report.hpp"
#include "grade/report_numbers.hpp"
#include "hocvu/version.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json statistic(const std::optional<double>& value) { return rounded_json(value, kStatisticDecimals); }

const char* correction_kind_name(CorrectionKind kind) {
  switch (kind) {
    case CorrectionKind::drop: return "drop";
    case CorrectionKind::credit_all: return "credit_all";
    case CorrectionKind::accept: return "accept";
    case CorrectionKind::rekey: return "rekey";
  }
  return "unknown";
}

// The key's own files (key.csv, manifest.json, the corrections) with their SHA-256, so a result
// names exactly what it was graded against.
Json files_json(const std::vector<InputFile>& files) {
  Json list = Json::array();
  for (const auto& file : files) list.push_back({{"path", file.path}, {"sha256", file.sha256}});
  return list;
}

Json exam_json(const GradeReport& report) {
  const GradingKey* key = report.key;
  return {{"id", key != nullptr ? text_or_null(key->exam) : Json(nullptr)},
          {"role", key != nullptr ? text_or_null(key->role) : Json(nullptr)},
          {"level", key != nullptr ? text_or_null(key->level) : Json(nullptr)},
          {"source", report.key_source},
          {"files", files_json(report.exam_files)}};
}

Json options_json(const GradeReport& report) {
  Json options = Json::object();
  for (const auto& [name, value] : report.options) {
    options[name] = value;
  }
  return options;
}

Json thresholds_json(const ItemThresholds& thresholds) {
  return {{"too_hard", statistic(thresholds.too_hard)},
          {"too_easy", statistic(thresholds.too_easy)},
          {"weak_discrimination", statistic(thresholds.weak_discrimination)},
          {"low_efficiency", statistic(thresholds.low_efficiency)},
          {"nonfunctioning", statistic(thresholds.nonfunctioning)}};
}

Json inputs_json(const GradeReport& report) {
  Json inputs = Json::array();
  for (const auto& input : report.inputs) {
    inputs.push_back({{"path", input.path},
                      {"sha256", input.sha256},
                      {"format", input.format},
                      {"rows", input.rows},
                      {"graded", input.graded},
                      {"rejected", input.rejected}});
  }
  return inputs;
}

Json corrections_json(const GradeReport& report) {
  Json corrections = Json::array();
  for (const auto& applied : report.corrections) {
    const Correction& correction = applied.correction;
    corrections.push_back({{"question_id", correction.question_id},
                           {"kind", correction_kind_name(correction.kind)},
                           {"options", correction.options},
                           {"forms", applied.forms},
                           {"line", correction.line}});
  }
  return corrections;
}

Json histogram_json(const std::vector<HistogramBin>& histogram) {
  Json bins = Json::array();
  for (const auto& bin : histogram) {
    bins.push_back({{"from", statistic(bin.from_percent)}, {"to", statistic(bin.to_percent)}, {"count", bin.count}});
  }
  return bins;
}

// The members of a score summary, appended to `json` (a form's object starts with its own).
void add_summary(Json& json, const ScoreSummary& summary) {
  json["n"] = summary.n;
  json["mean"] = statistic(summary.mean);
  json["sd"] = statistic(summary.sd);
  json["min"] = statistic(summary.min);
  json["max"] = statistic(summary.max);
  json["median"] = statistic(summary.median);
  json["skewness"] = statistic(summary.skewness);
  json["kurtosis"] = statistic(summary.kurtosis);
  json["alpha"] = statistic(summary.alpha);
  json["sem"] = statistic(summary.sem);
  json["passed"] = summary.passed;
  json["pass_rate"] = statistic(summary.pass_rate);
  json["histogram"] = histogram_json(summary.histogram);
}

// The role's requirements above its baseline that the form measures, and those it does not (fewer
// questions at the required level than mastery needs), from the manifest; absent without one.
void add_requirements(Json& json, const KeyForm* form, uint32_t min_items) {
  if (form == nullptr || form->requirements.empty()) {
    return;
  }
  Json measured = Json::array();
  Json not_measured = Json::array();
  for (const auto& requirement : form->requirements) {
    if (!requirement.above_baseline) {
      continue;
    }
    Json entry = {{"competency", requirement.competency},
                  {"level", requirement.level},
                  {"questions", requirement.at_level}};
    (requirement.at_level >= min_items ? measured : not_measured).push_back(std::move(entry));
  }
  json["requirements_measured"] = std::move(measured);
  json["requirements_not_measured"] = std::move(not_measured);
}

Json forms_json(const GradeStatistics& statistics, const GradeReport& report) {
  Json forms = Json::array();
  for (const auto& form : statistics.forms) {
    Json json = {{"form", form.form}, {"items", form.items}, {"possible", statistic(form.summary.possible)}};
    add_summary(json, form.summary);
    add_requirements(json, report.key != nullptr ? report.key->find_form(form.form) : nullptr,
                     report.mastery_min_items);
    forms.push_back(std::move(json));
  }
  return forms;
}

Json competencies_json(const GradeStatistics& statistics) {
  Json competencies = Json::array();
  for (const auto& competency : statistics.competencies) {
    competencies.push_back({{"id", competency.competency},
                            {"measured", competency.measured},
                            {"mastered", competency.mastered},
                            {"mastery_rate", statistic(share_of(competency.mastered, competency.measured))}});
  }
  return competencies;
}

Json rejected_by_code_json(const GradeReport& report) {
  Json codes = Json::object();
  for (const auto& [code, rows] : report.rejected_by_code) {
    codes[code] = rows;
  }
  return codes;
}

}  // namespace

std::string render_summary_json(const GradeStatistics& statistics, const GradeReport& report) {
  Json overall = Json::object();
  add_summary(overall, statistics.overall);
  Json json = {{"tool", "hocvu grade"},
               {"version", kVersion},
               {"exam", exam_json(report)},
               {"options", options_json(report)},
               {"thresholds", thresholds_json(report.thresholds)},
               {"inputs", inputs_json(report)},
               {"rows_read", report.rows_read},
               {"graded", report.graded},
               {"rejected", report.rejected},
               {"rejected_by_code", rejected_by_code_json(report)},
               {"duplicate_attempts", report.duplicate_attempts},
               {"corrections", corrections_json(report)},
               {"overall", std::move(overall)},
               {"forms", forms_json(statistics, report)},
               {"competencies", competencies_json(statistics)}};
  return dump_json(json);
}

}  // namespace hocvu
