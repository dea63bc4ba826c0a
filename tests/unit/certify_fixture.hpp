#pragma once
// A small framework, a covered person and the test issuer's badge setup, for certify's tests.
#include <array>
#include <string>

#include "certify/open_badge.hpp"

namespace hocvu::test {

inline LocatedText badge_text(std::string value) { return LocatedText{std::move(value), Pos{}}; }

inline const char* const kDid = "did:key:z6MkuPRZNRtUkrhBZ1L119iGW2rmWNhPiqovUGDfhSzBDC1D";

inline std::array<uint8_t, 32> test_seed() {
  std::array<uint8_t, 32> seed{};
  for (size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<uint8_t>(0xc0 + i);  // tests/certify/issuer.key
  return seed;
}

inline Framework badge_framework() {
  Framework framework;
  framework.id = badge_text("fw");
  framework.version = "2.0";
  framework.title = "Khung";
  framework.levels = {Level{badge_text("CB"), "Cơ bản", std::nullopt}, Level{badge_text("TC"), "Trung cấp", std::nullopt}};
  Area area;
  area.id = badge_text("1");
  Competency search;
  search.id = badge_text("1.1");
  search.title = "Tìm kiếm";
  Competency judge;
  judge.id = badge_text("1.2");
  judge.title = "Đánh giá";
  area.competencies = {search, judge};
  framework.areas.push_back(area);
  Role role;
  role.id = badge_text("r1");
  role.name = "Vai trò một";
  framework.roles.push_back(role);
  return framework;
}

inline CoveredPerson badge_person() {
  CoveredPerson person;
  person.id = "P1";
  person.name = "Nguyễn Văn An";
  person.national_id = "001000000001";
  person.unit_id = "U1";
  person.unit_name = "Đơn vị một";
  person.role_id = "r1";
  person.role_name = "Vai trò một";
  person.pass = {"e1", day_from_civil(2026, 2, 5), 85, "TC", {"1.2"}, "s1/scores.csv", 4};
  person.valid_until = day_from_civil(2026, 3, 7);
  return person;
}

inline BadgeSetup badge_setup(const Framework& framework) {
  BadgeSetup setup;
  setup.issuer_did = kDid;
  setup.issuer_name = "Văn phòng Quốc hội";
  setup.status_url = "https://x.vn/status/1";
  setup.framework = &framework;
  setup.validity_days = 30;
  setup.salt_key = test_seed();
  return setup;
}

}  // namespace hocvu::test
