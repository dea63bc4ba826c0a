// Tests of src/grade/load_key.cpp and read_manifest.cpp: an exam folder (key.csv + manifest.json)
// or a key.csv alone read into a GradingKey, and every way the two files can disagree.
#include "grade/load_key.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n/interface.hpp"
#include "io/hash.hpp"
#include "scratch_folder.hpp"

using hocvu::Diagnostics;
using hocvu::GradingKey;
using hocvu::kUnitsPerPoint;
using hocvu::LoadedKey;
using hocvu::QuestionType;
using hocvu::test::ScratchFolder;
using Json = nlohmann::ordered_json;

namespace {

const std::string kHeader = "form,position,question_id,type,answer,points,competency,level\n";

// Form 101 (rows out of order on purpose) and form 102.
const std::string kKey = kHeader +
                         "101,2,Q2,multiple,A;C,2,1.2,TC\n"
                         "101,1,Q1,single,B,1,1.10,CB\n"
                         "101,3,Q3,true_false,true,0.5,2.1,CB\n"
                         "102,1,Q4,single,A,1,1.10,NC\n";

Json item(const char* id, const char* type, double points, Json area, Json options) {
  return {{"position", 0}, {"question_id", id}, {"competency", "x"}, {"area", std::move(area)}, {"level", "CB"},
          {"type", type},  {"points", points},  {"difficulty", 0.25}, {"options", std::move(options)}};
}

// The manifest hocvu exam writes for kKey (forms listed in another order than key.csv's).
Json manifest() {
  Json form101 = {{"id", "101"},
                  {"items",
                   {item("Q1", "single", 1, "10", {"k1", "k2", "k3"}),
                    item("Q2", "multiple", 2, "2", {"a", "b", "c", "d", "e"}),
                    item("Q3", "true_false", 0.5, nullptr, Json::array())}}};
  Json form102 = {{"id", "102"}, {"items", {item("Q4", "single", 1, "10", {"x", "y"})}}};
  form102["items"][0]["difficulty"] = -1.5;
  return {{"tool", "hocvu exam"},
          {"blueprint", {{"id", "it-basic"}, {"title", "Basic"}}},
          {"role", "officer"},
          {"level", "CB"},
          {"time_limit", 45},
          {"pass", {{"percent", 60}, {"area_min_percent", 40.5}}},
          {"forms", {form102, form101}}};
}

struct Loaded {
  LoadedKey loaded;
  Diagnostics diagnostics;
};

Loaded load_folder(const std::string& key, const std::string& manifest_text) {
  ScratchFolder folder;
  folder.add("exam-7/key.csv", key);
  folder.add("exam-7/manifest.json", manifest_text);
  Loaded result;
  result.loaded = hocvu::load_exam_folder(folder.path("exam-7"), result.diagnostics);
  return result;
}

// The messages of `diagnostics`, each after its code.
std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> list;
  for (const auto& d : diagnostics) list.push_back(std::string(d.code()) + " " + d.message);
  return list;
}

// The one E702 message that loading kKey with `json` as its manifest gives.
std::string manifest_problem(const Json& json) {
  Loaded result = load_folder(kKey, json.dump());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].where.file.substr(result.diagnostics[0].where.file.rfind('/')) == "/manifest.json");
  CHECK(result.diagnostics[0].where.line == 0);
  return messages(result.diagnostics)[0];
}

std::vector<std::string> letters(size_t count) {
  std::vector<std::string> list;
  for (size_t i = 0; i < count; ++i) list.push_back(std::string(1, static_cast<char>('A' + i)));
  return list;
}

}  // namespace

