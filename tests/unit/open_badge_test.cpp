// One person's OpenBadgeCredential, field by field; ids, salt and hash as Python's uuid, hmac and
// hashlib compute them (uuid5 in hocvu's namespace uuid5(DNS, "hocvu.quochoi.vn")).
#include <catch2/catch.hpp>

#include "certify/open_badge.hpp"
#include "certify_fixture.hpp"
#include "credential/data_integrity.hpp"

using namespace hocvu;
using namespace hocvu::test;


TEST_CASE("open badge: stable ids, salt and identity hash", "[certify]") {
  Framework framework = badge_framework();
  std::string achievement = achievement_id(framework, "r1", "TC");
  CHECK(achievement == "urn:uuid:800d2dbc-0568-50ff-9805-bac9141413c2");
  CHECK(credential_id(kDid, "P1", achievement, 1) == "urn:uuid:4825f3ce-f337-545d-9e92-23b147a53fba");
  CHECK(credential_id(kDid, "P1", achievement, 2) == "urn:uuid:22410d77-8e3a-5fd8-9472-26558921a40c");
  CHECK(framework_urn(framework) == "urn:uuid:d2ae00e6-3b26-5297-adb1-88a560232120");
  CHECK(competency_urn(framework, "1.2") == "urn:uuid:71e936e2-156e-5d1b-b50e-b0f924cf018d");
  CHECK(default_status_url(kDid) == "urn:uuid:21bb4a23-ae7b-5723-9cba-d921eb5656af");
  std::string salt = identity_salt(test_seed(), "P1");
  CHECK(salt == "f34aacd739280a50c0b57d5ddaf7b5e9");
  CHECK(identity_hash("001000000001", salt) ==
        "sha256$6136e85a1d242fd68804dca515117f98018ff70bedbd8ec6fbaaa47e97964df7");
  CHECK(identity_salt(test_seed(), "P2") != salt);
}

