// The languages of certify and import: findings and refusals in the interface language (here
// Vietnamese, exactly), and a credential's texts in its framework's language (here English).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "certify/certificate_plan.hpp"
#include "certify/open_badge.hpp"
#include "certify/previous_state.hpp"
#include "certify_fixture.hpp"
#include "i18n/interface.hpp"
#include "import/gift_reader.hpp"
#include "import/moodle_xml_reader.hpp"
#include "import_test_support.hpp"
#include "io/error.hpp"
#include "scratch_folder.hpp"

using namespace hocvu;
using namespace hocvu::test;

TEST_CASE("import findings in Vietnamese", "[import][i18n]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  ImportReading r = read_gift(R"(::A:: Chưa đóng {=Hà Nội ~Huế

::P:: Chọn một {=A ~%50%B ~C}

Viết một đoạn {}

::N:: Sai trọng số {~%50%A ~%30%B}
)",
                              "q.gift");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "1:17 I102 câu hỏi 'A': khối câu trả lời mở bằng '{' tại đây không được đóng bằng '}'; câu hỏi này "
            "không được nhập",
            "3:1 I107 câu hỏi 'P': đã bỏ qua điểm từng phần của 1 phương án",
            "5:1 I101 câu hỏi thứ 3 là câu hỏi tự luận (không có câu trả lời), hocvu không có loại câu hỏi này; câu "
            "hỏi không được nhập",
            "7:1 I104 câu hỏi 'N': tổng điểm các phương án được điểm là 80%, không phải 100%; câu hỏi này không được "
            "nhập"});
  REQUIRE(r.diagnostics.size() == 4);
  CHECK(r.diagnostics.begin()->hint == "hãy đóng khối câu trả lời bằng }, hoặc viết \\{ nếu dấu ngoặc nhọn là một "
                                       "phần của văn bản");
}

TEST_CASE("a Moodle XML file refused in Vietnamese", "[import][i18n]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  ImportReading r = read_moodle_xml(R"(<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY a "aaaa">]>
<quiz></quiz>
)",
                                    "q.xml");
  CHECK(describe(r.diagnostics) ==
        std::vector<std::string>{
            "2:28 I103 tệp khai báo thực thể (entity) 'a'; hocvu không khai triển thực thể nào (thực thể có thể phình "
            "to vô hạn hoặc đọc tệp khác), vì vậy không nhập gì từ tệp này"});
}

TEST_CASE("certify refuses an earlier folder in Vietnamese", "[certify][i18n]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  ScratchFolder scratch;
  scratch.add("a/status.json", "[]");
  PublicKey key = key_pair_from_seed(test_seed()).public_key;
  CHECK_THROWS_WITH(read_previous_state(scratch.path("a"), key),
                    "--previous: " + scratch.path("a/status.json") +
                        ": không phải một đối tượng JSON; hãy chỉ thư mục do hocvu certify ghi ở lần trước với cùng "
                        "khóa này");
}

TEST_CASE("a plan's reasons in Vietnamese", "[certify][i18n]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  Framework framework = badge_framework();
  BadgeSetup setup = badge_setup(framework);
  PeopleCoverage people;
  people.covered.push_back(badge_person());
  Roster roster;
  std::vector<PlannedCertificate> plan = plan_certificates({people, roster, nullptr, setup, day_from_civil(2026, 2, 20)});
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].reason == "đạt kỳ thi e1 ngày 2026-02-05 (s1/scores.csv:4)");
}

TEST_CASE("open badge: an English framework's credential speaks English", "[certify][i18n]") {
  Framework framework = badge_framework();
  framework.language = badge_text("en-GB");
  framework.title = "Framework";
  framework.levels[1].name = "Intermediate";
  framework.roles[0].name = "Role one";
  CoveredPerson person = badge_person();
  person.role_name = "Role one";
  nlohmann::json c = open_badge_credential(person, badge_setup(framework), "urn:uuid:c1", 7);
  const nlohmann::json& a = c["credentialSubject"]["achievement"];
  CHECK(c["name"] == "Digital skills certificate, level Intermediate – Role one");
  CHECK(a["inLanguage"] == "en");
  CHECK(a["description"] ==
        "Meets the digital knowledge and skills standard at level Intermediate of Framework (version 2.0) for the "
        "role Role one.");
  CHECK(a["criteria"]["narrative"] ==
        "Passed a certification exam for the role Role one at level Intermediate or above under Framework (version "
        "2.0). The certificate is valid for 30 days from the day of the pass.");
  CHECK(a["alignment"][0]["targetDescription"] == "Framework (version 2.0)");
  CHECK(a["resultDescription"][0]["name"] == "Exam score (%)");
  CHECK(a["resultDescription"][1]["name"] == "Competencies mastered in the exam");
  CHECK(c["evidence"][0]["genre"] == "Exam");
  CHECK(c["evidence"][0]["description"] == "Exam e1 on 2026-02-05");
}

TEST_CASE("open badge: the credential's language follows the framework's", "[certify][i18n]") {
  Framework framework = badge_framework();
  CHECK(badge_language(framework) == Language::vi);  // none named: as hocvu always wrote
  framework.language = badge_text("vi-VN");
  CHECK(badge_language(framework) == Language::vi);
  framework.language = badge_text("en");
  CHECK(badge_language(framework) == Language::en);
  framework.language = badge_text("fr");
  CHECK(badge_language(framework) == Language::en);
  InterfaceLanguageScope english_interface(Language::en);  // the interface language does not matter
  framework.language = badge_text("vi");
  nlohmann::json c = open_badge_credential(badge_person(), badge_setup(framework), "urn:uuid:c1", 7);
  CHECK(c["credentialSubject"]["achievement"]["inLanguage"] == "vi");
}