TEST_CASE("load_exam_folder: forms by position, the manifest's rule, option keys and areas", "[grade]") {
  ScratchFolder folder;
  folder.add("exam-7/key.csv", kKey);
  folder.add("exam-7/manifest.json", manifest().dump(2));
  Diagnostics diagnostics;
  LoadedKey loaded = hocvu::load_exam_folder(folder.path("exam-7") + "/", diagnostics);
  CHECK(messages(diagnostics).empty());
  const GradingKey& key = loaded.key;
  CHECK(key.exam == "it-basic");
  CHECK(key.role == "officer");
  CHECK(key.level == "CB");
  CHECK(key.time_limit == 45);
  CHECK(key.pass.percent == 60);
  REQUIRE(key.pass.area_min_percent);
  CHECK(*key.pass.area_min_percent == 40.5);
  REQUIRE(key.forms.size() == 2);
  const auto& form = key.forms[0];
  CHECK(form.id == "101");
  CHECK(key.forms[1].id == "102");
  REQUIRE(form.items.size() == 3);
  CHECK(form.items[0].question_id == "Q1");
  CHECK(form.items[1].question_id == "Q2");
  CHECK(form.items[2].question_id == "Q3");
  CHECK(form.items[1].position == 2);
  CHECK(form.items[1].type == QuestionType::multiple);
  CHECK(form.items[1].points == 2 * kUnitsPerPoint);
  CHECK(form.items[2].points == kUnitsPerPoint / 2);
  CHECK(form.possible == 7 * kUnitsPerPoint / 2);
  CHECK(key.forms[1].possible == kUnitsPerPoint);
  CHECK(form.items[0].option_keys == std::vector<std::string>{"k1", "k2", "k3"});
  CHECK(form.items[1].option_keys == std::vector<std::string>{"a", "b", "c", "d", "e"});
  CHECK(form.items[2].option_keys.empty());
  CHECK(key.forms[1].items[0].option_keys == std::vector<std::string>{"x", "y"});
  CHECK(form.items[0].competency == "1.10");
  CHECK(form.items[0].level == "CB");
  CHECK(form.items[0].area == "10");
  CHECK(form.items[2].area.empty());  // "area": null
  CHECK(form.items[0].difficulty == 0.25);
  CHECK(key.forms[1].items[0].difficulty == -1.5);
  CHECK(key.competencies == std::vector<std::string>{"1.2", "1.10", "2.1"});
  CHECK(key.areas == std::vector<std::string>{"2", "10"});
  REQUIRE(loaded.files.size() == 2);
  CHECK(loaded.files[0].path == folder.path("exam-7") + "/key.csv");
  CHECK(loaded.files[0].sha256 == hocvu::sha256_hex(kKey));
  CHECK(loaded.files[1].path == folder.path("exam-7") + "/manifest.json");
  CHECK(loaded.files[1].sha256 == hocvu::sha256_hex(manifest().dump(2)));
}

TEST_CASE("load_exam_folder: no area minimum in the pass rule when the manifest has null", "[grade]") {
  Json json = manifest();
  json["pass"]["area_min_percent"] = nullptr;
  json["pass"]["percent"] = 70.25;
  Loaded result = load_folder(kKey, json.dump());
  CHECK(messages(result.diagnostics).empty());
  CHECK(result.loaded.key.pass.percent == 70.25);
  CHECK_FALSE(result.loaded.key.pass.area_min_percent);
}