TEST_CASE("open badge: the credential's fields", "[certify]") {
  Framework framework = badge_framework();
  nlohmann::json c = open_badge_credential(badge_person(), badge_setup(framework), "urn:uuid:c1", 7);
  CHECK(c["@context"] == nlohmann::json::array({"https://www.w3.org/ns/credentials/v2",
                                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}));
  CHECK(c["id"] == "urn:uuid:c1");
  CHECK(c["type"] == nlohmann::json::array({"VerifiableCredential", "OpenBadgeCredential"}));
  CHECK(c["issuer"] == nlohmann::json{{"id", kDid}, {"type", {"Profile"}}, {"name", "Văn phòng Quốc hội"}});
  CHECK(c["validFrom"] == "2026-02-05T00:00:00Z");
  CHECK(c["validUntil"] == "2026-03-07T00:00:00Z");
  CHECK(c["name"] == "Chứng nhận kỹ năng số mức Trung cấp – Vai trò một");
  CHECK(c["credentialStatus"]["statusListIndex"] == "7");
  CHECK(c["credentialStatus"]["statusListCredential"] == "https://x.vn/status/1");
  CHECK(c["evidence"][0]["name"] == "e1");
  CHECK(c["evidence"][0]["description"] == "Bài kiểm tra e1 ngày 05/02/2026");
  const nlohmann::json& s = c["credentialSubject"];
  CHECK(s["type"] == nlohmann::json::array({"AchievementSubject"}));
  CHECK(s["name"] == "Nguyễn Văn An");
  CHECK(s["role"] == "Vai trò một");
  CHECK(s["unit"] == nlohmann::json{{"id", "U1"}, {"name", "Đơn vị một"}});
  CHECK(s["activityEndDate"] == "2026-02-05T00:00:00Z");
  CHECK(s["identifier"] ==
        nlohmann::json::array(
            {{{"type", "IdentityObject"}, {"identityHash", "P1"}, {"identityType", "sourcedId"}, {"hashed", false}},
             {{"type", "IdentityObject"},
              {"identityHash", "sha256$6136e85a1d242fd68804dca515117f98018ff70bedbd8ec6fbaaa47e97964df7"},
              {"identityType", "nationalIdentityNumber"},
              {"hashed", true},
              {"salt", "f34aacd739280a50c0b57d5ddaf7b5e9"}}}));
  const nlohmann::json& a = s["achievement"];
  CHECK(a["id"] == "urn:uuid:800d2dbc-0568-50ff-9805-bac9141413c2");
  CHECK(a["type"] == nlohmann::json::array({"Achievement"}));
  CHECK(a["achievementType"] == "Certificate");
  CHECK(a["humanCode"] == "fw/r1/TC");
  CHECK(a["criteria"]["narrative"] ==
        "Đạt một bài kiểm tra chứng nhận vai trò Vai trò một ở mức Trung cấp trở lên theo Khung (phiên bản 2.0). "
        "Chứng nhận có hiệu lực 30 ngày kể từ ngày đạt.");
  CHECK(a["alignment"] == nlohmann::json::array({{{"type", {"Alignment"}},
                                                  {"targetCode", "fw"},
                                                  {"targetName", "Khung"},
                                                  {"targetDescription", "Khung (phiên bản 2.0)"},
                                                  {"targetUrl", "urn:uuid:d2ae00e6-3b26-5297-adb1-88a560232120"},
                                                  {"targetFramework", "Khung"}}}));
  REQUIRE(s["result"].size() == 2);
  CHECK(s["result"][0] == nlohmann::json{{"type", {"Result"}},
                                         {"resultDescription", "urn:uuid:28d2cf50-d404-5526-b94f-57c20e0060c3"},
                                         {"value", "85.00"}});
  CHECK(a["resultDescription"][0]["id"] == "urn:uuid:28d2cf50-d404-5526-b94f-57c20e0060c3");
  CHECK(s["result"][1]["resultDescription"] == "urn:uuid:7cf17cc6-c208-51d4-95fe-c2231b8efdc5");
  CHECK(s["result"][1]["status"] == "Completed");
  CHECK(s["result"][1]["alignment"][0] ==
        nlohmann::json{{"type", {"Alignment"}},
                       {"targetType", "CFItem"},
                       {"targetCode", "1.2"},
                       {"targetName", "Đánh giá"},
                       {"targetUrl", "urn:uuid:71e936e2-156e-5d1b-b50e-b0f924cf018d"},
                       {"targetFramework", "Khung"}});
  CHECK(c.dump().find("001000000001") == std::string::npos);  // never in clear
}

TEST_CASE("open badge: no national id, no validity period", "[certify]") {
  Framework framework = badge_framework();
  BadgeSetup setup = badge_setup(framework);
  setup.validity_days.reset();
  CoveredPerson person = badge_person();
  person.national_id.clear();
  person.valid_until.reset();
  person.pass.mastered.clear();
  nlohmann::json c = open_badge_credential(person, setup, "urn:uuid:c1", 0);
  CHECK(!c.contains("validUntil"));
  CHECK(c["credentialSubject"]["identifier"].size() == 1);
  CHECK(c["credentialSubject"]["result"].size() == 1);
  CHECK(c["credentialSubject"]["achievement"]["criteria"]["narrative"] ==
        "Đạt một bài kiểm tra chứng nhận vai trò Vai trò một ở mức Trung cấp trở lên theo Khung (phiên bản 2.0).");
}

TEST_CASE("open badge: signed with eddsa-jcs-2022, it verifies with the issuer's key", "[certify]") {
  Framework framework = badge_framework();
  KeyPair key = key_pair_from_seed(test_seed());
  CHECK(did_key(key.public_key) == kDid);
  nlohmann::json c = open_badge_credential(badge_person(), badge_setup(framework), "urn:uuid:c1", 7);
  nlohmann::json signed_credential = add_proof(c, key, {did_key_method(key.public_key), "2026-02-20T00:00:00Z"});
  CHECK(verify_proof(signed_credential, key.public_key) == ProofCheck::valid);
  signed_credential["credentialSubject"]["name"] = "Nguyễn Văn Anh";
  CHECK(verify_proof(signed_credential, key.public_key) == ProofCheck::bad_signature);
}
