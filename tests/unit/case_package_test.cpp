#include <catch2/catch.hpp>

#include <string>

#include "credential/uuid.hpp"
#include "export/case_package.hpp"
#include "io/error.hpp"
#include "load_document_support.hpp"

using namespace hocvu;

namespace {

// Two levels, two areas, three competencies (1.2 has no TC outcome); "Khai thác" in the title
// written decomposed (a + combining acute accent) to check the export's NFC.
const char* const kFramework = R"(framework:
  id: kns-nho
  version: "0.1"
  title: "Khung\nthu nhỏ"
  language: vi
  description: Khung nhỏ.
levels:
  - id: CB
    name: Cơ bản
  - id: TC
    name: Trung cấp
areas:
  - id: "1"
    title: "Khai tha\u0301c thông tin"
    description: Tìm và đánh giá.
    competencies:
      - id: "1.1"
        title: Tìm kiếm
        description: Tìm văn bản.
        outcomes:
          - {id: 1.1-CB-1, level: CB, kind: knowledge, text: Nêu được nguồn.}
          - {id: 1.1-TC-1, level: TC, kind: skill, text: Dùng được cú pháp.}
      - id: "1.2"
        title: Đánh giá
        description: Độ tin cậy.
        outcomes:
          - {id: 1.2-CB-1, level: CB, kind: attitude, text: Có ý thức kiểm chứng.}
  - id: "2"
    title: An toàn số
    competencies:
      - id: "2.1"
        title: Bảo vệ dữ liệu
        description: Dữ liệu cá nhân.
        outcomes:
          - {id: 2.1-CB-1, level: CB, kind: skill, text: Đặt được mật khẩu mạnh.}
roles: []
)";

Framework small_framework() {
  load_support::Loaded loaded = load_support::load(kFramework, "kns-nho.yaml");
  for (const std::string& line : load_support::describe(loaded.diagnostics)) UNSCOPED_INFO(line);
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.document.framework);
  return *loaded.document.framework;
}

CaseOptions fixed_options() {
  CaseOptions options;
  options.timestamp = "2026-01-15T00:00:00+00:00";
  return options;
}

std::string id_of(const std::string& name) {
  return uuid_text(uuid_v5(hocvu_namespace(), name));
}