TEST_CASE("load_key_file: letters for options, no areas, no pass rule, the file's name as exam", "[grade]") {
  ScratchFolder folder;
  std::string path = folder.add("keys/exam-7.csv", kHeader +
                                                       "A,1,Q1,single,b,1,1.10,CB\n"
                                                       "A,2,Q2,multiple,A;F,2,1.9,TC\n"
                                                       "A,3,Q3,true_false,false,1,1.2,CB\n"
                                                       "A,4,Q4,single,Z,1,1.2,CB\n"
                                                       "A,5,Q5,numeric,42:0.5,1,1.2,CB\n");
  Diagnostics diagnostics;
  LoadedKey loaded = hocvu::load_key_file(path, diagnostics);
  CHECK(messages(diagnostics).empty());
  const GradingKey& key = loaded.key;
  CHECK(key.exam == "exam-7");
  CHECK(key.role.empty());
  CHECK(key.level.empty());
  CHECK(key.time_limit == 0);
  CHECK(key.pass.percent == 0);
  CHECK_FALSE(key.pass.area_min_percent);
  REQUIRE(key.forms.size() == 1);
  const auto& items = key.forms[0].items;
  REQUIRE(items.size() == 5);
  CHECK(items[0].option_keys == letters(4));   // B: four options, A to D
  CHECK(items[1].option_keys == letters(6));   // F: six
  CHECK(items[2].option_keys.empty());         // true/false
  CHECK(items[3].option_keys == letters(26));  // Z: all 26
  CHECK(items[4].option_keys.empty());
  CHECK_FALSE(items[0].difficulty);
  CHECK(items[0].area.empty());
  CHECK(key.forms[0].possible == 6 * kUnitsPerPoint);
  CHECK(key.competencies == std::vector<std::string>{"1.2", "1.9", "1.10"});
  CHECK(key.areas.empty());
  REQUIRE(loaded.files.size() == 1);
  CHECK(loaded.files[0].sha256.size() == 64);
}

