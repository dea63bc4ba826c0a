// The report as one JSON document: every part, stable English keys, numbers as numbers (rounded
// as report_format.hpp says), null where there is no value, codes rather than labels.
#include "exam/write_exam.hpp"
#include "report/report_format.hpp"
#include "report/write_report.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json figures_json(const CoverageFigures& figures) {
  return {{"headcount", figures.headcount},
          {"assessed", figures.assessed},
          {"covered", figures.covered},
          {"coverage_percent", percent_json(figures.coverage_percent)},
          {"remaining", figures.remaining()},
          {"overdue", figures.overdue},
          {"trajectory_percent", percent_json(figures.trajectory_percent)},
          {"gap_points", percent_json(figures.gap_points)},
          {"needed_per_week", rate_json(figures.needed_per_week)},
          {"recent_per_week", rate_json(figures.recent_per_week)},
          {"projected_date", date_json(figures.projected)},
          {"status", status_code(figures.status)}};
}

// By competency id, in the framework's order; a competency measured in no one is null.
Json competencies_json(const ReportData& report, const std::vector<CompetencyShare>& shares) {
  Json list = Json::object();
  for (size_t i = 0; i < shares.size() && i < report.competencies.size(); ++i) {
    const CompetencyShare& share = shares[i];
    list[report.competencies[i].id] =
        share.measured == 0 ? Json(nullptr)
                            : Json{{"measured", share.measured},
                                   {"mastered", share.mastered},
                                   {"mastered_percent", percent_json(share.percent())}};
  }
  return list;
}

Json targets_json(const ReportData& report) {
  Json milestones = Json::array();
  for (const auto& milestone : report.milestones) {
    milestones.push_back({{"date", format_date(milestone.date)}, {"percent", percent_json(milestone.percent)}});
  }
  return {{"start", format_date(report.start)},
          {"milestones", milestones},
          {"grace_days", report.grace_days},
          {"validity_days", report.validity_days ? Json(*report.validity_days) : Json(nullptr)},
          {"pace_weeks", report.pace_weeks}};
}

Json units_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& unit : report.units) {
    list.push_back({{"id", unit.id},
                    {"name", unit.name},
                    {"kind", text_or_null(unit.kind)},
                    {"depth", unit.depth},
                    {"parent", text_or_null(unit.parent)},
                    {"figures", figures_json(unit.figures)},
                    {"competencies", competencies_json(report, unit.competencies)}});
  }
  return list;
}

Json roles_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& role : report.roles) {
    list.push_back({{"id", role.id},
                    {"name", role.name},
                    {"level", text_or_null(role.level)},
                    {"figures", figures_json(role.figures)},
                    {"competencies", competencies_json(report, role.competencies)}});
  }
  return list;
}

Json competency_list_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& competency : report.competencies) {
    list.push_back({{"id", competency.id}, {"title", competency.title}});
  }
  return list;
}

Json weeks_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& week : report.weeks) {
    list.push_back({{"week_end", format_date(week.date)},
                    {"covered", week.covered},
                    {"coverage_percent", percent_json(week.percent)},
                    {"trajectory_percent", percent_json(week.trajectory_percent)}});
  }
  return list;
}

Json uncovered_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& person : report.uncovered) {
    Json entry = {{"id", person.id}, {"name", report.people ? text_or_null(person.name) : Json(nullptr)}};
    entry.update({{"unit", person.unit},
                  {"role", text_or_null(person.role)},
                  {"assessed", person.assessed},
                  {"best_percent", percent_json(person.best_percent)},
                  {"due_date", format_date(person.due)},
                  {"overdue", person.overdue},
                  {"expired_date", date_json(person.expired)}});
    list.push_back(std::move(entry));
  }
  return list;
}

Json renewals_json(const ReportData& report) {
  if (!report.validity_days) {
    return nullptr;
  }
  Json people = Json::array();
  for (const auto& person : report.renewals) {
    Json entry = {{"id", person.id}, {"name", report.people ? text_or_null(person.name) : Json(nullptr)}};
    entry.update({{"unit", person.unit},
                  {"role", text_or_null(person.role)},
                  {"expires_date", format_date(person.expires)},
                  {"within_days", person.within}});
    people.push_back(std::move(entry));
  }
  return {{"within_30", report.renewals_30},
          {"within_60", report.renewals_60},
          {"within_90", report.renewals_90},
          {"people", people}};
}

Json problems_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& problem : report.problems) {
    list.push_back({{"code", problem_code(problem.code)},
                    {"file", text_or_null(problem.file)},
                    {"line", problem.line == 0 ? Json(nullptr) : Json(problem.line)},
                    {"column", problem.column == 0 ? Json(nullptr) : Json(problem.column)},
                    {"person", text_or_null(problem.person)},
                    {"message", problem.message}});
  }
  return list;
}

Json sources_json(const ReportData& report) {
  Json list = Json::array();
  for (const auto& source : report.sources) {
    list.push_back({{"kind", source.kind},
                    {"path", source.path},
                    {"sha256", source.sha256},
                    {"rows", source.rows},
                    {"used", source.used},
                    {"rejected", source.rejected}});
  }
  return list;
}

Json parameters_json(const ReportData& report) {
  Json parameters = Json::object();
  for (const auto& parameter : report.parameters) parameters[parameter.name] = parameter.value;
  return parameters;
}

}  // namespace

std::string report_json(const ReportData& report) {
  Json json = {{"title", report.title},
               {"hocvu_version", report.version},
               {"as_of", format_date(report.as_of)},
               {"lang", report.lang},
               {"people", report.people},
               {"targets", targets_json(report)},
               {"whole", figures_json(report.whole)},
               {"whole_competencies", competencies_json(report, report.whole_competencies)},
               {"units", units_json(report)},
               {"roles", roles_json(report)},
               {"competencies", competency_list_json(report)},
               {"weeks", weeks_json(report)},
               {"uncovered", uncovered_json(report)},
               {"renewals", renewals_json(report)},
               {"problems", problems_json(report)},
               {"sources", sources_json(report)},
               {"parameters", parameters_json(report)}};
  return dump_json(json);
}

}  // namespace hocvu
