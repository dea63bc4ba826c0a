// The report as one JSON document: every part, stable English keys, numbers as numbers (rounded
// as report_format.hpp says), null where there is no value, codes rather than labels. Laid out
// as dump_json lays out any document (two-space indent), but the lists of people and problems,
// which can hold a million entries, are written entry by entry: a whole nlohmann tree of them
// took 1.5 GB for 700,000 people.
#include "exam/write_exam.hpp"
#include "text/escape.hpp"
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

Json uncovered_entry(const ReportData& report, const UncoveredPerson& person) {
  return {{"id", person.id},
          {"name", report.people ? text_or_null(person.name) : Json(nullptr)},
          {"unit", person.unit},
          {"role", text_or_null(person.role)},
          {"assessed", person.assessed},
          {"best_percent", percent_json(person.best_percent)},
          {"due_date", format_date(person.due)},
          {"overdue", person.overdue},
          {"expired_date", date_json(person.expired)}};
}

Json renewal_entry(const ReportData& report, const RenewalPerson& person) {
  return {{"id", person.id},
          {"name", report.people ? text_or_null(person.name) : Json(nullptr)},
          {"unit", person.unit},
          {"role", text_or_null(person.role)},
          {"expires_date", format_date(person.expires)},
          {"within_days", person.within}};
}

Json problem_entry(const DataProblem& problem) {
  return {{"code", problem_code(problem.code)},
          {"file", text_or_null(problem.file)},
          {"line", problem.line == 0 ? Json(nullptr) : Json(problem.line)},
          {"column", problem.column == 0 ? Json(nullptr) : Json(problem.column)},
          {"person", text_or_null(problem.person)},
          {"message", problem.message}};
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

// `json` as dump_json writes it (DEL, C1 and bidi controls escaped, which nlohmann writes raw),
// its lines indented for `depth` levels of nesting.
std::string value_text(const Json& json, int depth) {
  std::string text = escape_unprintable(json.dump(2, ' ', false, Json::error_handler_t::replace), EscapeNotation::json);
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

// An array at `depth`, its `count` entries made one at a time by `entry(i)`.
template <typename Entry>
std::string array_text(size_t count, int depth, Entry entry) {
  if (count == 0) {
    return "[]";
  }
  std::string indent(static_cast<size_t>(depth + 1) * 2, ' ');
  std::string text = "[\n";
  for (size_t i = 0; i < count; ++i) {
    text += indent;
    text += value_text(entry(i), depth + 1);
    text += i + 1 < count ? ",\n" : "\n";
  }
  return text + std::string(static_cast<size_t>(depth) * 2, ' ') + "]";
}

using Members = std::vector<std::pair<const char*, std::string>>;

// An object at `depth` whose member values are already written at depth + 1.
std::string object_text(const Members& members, int depth) {
  std::string indent(static_cast<size_t>(depth + 1) * 2, ' ');
  std::string text = "{\n";
  for (size_t i = 0; i < members.size(); ++i) {
    text += indent + Json(members[i].first).dump() + ": ";
    text += members[i].second;  // appended, never copied into a temporary: it can be 100 MB
    text += i + 1 < members.size() ? ",\n" : "\n";
  }
  return text + std::string(static_cast<size_t>(depth) * 2, ' ') + "}";
}

std::string renewals_text(const ReportData& report) {
  if (!report.validity_days) {
    return "null";
  }
  return object_text({{"within_30", std::to_string(report.renewals_30)},
                      {"within_60", std::to_string(report.renewals_60)},
                      {"within_90", std::to_string(report.renewals_90)},
                      {"people", array_text(report.renewals.size(), 2,
                                            [&report](size_t i) { return renewal_entry(report, report.renewals[i]); })}},
                     1);
}

}  // namespace

std::string report_json(const ReportData& report) {
  Members members;
  members.reserve(20);
  for (auto& [key, value] : std::initializer_list<std::pair<const char*, Json>>{
           {"title", report.title},
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
           {"weeks", weeks_json(report)}}) {
    members.emplace_back(key, value_text(value, 1));
  }
  // The long lists, moved in rather than copied.
  members.emplace_back("uncovered", array_text(report.uncovered.size(), 1, [&report](size_t i) {
                         return uncovered_entry(report, report.uncovered[i]);
                       }));
  members.emplace_back("renewals", renewals_text(report));
  members.emplace_back("problems", array_text(report.problems.size(), 1,
                                              [&report](size_t i) { return problem_entry(report.problems[i]); }));
  members.emplace_back("sources", value_text(sources_json(report), 1));
  members.emplace_back("parameters", value_text(parameters_json(report), 1));
  std::string text = object_text(members, 0);
  text += '\n';
  return text;
}

}  // namespace hocvu