TEST_CASE("E701: a gap in a form's positions, and a key with no questions", "[grade]") {
  ScratchFolder folder;
  Diagnostics diagnostics;
  std::string gap = folder.add("gap.csv", kHeader +
                                              "101,1,Q1,single,B,1,1.1,CB\n"
                                              "102,1,Q2,single,B,1,1.1,CB\n"
                                              "101,3,Q3,single,B,1,1.1,CB\n");
  hocvu::load_key_file(gap, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(std::string(diagnostics[0].code()) == "E701");
  CHECK(diagnostics[0].where.file == gap);
  CHECK(diagnostics[0].where.line == 2);  // the form's first row
  CHECK(diagnostics[0].message == "form 101 has no question at position 2 (its positions must run 1 to 2)");

  Diagnostics empty_findings;
  std::string empty = folder.add("empty.csv", kHeader);
  LoadedKey loaded = hocvu::load_key_file(empty, empty_findings);
  CHECK(messages(empty_findings) ==
        std::vector<std::string>{"E701 the key has no questions: nothing can be graded against it"});
  CHECK(empty_findings[0].where.line == 1);
  CHECK(loaded.key.forms.empty());
}

TEST_CASE("E701 in Vietnamese: a gap in a form's positions, with its hint", "[grade][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  ScratchFolder folder;
  Diagnostics diagnostics;
  std::string gap = folder.add("gap.csv", kHeader +
                                              "101,1,Q1,single,B,1,1.1,CB\n"
                                              "101,3,Q3,single,B,1,1.1,CB\n");
  hocvu::load_key_file(gap, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "đề 101 không có câu hỏi ở vị trí 2 (các vị trí phải chạy liên tục từ 1 đến 2)");
  CHECK(diagnostics[0].hint == "hãy sửa đáp án, hoặc tạo lại kỳ thi bằng hocvu exam");
  CHECK(messages(load_folder(kKey, "[1, 2]").diagnostics) ==
        std::vector<std::string>{"E702 manifest.json không phải là một đối tượng JSON"});
}

TEST_CASE("E702: a manifest that is not JSON, or not an object", "[grade]") {
  CHECK(messages(load_folder(kKey, "{\"forms\": [").diagnostics) ==
        std::vector<std::string>{"E702 manifest.json is not a JSON object"});
  CHECK(messages(load_folder(kKey, "[1, 2]").diagnostics) ==
        std::vector<std::string>{"E702 manifest.json is not a JSON object"});
  CHECK(messages(load_folder(kKey, "").diagnostics) ==
        std::vector<std::string>{"E702 manifest.json is not a JSON object"});
}

TEST_CASE("E702: fields missing or of the wrong type", "[grade]") {
  Json json = manifest();
  json.erase("role");
  CHECK(manifest_problem(json) == "E702 manifest.json: 'role' is missing or not a text");
  json = manifest();
  json["time_limit"] = "45";
  CHECK(manifest_problem(json) == "E702 manifest.json: 'time_limit' is missing or not a whole number");
  json["time_limit"] = -5;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'time_limit' is missing or not a whole number");
  json["time_limit"] = 45.5;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'time_limit' is missing or not a whole number");
  json = manifest();
  json.erase("pass");
  CHECK(manifest_problem(json) == "E702 manifest.json: 'pass' is missing or not an object");
  json = manifest();
  json["pass"]["percent"] = nullptr;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'percent' is missing or not a number");
  json = manifest();
  json["pass"]["percent"] = 150;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'percent' is 150, not a percent from 0 to 100");
  json["pass"]["percent"] = -0.5;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'percent' is -0.5, not a percent from 0 to 100");
  json = manifest();
  json["pass"]["area_min_percent"] = 1e300;
  CHECK(manifest_problem(json) == "E702 manifest.json: 'area_min_percent' is 1e+300, not a percent from 0 to 100");
  json["pass"]["area_min_percent"] = "40";
  CHECK(manifest_problem(json) == "E702 manifest.json: 'area_min_percent' is not a number or null");
  json = manifest();
  json["blueprint"].erase("id");
  CHECK(manifest_problem(json) == "E702 manifest.json: 'id' is missing or not a text");
  json = manifest();
  json["forms"] = Json::object();
  CHECK(manifest_problem(json) == "E702 manifest.json: 'forms' is missing or not a list");
  json = manifest();
  json["forms"][1].erase("items");
  CHECK(manifest_problem(json) == "E702 manifest.json: 'items' is missing or not a list");
  json = manifest();
  json["forms"][1]["items"][0]["points"] = "1";
  CHECK(manifest_problem(json) == "E702 manifest.json: 'points' is missing or not a number");
  json = manifest();
  json["forms"][1]["items"][1] = 7;
  CHECK(manifest_problem(json) == "E702 form 101: item 2 of manifest.json is not an object");
}

TEST_CASE("E702: a form in one file and not the other", "[grade]") {
  Json json = manifest();
  json["forms"].erase(0);  // 102
  CHECK(manifest_problem(json) == "E702 key.csv has form 102, which manifest.json does not list");
  json = manifest();
  json["forms"].push_back({{"id", "103"}, {"items", Json::array()}});
  CHECK(manifest_problem(json) == "E702 manifest.json lists form 103, which key.csv does not have");
  json = manifest();
  json["forms"][1]["items"].erase(2);
  CHECK(manifest_problem(json) == "E702 form 101: manifest.json lists 2 questions, key.csv 3");
}

TEST_CASE("E702: a different question id, type or points at a position", "[grade]") {
  Json json = manifest();
  json["forms"][1]["items"][1]["question_id"] = "Q9";
  CHECK(manifest_problem(json) == "E702 form 101 position 2: manifest.json has Q9, key.csv Q2");
  json = manifest();
  json["forms"][1]["items"][0]["type"] = "multiple";
  CHECK(manifest_problem(json) == "E702 form 101 position 1 (Q1): manifest.json says type multiple, key.csv single");
  json = manifest();
  json["forms"][1]["items"][2]["points"] = 1;
  CHECK(manifest_problem(json) == "E702 form 101 position 3 (Q3): manifest.json gives 1 points, key.csv 0.5");
}

TEST_CASE("E702: options that are not texts, or too few for the key's answer", "[grade]") {
  Json json = manifest();
  json["forms"][1]["items"][1]["options"] = {"a", "b"};  // the key is A;C
  CHECK(manifest_problem(json) ==
        "E702 form 101 position 2 (Q2): manifest.json lists 2 options, too few for the key's answer");
  json["forms"][1]["items"][1]["options"] = {"a", "b", "c"};  // enough
  CHECK(messages(load_folder(kKey, json.dump()).diagnostics).empty());
  json = manifest();
  json["forms"][0]["items"][0]["options"] = {"x"};  // one option is never enough
  CHECK(manifest_problem(json) ==
        "E702 form 102 position 1 (Q4): manifest.json lists 1 options, too few for the key's answer");
  json = manifest();
  json["forms"][1]["items"][0]["options"] = {"k1", 2, "k3"};
  CHECK(manifest_problem(json) == "E702 form 101 position 1 (Q1): an option key in manifest.json is not a text");
  json["forms"][1]["items"][0]["options"] = {"k1", "", "k3"};
  CHECK(manifest_problem(json) == "E702 form 101 position 1 (Q1): an option key in manifest.json is not a text");
}

TEST_CASE("add_areas: each competency's area from the first framework that holds it", "[grade]") {
  ScratchFolder folder;
  std::string path = folder.add("k.csv", kHeader +
                                             "101,1,Q1,single,B,1,1.10,CB\n"
                                             "101,2,Q2,single,B,1,1.2,CB\n"
                                             "101,3,Q3,single,B,1,9.9,CB\n"
                                             "102,1,Q3,single,B,1,9.9,CB\n"
                                             "102,2,Q4,single,B,1,2.1,CB\n");
  Diagnostics diagnostics;
  LoadedKey loaded = hocvu::load_key_file(path, diagnostics);
  REQUIRE(diagnostics.empty());
  auto competency = [](const char* id) {
    hocvu::Competency c;
    c.id.value = id;
    return c;
  };
  auto area = [](const char* id, std::vector<hocvu::Competency> list) {
    hocvu::Area a;
    a.id.value = id;
    a.competencies = std::move(list);
    return a;
  };
  hocvu::Model model;
  model.frameworks.resize(2);
  model.frameworks[0].areas = {area("10", {competency("1.10"), competency("1.2")}), area("2", {competency("2.1")})};
  model.frameworks[1].areas = {area("7", {competency("1.2"), competency("2.1")})};
  std::vector<std::string> unknown = hocvu::add_areas(loaded.key, model);
  CHECK(unknown == std::vector<std::string>{"Q3"});
  const auto& forms = loaded.key.forms;
  CHECK(forms[0].items[0].area == "10");
  CHECK(forms[0].items[1].area == "10");
  CHECK(forms[0].items[2].area.empty());
  CHECK(forms[1].items[1].area == "2");
  CHECK(loaded.key.areas == std::vector<std::string>{"2", "10"});
}

TEST_CASE("load_exam_folder: a form's requirements from the manifest, and a malformed entry reported", "[grade]") {
  Json json = manifest();
  json["forms"][1]["requirements"] = {
      {{"competency", "1.2"}, {"level", "TC"}, {"above_baseline", true}, {"questions", 2}, {"at_level", 1}},
      {{"competency", "2.1"}, {"level", "CB"}, {"above_baseline", false}, {"questions", 1}, {"at_level", 1}},
      {{"competency", "9.9"}, {"level", "CB"}, {"questions", -1}}};
  Loaded loaded = load_folder(kKey, json.dump());
  CHECK(messages(loaded.diagnostics) ==
        std::vector<std::string>{"E702 form 101: an entry of 'requirements' in manifest.json lacks competency, questions, "
                                 "at_level or above_baseline"});
  const auto& requirements = loaded.loaded.key.forms[0].requirements;
  REQUIRE(requirements.size() == 2);
  CHECK(requirements[0].competency == "1.2");
  CHECK(requirements[0].level == "TC");
  CHECK(requirements[0].above_baseline);
  CHECK(requirements[0].questions == 2);
  CHECK(requirements[0].at_level == 1);
  CHECK_FALSE(requirements[1].above_baseline);
  CHECK(loaded.loaded.key.forms[1].requirements.empty());  // a manifest without them: nothing to say
}
