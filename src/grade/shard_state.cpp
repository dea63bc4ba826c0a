#include "grade/shard_state.hpp"

#include <nlohmann/json.hpp>

#include "exam/write_exam.hpp"
#include "hocvu/version.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

const char* policy_name(DuplicatePolicy policy) {
  switch (policy) {
    case DuplicatePolicy::flag: return "flag";
    case DuplicatePolicy::reject: return "reject";
    case DuplicatePolicy::allow: return "allow";
  }
  return "flag";
}

}  // namespace

Json shard_settings(const GradeRequest& request) {
  Json options = Json::array();
  for (const auto& [name, value] : request.options) options.push_back({name, value});
  const ItemThresholds& t = request.thresholds;
  return {{"exam", request.exam_folder},
          {"key", request.key_file},
          {"pass_percent", request.pass_percent ? Json(*request.pass_percent) : Json(nullptr)},
          {"data", request.data},
          {"corrections", request.corrections_file},
          {"negative", request.rules.negative},
          {"partial", partial_rule_name(request.rules.partial)},
          {"mastery", request.mastery.share},
          {"mastery_min_items", request.mastery.min_items},
          {"duplicates", policy_name(request.duplicates)},
          {"thresholds",
           {{"too_hard", t.too_hard}, {"too_easy", t.too_easy}, {"weak_discrimination", t.weak_discrimination},
            {"low_efficiency", t.low_efficiency}, {"nonfunctioning", t.nonfunctioning}}},
          {"options", std::move(options)}};
}

GradeRequest request_from_settings(const Json& settings) {
  GradeRequest request;
  request.exam_folder = settings.at("exam").get<std::string>();
  request.key_file = settings.at("key").get<std::string>();
  if (settings.at("pass_percent").is_number()) request.pass_percent = settings.at("pass_percent").get<double>();
  request.data = settings.at("data").get<std::vector<std::string>>();
  request.corrections_file = settings.at("corrections").get<std::string>();
  request.rules.negative = settings.at("negative").get<double>();
  request.rules.partial = parse_partial_rule(settings.at("partial").get<std::string>()).value_or(PartialRule::false2);
  request.mastery.share = settings.at("mastery").get<double>();
  request.mastery.min_items = settings.at("mastery_min_items").get<uint32_t>();
  std::string policy = settings.at("duplicates").get<std::string>();
  request.duplicates = policy == "reject" ? DuplicatePolicy::reject
                       : policy == "allow" ? DuplicatePolicy::allow : DuplicatePolicy::flag;
  const Json& t = settings.at("thresholds");
  request.thresholds = ItemThresholds{t.at("too_hard").get<double>(), t.at("too_easy").get<double>(),
                                      t.at("weak_discrimination").get<double>(), t.at("low_efficiency").get<double>(),
                                      t.at("nonfunctioning").get<double>()};
  for (const auto& option : settings.at("options")) {
    request.options.emplace_back(option.at(0).get<std::string>(), option.at(1).get<std::string>());
  }
  return request;
}

void write_shard_state(OutputFolder& out, const GradeRequest& request, const LoadedKey& key,
                       const std::string& corrections_sha256, const GradeReport& report, const GradeTally& tally) {
  Json files = Json::array();
  for (const auto& file : key.files) files.push_back({{"path", file.path}, {"sha256", file.sha256}});
  Json inputs = Json::array();
  for (const auto& input : report.inputs) {
    inputs.push_back({{"path", input.path}, {"sha256", input.sha256}, {"format", input.format},
                      {"rows", input.rows}, {"graded", input.graded}, {"rejected", input.rejected}});
  }
  Json rejected_by_code = Json::object();
  for (const auto& [code, rows] : report.rejected_by_code) rejected_by_code[code] = rows;
  Json state = {{"format", "hocvu grade shard"},
                {"version", kVersion},
                {"settings", shard_settings(request)},
                {"key_files", std::move(files)},
                {"corrections_sha256", corrections_sha256},
                {"inputs", std::move(inputs)},
                {"rows_read", report.rows_read},
                {"graded", report.graded},
                {"rejected", report.rejected},
                {"rejected_by_code", std::move(rejected_by_code)}};
  out.write("shard.json", dump_json(state));
  out.write("tally.json", tally.serialize());
}

}  // namespace hocvu