const CaseJson& item_coded(const CaseJson& package, const std::string& code) {
  for (const CaseJson& item : package["CFItems"]) {
    if (item["humanCodingScheme"] == code) return item;
  }
  FAIL("no item " << code);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("case export: the document, with the options' timestamp and creator", "[case_package]") {
  CaseOptions options = fixed_options();
  options.creator = "Văn phòng\tQuốc hội";
  CaseJson package = build_case_package(small_framework(), options);
  const CaseJson& document = package["CFDocument"];
  CHECK(document["identifier"] == id_of("kns-nho/document/kns-nho"));
  CHECK(document["uri"] == "urn:uuid:" + id_of("kns-nho/document/kns-nho"));
  CHECK(document["lastChangeDateTime"] == "2026-01-15T00:00:00+00:00");
  CHECK(document["caseVersion"] == "1.1");
  CHECK(document["creator"] == "Văn phòng Quốc hội");  // a NormalizedString: the tab is a space
  CHECK(document["title"] == "Khung thu nhỏ");
  CHECK(document["description"] == "Khung nhỏ.");
  CHECK(document["language"] == "vi");
  CHECK(document["version"] == "0.1");
}

TEST_CASE("case export: one item per area, competency and outcome, in the framework's order", "[case_package]") {
  CaseJson package = build_case_package(small_framework(), fixed_options());
  std::vector<std::string> codes;
  for (const CaseJson& item : package["CFItems"]) codes.push_back(item["humanCodingScheme"]);
  CHECK(codes == std::vector<std::string>{"1", "1.1", "1.1-CB-1", "1.1-TC-1", "1.2", "1.2-CB-1", "2", "2.1",
                                          "2.1-CB-1"});
  const CaseJson& area = item_coded(package, "1");
  CHECK(area["identifier"] == id_of("kns-nho/area/1"));
  CHECK(area["fullStatement"] == "Khai thác thông tin");  // composed (NFC)
  CHECK(area["fullStatement"].get<std::string>().size() == std::string("Khai thác thông tin").size());
  CHECK(area["CFItemType"] == "Miền năng lực");
  CHECK(area["CFItemTypeURI"]["identifier"] == id_of("kns-nho/item-type/area"));
  CHECK(area["notes"] == "Tìm và đánh giá.");
  CHECK(area["language"] == "vi");
  CHECK_FALSE(item_coded(package, "2").contains("notes"));  // no description, no notes
  const CaseJson& outcome = item_coded(package, "1.1-TC-1");
  CHECK(outcome["identifier"] == id_of("kns-nho/outcome/1.1-TC-1"));
  CHECK(outcome["fullStatement"] == "Dùng được cú pháp.");
  CHECK(outcome["CFItemType"] == "Yêu cầu cần đạt");
  CHECK(outcome["notes"] == "Trình độ: Trung cấp (TC). Loại: kỹ năng.");
  CHECK(item_coded(package, "1.2-CB-1")["notes"] == "Trình độ: Cơ bản (CB). Loại: thái độ.");
  CHECK(item_coded(package, "1.1")["CFItemType"] == "Năng lực thành phần");
}

TEST_CASE("case export: every item is a child of its parent, areas of the document", "[case_package]") {
  CaseJson package = build_case_package(small_framework(), fixed_options());
  const CaseJson& associations = package["CFAssociations"];
  REQUIRE(associations.size() == package["CFItems"].size());
  const CaseJson& first = associations[0];  // area 1 → the document
  CHECK(first["identifier"] == id_of("kns-nho/isChildOf/area/1"));
  CHECK(first["associationType"] == "isChildOf");
  CHECK(first["sequenceNumber"] == 1);
  CHECK(first["originNodeURI"] == CaseJson{{"title", "Khai thác thông tin"},
                                           {"identifier", id_of("kns-nho/area/1")},
                                           {"uri", "urn:uuid:" + id_of("kns-nho/area/1")}});
  CHECK(first["destinationNodeURI"]["identifier"] == id_of("kns-nho/document/kns-nho"));
  CHECK(first["destinationNodeURI"]["title"] == "Khung thu nhỏ");
  const CaseJson& last = associations.back();  // 2.1-CB-1 → 2.1, the first outcome of 2.1
  CHECK(last["originNodeURI"]["identifier"] == id_of("kns-nho/outcome/2.1-CB-1"));
  CHECK(last["destinationNodeURI"]["identifier"] == id_of("kns-nho/competency/2.1"));
  CHECK(last["sequenceNumber"] == 1);
  CHECK(associations[4]["originNodeURI"]["identifier"] == id_of("kns-nho/competency/1.2"));
  CHECK(associations[4]["sequenceNumber"] == 2);  // the second competency of area 1
  CHECK(associations[6]["sequenceNumber"] == 2);  // area 2, the second child of the document
}

TEST_CASE("case export: the item types", "[case_package]") {
  CaseJson package = build_case_package(small_framework(), fixed_options());
  const CaseJson& types = package["CFDefinitions"]["CFItemTypes"];
  REQUIRE(types.size() == 3);
  CHECK(types[0]["identifier"] == id_of("kns-nho/item-type/area"));
  CHECK(types[0]["title"] == "Miền năng lực");
  CHECK(types[0]["hierarchyCode"] == "1");
  CHECK(types[0]["typeCode"] == "area");
  CHECK(types[2]["title"] == "Yêu cầu cần đạt");
  CHECK(types[2]["hierarchyCode"] == "3");
  CHECK_FALSE(types[1]["description"].get<std::string>().empty());
}

TEST_CASE("case export: the levels as a rubric, a criterion per competency", "[case_package]") {
  CaseJson package = build_case_package(small_framework(), fixed_options());
  REQUIRE(package["CFRubrics"].size() == 1);
  const CaseJson& rubric = package["CFRubrics"][0];
  std::string rubric_id = id_of("kns-nho/rubric/levels");
  CHECK(rubric["identifier"] == rubric_id);
  CHECK(rubric["title"] == "Trình độ — Khung thu nhỏ");
  CHECK(rubric["description"] == "Các trình độ của khung, từ thấp đến cao:\n- CB: Cơ bản\n- TC: Trung cấp");
  const CaseJson& criteria = rubric["CFRubricCriteria"];
  REQUIRE(criteria.size() == 3);
  const CaseJson& criterion = criteria[1];  // competency 1.2
  std::string criterion_id = id_of("kns-nho/rubric-criterion/1.2");
  CHECK(criterion["identifier"] == criterion_id);
  CHECK(criterion["description"] == "1.2 Đánh giá");
  CHECK(criterion["CFItemURI"]["identifier"] == id_of("kns-nho/competency/1.2"));
  CHECK(criterion["position"] == 2);
  CHECK(criterion["rubricId"] == rubric_id);
  const CaseJson& levels = criterion["CFRubricCriterionLevels"];
  REQUIRE(levels.size() == 2);
  CHECK(levels[0]["identifier"] == id_of("kns-nho/rubric-level/1.2/CB"));
  CHECK(levels[0]["quality"] == "Cơ bản");
  CHECK(levels[0]["description"] == "- 1.2-CB-1: Có ý thức kiểm chứng.");
  CHECK(levels[0]["position"] == 1);
  CHECK(levels[0]["rubricCriterionId"] == criterion_id);
  CHECK(levels[1]["quality"] == "Trung cấp");
  CHECK(levels[1]["description"] == "Khung chưa nêu yêu cầu cần đạt của năng lực này ở trình độ này.");
  CHECK(criteria[0]["CFRubricCriterionLevels"][0]["description"] == "- 1.1-CB-1: Nêu được nguồn.");
}

TEST_CASE("case export: an English framework gets English labels; identifiers stay the same", "[case_package]") {
  std::string text = kFramework;
  text.replace(text.find("language: vi"), 12, "language: en");
  load_support::Loaded loaded = load_support::load(text, "kns-nho.yaml");
  REQUIRE(loaded.document.framework);
  CaseJson english = build_case_package(*loaded.document.framework, fixed_options());
  CaseJson vietnamese = build_case_package(small_framework(), fixed_options());
  const CaseJson& types = english["CFDefinitions"]["CFItemTypes"];
  CHECK(types[0]["title"] == "Area");
  CHECK(types[1]["title"] == "Competency");
  CHECK(types[2]["title"] == "Outcome");
  CHECK(types[0]["identifier"] == vietnamese["CFDefinitions"]["CFItemTypes"][0]["identifier"]);
  const CaseJson& outcome = item_coded(english, "1.1-TC-1");
  CHECK(outcome["CFItemType"] == "Outcome");
  CHECK(outcome["notes"] == "Level: Trung cấp (TC). Type: skill.");
  CHECK(item_coded(vietnamese, "1.1-TC-1")["notes"] == "Trình độ: Trung cấp (TC). Loại: kỹ năng.");
  const CaseJson& rubric = english["CFRubrics"][0];
  CHECK(rubric["title"] == "Levels — Khung thu nhỏ");
  CHECK(rubric["description"] == "The framework's levels, from lowest to highest:\n- CB: Cơ bản\n- TC: Trung cấp");
  const CaseJson& criterion = rubric["CFRubricCriteria"][1];
  CHECK(criterion["category"] == "Level");
  CHECK(criterion["CFRubricCriterionLevels"][1]["description"] ==
        "The framework states no outcome for this competency at this level.");
}

TEST_CASE("case export: a base URL prefixes every uri; identifiers stay the same", "[case_package]") {
  CaseOptions options = fixed_options();
  options.uri_prefix = case_uri_prefix("https://case.example.vn/uri");
  CaseJson package = build_case_package(small_framework(), options);
  std::string area = id_of("kns-nho/area/1");
  CHECK(item_coded(package, "1")["uri"] == "https://case.example.vn/uri/" + area);
  CHECK(package["CFAssociations"][0]["originNodeURI"]["uri"] == "https://case.example.vn/uri/" + area);
  CHECK(item_coded(package, "1")["identifier"] == area);
}

TEST_CASE("case export: the same framework gives the same bytes", "[case_package]") {
  std::string first = render_case_package(build_case_package(small_framework(), fixed_options()));
  std::string second = render_case_package(build_case_package(small_framework(), fixed_options()));
  CHECK(first == second);
  CHECK(first.back() == '\n');
  CHECK(first.find("\n  \"CFDocument\": {\n    \"identifier\": ") == 1);  // identifier first, two spaces
}

TEST_CASE("case export: --base-url must be an http(s) URL an identifier can follow", "[case_package]") {
  CHECK(case_uri_prefix("") == "urn:uuid:");
  CHECK(case_uri_prefix("https://case.example.vn/uri/") == "https://case.example.vn/uri/");
  CHECK(case_uri_prefix("http://localhost:8080/case") == "http://localhost:8080/case/");
  CHECK_THROWS_WITH(case_uri_prefix("ftp://x/"), Catch::Contains("does not start with https:// or http://"));
  CHECK_THROWS_WITH(case_uri_prefix("https://"), Catch::Contains("no host name"));
  CHECK_THROWS_WITH(case_uri_prefix("https:///x"), Catch::Contains("no host name"));
  CHECK_THROWS_AS(case_uri_prefix("https://a.vn/a b/"), FatalError);
  CHECK_THROWS_AS(case_uri_prefix("https://a.vn/?id="), FatalError);
  CHECK_THROWS_AS(case_uri_prefix("https://a.vn/#"), FatalError);
  CHECK_THROWS_AS(case_uri_prefix("https://a.vn/\"x"), FatalError);
  CHECK_THROWS_AS(case_uri_prefix("https://bộ.vn/"), FatalError);
}

TEST_CASE("case export: lastChangeDateTime from --as-of, SOURCE_DATE_EPOCH, or fixed", "[case_package]") {
  CHECK(case_timestamp(day_from_civil(2026, 1, 15), "1700000000") == "2026-01-15T00:00:00+00:00");
  CHECK(case_timestamp(day_from_civil(1969, 12, 31), nullptr) == "1969-12-31T00:00:00+00:00");
  CHECK(case_timestamp(std::nullopt, "1700000000") == "2023-11-14T22:13:20+00:00");
  CHECK(case_timestamp(std::nullopt, "0") == "1970-01-01T00:00:00+00:00");
  CHECK(case_timestamp(std::nullopt, "253402300799") == "9999-12-31T23:59:59+00:00");
  CHECK(case_timestamp(std::nullopt, nullptr) == kFixedCaseTimestamp);
  CHECK(case_timestamp(std::nullopt, "") == kFixedCaseTimestamp);
  CHECK_THROWS_WITH(case_timestamp(std::nullopt, "253402300800"), Catch::Contains("SOURCE_DATE_EPOCH is '253402300800'"));
  CHECK_THROWS_AS(case_timestamp(std::nullopt, "-1"), FatalError);
  CHECK_THROWS_AS(case_timestamp(std::nullopt, "17e8"), FatalError);
  CHECK_THROWS_AS(case_timestamp(std::nullopt, " 1"), FatalError);
}
